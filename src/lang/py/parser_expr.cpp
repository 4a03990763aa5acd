// lang/py/parser_expr.cpp — expressions by precedence climbing (Python's grammar levels), calls,
// subscripts, displays, comprehensions, lambdas and f-strings.
#include <cmath>

#include "lang/py/containers.h"
#include "lang/py/parser_impl.h"

namespace cadscribe::lang::py {

ExprPtr Parser::make_const(Value v, Pos p) {
  auto e = std::make_unique<Expr>(ExprKind::kConst, p);
  e->constant = std::move(v);
  return e;
}

ExprPtr Parser::make_name(const Token& t) {
  if (t.kind != Tok::kName || is_keyword(t.text)) fail(t, "syntax.unexpected_token", "expected a name but got " + describe(t));
  if (is_dunder(t.text) && t.text != "__name__")
    fail(t, "unsupported.dunder", "names like '" + t.text + "' are not allowed");
  auto e = std::make_unique<Expr>(ExprKind::kName, pos_of(t));
  e->name = prog_.interner.intern(t.text);
  return e;
}

ExprPtr Parser::parse_standalone_expr() {
  ExprPtr e = parse_expr_list(true);
  while (peek().kind == Tok::kNewline) next();
  if (peek().kind != Tok::kEnd) fail_expected("'}'");
  return e;
}

namespace {
bool is_expr_end(const Token& t) {
  if (t.kind == Tok::kNewline || t.kind == Tok::kEnd || t.kind == Tok::kIndent || t.kind == Tok::kDedent) return true;
  if (t.kind == Tok::kOp) {
    const std::string& s = t.text;
    return s == "=" || s == ")" || s == "]" || s == "}" || s == ":" || s == ";" ||
           (s.size() >= 2 && s.back() == '=' && s != "==" && s != "!=" && s != "<=" && s != ">=");
  }
  return t.kind == Tok::kName && (t.text == "in" || t.text == "for" || t.text == "if" || t.text == "else");
}
}  // namespace

ExprPtr Parser::parse_star_or_expr() {
  if (at_op("*")) {
    Pos p = pos_of(next());
    auto e = std::make_unique<Expr>(ExprKind::kStarred, p);
    e->a = parse_bitor();
    e->pos = span(p, e->a->pos);
    return e;
  }
  return parse_expr();
}

ExprPtr Parser::parse_expr_list(bool allow_star) {
  Pos p = pos_of(peek());
  ExprPtr first = allow_star ? parse_star_or_expr() : parse_expr();
  if (!at_op(",")) return first;
  auto t = std::make_unique<Expr>(ExprKind::kTuple, p);
  t->items.push_back(std::move(first));
  while (accept_op(",")) {
    if (is_expr_end(peek())) break;
    t->items.push_back(allow_star ? parse_star_or_expr() : parse_expr());
  }
  t->pos = span(p, t->items.back()->pos);
  return t;
}

ExprPtr Parser::parse_target_list() {
  Pos p = pos_of(peek());
  auto one = [&]() -> ExprPtr {
    if (at_op("*")) {
      Pos sp = pos_of(next());
      auto e = std::make_unique<Expr>(ExprKind::kStarred, sp);
      e->a = parse_bitor();
      return e;
    }
    return parse_bitor();
  };
  ExprPtr first = one();
  if (!at_op(",")) return first;
  auto t = std::make_unique<Expr>(ExprKind::kTuple, p);
  t->items.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_kw("in") || at_op("=") || is_expr_end(peek())) break;
    t->items.push_back(one());
  }
  return t;
}

ExprPtr Parser::parse_expr() {
  DepthGuard g(*this);
  if (at_kw("lambda")) return parse_lambda();
  ExprPtr e = parse_or_test();
  if (at_kw("if")) {
    // `x if c else y` — but not the `if` of a comprehension, which parse_comp_fors consumes
    // after an or_test, never after a full expression.
    next();
    auto n = std::make_unique<Expr>(ExprKind::kIfExp, e->pos);
    n->b = parse_or_test();
    expect_kw("else");
    n->c = parse_expr();
    n->pos = span(e->pos, n->c->pos);
    n->a = std::move(e);
    return n;
  }
  if (at_op(":=")) fail(peek(), "unsupported.feature", "assignment expressions (:=) are not supported");
  return e;
}

