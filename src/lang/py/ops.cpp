// lang/py/ops.cpp — operators with Python semantics: int arithmetic with overflow detection,
// floor division and modulo signs, true division, ** , sequence concatenation/repetition,
// comparisons (chained by the caller), membership, subscripts and slices.
#include <cmath>

#include "lang/py/evaluator.h"
#include "lang/py/format.h"

namespace cadscribe::lang::py {

namespace {

const char* op_symbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::kAdd: return "+";
    case BinaryOp::kSub: return "-";
    case BinaryOp::kMul: return "*";
    case BinaryOp::kDiv: return "/";
    case BinaryOp::kFloorDiv: return "//";
    case BinaryOp::kMod: return "%";
    case BinaryOp::kPow: return "** or pow()";
    case BinaryOp::kAnd: return "&";
    case BinaryOp::kOr: return "|";
    case BinaryOp::kXor: return "^";
    case BinaryOp::kMatMul: return "@";
  }
  return "?";
}

bool is_intlike(const Value& v) { return v.is_int() || v.is_bool(); }

}  // namespace

Value Evaluator::binary(BinaryOp op, const Value& a, const Value& b) {
  if (is_intlike(a) && is_intlike(b)) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case BinaryOp::kAdd:
        if (__builtin_add_overflow(x, y, &r)) raise("runtime.overflow", "integer overflow in +: result exceeds 64 bits");
        return Value::from_int(r);
      case BinaryOp::kSub:
        if (__builtin_sub_overflow(x, y, &r)) raise("runtime.overflow", "integer overflow in -: result exceeds 64 bits");
        return Value::from_int(r);
      case BinaryOp::kMul:
        if (__builtin_mul_overflow(x, y, &r)) raise("runtime.overflow", "integer overflow in *: result exceeds 64 bits");
        return Value::from_int(r);
      case BinaryOp::kDiv:
        if (y == 0) raise("runtime.zero_division", "division by zero");
        return Value::from_float(static_cast<double>(x) / static_cast<double>(y));
      case BinaryOp::kFloorDiv:
      case BinaryOp::kMod: {
        if (y == 0) raise("runtime.zero_division", op == BinaryOp::kMod ? "integer modulo by zero" : "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) {
          if (op == BinaryOp::kMod) return Value::from_int(0);
          raise("runtime.overflow", "integer overflow in //");
        }
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) { --q; m += y; }
        return Value::from_int(op == BinaryOp::kMod ? m : q);
      }
      case BinaryOp::kPow: {
        if (y < 0) {
          if (x == 0) raise("runtime.zero_division", "0.0 cannot be raised to a negative power");
          return Value::from_float(std::pow(static_cast<double>(x), static_cast<double>(y)));
        }
        int64_t result = 1, base = x;
        int64_t e = y;
        while (e > 0) {
          if (e & 1)
            if (__builtin_mul_overflow(result, base, &result)) raise("runtime.overflow", "integer overflow in **: result exceeds 64 bits");
          e >>= 1;
          if (e > 0 && __builtin_mul_overflow(base, base, &base)) raise("runtime.overflow", "integer overflow in **: result exceeds 64 bits");
        }
        return Value::from_int(result);
      }
      case BinaryOp::kAnd:
        return a.is_bool() && b.is_bool() ? Value::from_bool(x & y) : Value::from_int(x & y);
      case BinaryOp::kOr:
        return a.is_bool() && b.is_bool() ? Value::from_bool(x | y) : Value::from_int(x | y);
      case BinaryOp::kXor:
        return a.is_bool() && b.is_bool() ? Value::from_bool(x ^ y) : Value::from_int(x ^ y);
      case BinaryOp::kMatMul: break;
    }
  } else if (a.is_number() && b.is_number()) {
    double x = a.as_double(), y = b.as_double();
    switch (op) {
      case BinaryOp::kAdd: return Value::from_float(x + y);
      case BinaryOp::kSub: return Value::from_float(x - y);
      case BinaryOp::kMul: return Value::from_float(x * y);
      case BinaryOp::kDiv:
        if (y == 0) raise("runtime.zero_division", "float division by zero");
        return Value::from_float(x / y);
      case BinaryOp::kFloorDiv:
        if (y == 0) raise("runtime.zero_division", "float floor division by zero");
        return Value::from_float(std::floor(x / y));
      case BinaryOp::kMod: {
        if (y == 0) raise("runtime.zero_division", "float modulo");
        double m = std::fmod(x, y);
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        else if (m == 0) m = std::copysign(0.0, y);
        return Value::from_float(m);
      }
      case BinaryOp::kPow: {
        if (x == 0 && y < 0) raise("runtime.zero_division", "0.0 cannot be raised to a negative power");
        if (x < 0 && y != std::floor(y))
          raise("runtime.value_error", "negative number cannot be raised to a fractional power (complex results are not supported)");
        double r = std::pow(x, y);
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise("runtime.overflow", "(34, 'Numerical result out of range')");
        return Value::from_float(r);
      }
      default: break;
    }
  } else if (a.is_str() && b.is_str() && op == BinaryOp::kAdd) {
    const std::string& x = a.as_str();
    const std::string& y = b.as_str();
    check_size(static_cast<int64_t>(x.size() + y.size()));
    std::string s;
    s.reserve(x.size() + y.size());
    s += x;
    s += y;
    return make_str(std::move(s));
  } else if (a.is_str() && op == BinaryOp::kMod) {
    Result<std::string> r = percent_format(a.as_str(), b);
    if (!r.ok()) raise_diag(std::move(r).error());
    return make_str(std::move(r).value());
  } else if (op == BinaryOp::kMul && ((is_intlike(b) && (a.is_str() || a.is_list() || a.is_tuple())) ||
                                      (is_intlike(a) && (b.is_str() || b.is_list() || b.is_tuple())))) {
    const Value& seq = is_intlike(b) ? a : b;
    int64_t n = std::max<int64_t>(0, is_intlike(b) ? b.as_int() : a.as_int());
    if (seq.is_str()) {
      const std::string& s = seq.as_str();
      int64_t total = 0;
      if (__builtin_mul_overflow(static_cast<int64_t>(s.size()), n, &total)) total = INT64_MAX;
      check_size(total);
      charge(total);
      std::string out;
      out.reserve(static_cast<size_t>(total));
      for (int64_t i = 0; i < n; ++i) out += s;
      return Value::from_str(std::move(out));
    }
    const auto& items = seq.is_list() ? seq.list_items() : seq.tuple_items();
    int64_t total = 0;
    if (__builtin_mul_overflow(static_cast<int64_t>(items.size()), n, &total)) total = INT64_MAX;
    check_size(total);
    charge(total * static_cast<int64_t>(sizeof(Value)));
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(total));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return seq.is_list() ? Value::from_list(std::move(out)) : Value::from_tuple(std::move(out));
  } else if (op == BinaryOp::kAdd && ((a.is_list() && b.is_list()) || (a.is_tuple() && b.is_tuple()))) {
    const auto& x = a.is_list() ? a.list_items() : a.tuple_items();
    const auto& y = b.is_list() ? b.list_items() : b.tuple_items();
    check_size(static_cast<int64_t>(x.size() + y.size()));
    charge(static_cast<int64_t>((x.size() + y.size()) * sizeof(Value)));
    std::vector<Value> out;
    out.reserve(x.size() + y.size());
    out.insert(out.end(), x.begin(), x.end());
    out.insert(out.end(), y.begin(), y.end());
    return a.is_list() ? Value::from_list(std::move(out)) : Value::from_tuple(std::move(out));
  } else if (op == BinaryOp::kOr && a.is_dict() && b.is_dict()) {
    auto d = std::make_shared<DictData>(*a.dict());
    for (auto& [k, v] : b.dict()->entries) d->set(k, v);
    return Value::from_dict(std::move(d));
  }
  if (a.is_object() && a.object()) {
    if (auto r = timed_native([&] { return a.object()->binary_op(*this, op, b, false); }))
      return unwrap(std::move(*r));
  }
  if (b.is_object() && b.object()) {
    if (auto r = timed_native([&] { return b.object()->binary_op(*this, op, a, true); }))
      return unwrap(std::move(*r));
  }
  raise("runtime.type_error", std::string("unsupported operand type(s) for ") + op_symbol(op) + ": '" +
                                  a.type_name() + "' and '" + b.type_name() + "'");
}

