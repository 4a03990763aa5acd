// lang/py/parser_stmt.cpp — statements, blocks and error recovery; the parse_program entry.
#include <algorithm>
#include <unordered_set>

#include "lang/py/parser.h"
#include "lang/py/containers.h"
#include "lang/py/parser_impl.h"

namespace cadscribe::lang::py {

bool Parser::is_keyword(const std::string& s) {
  static const std::unordered_set<std::string_view> kw = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
  return s.size() <= 8 && kw.count(s) != 0;
}

void Parser::report(base::Diag d) {
  if (diags_.size() >= kMaxErrors) {
    fatal_ = true;
    return;
  }
  diags_.push_back(std::move(d));
  if (diags_.size() >= kMaxErrors) fatal_ = true;
}

void Parser::fail(const Token& at, const std::string& code, const std::string& msg) {
  throw ParseError{base::make_diag(code, msg, to_span(pos_of(at)))};
}

void Parser::fail_expected(const std::string& what) {
  const Token& t = peek();
  if (t.kind == Tok::kIndent) fail(t, "syntax.bad_indent", "unexpected indent");
  fail(t, "syntax.unexpected_token", "expected " + what + " but got " + describe(t));
}

const Token& Parser::expect_op(std::string_view op) {
  if (!at_op(op)) fail_expected("'" + std::string(op) + "'");
  return next();
}

void Parser::expect_kw(std::string_view kw) {
  if (!at_kw(kw)) fail_expected("'" + std::string(kw) + "'");
  next();
}

void Parser::skip_block() {
  // Called right after a NEWLINE: drop an indented block that belongs to a broken header.
  if (peek().kind != Tok::kIndent) return;
  int depth = 0;
  do {
    const Token& t = next();
    if (t.kind == Tok::kIndent) ++depth;
    else if (t.kind == Tok::kDedent) --depth;
    else if (t.kind == Tok::kEnd) return;
  } while (depth > 0);
}

void Parser::synchronize() {
  while (peek().kind != Tok::kEnd && peek().kind != Tok::kNewline) next();
  if (peek().kind == Tok::kNewline) next();
  skip_block();
}

void Parser::parse_file(Block& out) {
  while (peek().kind != Tok::kEnd && !fatal_) {
    const Token& t = peek();
    if (t.kind == Tok::kNewline || t.kind == Tok::kDedent) { next(); continue; }
    if (t.kind == Tok::kIndent) {
      report(base::make_diag("syntax.bad_indent", "unexpected indent", to_span(pos_of(t))));
      skip_block();
      continue;
    }
    parse_statement(out);
  }
}

void Parser::parse_statement(Block& out) {
  try {
    const Token& t = peek();
    if (t.kind == Tok::kName) {
      const std::string& w = t.text;
      if (w == "if") { out.push_back(parse_if()); return; }
      if (w == "while") { out.push_back(parse_while()); return; }
      if (w == "for") { out.push_back(parse_for()); return; }
      if (w == "try") { out.push_back(parse_try()); return; }
      if (w == "def") { out.push_back(parse_def()); return; }
      if (w == "class" || w == "with" || w == "async")
        fail(t, "unsupported.feature", "'" + w + "' statements are not supported");
    }
    if (at_op("@")) fail(t, "unsupported.feature", "decorators are not supported");
    parse_simple_line(out);
  } catch (ParseError& e) {
    report(std::move(e.diag));
    if (!fatal_) synchronize();
  }
}

void Parser::parse_simple_line(Block& out) {
  bool done = false;
  while (true) {
    StmtPtr s = parse_simple(done);
    if (s) out.push_back(std::move(s));
    if (!accept_op(";")) break;
    if (peek().kind == Tok::kNewline || peek().kind == Tok::kEnd) break;
  }
  if (peek().kind == Tok::kEnd) return;
  if (peek().kind != Tok::kNewline) fail_expected("end of line");
  next();
}

StmtPtr Parser::parse_simple(bool&) {
  const Token& t = peek();
  Pos p = pos_of(t);
  if (t.kind == Tok::kName) {
    const std::string w = t.text;
    if (w == "pass") { next(); return std::make_unique<Stmt>(StmtKind::kPass, p); }
    if (w == "break") { next(); return std::make_unique<Stmt>(StmtKind::kBreak, p); }
    if (w == "continue") { next(); return std::make_unique<Stmt>(StmtKind::kContinue, p); }
    if (w == "return") {
      next();
      auto s = std::make_unique<Stmt>(StmtKind::kReturn, p);
      if (peek().kind != Tok::kNewline && peek().kind != Tok::kEnd && !at_op(";")) s->value = parse_expr_list(true);
      return s;
    }
    if (w == "raise") {
      next();
      auto s = std::make_unique<Stmt>(StmtKind::kRaise, p);
      if (peek().kind != Tok::kNewline && peek().kind != Tok::kEnd && !at_op(";")) {
        s->value = parse_expr();
        if (accept_kw("from")) s->target = parse_expr();  // the cause is evaluated, then ignored
      }
      return s;
    }
    if (w == "global" || w == "nonlocal") {
      next();
      auto s = std::make_unique<Stmt>(w == "global" ? StmtKind::kGlobal : StmtKind::kNonlocal, p);
      do {
        const Token& n = peek();
        if (n.kind != Tok::kName || is_keyword(n.text)) fail_expected("a name");
        s->names.push_back(prog_.interner.intern(n.text));
        next();
      } while (accept_op(","));
      return s;
    }
    if (w == "del") {
      next();
      auto s = std::make_unique<Stmt>(StmtKind::kDel, p);
      do {
        auto e = parse_bitor();
        check_target(*e, true);
        s->targets.push_back(std::move(e));
      } while (accept_op(",") && peek().kind != Tok::kNewline);
      return s;
    }
    if (w == "assert") {
      next();
      auto s = std::make_unique<Stmt>(StmtKind::kAssert, p);
      s->value = parse_expr();
      if (accept_op(",")) s->target = parse_expr();
      return s;
    }
    if (w == "import") return parse_import();
    if (w == "from") return parse_from_import();
    if (w == "yield" || w == "await")
      fail(t, "unsupported.feature", "'" + w + "' is not supported (no generators or coroutines)");
    if (w == "class" || w == "with" || w == "async")
      fail(t, "unsupported.feature", "'" + w + "' statements are not supported");
  }
  return parse_expr_statement();
}

void Parser::check_target(const Expr& e, bool allow_tuple) {
  switch (e.kind) {
    case ExprKind::kName:
      if (e.name >= 0 && prog_.interner.name(e.name) == "__name__")
        throw ParseError{base::make_diag("unsupported.dunder", "cannot assign to __name__", to_span(e.pos))};
      return;
    case ExprKind::kAttribute:
    case ExprKind::kSubscript: return;
    case ExprKind::kTuple:
    case ExprKind::kList:
      if (allow_tuple) {
        int stars = 0;
        for (auto& it : e.items) {
          if (it->kind == ExprKind::kStarred) {
            ++stars;
            check_target(*it->a, false);
          } else {
            check_target(*it, true);
          }
        }
        if (stars > 1)
          throw ParseError{base::make_diag("syntax.bad_target", "multiple starred expressions in assignment", to_span(e.pos))};
        return;
      }
      break;
    default: break;
  }
  const char* what = e.kind == ExprKind::kCall ? "function call" : e.kind == ExprKind::kConst ? "literal" : "expression";
  throw ParseError{base::make_diag("syntax.bad_target", std::string("cannot assign to ") + what, to_span(e.pos))};
}

StmtPtr Parser::parse_expr_statement() {
  Pos p = pos_of(peek());
  ExprPtr first = parse_expr_list(true);
  if (at_op("=")) {
    auto s = std::make_unique<Stmt>(StmtKind::kAssign, p);
    s->targets.push_back(std::move(first));
    while (accept_op("=")) {
      if (at_kw("yield")) fail(peek(), "unsupported.feature", "'yield' is not supported");
      s->targets.push_back(parse_expr_list(true));
    }
    s->value = std::move(s->targets.back());
    s->targets.pop_back();
    for (auto& t : s->targets) check_target(*t, true);
    return s;
  }
  static const char* const kAug[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "@=", "<<=", ">>="};
  static const BinaryOp kAugOps[] = {BinaryOp::kAdd, BinaryOp::kSub, BinaryOp::kMul, BinaryOp::kDiv,
                                     BinaryOp::kFloorDiv, BinaryOp::kMod, BinaryOp::kPow, BinaryOp::kAnd,
                                     BinaryOp::kOr, BinaryOp::kXor, BinaryOp::kMatMul, BinaryOp::kMatMul, BinaryOp::kMatMul};
  if (peek().kind == Tok::kOp) {
    for (size_t k = 0; k < std::size(kAug); ++k) {
      if (peek().text == kAug[k]) {
        const Token& opt = next();
        if (k >= 11) fail(opt, "unsupported.feature", "shift operators are not supported");
        if (first->kind != ExprKind::kName && first->kind != ExprKind::kAttribute && first->kind != ExprKind::kSubscript)
          throw ParseError{base::make_diag("syntax.bad_target", "illegal expression for augmented assignment", to_span(first->pos))};
        check_target(*first, false);
        auto s = std::make_unique<Stmt>(StmtKind::kAugAssign, p);
        s->op = static_cast<uint8_t>(kAugOps[k]);
        s->target = std::move(first);
        s->value = parse_expr_list(false);
        return s;
      }
    }
  }
  if (at_op(":")) {
    next();
    check_target(*first, false);
    (void)parse_expr();  // the annotation: parsed, never evaluated
    auto s = std::make_unique<Stmt>(StmtKind::kAnnAssign, p);
    s->target = std::move(first);
    if (accept_op("=")) s->value = parse_expr_list(true);
    return s;
  }
  if (at_op(":=")) fail(peek(), "unsupported.feature", "assignment expressions (:=) are not supported");
  auto s = std::make_unique<Stmt>(StmtKind::kExpr, p);
  s->value = std::move(first);
  return s;
}

void Parser::parse_block(Block& out, const char* what, int header_line) {
  expect_op(":");
  if (peek().kind != Tok::kNewline) {  // `if x: y = 1` on one line
    parse_simple_line(out);
    return;
  }
  next();
  if (peek().kind != Tok::kIndent) {
    fail(peek(), "syntax.bad_indent",
         std::string("expected an indented block after ") + what + " on line " + std::to_string(header_line));
  }
  next();
  while (peek().kind != Tok::kDedent && peek().kind != Tok::kEnd && !fatal_) {
    if (peek().kind == Tok::kNewline) { next(); continue; }
    if (peek().kind == Tok::kIndent) {
      report(base::make_diag("syntax.bad_indent", "unexpected indent", to_span(pos_of(peek()))));
      skip_block();
      continue;
    }
    parse_statement(out);
  }
  if (peek().kind == Tok::kDedent) next();
}

StmtPtr Parser::parse_if() {
  const Token& kw = next();  // if / elif
  int line = kw.line;
  auto s = std::make_unique<Stmt>(StmtKind::kIf, pos_of(kw));
  s->value = parse_expr();
  parse_block(s->body, "'if' statement", line);
  if (at_kw("elif")) {
    s->orelse.push_back(parse_if());
  } else if (at_kw("else")) {
    int eline = next().line;
    parse_block(s->orelse, "'else' statement", eline);
  }
  return s;
}

StmtPtr Parser::parse_while() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kWhile, pos_of(kw));
  int line = kw.line;
  s->value = parse_expr();
  parse_block(s->body, "'while' statement", line);
  if (at_kw("else")) {
    int eline = next().line;
    parse_block(s->orelse, "'else' statement", eline);
  }
  return s;
}

