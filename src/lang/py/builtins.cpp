// lang/py/builtins.cpp — the builtin functions and types of the subset.
//
// Deliberately absent (NameError): open, eval, exec, compile, globals, locals, vars, dir,
// __import__, input — nothing here reaches files, the network, processes or the environment.
// zip/map/filter/enumerate/reversed return lists (eager), which is what the programs observe.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "lang/py/builtins_impl.h"
#include "lang/py/evaluator.h"
#include "lang/py/format.h"

namespace cadscribe::lang::py {

namespace builtins {

using Impl = Value (*)(Evaluator&, Args&);

NativeFn wrap(Impl f) {
  return [f](CallContext& ctx, Args& a) -> Result<Value> {
    auto* ev = dynamic_cast<Evaluator*>(&ctx);
    if (!ev) return ctx.error("runtime.type_error", "builtin called outside the interpreter");
    return f(*ev, a);
  };
}

void arity(Evaluator& ev, const Args& a, const char* fn, size_t lo, size_t hi) {
  size_t n = a.positional.size();
  if (n >= lo && n <= hi) return;
  std::string want;
  if (lo == hi) want = (lo == 1 ? "exactly one argument" : "exactly " + std::to_string(lo) + " arguments");
  else if (n < lo) want = "at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s");
  else want = "at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s");
  ev.raise("runtime.type_error", std::string(fn) + "() takes " + want + " (" + std::to_string(n) + " given)");
}

void no_kw(Evaluator& ev, const Args& a, const char* fn) {
  if (!a.keywords.empty()) ev.raise("runtime.type_error", std::string(fn) + "() takes no keyword arguments");
}

// Removes and returns keyword `name` (None when absent); unknown keywords are reported by done_kw.
Value take_kw(Args& a, const char* name, bool* present) {
  for (auto it = a.keywords.begin(); it != a.keywords.end(); ++it) {
    if (it->first == name) {
      Value v = std::move(it->second);
      a.keywords.erase(it);
      if (present) *present = true;
      return v;
    }
  }
  if (present) *present = false;
  return Value();
}

void done_kw(Evaluator& ev, const Args& a, const char* fn) {
  if (!a.keywords.empty())
    ev.raise("runtime.type_error", std::string(fn) + "() got an unexpected keyword argument '" + a.keywords[0].first + "'");
}

int64_t to_index(Evaluator& ev, const Value& v) {
  if (!v.is_int() && !v.is_bool())
    ev.raise("runtime.type_error", "'" + v.type_name() + "' object cannot be interpreted as an integer");
  return v.as_int();
}

Value float_to_int(Evaluator& ev, double d) {
  if (std::isnan(d)) ev.raise("runtime.value_error", "cannot convert float NaN to integer");
  if (std::isinf(d)) ev.raise("runtime.overflow", "cannot convert float infinity to integer");
  d = std::trunc(d);
  if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) ev.raise("runtime.overflow", "integer exceeds 64 bits");
  return Value::from_int(static_cast<int64_t>(d));
}

Value b_len(Evaluator& ev, Args& a) {
  no_kw(ev, a, "len");
  arity(ev, a, "len", 1, 1);
  return Value::from_int(ev.length(a.positional[0]));
}

Value b_abs(Evaluator& ev, Args& a) {
  no_kw(ev, a, "abs");
  arity(ev, a, "abs", 1, 1);
  const Value& v = a.positional[0];
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.as_int();
    if (x == INT64_MIN) ev.raise("runtime.overflow", "integer overflow in abs()");
    return Value::from_int(x < 0 ? -x : x);
  }
  if (v.is_float()) return Value::from_float(std::fabs(v.as_double()));
  ev.raise("runtime.type_error", "bad operand type for abs(): '" + v.type_name() + "'");
}

Value minmax(Evaluator& ev, Args& a, bool is_max) {
  const char* fn = is_max ? "max" : "min";
  bool has_default = false;
  Value key = take_kw(a, "key");
  Value dflt = take_kw(a, "default", &has_default);
  done_kw(ev, a, fn);
  if (a.positional.empty()) ev.raise("runtime.type_error", std::string(fn) + " expected at least 1 argument, got 0");
  std::vector<Value> items = a.positional.size() == 1 ? ev.to_vector(a.positional[0]) : a.positional;
  if (items.empty()) {
    if (has_default) return dflt;
    ev.raise("runtime.value_error", std::string(fn) + "() arg is an empty sequence");
  }
  size_t best = 0;
  Value best_key;
  for (size_t i = 0; i < items.size(); ++i) {
    Value k = items[i];
    if (!key.is_none()) {
      Args ka;
      ka.positional.push_back(items[i]);
      k = ev.call_value(key, ka);
    }
    if (i == 0) {
      best_key = k;
      continue;
    }
    if (is_max ? ev.less(best_key, k) : ev.less(k, best_key)) {
      best = i;
      best_key = k;
    }
  }
  return items[best];
}