Value Evaluator::unary(UnaryOp op, const Value& a) {
  if (is_intlike(a)) {
    int64_t x = a.as_int();
    switch (op) {
      case UnaryOp::kNeg:
        if (x == INT64_MIN) raise("runtime.overflow", "integer overflow in unary -");
        return Value::from_int(-x);
      case UnaryOp::kPos: return Value::from_int(x);
      case UnaryOp::kInvert: return Value::from_int(~x);
    }
  }
  if (a.is_float()) {
    if (op == UnaryOp::kNeg) return Value::from_float(-a.as_double());
    if (op == UnaryOp::kPos) return a;
  }
  if (a.is_object() && a.object()) {
    if (auto r = a.object()->unary_op(*this, op)) return unwrap(std::move(*r));
  }
  const char* sym = op == UnaryOp::kNeg ? "-" : op == UnaryOp::kPos ? "+" : "~";
  raise("runtime.type_error", std::string("bad operand type for unary ") + sym + ": '" + a.type_name() + "'");
}

int Evaluator::order(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (is_intlike(a) && is_intlike(b)) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
    double x = a.as_double(), y = b.as_double();
    return x < y ? -1 : x > y ? 1 : 0;  // NaN orders as "equal": every comparison is false
  }
  if (a.is_str() && b.is_str()) {
    int c = a.as_str().compare(b.as_str());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if ((a.is_list() && b.is_list()) || (a.is_tuple() && b.is_tuple())) {
    // Lexicographic, one budget step per element visited (sub-lists may be shared, so the
    // work is bounded by the budget rather than by the structure's printed size).
    if (auto d = budget_.step()) raise_diag(*d);
    check_stack();
    const auto& x = a.is_list() ? a.list_items() : a.tuple_items();
    const auto& y = b.is_list() ? b.list_items() : b.tuple_items();
    if (&x == &y) return 0;
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
      const Value& p = x[i];
      const Value& q = y[i];
      bool seq = (p.is_list() && q.is_list()) || (p.is_tuple() && q.is_tuple());
      if (!seq) {
        if (values_identical(p, q) || values_equal(p, q)) continue;
        return order(p, q);
      }
      int c = order(p, q);
      if (c != 0) return c;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  }
  raise("runtime.type_error", "'<' not supported between instances of '" + a.type_name() + "' and '" + b.type_name() + "'");
}