StmtPtr Parser::parse_for() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kFor, pos_of(kw));
  int line = kw.line;
  s->target = parse_target_list();
  check_target(*s->target, true);
  expect_kw("in");
  s->value = parse_expr_list(true);
  parse_block(s->body, "'for' statement", line);
  if (at_kw("else")) {
    int eline = next().line;
    parse_block(s->orelse, "'else' statement", eline);
  }
  return s;
}

StmtPtr Parser::parse_try() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kTry, pos_of(kw));
  int line = kw.line;
  parse_block(s->body, "'try' statement", line);
  while (at_kw("except")) {
    const Token& ek = next();
    Handler h;
    h.pos = pos_of(ek);
    int eline = ek.line;
    if (at_op("*")) fail(peek(), "unsupported.feature", "except* is not supported");
    if (!at_op(":")) {
      h.type = parse_expr();
      if (accept_kw("as")) {
        const Token& n = peek();
        if (n.kind != Tok::kName || is_keyword(n.text)) fail_expected("a name");
        h.target = make_name(next());
      } else if (at_op(",")) {
        fail(peek(), "syntax.unexpected_token", "multiple exception types must be parenthesized");
      }
    }
    parse_block(h.body, "'except' statement", eline);
    s->handlers.push_back(std::move(h));
  }
  if (at_kw("else")) {
    if (s->handlers.empty()) fail(peek(), "syntax.unexpected_token", "expected 'except' or 'finally' block");
    int eline = next().line;
    parse_block(s->orelse, "'else' statement", eline);
  }
  if (at_kw("finally")) {
    int fline = next().line;
    parse_block(s->finalbody, "'finally' statement", fline);
  }
  if (s->handlers.empty() && s->finalbody.empty())
    fail(peek(), "syntax.unexpected_token", "expected 'except' or 'finally' block but got " + describe(peek()));
  return s;
}

