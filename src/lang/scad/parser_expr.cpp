// lang/scad/parser_expr.cpp — expressions, list comprehensions, arguments and parameters.
// Precedence (low to high) as in openscad 2021.01's grammar: function/let/assert/echo prefixes,
// ?:, ||, &&, == !=, < <= > >=, + -, * / %, unary + - !, ^ (right-assoc, binds tighter than
// unary minus: -2^2 == -4), postfix call/index/member.
#include <algorithm>

#include "lang/scad/parser_impl.h"

namespace cadscribe::lang::scad {

DepthGuard::DepthGuard(Parser& parser, int n) : p(parser), levels(n) {
  p.depth_ += n;
  if (p.depth_ > kMaxNesting) {
    p.error("syntax.too_deep", "nesting exceeds " + std::to_string(kMaxNesting) + " levels",
            p.span_of(p.peek()));
    p.depth_ -= n;
    levels = 0;
    throw FatalSyntax{};
  }
}
DepthGuard::~DepthGuard() { p.depth_ -= levels; }

void Parser::error(const std::string& code, const std::string& msg, const base::SourceSpan& span) {
  diags_->push_back(base::make_diag(code, msg, span));
  if (++errors_ >= 100) {
    diags_->push_back(base::make_diag("syntax.too_many_errors", "too many syntax errors; parsing stopped", span));
    throw FatalSyntax{};
  }
}

void Parser::fail(const Token& at, const std::string& expected) {
  error(at.kind == Tok::kEnd ? "syntax.unexpected_eof" : "syntax.unexpected_token",
        "expected " + expected + ", got " + describe(at), span_of(at));
  throw SyntaxError{};
}

void Parser::expect(const char* op, const char* what) {
  if (!accept(op)) fail(peek(), what ? std::string(what) : "'" + std::string(op) + "'");
}

std::string Parser::ident(const char* what) {
  if (peek().kind != Tok::kIdent) fail(peek(), what);
  return next().text;
}

base::SourceSpan Parser::span_from(const Token& first) const {
  const Token& last = t_[i_ > 0 ? i_ - 1 : 0];
  return {file_, first.line, first.col, last.end_line, last.end_col};
}

ExprPtr Parser::make(ExprKind k, const Token& at) const {
  auto e = std::make_unique<Expr>();
  e->kind = k;
  e->span = span_of(at);
  return e;
}

ExprPtr Parser::expr() {
  DepthGuard guard(*this);
  const Token& first = peek();
  if (is_word("function") && is_op("(", 1)) {
    next();
    next();
    auto e = make(ExprKind::kFunctionLit, first);
    params(e->args);
    e->a = expr();
    e->span = span_from(first);
    return e;
  }
  if ((is_word("let") || is_word("assert") || is_word("echo")) && is_op("(", 1)) {
    std::string w = next().text;
    next();
    auto e = make(w == "let" ? ExprKind::kLet : w == "assert" ? ExprKind::kAssert : ExprKind::kEcho, first);
    if (w == "let") {
      assignments(e->args, ")");
      expect(")");
    } else {
      call_args(e->args);
    }
    // assert(...)/echo(...) may stand alone when nothing that starts an expression follows.
    bool ends = is_op(")") || is_op("]") || is_op(";") || is_op(",") || is_op(":") || is_op("}") ||
                peek().kind == Tok::kEnd;
    if (w == "let" || !ends) e->a = expr();
    e->span = span_from(first);
    return e;
  }
  return ternary();
}

ExprPtr Parser::ternary() {
  const Token& first = peek();
  ExprPtr cond = binary(0);
  if (!is_op("?")) return cond;
  next();
  auto e = make(ExprKind::kTernary, first);
  e->a = std::move(cond);
  e->b = expr();
  expect(":");
  e->c = expr();
  e->span = span_from(first);
  return e;
}

namespace {
struct OpInfo {
  const char* text;
  BinOp op;
};
const std::vector<std::vector<OpInfo>>& levels() {
  static const std::vector<std::vector<OpInfo>> kLevels = {
      {{"||", BinOp::kOr}},
      {{"&&", BinOp::kAnd}},
      {{"==", BinOp::kEq}, {"!=", BinOp::kNe}},
      {{"<", BinOp::kLt}, {"<=", BinOp::kLe}, {">", BinOp::kGt}, {">=", BinOp::kGe}},
      {{"+", BinOp::kAdd}, {"-", BinOp::kSub}},
      {{"*", BinOp::kMul}, {"/", BinOp::kDiv}, {"%", BinOp::kMod}},
  };
  return kLevels;
}
}  // namespace

ExprPtr Parser::binary(int level) {
  if (level >= int(levels().size())) return unary();
  const Token& first = peek();
  ExprPtr left = binary(level + 1);
  // A left-deep chain is as deep as it is long: each operator counts one level of nesting
  // until the chain ends, so the evaluator's recursion stays bounded too.
  struct ChainDepth {
    int& depth;
    int added = 0;
    ~ChainDepth() { depth -= added; }
  } chain{depth_};
  while (true) {
    const OpInfo* hit = nullptr;
    if (peek().kind == Tok::kOp)
      for (const auto& info : levels()[level])
        if (peek().text == info.text) hit = &info;
    if (!hit) break;
    const Token& op_tok = next();
    ++depth_;
    ++chain.added;
    if (depth_ > kMaxNesting) {
      error("syntax.too_deep", "nesting exceeds " + std::to_string(kMaxNesting) + " levels",
            span_of(op_tok));
      throw FatalSyntax{};
    }
    auto e = make(ExprKind::kBinary, op_tok);
    e->bin = hit->op;
    e->a = std::move(left);
    e->b = binary(level + 1);
    e->span = span_from(first);
    left = std::move(e);
  }
  return left;
}

ExprPtr Parser::unary() {
  const Token& first = peek();
  if (is_op("-") || is_op("+") || is_op("!")) {
    DepthGuard guard(*this);
    char op = next().text[0];
    auto e = make(ExprKind::kUnary, first);
    e->op = op;
    e->a = unary();
    e->span = span_from(first);
    return e;
  }
  return exponent();
}

ExprPtr Parser::exponent() {
  const Token& first = peek();
  ExprPtr base = postfix();
  if (!is_op("^")) return base;
  next();
  DepthGuard guard(*this);
  auto e = make(ExprKind::kBinary, first);
  e->bin = BinOp::kPow;
  e->a = std::move(base);
  e->b = unary();
  e->span = span_from(first);
  return e;
}

ExprPtr Parser::postfix() {
  const Token& first = peek();
  ExprPtr e = primary();
  struct ChainDepth {
    int& depth;
    int added = 0;
    ~ChainDepth() { depth -= added; }
  } chain{depth_};
  while (is_op("(") || is_op("[") || is_op(".")) {
    ++depth_;
    ++chain.added;
    if (depth_ > kMaxNesting) {
      error("syntax.too_deep", "nesting exceeds " + std::to_string(kMaxNesting) + " levels",
            span_of(peek()));
      throw FatalSyntax{};
    }
    if (accept("(")) {
      auto c = make(ExprKind::kCall, first);
      c->a = std::move(e);
      call_args(c->args);
      c->span = span_from(first);
      e = std::move(c);
    } else if (accept("[")) {
      auto c = make(ExprKind::kIndex, first);
      c->a = std::move(e);
      c->b = expr();
      expect("]");
      c->span = span_from(first);
      e = std::move(c);
    } else {
      next();
      auto c = make(ExprKind::kMember, first);
      c->a = std::move(e);
      c->name = ident("member name after '.'");
      c->span = span_from(first);
      e = std::move(c);
    }
  }
  return e;
}

ExprPtr Parser::primary() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::kNumber: {
      next();
      auto e = make(ExprKind::kLiteral, t);
      e->value = Value::number(t.number);
      return e;
    }
    case Tok::kString: {
      next();
      auto e = make(ExprKind::kLiteral, t);
      e->value = Value::string(t.text);
      return e;
    }
    case Tok::kIdent: {
      if (t.text == "true" || t.text == "false" || t.text == "undef") {
        next();
        auto e = make(ExprKind::kLiteral, t);
        if (t.text != "undef") e->value = Value::boolean(t.text == "true");
        return e;
      }
      static const char* kReserved[] = {"module", "function", "if", "else", "for", "let", "each",
                                        "assert", "echo", "include", "use"};
      for (const char* r : kReserved)
        if (t.text == r) fail(t, "an expression");
      next();
      auto e = make(ExprKind::kIdent, t);
      e->name = t.text;
      return e;
    }
    case Tok::kOp:
      if (t.text == "(") {
        next();
        DepthGuard guard(*this);
        ExprPtr e = expr();
        expect(")");
        return e;
      }
      if (t.text == "[") {
        next();
        DepthGuard guard(*this);
        return vector_or_range(t);
      }
      break;
    default:
      break;
  }
  fail(t, "an expression");
}