bool Evaluator::less(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (is_intlike(a) && is_intlike(b)) return a.as_int() < b.as_int();
    return a.as_double() < b.as_double();
  }
  return order(a, b) < 0;
}

void Evaluator::charge_compare_work() {
  // values_equal/hash_value count the elements they visit; charge them as steps.
  int64_t w = last_compare_work();
  for (int64_t i = 1; i < w; ++i)
    if (auto d = budget_.step()) raise_diag(*d);
}

bool Evaluator::compare(CmpOp op, const Value& a, const Value& b) {
  switch (op) {
    case CmpOp::kEq:
    case CmpOp::kNe: {
      bool eq = values_equal(a, b);
      if (!a.is_number() && !a.is_str()) charge_compare_work();
      return op == CmpOp::kEq ? eq : !eq;
    }
    case CmpOp::kIs: return values_identical(a, b);
    case CmpOp::kIsNot: return !values_identical(a, b);
    case CmpOp::kIn: return contains(b, a);
    case CmpOp::kNotIn: return !contains(b, a);
    case CmpOp::kLt: return less(a, b);
    case CmpOp::kGt: return less(b, a);
    case CmpOp::kLe:
      if (a.is_number() && b.is_number()) {
        if (is_intlike(a) && is_intlike(b)) return a.as_int() <= b.as_int();
        return a.as_double() <= b.as_double();
      }
      return order(a, b) <= 0;
    case CmpOp::kGe:
      if (a.is_number() && b.is_number()) {
        if (is_intlike(a) && is_intlike(b)) return a.as_int() >= b.as_int();
        return a.as_double() >= b.as_double();
      }
      return order(a, b) >= 0;
  }
  return false;
}