ExprPtr Parser::parse_lambda() {
  const Token& kw = next();
  auto f = std::make_shared<FuncDef>();
  f->name_str = "<lambda>";
  f->name = prog_.interner.intern("<lambda>");
  f->pos = pos_of(kw);
  f->file = prog_.file;
  parse_params(*f, true);
  expect_op(":");
  f->lambda_body = parse_expr();
  auto e = std::make_unique<Expr>(ExprKind::kLambda, span(pos_of(kw), f->lambda_body->pos));
  e->func = std::move(f);
  return e;
}

ExprPtr Parser::parse_or_test() {
  ExprPtr e = parse_and_test();
  if (!at_kw("or")) return e;
  auto n = std::make_unique<Expr>(ExprKind::kOr, e->pos);
  n->items.push_back(std::move(e));
  while (accept_kw("or")) n->items.push_back(parse_and_test());
  n->pos = span(n->pos, n->items.back()->pos);
  return n;
}

ExprPtr Parser::parse_and_test() {
  ExprPtr e = parse_not_test();
  if (!at_kw("and")) return e;
  auto n = std::make_unique<Expr>(ExprKind::kAnd, e->pos);
  n->items.push_back(std::move(e));
  while (accept_kw("and")) n->items.push_back(parse_not_test());
  n->pos = span(n->pos, n->items.back()->pos);
  return n;
}

ExprPtr Parser::parse_not_test() {
  if (at_kw("not")) {
    DepthGuard g(*this);
    Pos p = pos_of(next());
    auto n = std::make_unique<Expr>(ExprKind::kNot, p);
    n->a = parse_not_test();
    n->pos = span(p, n->a->pos);
    return n;
  }
  return parse_comparison();
}

ExprPtr Parser::parse_comparison() {
  ExprPtr e = parse_bitor();
  auto cmp_op = [&](CmpOp& op) -> bool {
    const Token& t = peek();
    if (t.kind == Tok::kOp) {
      const std::string& s = t.text;
      if (s == "<") op = CmpOp::kLt;
      else if (s == ">") op = CmpOp::kGt;
      else if (s == "==") op = CmpOp::kEq;
      else if (s == "!=") op = CmpOp::kNe;
      else if (s == "<=") op = CmpOp::kLe;
      else if (s == ">=") op = CmpOp::kGe;
      else return false;
      next();
      return true;
    }
    if (t.kind != Tok::kName) return false;
    if (t.text == "in") { next(); op = CmpOp::kIn; return true; }
    if (t.text == "not" && peek(1).kind == Tok::kName && peek(1).text == "in") {
      next(); next(); op = CmpOp::kNotIn; return true;
    }
    if (t.text == "is") {
      next();
      op = accept_kw("not") ? CmpOp::kIsNot : CmpOp::kIs;
      return true;
    }
    return false;
  };
  CmpOp op;
  if (!cmp_op(op)) return e;
  auto n = std::make_unique<Expr>(ExprKind::kCompare, e->pos);
  n->items.push_back(std::move(e));
  do {
    n->cmp_ops.push_back(op);
    n->items.push_back(parse_bitor());
  } while (cmp_op(op));
  n->pos = span(n->pos, n->items.back()->pos);
  return n;
}

namespace {
ExprPtr make_bin(BinaryOp op, ExprPtr a, ExprPtr b) {
  auto n = std::make_unique<Expr>(ExprKind::kBinOp, Pos{a->pos.line, a->pos.col, b->pos.end_line, b->pos.end_col});
  n->op = static_cast<uint8_t>(op);
  n->a = std::move(a);
  n->b = std::move(b);
  return n;
}
}  // namespace