void Parser::parse_params(FuncDef& f, bool lambda) {
  const char* close = lambda ? ":" : ")";
  bool seen_star = false, seen_kw = false, seen_default = false;
  while (!at_op(close)) {
    ParamDef pd;
    if (accept_op("/")) {  // positional-only marker: accepted and ignored
      if (!accept_op(",")) break;
      continue;
    }
    if (accept_op("**")) {
      pd.kind = ParamKind::kVarKw;
      seen_kw = true;
    } else if (accept_op("*")) {
      if (seen_star) fail(peek(), "syntax.bad_params", "* argument may appear only once");
      seen_star = true;
      if (at_op(",")) {  // bare `*`: keyword-only parameters follow
        next();
        continue;
      }
      pd.kind = ParamKind::kVarArgs;
    } else if (seen_kw) {
      fail(peek(), "syntax.bad_params", "arguments cannot follow var-keyword argument");
    } else if (seen_star) {
      pd.kind = ParamKind::kKwOnly;
    }
    const Token& n = peek();
    if (n.kind != Tok::kName || is_keyword(n.text)) fail_expected("a parameter name");
    if (is_dunder(n.text)) fail(n, "unsupported.dunder", "names like '" + n.text + "' are not allowed");
    next();
    pd.name = prog_.interner.intern(n.text);
    pd.name_str = n.text;
    for (auto& other : f.params)
      if (other.name == pd.name) fail(n, "syntax.bad_params", "duplicate argument '" + n.text + "' in function definition");
    if (!lambda && accept_op(":")) (void)parse_expr();  // annotation, ignored
    if (accept_op("=")) {
      if (pd.kind == ParamKind::kVarArgs || pd.kind == ParamKind::kVarKw)
        fail(peek(), "syntax.bad_params", "var-positional/keyword argument cannot have default value");
      pd.default_value = parse_expr();
      if (pd.kind == ParamKind::kNormal) seen_default = true;
    } else if (pd.kind == ParamKind::kNormal && seen_default) {
      fail(n, "syntax.bad_params", "non-default argument follows default argument");
    }
    f.params.push_back(std::move(pd));
    if (!accept_op(",")) break;
  }
}