ExprPtr Parser::vector_or_range(const Token& open) {
  auto v = make(ExprKind::kVector, open);
  if (accept("]")) {
    v->span = span_from(open);
    return v;
  }
  bool lc_start = is_word("for") || is_word("each") || (is_word("if") && is_op("(", 1)) ||
                  (is_word("let") && is_op("(", 1));
  if (!lc_start) {
    ExprPtr first = expr();
    if (accept(":")) {
      auto r = make(ExprKind::kRange, open);
      r->a = std::move(first);
      ExprPtr second = expr();
      if (accept(":")) {
        r->b = std::move(second);
        r->c = expr();
      } else {
        r->c = std::move(second);
      }
      expect("]", "']' to close the range");
      r->span = span_from(open);
      return r;
    }
    v->items.push_back(std::move(first));
    if (!accept(",")) {
      expect("]", "',' or ']'");
      v->span = span_from(open);
      return v;
    }
    while (accept(",")) {}
  }
  while (accept(",")) {}  // openscad accepts repeated and trailing commas
  while (!is_op("]")) {
    v->items.push_back(list_element());
    if (!accept(",")) break;
    while (accept(",")) {}
  }
  expect("]", "',' or ']'");
  v->span = span_from(open);
  return v;
}

// One element of a vector literal: an expression or a comprehension item.
ExprPtr Parser::list_element() {
  DepthGuard guard(*this);
  const Token& first = peek();
  if (is_word("each")) {
    next();
    auto e = make(ExprKind::kLcEach, first);
    e->a = list_element();
    e->span = span_from(first);
    return e;
  }
  if (is_word("for") && is_op("(", 1)) {
    next();
    next();
    auto e = make(ExprKind::kLcFor, first);
    assignments(e->args, ";)");
    if (accept(";")) {  // C-style: for (init; cond; update)
      e->kind = ExprKind::kLcForC;
      e->b = expr();
      expect(";");
      assignments(e->updates, ")");
    }
    expect(")");
    e->a = list_element();
    e->span = span_from(first);
    return e;
  }
  if (is_word("if") && is_op("(", 1)) {
    next();
    next();
    auto e = make(ExprKind::kLcIf, first);
    e->b = expr();
    expect(")");
    e->a = list_element();
    if (is_word("else")) {
      next();
      e->c = list_element();
    }
    e->span = span_from(first);
    return e;
  }
  if (is_word("let") && is_op("(", 1)) {
    next();
    next();
    auto e = make(ExprKind::kLcLet, first);
    assignments(e->args, ")");
    expect(")");
    // openscad parses `let(...) expr` in a vector as the expression form; only a comprehension
    // body (for / each / if) makes it a comprehension let.
    bool lc_body = is_word("for") || is_word("each") || (is_word("if") && is_op("(", 1)) ||
                   (is_word("let") && is_op("(", 1));
    if (lc_body) {
      e->a = list_element();
    } else {
      e->kind = ExprKind::kLet;
      e->a = expr();
    }
    e->span = span_from(first);
    return e;
  }
  if (is_op("(") && (is_word("for", 1) || is_word("each", 1) || is_word("if", 1))) {
    next();
    ExprPtr e = list_element();
    expect(")");
    return e;
  }
  return expr();
}