Value b_max(Evaluator& ev, Args& a) { return minmax(ev, a, true); }
Value b_min(Evaluator& ev, Args& a) { return minmax(ev, a, false); }

Value b_sum(Evaluator& ev, Args& a) {
  bool has_start = false;
  Value start = take_kw(a, "start", &has_start);
  done_kw(ev, a, "sum");
  arity(ev, a, "sum", 1, 2);
  if (a.positional.size() == 2) { start = a.positional[1]; has_start = true; }
  Value acc = has_start ? start : Value::from_int(0);
  if (acc.is_str()) ev.raise("runtime.type_error", "sum() can't sum strings [use ''.join(seq) instead]");
  ev.for_each(a.positional[0], [&](const Value& x) {
    if (acc.is_float() && x.is_float()) acc = Value::from_float(acc.as_double() + x.as_double());
    else acc = ev.binary(BinaryOp::kAdd, acc, x);
    return true;
  });
  return acc;
}

Value b_round(Evaluator& ev, Args& a) {
  bool has_nd = false;
  Value nd = take_kw(a, "ndigits", &has_nd);
  done_kw(ev, a, "round");
  arity(ev, a, "round", 1, 2);
  if (a.positional.size() == 2) nd = a.positional[1];
  const Value& v = a.positional[0];
  if (!v.is_number()) ev.raise("runtime.type_error", "type " + v.type_name() + " doesn't define __round__ method");
  if (nd.is_none()) {
    if (!v.is_float()) return Value::from_int(v.as_int());
    return float_to_int(ev, std::nearbyint(v.as_double()));  // half to even, as Python
  }
  int64_t n = to_index(ev, nd);
  if (!v.is_float()) {
    if (n >= 0) return Value::from_int(v.as_int());
    if (n < -18) return Value::from_int(0);
    int64_t p = 1;
    for (int64_t i = 0; i < -n; ++i) p *= 10;
    int64_t x = v.as_int();
    int64_t q = x / p, r = x % p;
    if (r < 0) { --q; r += p; }
    if (2 * r > p || (2 * r == p && (q & 1))) ++q;
    return Value::from_int(q * p);
  }
  double x = v.as_double();
  if (!std::isfinite(x) || n > 300) return v;
  if (n >= 0) {
    // Format with correct rounding of the exact binary value, then read back: CPython's method.
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::min<int64_t>(n, 400)), x);
    return Value::from_float(std::strtod(buf, nullptr));
  }
  double p = std::pow(10.0, static_cast<double>(-n));
  double r = std::nearbyint(x / p) * p;
  return Value::from_float(r);
}

Value b_zip(Evaluator& ev, Args& a) {
  take_kw(a, "strict");
  done_kw(ev, a, "zip");
  std::vector<std::vector<Value>> cols;
  size_t n = SIZE_MAX;
  for (auto& it : a.positional) {
    cols.push_back(ev.to_vector(it));
    n = std::min(n, cols.back().size());
  }
  if (cols.empty()) return Value::from_list({});
  std::vector<Value> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    std::vector<Value> row;
    row.reserve(cols.size());
    for (auto& c : cols) row.push_back(c[i]);
    out.push_back(Value::from_tuple(std::move(row)));
  }
  return ev.make_list(std::move(out));
}

Value b_enumerate(Evaluator& ev, Args& a) {
  bool has_start = false;
  Value st = take_kw(a, "start", &has_start);
  done_kw(ev, a, "enumerate");
  arity(ev, a, "enumerate", 1, 2);
  if (a.positional.size() == 2) st = a.positional[1];
  int64_t i = has_start || a.positional.size() == 2 ? to_index(ev, st) : 0;
  std::vector<Value> out;
  ev.for_each(a.positional[0], [&](const Value& x) {
    out.push_back(Value::from_tuple({Value::from_int(i++), x}));
    ev.check_size(static_cast<int64_t>(out.size()));
    return true;
  });
  return ev.make_list(std::move(out));
}