ExprPtr Parser::parse_bitor() {
  ExprPtr e = parse_bitxor();
  while (at_op("|")) { next(); e = make_bin(BinaryOp::kOr, std::move(e), parse_bitxor()); }
  return e;
}

ExprPtr Parser::parse_bitxor() {
  ExprPtr e = parse_bitand();
  while (at_op("^")) { next(); e = make_bin(BinaryOp::kXor, std::move(e), parse_bitand()); }
  return e;
}

ExprPtr Parser::parse_bitand() {
  ExprPtr e = parse_shift();
  while (at_op("&")) { next(); e = make_bin(BinaryOp::kAnd, std::move(e), parse_shift()); }
  return e;
}

ExprPtr Parser::parse_shift() {
  ExprPtr e = parse_arith();
  if (at_op("<<") || at_op(">>")) fail(peek(), "unsupported.feature", "shift operators are not supported");
  return e;
}

ExprPtr Parser::parse_arith() {
  ExprPtr e = parse_term();
  while (at_op("+") || at_op("-")) {
    BinaryOp op = next().text == "+" ? BinaryOp::kAdd : BinaryOp::kSub;
    e = make_bin(op, std::move(e), parse_term());
  }
  return e;
}

ExprPtr Parser::parse_term() {
  ExprPtr e = parse_factor();
  while (true) {
    BinaryOp op;
    if (at_op("*")) op = BinaryOp::kMul;
    else if (at_op("/")) op = BinaryOp::kDiv;
    else if (at_op("//")) op = BinaryOp::kFloorDiv;
    else if (at_op("%")) op = BinaryOp::kMod;
    else if (at_op("@")) op = BinaryOp::kMatMul;
    else break;
    next();
    e = make_bin(op, std::move(e), parse_factor());
  }
  return e;
}

ExprPtr Parser::parse_factor() {
  if (at_op("-") || at_op("+") || at_op("~")) {
    DepthGuard g(*this);
    const Token& t = next();
    UnaryOp op = t.text == "-" ? UnaryOp::kNeg : t.text == "+" ? UnaryOp::kPos : UnaryOp::kInvert;
    Pos p = pos_of(t);
    ExprPtr operand = parse_factor();
    Pos full = span(p, operand->pos);
    // Fold negative literals so `-9223372036854775807 - 1` style constants stay cheap.
    if (op == UnaryOp::kNeg && operand->kind == ExprKind::kConst) {
      const Value& c = operand->constant;
      if (c.is_int() && c.as_int() != INT64_MIN) return make_const(Value::from_int(-c.as_int()), full);
      if (c.is_float()) return make_const(Value::from_float(-c.as_double()), full);
    }
    auto n = std::make_unique<Expr>(ExprKind::kUnary, full);
    n->op = static_cast<uint8_t>(op);
    n->a = std::move(operand);
    return n;
  }
  return parse_power();
}

ExprPtr Parser::parse_power() {
  ExprPtr e = parse_primary();
  if (at_op("**")) {
    DepthGuard g(*this);
    next();
    e = make_bin(BinaryOp::kPow, std::move(e), parse_factor());
  }
  return e;
}

ExprPtr Parser::parse_primary() {
  ExprPtr e = parse_atom();
  while (true) {
    if (at_op("(")) {
      next();
      auto c = std::make_unique<Expr>(ExprKind::kCall, e->pos);
      c->a = std::move(e);
      parse_call_args(*c);
      c->pos = span(c->pos, last_pos());
      e = std::move(c);
    } else if (at_op("[")) {
      next();
      auto s = std::make_unique<Expr>(ExprKind::kSubscript, e->pos);
      s->a = std::move(e);
      s->b = parse_subscript();
      expect_op("]");
      s->pos = span(s->pos, last_pos());
      e = std::move(s);
    } else if (at_op(".")) {
      next();
      const Token& n = peek();
      if (n.kind != Tok::kName) fail_expected("an attribute name");
      if (is_dunder(n.text)) fail(n, "unsupported.dunder", "attributes like '" + n.text + "' are not allowed");
      // An attribute is located at its name, and so is a method call on it: in a chain
      // (`cq.Workplane().box(...)`) errors point at `box`, not at the chain's first token.
      auto a = std::make_unique<Expr>(ExprKind::kAttribute, pos_of(n));
      next();
      a->a = std::move(e);
      a->name = prog_.interner.intern(n.text);
      a->name_str = n.text;
      e = std::move(a);
    } else {
      return e;
    }
  }
}