StmtPtr Parser::parse_def() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kDef, pos_of(kw));
  int line = kw.line;
  const Token& n = peek();
  if (n.kind != Tok::kName || is_keyword(n.text)) fail_expected("a function name");
  if (is_dunder(n.text)) fail(n, "unsupported.dunder", "names like '" + n.text + "' are not allowed");
  next();
  auto f = std::make_shared<FuncDef>();
  f->name = prog_.interner.intern(n.text);
  f->name_str = n.text;
  f->pos = pos_of(kw);
  f->file = prog_.file;
  expect_op("(");
  parse_params(*f, false);
  expect_op(")");
  if (accept_op("->")) (void)parse_expr();
  s->target = make_name(n);  // the binding of the function's name
  s->func = f;
  parse_block(f->body, "function definition", line);
  return s;
}

StmtPtr Parser::parse_import() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kImport, pos_of(kw));
  do {
    const Token& first = peek();
    if (first.kind != Tok::kName || is_keyword(first.text)) fail_expected("a module name");
    std::string mod = next().text;
    while (accept_op(".")) {
      if (peek().kind != Tok::kName) fail_expected("a module name");
      mod += "." + next().text;
    }
    ImportItem it;
    it.module = mod;
    if (accept_kw("as")) {
      if (peek().kind != Tok::kName || is_keyword(peek().text)) fail_expected("a name");
      it.target = make_name(next());
    } else {
      if (mod.find('.') != std::string::npos)
        fail(first, "unsupported.import", "dotted imports are not supported: '" + mod + "'");
      it.target = make_name(first);
    }
    s->imports.push_back(std::move(it));
  } while (accept_op(","));
  return s;
}