bool Evaluator::contains(const Value& c, const Value& item) {
  switch (c.kind()) {
    case Kind::kStr:
      if (!item.is_str()) raise("runtime.type_error", "'in <string>' requires string as left operand, not " + item.type_name());
      return c.as_str().find(item.as_str()) != std::string::npos;
    case Kind::kList:
    case Kind::kTuple: {
      const auto& items = c.is_list() ? c.list_items() : c.tuple_items();
      bool found = false;
      for (const auto& x : items) {
        if (values_equal(x, item)) {
          found = true;
          break;
        }
      }
      if (!item.is_number() && !item.is_str()) charge_compare_work();
      return found;
    }
    case Kind::kDict: return c.dict()->find(item, hash_or_raise(item)) != nullptr;
    case Kind::kObject:
      if (auto r = c.object_as<RangeObject>()) {
        if (!item.is_number()) return false;
        double x = item.as_double();
        if (x != std::floor(x)) return false;
        int64_t i = static_cast<int64_t>(x);
        if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return false;
        return (i - r->start) % r->step == 0;
      }
      if (c.object()) {
        if (auto items = c.object()->iterate(*this)) {
          if (!items->ok()) raise_diag(std::move(*items).error());
          for (const auto& x : **items)
            if (values_equal(x, item)) return true;
          return false;
        }
      }
      break;
    default: break;
  }
  raise("runtime.type_error", "argument of type '" + c.type_name() + "' is not iterable");
}

std::vector<Value> Evaluator::to_vector(const Value& v) {
  switch (v.kind()) {
    case Kind::kList: return v.list_items();
    case Kind::kTuple: return v.tuple_items();
    case Kind::kStr: {
      const std::string& s = v.as_str();
      std::vector<Value> out;
      out.reserve(s.size());
      for (size_t i = 0; i < s.size();) {
        // One UTF-8 code point per element.
        size_t len = 1;
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        len = std::min(len, s.size() - i);
        out.push_back(Value::from_str(s.substr(i, len)));
        i += len;
      }
      charge(static_cast<int64_t>(out.size() * sizeof(Value)));
      return out;
    }
    case Kind::kDict: {
      std::vector<Value> out;
      out.reserve(v.dict()->size());
      for (auto& [k, val] : v.dict()->entries) out.push_back(k);
      return out;
    }
    case Kind::kObject:
      if (v.object()) {
        if (auto r = v.object()->iterate(*this)) {
          if (!r->ok()) raise_diag(std::move(*r).error());
          return std::move(**r);
        }
      }
      break;
    default: break;
  }
  raise("runtime.type_error", "'" + v.type_name() + "' object is not iterable");
}

int64_t Evaluator::length(const Value& v) {
  switch (v.kind()) {
    case Kind::kStr: {
      int64_t n = 0;
      for (unsigned char c : v.as_str()) n += (c & 0xC0) != 0x80;  // code points, as Python counts
      return n;
    }
    case Kind::kList: return static_cast<int64_t>(v.list_items().size());
    case Kind::kTuple: return static_cast<int64_t>(v.tuple_items().size());
    case Kind::kDict: return static_cast<int64_t>(v.dict()->size());
    case Kind::kObject:
      if (auto r = v.object_as<RangeObject>()) return r->length();
      if (v.object()) {
        if (auto r = v.object()->iterate(*this)) {
          if (!r->ok()) raise_diag(std::move(*r).error());
          return static_cast<int64_t>((*r)->size());
        }
      }
      break;
    default: break;
  }
  raise("runtime.type_error", "object of type '" + v.type_name() + "' has no len()");
}

Value Evaluator::get_attribute(const Value& obj, const std::string& name) {
  if (is_dunder(name)) raise("unsupported.dunder", "attributes like '" + name + "' are not allowed");
  if (obj.is_object() && obj.object()) return unwrap(obj.object()->get_attr(*this, name));
  if (has_method(obj, name)) {
    Value self = obj;
    std::string n = name;
    return make_native(obj.type_name() + "." + name, [self, n](CallContext& ctx, Args& args) -> Result<Value> {
      auto* ev = dynamic_cast<Evaluator*>(&ctx);
      if (!ev) return ctx.error("runtime.type_error", "method called outside the interpreter");
      return ev->call_method(self, n, args);
    });
  }
  if (obj.is_number()) {
    if (name == "real") return obj.is_float() ? obj : Value::from_int(obj.as_int());
    if (name == "imag") return obj.is_float() ? Value::from_float(0) : Value::from_int(0);
  }
  raise("runtime.attribute_error", "'" + obj.type_name() + "' object has no attribute '" + name + "'");
}

namespace {
int64_t norm_index(int64_t i, int64_t n) { return i < 0 ? i + n : i; }
}  // namespace