void Parser::parse_call_args(Expr& call) {
  bool seen_kw = false;
  while (!at_op(")")) {
    if (at_op("*")) {
      Pos p = pos_of(next());
      auto s = std::make_unique<Expr>(ExprKind::kStarred, p);
      s->a = parse_expr();
      call.items.push_back(std::move(s));
    } else if (at_op("**")) {
      next();
      Keyword k;
      k.value = parse_expr();
      call.keywords.push_back(std::move(k));
      seen_kw = true;
    } else if (peek().kind == Tok::kName && peek(1).kind == Tok::kOp && peek(1).text == "=") {
      const Token& n = next();
      if (is_keyword(n.text)) fail(n, "syntax.unexpected_token", "expected an argument but got " + describe(n));
      next();
      Keyword k;
      k.name = prog_.interner.intern(n.text);
      k.name_str = n.text;
      for (auto& other : call.keywords)
        if (other.name == k.name) fail(n, "syntax.bad_call", "keyword argument repeated: " + n.text);
      k.value = parse_expr();
      call.keywords.push_back(std::move(k));
      seen_kw = true;
    } else {
      const Token& start = peek();
      ExprPtr e = parse_expr();
      if (at_kw("for")) {
        auto g = std::make_unique<Expr>(ExprKind::kGenExp, e->pos);
        g->a = std::move(e);
        parse_comp_fors(*g);
        e = std::move(g);
      }
      if (seen_kw) fail(start, "syntax.bad_call", "positional argument follows keyword argument");
      call.items.push_back(std::move(e));
    }
    if (!accept_op(",")) break;
  }
  expect_op(")");
}

ExprPtr Parser::parse_slice_item() {
  Pos p = pos_of(peek());
  ExprPtr lower;
  if (!at_op(":")) {
    lower = parse_expr();
    if (!at_op(":")) return lower;
  }
  next();  // ':'
  auto s = std::make_unique<Expr>(ExprKind::kSlice, p);
  s->a = std::move(lower);
  if (!at_op(":") && !at_op("]") && !at_op(",")) s->b = parse_expr();
  if (accept_op(":")) {
    if (!at_op("]") && !at_op(",")) s->c = parse_expr();
  }
  s->pos = span(p, last_pos());
  return s;
}

ExprPtr Parser::parse_subscript() {
  Pos p = pos_of(peek());
  ExprPtr first = parse_slice_item();
  if (!at_op(",")) return first;
  auto t = std::make_unique<Expr>(ExprKind::kTuple, p);
  t->items.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("]")) break;
    t->items.push_back(parse_slice_item());
  }
  return t;
}

void Parser::parse_comp_fors(Expr& comp) {
  comp.scope = std::make_unique<Scope>();
  while (at_kw("for")) {
    next();
    CompFor cf;
    cf.target = parse_target_list();
    check_target(*cf.target, true);
    expect_kw("in");
    cf.iter = parse_or_test();
    while (at_kw("if")) {
      next();
      cf.ifs.push_back(parse_or_test());
    }
    comp.comps.push_back(std::move(cf));
  }
  if (at_kw("async")) fail(peek(), "unsupported.feature", "async comprehensions are not supported");
}

