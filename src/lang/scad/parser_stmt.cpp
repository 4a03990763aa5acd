// lang/scad/parser_stmt.cpp — statements, definitions, include splicing, error recovery, and
// the entry point parse().
#include <algorithm>
#include <unordered_map>

#include "lang/scad/parser_impl.h"

namespace cadscribe::lang::scad {

bool ParseResult::ok() const {
  for (const auto& d : diags)
    if (d.severity == base::Severity::kError) return false;
  return true;
}

void Parser::parse_file(File& out) {
  out.name = file_;
  try {
    statements(out.stmts, out, true);
  } catch (const FatalSyntax&) {
  }
  dedupe_assignments(out.stmts);
}

// Skips to just after the next ';' or a balanced '}' at this level, or before a '}' that closes
// the enclosing block, so the next statement can be parsed.
void Parser::resync() {
  int braces = 0;
  while (peek().kind != Tok::kEnd) {
    if (is_op("{")) {
      ++braces;
    } else if (is_op("}")) {
      if (braces == 0) return;
      if (--braces == 0) {
        next();
        return;
      }
    } else if (is_op(";") && braces == 0) {
      next();
      return;
    }
    next();
  }
}

void Parser::statements(StmtList& out, File& file, bool top) {
  while (peek().kind != Tok::kEnd) {
    if (is_op("}")) {
      if (!top) return;
      error("syntax.unexpected_token", "expected a statement, got '}'", span_of(peek()));
      next();
      continue;
    }
    size_t before = i_;
    try {
      statement(out, file);
    } catch (const SyntaxError&) {
      resync();
      if (i_ == before && peek().kind != Tok::kEnd) next();
    }
  }
}

void Parser::statement(StmtList& out, File& file) {
  DepthGuard guard(*this);
  const Token& first = peek();
  if (first.kind == Tok::kInclude || first.kind == Tok::kUse) {
    next();
    if (first.kind == Tok::kUse) file.uses.push_back({false, first.text, span_of(first)});
    else include(first, out, file);
    return;
  }
  if (accept(";")) return;
  if (is_op("{")) {  // a bare group is not a scope: its statements join this list
    next();
    statements(out, file, false);
    expect("}");
    return;
  }
  if (is_word("module")) {
    next();
    Stmt s;
    s.kind = StmtKind::kModuleDef;
    s.name = ident("a module name");
    expect("(");
    params(s.args);
    if (is_op("{")) {
      next();
      statements(s.body, file, false);
      expect("}");
    } else {
      child_statement(s.body, file);
    }
    dedupe_assignments(s.body);
    s.span = span_from(first);
    out.push_back(std::move(s));
    return;
  }
  if (is_word("function")) {
    next();
    Stmt s;
    s.kind = StmtKind::kFunctionDef;
    s.name = ident("a function name");
    expect("(");
    params(s.args);
    expect("=");
    s.expr = expr();
    expect(";");
    s.span = span_from(first);
    out.push_back(std::move(s));
    return;
  }
  if (first.kind == Tok::kIdent && is_op("=", 1)) {
    Stmt s;
    s.kind = StmtKind::kAssign;
    s.name = next().text;
    next();
    s.expr = expr();
    s.span = span_from(first);
    expect(";");
    out.push_back(std::move(s));
    return;
  }
  child_statement(out, file);
}

// A module instantiation (possibly with modifiers), an if/else, ';' or a '{ }' block.
void Parser::child_statement(StmtList& out, File& file) {
  DepthGuard guard(*this);
  const Token& first = peek();
  if (accept(";")) return;
  if (is_op("{")) {
    next();
    statements(out, file, false);
    expect("}");
    return;
  }
  char modifier = 0;
  while (is_op("!") || is_op("#") || is_op("%") || is_op("*")) {
    char m = next().text[0];
    if (modifier == 0 || m == '*') modifier = m;
  }
  instantiation(out, file, modifier, first);
}

void Parser::instantiation(StmtList& out, File& file, char modifier, const Token& first) {
  if (is_word("if")) {
    next();
    Stmt s;
    s.kind = StmtKind::kIf;
    s.modifier = modifier;
    expect("(");
    s.expr = expr();
    expect(")");
    child_statement(s.body, file);
    dedupe_assignments(s.body);
    if (is_word("else")) {
      next();
      s.has_else = true;
      child_statement(s.else_body, file);
      dedupe_assignments(s.else_body);
    }
    s.span = span_from(first);
    out.push_back(std::move(s));
    return;
  }
  if (peek().kind != Tok::kIdent) fail(peek(), "a statement");
  static const char* kReserved[] = {"module", "function", "else", "each", "true", "false", "undef"};
  for (const char* r : kReserved)
    if (peek().text == r) fail(peek(), "a statement");
  Stmt s;
  s.kind = StmtKind::kInstantiate;
  s.modifier = modifier;
  s.name = next().text;
  expect("(", "'(' after the module name");
  call_args(s.args);
  s.span = span_from(first);
  child_statement(s.body, file);
  dedupe_assignments(s.body);
  out.push_back(std::move(s));
}

void Parser::include(const Token& tok, StmtList& out, File& file) {
  base::SourceSpan at = span_of(tok);
  if (loader_ == nullptr || !*loader_) {
    error("io.include_refused", "include<" + tok.text + "> is not available here", at);
    return;
  }
  if (include_depth_ >= kMaxIncludeDepth) {
    error("limit.include_depth", "include<" + tok.text + "> nested more than " +
                                     std::to_string(kMaxIncludeDepth) + " levels", at);
    return;
  }
  if (++*includes_ > kMaxIncludes) {
    error("limit.includes", "more than " + std::to_string(kMaxIncludes) + " include<> in one program", at);
    return;
  }
  auto loaded = (*loader_)(tok.text, file_, at);
  if (!loaded) {
    base::Diag d = loaded.error();
    if (!d.span.known()) d.span = at;
    diags_->push_back(std::move(d));
    return;
  }
  if (std::find(include_chain_.begin(), include_chain_.end(), loaded->name) != include_chain_.end()) {
    // openscad 2021.01 refuses it the same way ("Can't open include file") and goes on.
    base::Diag d = base::make_diag("io.include_cycle", "include<" + tok.text + "> skipped: that file is already being included here", at);
    d.severity = base::Severity::kWarning;
    diags_->push_back(std::move(d));
    return;
  }
  LexResult lr = lex(loaded->text, loaded->name);
  for (auto& d : lr.diags) diags_->push_back(std::move(d));
  Parser sub(std::move(lr.tokens), loaded->name, loader_, include_depth_ + 1, diags_, includes_);
  sub.depth_ = depth_;
  sub.include_chain_ = include_chain_;
  sub.include_chain_.push_back(loaded->name);
  File inner;
  sub.parse_file(inner);
  for (auto& s : inner.stmts) out.push_back(std::move(s));
  for (auto& u : inner.uses) file.uses.push_back(std::move(u));
}

// Within one scope, a later assignment to the same name replaces the first one's expression
// in place (openscad 2021.01), with openscad's warning.
void Parser::dedupe_assignments(StmtList& list) {
  std::unordered_map<std::string, size_t> first;
  StmtList kept;
  kept.reserve(list.size());
  for (auto& s : list) {
    if (s.kind != StmtKind::kAssign) {
      kept.push_back(std::move(s));
      continue;
    }
    auto it = first.find(s.name);
    if (it == first.end()) {
      first.emplace(s.name, kept.size());
      kept.push_back(std::move(s));
      continue;
    }
    Stmt& orig = kept[it->second];
    base::Diag d = base::make_diag(
        "runtime.overwritten",
        s.name + " was assigned on line " + std::to_string(orig.span.line) + " but was overwritten",
        s.span);
    d.severity = base::Severity::kWarning;
    diags_->push_back(std::move(d));
    orig.expr = std::move(s.expr);
  }
  list = std::move(kept);
}

ParseResult parse(std::string_view src, const std::string& filename, const IncludeLoader* loader) {
  ParseResult r;
  r.file = std::make_shared<File>();
  LexResult lr = lex(src, filename);
  r.diags = std::move(lr.diags);
  int includes = 0;
  Parser p(std::move(lr.tokens), filename, loader, 0, &r.diags, &includes);
  p.parse_file(*r.file);
  return r;
}

}  // namespace cadscribe::lang::scad