std::vector<Value> sort_values(Evaluator& ev, std::vector<Value> items, const Value& key, bool reverse) {
  std::vector<Value> keys;
  if (!key.is_none()) {
    keys.reserve(items.size());
    for (const auto& it : items) {
      Args ka;
      ka.positional.push_back(it);
      keys.push_back(ev.call_value(key, ka));
    }
  }
  const std::vector<Value>& k = key.is_none() ? items : keys;
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  // Sorting indices (not Values) keeps `items` intact if a comparison raises midway.
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    return reverse ? ev.less(k[y], k[x]) : ev.less(k[x], k[y]);
  });
  std::vector<Value> out;
  out.reserve(items.size());
  for (size_t i : idx) out.push_back(items[i]);
  return out;
}

Value b_sorted(Evaluator& ev, Args& a) {
  Value key = take_kw(a, "key");
  Value rev = take_kw(a, "reverse");
  done_kw(ev, a, "sorted");
  arity(ev, a, "sorted", 1, 1);
  return ev.make_list(sort_values(ev, ev.to_vector(a.positional[0]), key, rev.truthy()));
}

Value b_reversed(Evaluator& ev, Args& a) {
  no_kw(ev, a, "reversed");
  arity(ev, a, "reversed", 1, 1);
  const Value& v = a.positional[0];
  if (v.is_dict()) ev.raise("runtime.type_error", "'dict' object is not reversible");
  std::vector<Value> items = ev.to_vector(v);
  std::reverse(items.begin(), items.end());
  return ev.make_list(std::move(items));
}

Value b_print(Evaluator& ev, Args& a) {
  bool has_sep = false, has_end = false;
  Value sep = take_kw(a, "sep", &has_sep);
  Value end = take_kw(a, "end", &has_end);
  take_kw(a, "flush");
  done_kw(ev, a, "print");
  std::string s_sep = has_sep && !sep.is_none() ? sep.str() : " ";
  std::string s_end = has_end && !end.is_none() ? end.str() : "\n";
  std::string out;
  for (size_t i = 0; i < a.positional.size(); ++i) {
    if (i) out += s_sep;
    out += a.positional[i].str();
  }
  out += s_end;
  ev.print(out);
  return Value();
}

Value b_isinstance(Evaluator& ev, Args& a) {
  no_kw(ev, a, "isinstance");
  arity(ev, a, "isinstance", 2, 2);
  return Value::from_bool(ev.is_instance(a.positional[0], a.positional[1]));
}

Value b_any(Evaluator& ev, Args& a) {
  no_kw(ev, a, "any");
  arity(ev, a, "any", 1, 1);
  bool r = false;
  ev.for_each(a.positional[0], [&](const Value& x) { r = x.truthy(); return !r; });
  return Value::from_bool(r);
}

Value b_all(Evaluator& ev, Args& a) {
  no_kw(ev, a, "all");
  arity(ev, a, "all", 1, 1);
  bool r = true;
  ev.for_each(a.positional[0], [&](const Value& x) { r = x.truthy(); return r; });
  return Value::from_bool(r);
}

Value b_map(Evaluator& ev, Args& a) {
  no_kw(ev, a, "map");
  if (a.positional.size() < 2) ev.raise("runtime.type_error", "map() must have at least two arguments.");
  std::vector<std::vector<Value>> cols;
  size_t n = SIZE_MAX;
  for (size_t i = 1; i < a.positional.size(); ++i) {
    cols.push_back(ev.to_vector(a.positional[i]));
    n = std::min(n, cols.back().size());
  }
  std::vector<Value> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    Args ca;
    for (auto& c : cols) ca.positional.push_back(c[i]);
    out.push_back(ev.call_value(a.positional[0], ca));
  }
  return ev.make_list(std::move(out));
}

Value b_filter(Evaluator& ev, Args& a) {
  no_kw(ev, a, "filter");
  arity(ev, a, "filter", 2, 2);
  std::vector<Value> out;
  const Value& fn = a.positional[0];
  ev.for_each(a.positional[1], [&](const Value& x) {
    bool keep;
    if (fn.is_none()) {
      keep = x.truthy();
    } else {
      Args ca;
      ca.positional.push_back(x);
      keep = ev.call_value(fn, ca).truthy();
    }
    if (keep) out.push_back(x);
    return true;
  });
  return ev.make_list(std::move(out));
}

Value b_divmod(Evaluator& ev, Args& a) {
  no_kw(ev, a, "divmod");
  arity(ev, a, "divmod", 2, 2);
  Value q = ev.binary(BinaryOp::kFloorDiv, a.positional[0], a.positional[1]);
  Value r = ev.binary(BinaryOp::kMod, a.positional[0], a.positional[1]);
  return Value::from_tuple({q, r});
}