ExprPtr Parser::parse_atom() {
  const Token& t = peek();
  Pos p = pos_of(t);
  switch (t.kind) {
    case Tok::kName: {
      if (t.text == "None") { next(); return make_const(Value(), p); }
      if (t.text == "True") { next(); return make_const(Value::from_bool(true), p); }
      if (t.text == "False") { next(); return make_const(Value::from_bool(false), p); }
      if (t.text == "yield" || t.text == "await")
        fail(t, "unsupported.feature", "'" + t.text + "' is not supported");
      if (t.text == "lambda") return parse_lambda();
      if (is_keyword(t.text)) fail_expected("an expression");
      return make_name(next());
    }
    case Tok::kInt:
      if (t.int_overflow) fail(t, "runtime.overflow", "integer literal too large for 64 bits: " + t.text);
      next();
      return make_const(Value::from_int(t.int_value), p);
    case Tok::kFloat:
      next();
      return make_const(Value::from_float(t.float_value), p);
    case Tok::kString:
    case Tok::kFString: return parse_strings();
    case Tok::kOp: break;
    default: fail_expected("an expression");
  }
  if (t.text == "(") {
    DepthGuard g(*this);
    next();
    if (accept_op(")")) return make_const(Value::from_tuple({}), span(p, last_pos()));
    ExprPtr first = parse_star_or_expr();
    if (at_kw("for")) {
      auto gen = std::make_unique<Expr>(ExprKind::kGenExp, p);
      gen->a = std::move(first);
      parse_comp_fors(*gen);
      expect_op(")");
      gen->pos = span(p, last_pos());
      return gen;
    }
    if (at_op(",")) {
      auto tup = std::make_unique<Expr>(ExprKind::kTuple, p);
      tup->items.push_back(std::move(first));
      while (accept_op(",")) {
        if (at_op(")")) break;
        tup->items.push_back(parse_star_or_expr());
      }
      expect_op(")");
      tup->pos = span(p, last_pos());
      return tup;
    }
    expect_op(")");
    if (first->kind == ExprKind::kStarred) fail(t, "syntax.unexpected_token", "cannot use starred expression here");
    return first;
  }
  if (t.text == "[") {
    DepthGuard g(*this);
    next();
    auto list = std::make_unique<Expr>(ExprKind::kList, p);
    if (accept_op("]")) {
      list->pos = span(p, last_pos());
      return list;
    }
    ExprPtr first = parse_star_or_expr();
    if (at_kw("for")) {
      auto comp = std::make_unique<Expr>(ExprKind::kListComp, p);
      comp->a = std::move(first);
      parse_comp_fors(*comp);
      expect_op("]");
      comp->pos = span(p, last_pos());
      return comp;
    }
    list->items.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("]")) break;
      list->items.push_back(parse_star_or_expr());
    }
    expect_op("]");
    list->pos = span(p, last_pos());
    return list;
  }
  if (t.text == "{") {
    DepthGuard g(*this);
    next();
    auto dict = std::make_unique<Expr>(ExprKind::kDict, p);
    bool first = true;
    while (!at_op("}")) {
      if (accept_op("**")) {
        dict->items.push_back(nullptr);
        dict->values.push_back(parse_bitor());
      } else {
        ExprPtr key = parse_expr();
        if (!at_op(":")) {
          fail(peek(), "unsupported.feature", "set literals are not supported (use a list or tuple)");
        }
        next();
        ExprPtr value = parse_expr();
        if (first && at_kw("for")) {
          auto comp = std::make_unique<Expr>(ExprKind::kDictComp, p);
          comp->a = std::move(key);
          comp->b = std::move(value);
          parse_comp_fors(*comp);
          expect_op("}");
          comp->pos = span(p, last_pos());
          return comp;
        }
        dict->items.push_back(std::move(key));
        dict->values.push_back(std::move(value));
      }
      first = false;
      if (!accept_op(",")) break;
    }
    expect_op("}");
    dict->pos = span(p, last_pos());
    return dict;
  }
  if (t.text == "...") fail(t, "unsupported.feature", "Ellipsis is not supported");
  fail_expected("an expression");
}

}  // namespace cadscribe::lang::py