Value Evaluator::get_item(const Value& obj, const Value& key) {
  switch (obj.kind()) {
    case Kind::kList:
    case Kind::kTuple: {
      const auto& items = obj.is_list() ? obj.list_items() : obj.tuple_items();
      if (!is_intlike(key))
        raise("runtime.type_error", obj.type_name() + " indices must be integers or slices, not " + key.type_name());
      int64_t n = static_cast<int64_t>(items.size());
      int64_t i = norm_index(key.as_int(), n);
      if (i < 0 || i >= n) raise("runtime.index_error", obj.type_name() + " index out of range");
      return items[static_cast<size_t>(i)];
    }
    case Kind::kStr: {
      if (!is_intlike(key)) raise("runtime.type_error", "string indices must be integers, not '" + key.type_name() + "'");
      std::vector<Value> chars;
      const std::string& s = obj.as_str();
      bool ascii = true;
      for (unsigned char c : s) ascii = ascii && c < 0x80;
      if (ascii) {
        int64_t n = static_cast<int64_t>(s.size());
        int64_t i = norm_index(key.as_int(), n);
        if (i < 0 || i >= n) raise("runtime.index_error", "string index out of range");
        return Value::from_str(std::string(1, s[static_cast<size_t>(i)]));
      }
      chars = to_vector(obj);
      int64_t n = static_cast<int64_t>(chars.size());
      int64_t i = norm_index(key.as_int(), n);
      if (i < 0 || i >= n) raise("runtime.index_error", "string index out of range");
      return chars[static_cast<size_t>(i)];
    }
    case Kind::kDict: {
      Value* v = obj.dict()->find(key, hash_or_raise(key));
      if (!v) raise("runtime.key_error", key.repr());
      return *v;
    }
    case Kind::kObject:
      if (obj.object()) {
        if (auto r = obj.object()->get_item(*this, key)) return unwrap(std::move(*r));
      }
      break;
    default: break;
  }
  raise("runtime.type_error", "'" + obj.type_name() + "' object is not subscriptable");
}

namespace {
struct SliceIdx {
  int64_t start, stop, step, count;
};
}  // namespace

static SliceIdx compute_slice(Evaluator& ev, const Value& lo, const Value& hi, const Value& st, int64_t n) {
  auto as_idx = [&](const Value& v, const char* what) -> int64_t {
    if (!v.is_int() && !v.is_bool())
      ev.raise("runtime.type_error", std::string("slice ") + what + " must be an integer or None, not " + v.type_name());
    return v.as_int();
  };
  int64_t step = st.is_none() ? 1 : as_idx(st, "step");
  if (step == 0) ev.raise("runtime.value_error", "slice step cannot be zero");
  int64_t start, stop;
  if (step > 0) {
    start = lo.is_none() ? 0 : as_idx(lo, "start");
    stop = hi.is_none() ? n : as_idx(hi, "stop");
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    start = std::min(start, n);
    stop = std::min(stop, n);
  } else {
    start = lo.is_none() ? n - 1 : as_idx(lo, "start");
    stop = hi.is_none() ? -1 : as_idx(hi, "stop");
    if (!lo.is_none() && start < 0) start = std::max<int64_t>(-1, start + n);
    if (!hi.is_none() && stop < 0) stop = std::max<int64_t>(-1, stop + n);
    start = std::min(start, n - 1);
    stop = std::min(stop, n - 1);
  }
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) count = (start - stop - 1) / (-step) + 1;
  return {start, stop, step, count};
}