Value b_pow(Evaluator& ev, Args& a) {
  no_kw(ev, a, "pow");
  arity(ev, a, "pow", 2, 3);
  if (a.positional.size() == 2 || a.positional[2].is_none()) return ev.binary(BinaryOp::kPow, a.positional[0], a.positional[1]);
  int64_t b = to_index(ev, a.positional[0]), e = to_index(ev, a.positional[1]), m = to_index(ev, a.positional[2]);
  if (m == 0) ev.raise("runtime.value_error", "pow() 3rd argument cannot be 0");
  if (e < 0) ev.raise("runtime.value_error", "negative exponents with a modulus are not supported");
  __int128 r = 1, base = ((b % m) + m) % m;
  while (e > 0) {
    if (e & 1) r = r * base % m;
    base = base * base % m;
    e >>= 1;
  }
  int64_t res = static_cast<int64_t>(r);
  if (m < 0 && res > 0) res += m;
  return Value::from_int(res);
}

Value b_getattr(Evaluator& ev, Args& a) {
  no_kw(ev, a, "getattr");
  arity(ev, a, "getattr", 2, 3);
  if (!a.positional[1].is_str()) ev.raise("runtime.type_error", "attribute name must be string, not '" + a.positional[1].type_name() + "'");
  const std::string& name = a.positional[1].as_str();
  if (is_dunder(name)) ev.raise("unsupported.dunder", "attributes like '" + name + "' are not allowed");
  if (a.positional.size() == 2) return ev.get_attribute(a.positional[0], name);
  try {
    return ev.get_attribute(a.positional[0], name);
  } catch (PyError& e) {
    if (e.cls != "AttributeError") throw;
    return a.positional[2];
  }
}

Value b_hasattr(Evaluator& ev, Args& a) {
  no_kw(ev, a, "hasattr");
  arity(ev, a, "hasattr", 2, 2);
  if (!a.positional[1].is_str()) ev.raise("runtime.type_error", "attribute name must be string");
  const std::string& name = a.positional[1].as_str();
  if (is_dunder(name)) ev.raise("unsupported.dunder", "attributes like '" + name + "' are not allowed");
  try {
    (void)ev.get_attribute(a.positional[0], name);
    return Value::from_bool(true);
  } catch (PyError& e) {
    if (e.cls != "AttributeError") throw;
    return Value::from_bool(false);
  }
}

Value b_type(Evaluator& ev, Args& a) {
  no_kw(ev, a, "type");
  if (a.positional.size() != 1) ev.raise("unsupported.feature", "type() with 3 arguments (class creation) is not supported");
  return ev.type_of(a.positional[0]);
}

Value b_show_object(Evaluator& ev, Args& a) {
  take_kw(a, "name");
  take_kw(a, "options");
  bool has_obj = false;
  Value obj = take_kw(a, "obj", &has_obj);
  done_kw(ev, a, "show_object");
  if (!has_obj) {
    arity(ev, a, "show_object", 1, 3);
    obj = a.positional[0];
  }
  ev.show(obj);
  return Value();
}

Value b_callable(Evaluator& ev, Args& a) {
  no_kw(ev, a, "callable");
  arity(ev, a, "callable", 1, 1);
  return Value::from_bool(a.positional[0].is_callable());
}

Value b_chr(Evaluator& ev, Args& a) {
  no_kw(ev, a, "chr");
  arity(ev, a, "chr", 1, 1);
  int64_t c = to_index(ev, a.positional[0]);
  if (c < 0 || c > 0x10FFFF) ev.raise("runtime.value_error", "chr() arg not in range(0x110000)");
  std::string out;
  uint32_t cp = static_cast<uint32_t>(c);
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return Value::from_str(out);
}

Value b_ord(Evaluator& ev, Args& a) {
  no_kw(ev, a, "ord");
  arity(ev, a, "ord", 1, 1);
  const Value& v = a.positional[0];
  if (!v.is_str() || ev.length(v) != 1) ev.raise("runtime.type_error", "ord() expected a character");
  const std::string& s = v.as_str();
  unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (c0 < 0x80) return Value::from_int(c0);
  uint32_t cp = 0;
  size_t len = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
  cp = c0 & (0xFF >> (len + 1));
  for (size_t i = 1; i < len && i < s.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return Value::from_int(cp);
}

}  // namespace builtins

using namespace builtins;

