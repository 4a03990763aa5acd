// lang/scad/evaluator_expr.cpp — expressions, list comprehensions, variable lookup, indexing.
#include <cmath>

#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {

NativeDepth::NativeDepth(Evaluator& e, const base::SourceSpan& span) : ev(e) {
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  bool deep_stack = ev.stack_base_ != 0 && here < ev.stack_base_ && ev.stack_base_ - here > kStackBudget;
  if (++ev.native_depth_ > kMaxNativeDepth || deep_stack) {
    --ev.native_depth_;
    ev.fail("limit.recursion", "Recursion detected: evaluation nested too deeply for the stack", span);
  }
}

void Evaluator::set_stack_base() {
  stack_base_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
}

void Evaluator::check_nesting(const Value& v, const base::SourceSpan& span) {
  if (v.nesting() > kMaxVectorNesting)
    fail("limit.size", "vectors nested more than " + std::to_string(kMaxVectorNesting) + " deep", span);
}

const char* type_name(const Value& v) {
  switch (v.type()) {
    case Type::kUndef: return "undefined";
    case Type::kBool: return "bool";
    case Type::kNumber: return "number";
    case Type::kString: return "string";
    case Type::kVector: return "vector";
    case Type::kRange: return "range";
    case Type::kFunction: return "function";
  }
  return "?";
}

namespace {
// Length in bytes of the UTF-8 character at s[i] as glib (and so openscad) steps through a
// string: the lead byte alone decides, a stray continuation byte is one character, and the
// length is cut at the end of the string. Invalid sequences are not split further: openscad
// iterates "\xC4\xD6" as one (invalid) character.
size_t utf8_len_at(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : c < 0xFC ? 5 : c < 0xFE ? 6 : 1;
  return std::min(n, s.size() - i);
}
}  // namespace

bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    size_t n = b(0) < 0x80 ? 1 : b(0) >= 0xC2 && b(0) < 0xE0 ? 2 : b(0) >= 0xE0 && b(0) < 0xF0 ? 3
               : b(0) >= 0xF0 && b(0) < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? b(0) : b(0) & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      if ((b(k) & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b(k) & 0x3F);
    }
    bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_len_at(s, i);
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

size_t utf8_length(const std::string& s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); i += utf8_len_at(s, i)) ++count;
  return count;
}

static const Value* find_dollar(const Env* e, const std::string& name) {
  for (; e; e = e->caller ? e->caller : e->parent.get()) {
    if (e->dollar_last) {
      if (const Value* v = find_dollar(e->caller, name)) return v;
      return e->find_local(name);
    }
    if (const Value* v = e->find_local(name)) return v;
  }
  return nullptr;
}

Value Evaluator::lookup(const std::string& name, const EnvPtr& env, const base::SourceSpan& span,
                        bool warn_missing) {
  if (name == "$children") {  // the lexically enclosing module's, as openscad
    for (Env* e = env.get(); e; e = e->parent.get())
      if (e->frame) return Value::number(double(e->frame->count));
    return Value::number(0);
  }
  if (!name.empty() && name[0] == '$') {
    if (const Value* v = find_dollar(env.get(), name)) return *v;
  } else {
    for (Env* e = env.get(); e; e = e->parent.get())
      if (const Value* v = e->find_local(name)) return *v;
  }
  if (warn_missing) warn("runtime.unknown_variable", "Ignoring unknown variable '" + name + "'", span);
  return {};
}