Value Evaluator::slice(const Value& obj, const Expr& s, const FramePtr& f) {
  Value lo = s.a ? eval(*s.a, f) : Value();
  Value hi = s.b ? eval(*s.b, f) : Value();
  Value st = s.c ? eval(*s.c, f) : Value();
  cur_pos_ = s.pos;
  if (obj.is_list() || obj.is_tuple()) {
    const auto& items = obj.is_list() ? obj.list_items() : obj.tuple_items();
    SliceIdx si = compute_slice(*this, lo, hi, st, static_cast<int64_t>(items.size()));
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(si.count));
    for (int64_t k = 0; k < si.count; ++k) out.push_back(items[static_cast<size_t>(si.start + k * si.step)]);
    charge(static_cast<int64_t>(out.size() * sizeof(Value)));
    return obj.is_list() ? Value::from_list(std::move(out)) : Value::from_tuple(std::move(out));
  }
  if (obj.is_str()) {
    const std::string& str = obj.as_str();
    bool ascii = true;
    for (unsigned char c : str) ascii = ascii && c < 0x80;
    if (ascii) {
      SliceIdx si = compute_slice(*this, lo, hi, st, static_cast<int64_t>(str.size()));
      std::string out;
      out.reserve(static_cast<size_t>(si.count));
      for (int64_t k = 0; k < si.count; ++k) out += str[static_cast<size_t>(si.start + k * si.step)];
      return make_str(std::move(out));
    }
    std::vector<Value> chars = to_vector(obj);
    SliceIdx si = compute_slice(*this, lo, hi, st, static_cast<int64_t>(chars.size()));
    std::string out;
    for (int64_t k = 0; k < si.count; ++k) out += chars[static_cast<size_t>(si.start + k * si.step)].as_str();
    return make_str(std::move(out));
  }
  if (auto r = obj.object_as<RangeObject>()) {
    SliceIdx si = compute_slice(*this, lo, hi, st, r->length());
    int64_t start = r->at(si.start), step = r->step * si.step;
    return Value::from_object(std::make_shared<RangeObject>(start, start + si.count * step, step));
  }
  raise("runtime.type_error", "'" + obj.type_name() + "' object is not subscriptable with a slice");
}

void Evaluator::set_slice(const Value& obj, const Expr& s, const FramePtr& f, const Value& v) {
  Value lo = s.a ? eval(*s.a, f) : Value();
  Value hi = s.b ? eval(*s.b, f) : Value();
  Value st = s.c ? eval(*s.c, f) : Value();
  cur_pos_ = s.pos;
  if (!obj.is_list()) raise("runtime.type_error", "'" + obj.type_name() + "' object does not support slice assignment");
  auto& items = obj.list_items();
  std::vector<Value> repl = to_vector(v);
  SliceIdx si = compute_slice(*this, lo, hi, st, static_cast<int64_t>(items.size()));
  if (si.step == 1) {
    int64_t stop = std::max(si.start, si.stop);
    check_size(static_cast<int64_t>(items.size()) - (stop - si.start) + static_cast<int64_t>(repl.size()));
    items.erase(items.begin() + si.start, items.begin() + stop);
    items.insert(items.begin() + si.start, repl.begin(), repl.end());
    return;
  }
  if (static_cast<int64_t>(repl.size()) != si.count)
    raise("runtime.value_error", "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                     " to extended slice of size " + std::to_string(si.count));
  for (int64_t k = 0; k < si.count; ++k) items[static_cast<size_t>(si.start + k * si.step)] = repl[static_cast<size_t>(k)];
}

void Evaluator::del_item(const Value& obj, const Expr& key_expr, const FramePtr& f) {
  if (key_expr.kind == ExprKind::kSlice) {
    if (!obj.is_list()) raise("runtime.type_error", "'" + obj.type_name() + "' object does not support item deletion");
    Value lo = key_expr.a ? eval(*key_expr.a, f) : Value();
    Value hi = key_expr.b ? eval(*key_expr.b, f) : Value();
    Value st = key_expr.c ? eval(*key_expr.c, f) : Value();
    auto& items = obj.list_items();
    SliceIdx si = compute_slice(*this, lo, hi, st, static_cast<int64_t>(items.size()));
    std::vector<bool> drop(items.size(), false);
    for (int64_t k = 0; k < si.count; ++k) drop[static_cast<size_t>(si.start + k * si.step)] = true;
    std::vector<Value> kept;
    for (size_t i = 0; i < items.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(items[i]));
    items = std::move(kept);
    return;
  }
  Value key = eval(key_expr, f);
  cur_pos_ = key_expr.pos;
  if (obj.is_list()) {
    if (!is_intlike(key)) raise("runtime.type_error", "list indices must be integers or slices, not " + key.type_name());
    auto& items = obj.list_items();
    int64_t i = norm_index(key.as_int(), static_cast<int64_t>(items.size()));
    if (i < 0 || i >= static_cast<int64_t>(items.size())) raise("runtime.index_error", "list assignment index out of range");
    items.erase(items.begin() + i);
    return;
  }
  if (obj.is_dict()) {
    if (!obj.dict()->erase(key, hash_or_raise(key))) raise("runtime.key_error", key.repr());
    return;
  }
  raise("runtime.type_error", "'" + obj.type_name() + "' object does not support item deletion");
}

}  // namespace cadscribe::lang::py
