// lang/py/eval_expr.cpp — expression evaluation, assignment targets, calls, comprehensions,
// f-strings.
#include "lang/py/evaluator.h"
#include "lang/py/format.h"

namespace cadscribe::lang::py {

Value Evaluator::eval_name(const Expr& e, const FramePtr& f) {
  switch (e.ref.where) {
    case NameRef::kLocal: {
      const Value& v = f->slots[static_cast<size_t>(e.ref.slot)];
      if (is_unbound(v))
        raise(e.pos, "runtime.name_error", "cannot access local variable '" + prog_.interner.name(e.name) +
                                               "' where it is not associated with a value");
      return v;
    }
    case NameRef::kEnclosing: {
      Frame* fr = f.get();
      for (int k = 0; k < e.ref.depth; ++k) fr = fr->parent.get();
      const Value& v = fr->slots[static_cast<size_t>(e.ref.slot)];
      if (is_unbound(v))
        raise(e.pos, "runtime.name_error", "cannot access free variable '" + prog_.interner.name(e.name) +
                                               "' where it is not associated with a value in enclosing scope");
      return v;
    }
    default: {
      size_t s = static_cast<size_t>(e.name);
      if (s < globals_.size() && !is_unbound(globals_[s])) return globals_[s];
      if (s < builtins_.size() && !is_unbound(builtins_[s])) return builtins_[s];
      if (e.name == sym_name_) return Value::from_str("__main__");
      const std::string& n = prog_.interner.name(e.name);
      if (n == "open" || n == "eval" || n == "exec" || n == "compile" || n == "input" || n == "globals" ||
          n == "locals" || n == "vars" || n == "dir" || n == "breakpoint" || n == "help")
        raise(e.pos, "runtime.name_error", "name '" + n + "' is not defined (programs have no access to it)");
      raise(e.pos, "runtime.name_error", "name '" + n + "' is not defined");
    }
  }
}

void Evaluator::set_global(Sym s, Value v) {
  size_t i = static_cast<size_t>(s);
  if (i >= globals_.size()) globals_.resize(i + 1, unbound_value());
  if (is_unbound(globals_[i])) {
    bool seen = false;
    for (Sym o : global_order_) seen = seen || o == s;
    if (!seen) global_order_.push_back(s);
  }
  globals_[i] = std::move(v);
}

void Evaluator::assign(const Expr& t, Value v, const FramePtr& f) {
  switch (t.kind) {
    case ExprKind::kName:
      switch (t.ref.where) {
        case NameRef::kLocal: f->slots[static_cast<size_t>(t.ref.slot)] = std::move(v); return;
        case NameRef::kEnclosing: {
          Frame* fr = f.get();
          for (int k = 0; k < t.ref.depth; ++k) fr = fr->parent.get();
          fr->slots[static_cast<size_t>(t.ref.slot)] = std::move(v);
          return;
        }
        default: set_global(t.name, std::move(v)); return;
      }
    case ExprKind::kAttribute: {
      Value obj = eval(*t.a, f);
      cur_pos_ = t.pos;
      if (!obj.is_object() || !obj.object())
        raise("runtime.attribute_error", "'" + obj.type_name() + "' object has no attribute '" + t.name_str + "'");
      (void)unwrap(obj.object()->set_attr(*this, t.name_str, v));
      return;
    }
    case ExprKind::kSubscript: {
      Value obj = eval(*t.a, f);
      assign_subscript(obj, *t.b, f, std::move(v));
      return;
    }
    case ExprKind::kTuple:
    case ExprKind::kList: {
      std::vector<Value> items = to_vector(v);
      size_t n = t.items.size();
      int star = -1;
      for (size_t i = 0; i < n; ++i)
        if (t.items[i]->kind == ExprKind::kStarred) star = static_cast<int>(i);
      cur_pos_ = t.pos;
      if (star < 0) {
        if (items.size() > n) raise("runtime.value_error", "too many values to unpack (expected " + std::to_string(n) + ")");
        if (items.size() < n)
          raise("runtime.value_error", "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                           std::to_string(items.size()) + ")");
        for (size_t i = 0; i < n; ++i) assign(*t.items[i], std::move(items[i]), f);
        return;
      }
      size_t before = static_cast<size_t>(star), after = n - before - 1;
      if (items.size() < before + after)
        raise("runtime.value_error", "not enough values to unpack (expected at least " + std::to_string(n - 1) +
                                         ", got " + std::to_string(items.size()) + ")");
      for (size_t i = 0; i < before; ++i) assign(*t.items[i], items[i], f);
      std::vector<Value> mid(items.begin() + static_cast<long>(before), items.end() - static_cast<long>(after));
      assign(*t.items[before]->a, Value::from_list(std::move(mid)), f);
      for (size_t i = 0; i < after; ++i) assign(*t.items[before + 1 + i], items[items.size() - after + i], f);
      return;
    }
    case ExprKind::kStarred: raise(t.pos, "runtime.type_error", "starred assignment target must be in a list or tuple");
    default: raise(t.pos, "syntax.bad_target", "cannot assign to expression");
  }
}

void Evaluator::assign_subscript(const Value& obj, const Expr& key_expr, const FramePtr& f, Value v) {
  if (key_expr.kind == ExprKind::kSlice) {
    set_slice(obj, key_expr, f, v);
    return;
  }
  Value key = eval(key_expr, f);
  cur_pos_ = key_expr.pos;
  if (obj.is_list()) {
    if (!key.is_int() && !key.is_bool())
      raise("runtime.type_error", "list indices must be integers or slices, not " + key.type_name());
    auto& items = obj.list_items();
    int64_t i = key.as_int(), n = static_cast<int64_t>(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise("runtime.index_error", "list assignment index out of range");
    items[static_cast<size_t>(i)] = std::move(v);
    return;
  }
  if (obj.is_dict()) {
    uint64_t h = hash_or_raise(key);
    auto& d = *obj.dict();
    if (!d.find(key, h)) {
      check_size(static_cast<int64_t>(d.size()) + 1);
      charge(2 * sizeof(Value));
    }
    d.set(key, h, std::move(v));
    return;
  }
  raise("runtime.type_error", "'" + obj.type_name() + "' object does not support item assignment");
}

Value Evaluator::eval(const Expr& e, const FramePtr& f) {
  if (auto d = budget_.step()) {
    cur_pos_ = e.pos;
    raise_diag(*d);
  }
  if (e.kind != ExprKind::kConst && e.kind != ExprKind::kName) check_stack();
  switch (e.kind) {
    case ExprKind::kConst: return e.constant;
    case ExprKind::kName: return eval_name(e, f);
    case ExprKind::kAttribute: {
      Value obj = eval(*e.a, f);
      cur_pos_ = e.pos;
      return get_attribute(obj, e.name_str);
    }
    case ExprKind::kSubscript: return eval_subscript(e, f);
    case ExprKind::kCall: return eval_call(e, f);
    case ExprKind::kBinOp: {
      check_stack();
      Value a = eval(*e.a, f);
      Value b = eval(*e.b, f);
      // Fast paths for the arithmetic CAD programs are made of.
      if (a.is_float() && b.is_float()) {
        double x = a.as_double(), y = b.as_double();
        switch (static_cast<BinaryOp>(e.op)) {
          case BinaryOp::kAdd: return Value::from_float(x + y);
          case BinaryOp::kSub: return Value::from_float(x - y);
          case BinaryOp::kMul: return Value::from_float(x * y);
          default: break;
        }
      }
      cur_pos_ = e.pos;
      return binary(static_cast<BinaryOp>(e.op), a, b);
    }
    case ExprKind::kUnary: {
      check_stack();
      Value a = eval(*e.a, f);
      cur_pos_ = e.pos;
      return unary(static_cast<UnaryOp>(e.op), a);
    }
    case ExprKind::kNot: return Value::from_bool(!eval(*e.a, f).truthy());
    case ExprKind::kAnd: {
      Value v;
      for (const auto& it : e.items) {
        v = eval(*it, f);
        if (!v.truthy()) return v;
      }
      return v;
    }
    case ExprKind::kOr: {
      Value v;
      for (const auto& it : e.items) {
        v = eval(*it, f);
        if (v.truthy()) return v;
      }
      return v;
    }
    case ExprKind::kCompare: {
      check_stack();
      Value left = eval(*e.items[0], f);
      for (size_t i = 0; i < e.cmp_ops.size(); ++i) {
        Value right = eval(*e.items[i + 1], f);
        cur_pos_ = e.pos;
        if (!compare(e.cmp_ops[i], left, right)) return Value::from_bool(false);
        left = std::move(right);
      }
      return Value::from_bool(true);
    }
    case ExprKind::kIfExp: return eval(*e.b, f).truthy() ? eval(*e.a, f) : eval(*e.c, f);
    case ExprKind::kLambda: return make_function(e.func, f);
    case ExprKind::kList:
    case ExprKind::kTuple: {
      check_stack();
      std::vector<Value> items;
      items.reserve(e.items.size());
      for (const auto& it : e.items) {
        if (it->kind == ExprKind::kStarred) {
          Value src = eval(*it->a, f);
          cur_pos_ = it->pos;
          for_each(src, [&](const Value& x) {
            items.push_back(x);
            return true;
          });
          check_size(static_cast<int64_t>(items.size()));
        } else {
          items.push_back(eval(*it, f));
        }
      }
      charge(static_cast<int64_t>(items.size() * sizeof(Value)));
      return e.kind == ExprKind::kList ? Value::from_list(std::move(items)) : Value::from_tuple(std::move(items));
    }
    case ExprKind::kDict: {
      check_stack();
      auto d = make_dict_data();
      for (size_t i = 0; i < e.items.size(); ++i) {
        if (!e.items[i]) {
          Value src = eval(*e.values[i], f);
          cur_pos_ = e.values[i]->pos;
          if (!src.is_dict()) raise("runtime.type_error", "'" + src.type_name() + "' object is not a mapping");
          for (auto& [k, v] : src.dict()->entries) d->set(k, v);
          continue;
        }
        Value k = eval(*e.items[i], f);
        Value v = eval(*e.values[i], f);
        cur_pos_ = e.items[i]->pos;
        d->set(k, hash_or_raise(k), std::move(v));
      }
      charge(static_cast<int64_t>(d->size() * 2 * sizeof(Value)));
      return Value::from_dict(std::move(d));
    }
    case ExprKind::kListComp:
    case ExprKind::kDictComp:
    case ExprKind::kGenExp: return eval_comprehension(e, f);
    case ExprKind::kFString:
    case ExprKind::kFormatted: return eval_fstring(e, f);
    case ExprKind::kStarred: raise(e.pos, "runtime.type_error", "can't use starred expression here");
    case ExprKind::kSlice: raise(e.pos, "runtime.type_error", "slices are only allowed inside []");
  }
  return Value();
}

Value Evaluator::eval_subscript(const Expr& e, const FramePtr& f) {
  check_stack();
  Value obj = eval(*e.a, f);
  if (e.b->kind == ExprKind::kSlice) {
    cur_pos_ = e.pos;
    return slice(obj, *e.b, f);
  }
  Value key = eval(*e.b, f);
  cur_pos_ = e.pos;
  return get_item(obj, key);
}

void Evaluator::eval_args(const Expr& e, const FramePtr& f, Args& args) {
  args.positional.reserve(e.items.size());
  for (const auto& it : e.items) {
    if (it->kind == ExprKind::kStarred) {
      Value src = eval(*it->a, f);
      cur_pos_ = it->pos;
      for_each(src, [&](const Value& x) {
        args.positional.push_back(x);
        return true;
      });
      check_size(static_cast<int64_t>(args.positional.size()));
    } else {
      args.positional.push_back(eval(*it, f));
    }
  }
  for (const auto& k : e.keywords) {
    if (k.name >= 0) {
      args.keywords.emplace_back(k.name_str, eval(*k.value, f));
      continue;
    }
    Value m = eval(*k.value, f);
    cur_pos_ = k.value->pos;
    if (!m.is_dict()) raise("runtime.type_error", "argument after ** must be a mapping, not " + m.type_name());
    for (auto& [key, v] : m.dict()->entries) {
      if (!key.is_str()) raise("runtime.type_error", "keywords must be strings");
      for (auto& [existing, ev] : args.keywords)
        if (existing == key.as_str()) raise("runtime.type_error", "got multiple values for keyword argument '" + existing + "'");
      args.keywords.emplace_back(key.as_str(), v);
    }
  }
}

Value Evaluator::eval_call(const Expr& e, const FramePtr& f) {
  check_stack();
  const Expr& callee = *e.a;
  Args args;
  if (callee.kind == ExprKind::kAttribute) {
    Value obj = eval(*callee.a, f);
    Kind k = obj.kind();
    if (k == Kind::kStr || k == Kind::kList || k == Kind::kDict || k == Kind::kTuple) {
      cur_pos_ = callee.pos;
      if (!has_method(obj, callee.name_str))
        raise("runtime.attribute_error", "'" + obj.type_name() + "' object has no attribute '" + callee.name_str + "'");
      eval_args(e, f, args);
      cur_pos_ = e.pos;
      return call_method(obj, callee.name_str, args);
    }
    cur_pos_ = callee.pos;
    Value fn = get_attribute(obj, callee.name_str);
    eval_args(e, f, args);
    cur_pos_ = e.pos;
    return call_value(fn, args);
  }
  Value fn = eval(callee, f);
  eval_args(e, f, args);
  cur_pos_ = e.pos;
  return call_value(fn, args);
}

Value Evaluator::eval_comprehension(const Expr& e, const FramePtr& f) {
  check_stack();
  Value first = eval(*e.comps[0].iter, f);
  auto frame = std::make_shared<Frame>();
  frame->slots.assign(static_cast<size_t>(e.scope->nslots), unbound_value());
  frame->parent = f;
  Value out = e.kind == ExprKind::kDictComp ? Value::from_dict(make_dict_data()) : Value::from_list({});
  comp_level(e, 0, first, frame, out);
  return out;
}

void Evaluator::comp_level(const Expr& e, size_t level, const Value& iterable, const FramePtr& frame, Value& out) {
  const CompFor& cf = e.comps[level];
  cur_pos_ = cf.iter->pos;
  for_each(iterable, [&](const Value& item) {
    assign(*cf.target, item, frame);
    for (const auto& cond : cf.ifs)
      if (!eval(*cond, frame).truthy()) return true;
    if (level + 1 < e.comps.size()) {
      Value next = eval(*e.comps[level + 1].iter, frame);
      comp_level(e, level + 1, next, frame, out);
      return true;
    }
    if (e.kind == ExprKind::kDictComp) {
      Value k = eval(*e.a, frame);
      Value v = eval(*e.b, frame);
      auto& d = *out.dict();
      cur_pos_ = e.a->pos;
      d.set(k, hash_or_raise(k), std::move(v));
      check_size(static_cast<int64_t>(d.size()));
      charge(2 * sizeof(Value));
    } else {
      Value v = eval(*e.a, frame);
      auto& items = out.list_items();
      items.push_back(std::move(v));
      check_size(static_cast<int64_t>(items.size()));
      charge(sizeof(Value));
    }
    return true;
  });
}

Value Evaluator::eval_fstring(const Expr& e, const FramePtr& f) {
  if (e.kind == ExprKind::kFormatted) {
    Value v = eval(*e.a, f);
    if (e.op == 'r') v = Value::from_str(v.repr());
    else if (e.op == 's') v = Value::from_str(v.str());
    std::string spec;
    if (e.c) spec = eval_fstring(*e.c, f).as_str();
    cur_pos_ = e.pos;
    if (spec.empty()) return make_str(v.str());
    Result<std::string> r = format_value(v, spec);
    if (!r.ok()) raise_diag(std::move(r).error());
    return make_str(std::move(r).value());
  }
  std::string out;
  for (const auto& part : e.items) {
    if (part->kind == ExprKind::kConst) {
      out += part->constant.as_str();
    } else {
      out += eval_fstring(*part, f).as_str();
    }
  }
  return make_str(std::move(out));
}

}  // namespace cadscribe::lang::py