Value Evaluator::eval(const Expr& e, const EnvPtr& env) {
  NativeDepth depth(*this, e.span);
  step(e.span);
  switch (e.kind) {
    case ExprKind::kLiteral: return e.value;
    case ExprKind::kIdent: return lookup(e.name, env, e.span, true);
    case ExprKind::kVector: {
      std::vector<Value> out;
      for (const auto& item : e.items) {
        switch (item->kind) {
          case ExprKind::kLcFor: case ExprKind::kLcForC: case ExprKind::kLcIf:
          case ExprKind::kLcLet: case ExprKind::kLcEach:
            emit(*item, env, out);
            break;
          default:
            out.push_back(eval(*item, env));
            grow(out.size(), e.span);
        }
      }
      charge_vector(0, e.span);
      Value v = Value::vector(std::move(out));
      check_nesting(v, e.span);
      return v;
    }
    case ExprKind::kRange: {
      Value a = eval(*e.a, env);
      Value b = e.b ? eval(*e.b, env) : Value::number(1);
      Value c = eval(*e.c, env);
      if (!a.is_number() || !b.is_number() || !c.is_number()) return {};
      Range r{a.as_number(), b.as_number(), c.as_number()};
      if (!e.b && r.end < r.begin) {
        std::swap(r.begin, r.end);
        warn("runtime.deprecated",
             "Using ranges of the form [begin:end] with begin value greater than the end value is deprecated",
             e.span);
      }
      return Value::range(r);
    }
    case ExprKind::kUnary: return unary(e.op, eval(*e.a, env), e.span);
    case ExprKind::kBinary: {
      if (e.bin == BinOp::kAnd) {
        if (!eval(*e.a, env).truthy()) return Value::boolean(false);
        return Value::boolean(eval(*e.b, env).truthy());
      }
      if (e.bin == BinOp::kOr) {
        if (eval(*e.a, env).truthy()) return Value::boolean(true);
        return Value::boolean(eval(*e.b, env).truthy());
      }
      Value a = eval(*e.a, env);
      Value b = eval(*e.b, env);
      return binary(e.bin, a, b, e.span);
    }
    case ExprKind::kTernary:
      return eval(*e.a, env).truthy() ? eval(*e.b, env) : eval(*e.c, env);
    case ExprKind::kIndex: {
      Value a = eval(*e.a, env);
      Value i = eval(*e.b, env);
      return index(a, i, e.span);
    }
    case ExprKind::kMember: {
      Value a = eval(*e.a, env);
      if (a.is_vector()) {
        size_t k = e.name == "x" ? 0 : e.name == "y" ? 1 : e.name == "z" ? 2 : 99;
        if (k < a.as_vector().size()) return a.as_vector()[k];
      } else if (a.is_range()) {
        const Range& r = a.as_range();
        if (e.name == "begin") return Value::number(r.begin);
        if (e.name == "step") return Value::number(r.step);
        if (e.name == "end") return Value::number(r.end);
      }
      return {};
    }
    case ExprKind::kCall: return call(e, env);
    case ExprKind::kFunctionLit: {
      auto f = std::make_shared<FunctionClosure>();
      f->file = file_;
      f->lit = &e;
      f->env = env;
      captured_.push_back(env);
      return Value::function(std::move(f));
    }
    case ExprKind::kLet: {
      EnvPtr inner = bind_sequential(e.args, env);
      return eval(*e.a, inner);
    }
    case ExprKind::kAssert: {
      std::vector<CallArg> args = eval_args(e.args, env);
      const Value* cond = args.empty() ? nullptr : &args[0].value;
      if (!cond || !cond->truthy()) {
        std::string msg = "Assertion '" + (e.args.empty() ? std::string("undef") : dump_expr(*e.args[0].expr)) + "' failed";
        if (args.size() > 1) msg += ": " + print(args[1].value, true, e.span);
        fail("runtime.assert", msg, e.span);
      }
      return e.a ? eval(*e.a, env) : Value{};
    }
    case ExprKind::kEcho: {
      std::vector<CallArg> args = eval_args(e.args, env);
      report_.echo.push_back("ECHO: " + print_args(args, e.span));
      return e.a ? eval(*e.a, env) : Value{};
    }
    case ExprKind::kLcFor: case ExprKind::kLcForC: case ExprKind::kLcIf:
    case ExprKind::kLcLet: case ExprKind::kLcEach: {
      std::vector<Value> out;
      emit(e, env, out);
      return Value::vector(std::move(out));
    }
  }
  return {};
}

EnvPtr Evaluator::bind_sequential(const std::vector<Arg>& assigns, const EnvPtr& env) {
  auto inner = std::make_shared<Env>();
  inner->parent = env;
  inner->caller = env.get();
  for (const auto& a : assigns) {
    Value v = a.expr ? eval(*a.expr, inner) : Value{};
    if (inner->find_local(a.name)) {  // openscad keeps the first
      warn("runtime.duplicate_assignment", "Ignoring duplicate variable assignment " + a.name + " = " + print(v, true, a.span),
           a.span);
      continue;
    }
    inner->set(a.name, std::move(v));
  }
  return inner;
}