StmtPtr Parser::parse_from_import() {
  const Token& kw = next();
  auto s = std::make_unique<Stmt>(StmtKind::kImportFrom, pos_of(kw));
  if (at_op(".")) fail(peek(), "unsupported.import", "relative imports are not supported");
  if (peek().kind != Tok::kName) fail_expected("a module name");
  s->module = next().text;
  while (accept_op(".")) {
    if (peek().kind != Tok::kName) fail_expected("a module name");
    s->module += "." + next().text;
  }
  expect_kw("import");
  if (accept_op("*")) {
    s->star_import = true;
    return s;
  }
  bool paren = accept_op("(");
  do {
    if (paren && at_op(")")) break;
    const Token& n = peek();
    if (n.kind != Tok::kName || is_keyword(n.text)) fail_expected("a name");
    if (is_dunder(n.text)) fail(n, "unsupported.dunder", "names like '" + n.text + "' are not allowed");
    next();
    ImportItem it;
    it.module = n.text;
    if (accept_kw("as")) {
      if (peek().kind != Tok::kName || is_keyword(peek().text)) fail_expected("a name");
      it.target = make_name(next());
    } else {
      it.target = make_name(n);
    }
    s->imports.push_back(std::move(it));
  } while (accept_op(","));
  if (paren) expect_op(")");
  return s;
}

ParseResult parse_program(std::string_view src, const std::string& file) {
  ParseResult r;
  r.program = std::make_unique<Program>();
  r.program->file = file;
  // Universal newlines, as CPython reads source files: \r\n and lone \r become \n.
  std::string normalized;
  if (src.find('\r') != std::string_view::npos) {
    normalized.reserve(src.size());
    for (size_t i = 0; i < src.size(); ++i) {
      if (src[i] == '\r') {
        normalized += '\n';
        if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
      } else {
        normalized += src[i];
      }
    }
    src = normalized;
  }
  LexResult lx = lex(src, file);
  r.diags = std::move(lx.diags);
  bool lex_fatal = false;
  for (auto& d : r.diags) lex_fatal = lex_fatal || d.code == "syntax.too_deep";
  if (!lex_fatal) {
    Parser p(std::move(lx.tokens), *r.program, r.diags);
    p.parse_file(r.program->body);
  }
  if (r.diags.empty()) resolve_program(*r.program, r.diags);
  std::stable_sort(r.diags.begin(), r.diags.end(), [](const base::Diag& a, const base::Diag& b) {
    return a.span.line != b.span.line ? a.span.line < b.span.line : a.span.col < b.span.col;
  });
  return r;
}

}  // namespace cadscribe::lang::py