bool Evaluator::is_instance(const Value& v, const Value& type) {
  if (type.is_tuple()) {
    for (const auto& t : type.tuple_items())
      if (is_instance(v, t)) return true;
    return false;
  }
  if (auto t = type.object_as<TypeObject>()) {
    const std::string& n = t->name();
    if (n == "object") return true;
    if (n == "int") return v.is_int() || v.is_bool();
    if (n == "type") return v.object_as<TypeObject>() != nullptr || v.object_as<ExceptionType>() != nullptr;
    return v.type_name() == n;
  }
  if (auto et = type.object_as<ExceptionType>()) {
    auto eo = v.object_as<ExceptionObject>();
    return eo && class_is_subclass(eo->cls, et->name);
  }
  if (auto nf = type.object_as<NativeFunction>()) {
    // Constructors bound by native modules (cq.Workplane) stand in for their type.
    const std::string& n = nf->name();
    std::string tn = v.type_name();
    return n == tn || (n.size() > tn.size() && n.compare(n.size() - tn.size() - 1, std::string::npos, "." + tn) == 0);
  }
  raise("runtime.type_error", "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Value Evaluator::type_of(const Value& v) {
  if (auto eo = v.object_as<ExceptionObject>()) return Value::from_object(std::make_shared<ExceptionType>(eo->cls));
  std::string n = v.type_name();
  auto it = type_objects_.find(n);
  if (it != type_objects_.end()) return it->second;
  return Value::from_object(std::make_shared<TypeObject>(n, nullptr));
}

namespace {

struct BuiltinTable {
  std::vector<std::pair<std::string, Value>> entries;   // name -> builtin value
  std::vector<std::pair<std::string, Value>> types;     // type name -> type object
};

// Built once per process: builtins are stateless and immutable, so all runs share them.
const BuiltinTable& builtin_table() {
  static const BuiltinTable table = [] {
    BuiltinTable t;
    auto def = [&](const char* name, Impl f) { t.entries.emplace_back(name, make_native(name, wrap(f))); };
    auto def_type = [&](const char* name, Impl f) {
      Value v = Value::from_object(std::make_shared<TypeObject>(name, f ? wrap(f) : NativeFn()));
      t.entries.emplace_back(name, v);
      t.types.emplace_back(name, v);
    };
    def_type("int", b_int);
    def_type("float", b_float);
    def_type("str", b_str);
    def_type("bool", b_bool);
    def_type("list", b_list);
    def_type("tuple", b_tuple);
    def_type("dict", b_dict);
    def_type("range", b_range);
    def_type("object", nullptr);
    def_type("type", b_type);
    t.types.emplace_back("NoneType", Value::from_object(std::make_shared<TypeObject>("NoneType", NativeFn())));
    t.types.emplace_back("function", Value::from_object(std::make_shared<TypeObject>("function", NativeFn())));
    def("len", b_len);
    def("abs", b_abs);
    def("min", b_min);
    def("max", b_max);
    def("sum", b_sum);
    def("round", b_round);
    def("repr", b_repr);
    def("zip", b_zip);
    def("enumerate", b_enumerate);
    def("sorted", b_sorted);
    def("reversed", b_reversed);
    def("print", b_print);
    def("isinstance", b_isinstance);
    def("any", b_any);
    def("all", b_all);
    def("map", b_map);
    def("filter", b_filter);
    def("divmod", b_divmod);
    def("pow", b_pow);
    def("getattr", b_getattr);
    def("hasattr", b_hasattr);
    def("show_object", b_show_object);
    def("callable", b_callable);
    def("chr", b_chr);
    def("ord", b_ord);
    for (const std::string& cls : exception_class_names())
      t.entries.emplace_back(cls, Value::from_object(std::make_shared<ExceptionType>(cls)));
    return t;
  }();
  return table;
}

}  // namespace

void Evaluator::install_builtins() {
  const BuiltinTable& t = builtin_table();
  for (const auto& [name, v] : t.entries) {
    Sym s = prog_.interner.intern(name);
    if (builtins_.size() <= static_cast<size_t>(s)) builtins_.resize(static_cast<size_t>(s) + 1, unbound_value());
    builtins_[static_cast<size_t>(s)] = v;
  }
  for (const auto& [name, v] : t.types) type_objects_.emplace(name, v);
}

// Shared with methods.cpp (list.sort).
std::vector<Value> sort_values_for_methods(Evaluator& ev, std::vector<Value> items, const Value& key, bool reverse) {
  return sort_values(ev, std::move(items), key, reverse);
}

}  // namespace cadscribe::lang::py