// Calls body for each value openscad's for enumerates from v; false if skipped as too large.
bool Evaluator::iterate(const Value& v, const base::SourceSpan& span, size_t limit, const char* what,
                        const std::function<void(const Value&)>& body) {
  (void)what;
  switch (v.type()) {
    case Type::kUndef: return true;
    case Type::kRange: {
      const Range& r = v.as_range();
      uint64_t n = r.count();
      if (n >= limit) {
        warn("runtime.range_too_large",
             "Bad range parameter in for statement: too many elements (" + std::to_string(n) + ")", span);
        return false;
      }
      if (r.step == 0) return true;  // openscad's iterator yields nothing for a zero step
      for (uint64_t i = 0; i < n; ++i) body(Value::number(r.at(i)));
      return true;
    }
    case Type::kVector: {
      Value keep = v;  // the items stay alive while the body runs
      for (const auto& x : keep.as_vector()) body(x);
      return true;
    }
    case Type::kString:
      charge_vector(v.as_string().size(), span);  // the split below holds a string per character
      for (auto& c : utf8_chars(v.as_string())) body(Value::string(std::move(c)));
      return true;
    default:
      body(v);
      return true;
  }
}

void Evaluator::emit_each(const Value& v, const base::SourceSpan& span, std::vector<Value>& out) {
  iterate(v, span, 1000000, "each", [&](const Value& x) {
    out.push_back(x);
    grow(out.size(), span);
  });
}

// Appends the elements a comprehension item yields.
void Evaluator::emit(const Expr& e, const EnvPtr& env, std::vector<Value>& out) {
  NativeDepth depth(*this, e.span);
  step(e.span);
  switch (e.kind) {
    case ExprKind::kLcFor: {
      std::function<void(size_t, const EnvPtr&)> loop = [&](size_t k, const EnvPtr& scope) {
        if (k == e.args.size()) {
          emit(*e.a, scope, out);
          return;
        }
        Value seq = e.args[k].expr ? eval(*e.args[k].expr, scope) : Value{};
        iterate(seq, e.span, 1000000, "for", [&](const Value& x) {
          auto inner = std::make_shared<Env>();
          inner->parent = scope;
          inner->caller = scope.get();
          inner->set(e.args[k].name, x);
          loop(k + 1, inner);
        });
      };
      loop(0, env);
      return;
    }
    case ExprKind::kLcForC: {
      EnvPtr scope = bind_sequential(e.args, env);
      while (true) {
        step(e.span);
        if (!eval(*e.b, scope).truthy()) break;
        emit(*e.a, scope, out);
        auto next = std::make_shared<Env>();  // updates apply in order, each seeing the last
        next->parent = env;
        next->caller = env.get();
        next->vars = scope->vars;
        for (const auto& u : e.updates) {
          Value v = u.expr ? eval(*u.expr, next) : Value{};
          next->set(u.name, std::move(v));
        }
        scope = std::move(next);
      }
      return;
    }
    case ExprKind::kLcIf:
      if (eval(*e.b, env).truthy()) emit(*e.a, env, out);
      else if (e.c) emit(*e.c, env, out);
      return;
    case ExprKind::kLcLet:
      emit(*e.a, bind_sequential(e.args, env), out);
      return;
    case ExprKind::kLcEach: {
      const Expr& inner = *e.a;
      bool lc = inner.kind == ExprKind::kLcFor || inner.kind == ExprKind::kLcForC ||
                inner.kind == ExprKind::kLcIf || inner.kind == ExprKind::kLcLet || inner.kind == ExprKind::kLcEach;
      if (lc) {
        std::vector<Value> tmp;
        emit(inner, env, tmp);
        for (auto& x : tmp) emit_each(x, e.span, out);
      } else {
        emit_each(eval(inner, env), e.span, out);
      }
      return;
    }
    default:
      out.push_back(eval(e, env));
      grow(out.size(), e.span);
      return;
  }
}

Value Evaluator::index(const Value& a, const Value& i, const base::SourceSpan& span) {
  if (!i.is_number()) return {};
  double d = i.as_number();
  if (!(d >= 0) || d >= 4294967296.0) return {};
  uint64_t k = uint64_t(d);
  if (a.is_vector()) return k < a.as_vector().size() ? a.as_vector()[k] : Value{};
  if (a.is_string()) {
    const std::string& s = a.as_string();
    work(s.size(), span);
    uint64_t n = 0;
    for (size_t i = 0; i < s.size();) {  // the k-th UTF-8 character, as utf8_chars splits
      size_t len = utf8_len_at(s, i);
      if (n++ == k) return Value::string(s.substr(i, len));
      i += len;
    }
    return {};
  }
  if (a.is_range()) {
    const Range& r = a.as_range();
    if (k == 0) return Value::number(r.begin);
    if (k == 1) return Value::number(r.step);
    if (k == 2) return Value::number(r.end);
  }
  return {};
}

}  // namespace cadscribe::lang::scad