// `name = expr, ...` stopping before any character of `close` (the closer is not consumed,
// except ")" of a let expression, which the callers below expect).
void Parser::assignments(std::vector<Arg>& out, const char* close) {
  auto at_close = [&] {
    return peek().kind == Tok::kOp && peek().text.size() == 1 &&
           std::string_view(close).find(peek().text[0]) != std::string_view::npos;
  };
  while (!at_close()) {
    Arg a;
    const Token& first = peek();
    a.name = ident("a variable name");
    expect("=");
    a.expr = expr();
    a.span = span_from(first);
    out.push_back(std::move(a));
    if (!accept(",")) break;
  }
  if (std::string_view(close) == ")" && peek().kind != Tok::kEnd && !at_close())
    fail(peek(), "',' or ')'");
}

void Parser::call_args(std::vector<Arg>& out) {
  while (accept(",")) {}  // openscad accepts repeated and trailing commas
  while (!is_op(")")) {
    Arg a;
    const Token& first = peek();
    if (peek().kind == Tok::kIdent && is_op("=", 1)) {
      a.name = next().text;
      next();
    }
    a.expr = expr();
    a.span = span_from(first);
    out.push_back(std::move(a));
    if (!accept(",")) break;
    while (accept(",")) {}
  }
  expect(")", "',' or ')'");
}

void Parser::params(std::vector<Arg>& out) {
  while (!is_op(")")) {
    Arg a;
    const Token& first = peek();
    a.name = ident("a parameter name");
    if (accept("=")) a.expr = expr();
    a.span = span_from(first);
    out.push_back(std::move(a));
    if (!accept(",")) break;
  }
  expect(")", "',' or ')'");
}

}  // namespace cadscribe::lang::scad
