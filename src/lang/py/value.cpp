// lang/py/value.cpp — Value construction, accessors, equality, hashing, repr/str, and the default
// behaviour of Object, native functions, modules, ranges, type objects and namespaces.
#include "lang/py/value.h"

#include <cmath>
#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "base/check.h"
#include "lang/py/containers.h"
#include "lang/py/errors.h"
#include "lang/py/format.h"
#include "lang/py/function.h"

namespace cadscribe::lang::py {

Value Value::from_bool(bool b) { Value v; v.kind_ = Kind::kBool; v.i_ = 0; v.b_ = b; return v; }
Value Value::from_int(int64_t i) { Value v; v.kind_ = Kind::kInt; v.i_ = i; return v; }
Value Value::from_float(double d) { Value v; v.kind_ = Kind::kFloat; v.d_ = d; return v; }
Value Value::from_str(std::string s) {
  Value v;
  v.kind_ = Kind::kStr;
  v.ptr_ = std::make_shared<std::string>(std::move(s));
  return v;
}
Value Value::from_list(std::vector<Value> items) {
  Value v;
  v.kind_ = Kind::kList;
  v.ptr_ = std::make_shared<ListData>(ListData{std::move(items)});
  if (ContainerTracker* t = ContainerTracker::current()) t->track(v.ptr_, true);
  return v;
}
Value Value::from_tuple(std::vector<Value> items) {
  Value v;
  v.kind_ = Kind::kTuple;
  v.ptr_ = std::make_shared<TupleData>(TupleData{std::move(items)});
  return v;
}
Value Value::from_dict(std::shared_ptr<DictData> d) {
  CHECK(d != nullptr);
  Value v;
  v.kind_ = Kind::kDict;
  v.ptr_ = std::make_shared<std::shared_ptr<DictData>>(std::move(d));
  if (ContainerTracker* t = ContainerTracker::current()) t->track(v.ptr_, false);
  return v;
}
Value Value::from_function(std::shared_ptr<FunctionData> f) {
  CHECK(f != nullptr);
  Value v;
  v.kind_ = Kind::kFunction;
  v.ptr_ = std::make_shared<std::shared_ptr<FunctionData>>(std::move(f));
  return v;
}
Value Value::from_object(std::shared_ptr<Object> o) {
  Value v;
  v.kind_ = Kind::kObject;
  v.obj_ = std::move(o);
  return v;
}

bool Value::is_callable() const {
  if (kind_ == Kind::kFunction) return true;
  return kind_ == Kind::kObject && obj_ && obj_->callable();
}

bool Value::as_bool() const { CHECK(kind_ == Kind::kBool); return b_; }
int64_t Value::as_int() const {
  CHECK(kind_ == Kind::kInt || kind_ == Kind::kBool);
  return kind_ == Kind::kBool ? (b_ ? 1 : 0) : i_;
}
double Value::as_double() const {
  CHECK(is_number());
  if (kind_ == Kind::kFloat) return d_;
  return static_cast<double>(as_int());
}
const std::string& Value::as_str() const {
  CHECK(kind_ == Kind::kStr);
  return *static_cast<const std::string*>(ptr_.get());
}
std::vector<Value>& Value::list_items() const {
  CHECK(kind_ == Kind::kList);
  return static_cast<ListData*>(ptr_.get())->items;
}
const std::vector<Value>& Value::tuple_items() const {
  CHECK(kind_ == Kind::kTuple);
  return static_cast<const TupleData*>(ptr_.get())->items;
}
const std::shared_ptr<DictData>& Value::dict() const {
  CHECK(kind_ == Kind::kDict);
  // ptr_ boxes a shared_ptr<DictData> so a typed reference can be handed out without punning.
  return *static_cast<const std::shared_ptr<DictData>*>(ptr_.get());
}
const std::shared_ptr<FunctionData>& Value::function() const {
  CHECK(kind_ == Kind::kFunction);
  return *static_cast<const std::shared_ptr<FunctionData>*>(ptr_.get());
}
const std::shared_ptr<Object>& Value::object() const {
  CHECK(kind_ == Kind::kObject);
  return obj_;
}

std::string Value::type_name() const {
  switch (kind_) {
    case Kind::kNone: return "NoneType";
    case Kind::kBool: return "bool";
    case Kind::kInt: return "int";
    case Kind::kFloat: return "float";
    case Kind::kStr: return "str";
    case Kind::kList: return "list";
    case Kind::kTuple: return "tuple";
    case Kind::kDict: return "dict";
    case Kind::kFunction: return "function";
    case Kind::kObject: return obj_ ? obj_->type_name() : "NoneType";
  }
  return "?";
}

bool Value::truthy() const {
  switch (kind_) {
    case Kind::kNone: return false;
    case Kind::kBool: return b_;
    case Kind::kInt: return i_ != 0;
    case Kind::kFloat: return d_ != 0.0;
    case Kind::kStr: return !as_str().empty();
    case Kind::kList: return !list_items().empty();
    case Kind::kTuple: return !tuple_items().empty();
    case Kind::kDict: return dict()->size() != 0;
    case Kind::kFunction: return true;
    case Kind::kObject: {
      if (auto r = object_as<RangeObject>()) return r->length() != 0;
      return obj_ != nullptr;
    }
  }
  return false;
}

namespace {

std::string str_repr(const std::string& s) {
  // Python prefers single quotes unless the text contains ' and no ".
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c == static_cast<unsigned char>(q)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += q;
  return out;
}

// repr of containers: cycles print as [...] / {...} like CPython, and the output is capped so a
// structure that shares sub-lists (x = [x, x] fifty times) cannot take exponential time.
constexpr size_t kMaxReprChars = size_t{1} << 22;

struct ReprState {
  std::vector<const void*> active;  // containers being printed (cycle detection)
};

void seq_repr(std::string& out, const std::vector<Value>& items, ReprState& st);

const void* container_id(const Value& v) {
  switch (v.kind()) {
    case Kind::kList: return &v.list_items();
    case Kind::kTuple: return &v.tuple_items();
    case Kind::kDict: return v.dict().get();
    default: return nullptr;
  }
}

void repr_into(std::string& out, const Value& v, ReprState& st) {
  if (out.size() > kMaxReprChars) return;
  const void* id = container_id(v);
  if (!id) {
    out += v.kind() == Kind::kStr ? str_repr(v.as_str()) : v.repr();
    return;
  }
  for (const void* a : st.active) {
    if (a == id) {
      out += v.is_list() ? "[...]" : v.is_dict() ? "{...}" : "(...)";
      return;
    }
  }
  if (st.active.size() > 200) {  // very deep (acyclic) nesting
    out += "...";
    return;
  }
  st.active.push_back(id);
  switch (v.kind()) {
    case Kind::kList:
      out += '[';
      seq_repr(out, v.list_items(), st);
      out += ']';
      break;
    case Kind::kTuple:
      out += '(';
      seq_repr(out, v.tuple_items(), st);
      if (v.tuple_items().size() == 1) out += ',';
      out += ')';
      break;
    default: {
      out += '{';
      bool first = true;
      for (const auto& [k, val] : v.dict()->entries) {
        if (out.size() > kMaxReprChars) break;
        if (!first) out += ", ";
        first = false;
        repr_into(out, k, st);
        out += ": ";
        repr_into(out, val, st);
      }
      out += '}';
    }
  }
  st.active.pop_back();
}

void seq_repr(std::string& out, const std::vector<Value>& items, ReprState& st) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (out.size() > kMaxReprChars) {
      out += "...";
      return;
    }
    if (i) out += ", ";
    repr_into(out, items[i], st);
  }
}

}  // namespace

std::string Value::repr() const {
  switch (kind_) {
    case Kind::kNone: return "None";
    case Kind::kBool: return b_ ? "True" : "False";
    case Kind::kInt: return std::to_string(i_);
    case Kind::kFloat: return float_repr(d_);
    case Kind::kStr: return str_repr(as_str());
    case Kind::kList:
    case Kind::kTuple:
    case Kind::kDict: {
      std::string out;
      ReprState st;
      repr_into(out, *this, st);
      return out;
    }
    case Kind::kFunction: return "<function " + function()->def->name_str + ">";
    case Kind::kObject: return obj_ ? obj_->repr() : "<unbound>";
  }
  return "?";
}

std::string Value::str() const {
  if (kind_ == Kind::kStr) return as_str();
  if (auto e = object_as<ExceptionObject>()) return e->message();
  return repr();
}

bool values_identical(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::kNone: return true;
    case Kind::kBool: return a.as_bool() == b.as_bool();
    case Kind::kInt: return a.as_int() == b.as_int();
    case Kind::kFloat: return a.as_double() == b.as_double();
    case Kind::kStr: return &a.as_str() == &b.as_str() || a.as_str() == b.as_str();
    case Kind::kList: return &a.list_items() == &b.list_items();
    case Kind::kTuple: return &a.tuple_items() == &b.tuple_items();
    case Kind::kDict: return a.dict() == b.dict();
    case Kind::kFunction: return a.function() == b.function();
    case Kind::kObject: return a.object() == b.object();
  }
  return false;
}

static bool seq_equal(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!values_equal(a[i], b[i])) return false;
  return true;
}

namespace {
// Bounds recursion through nested containers (deep or cyclic): past the limit they compare
// unequal rather than overflowing the C++ stack.
// Also bounds total work per top-level comparison/hash: structures sharing sub-containers
// (x = [x, x] repeated) would otherwise cost exponential time.
struct NestGuard {
  static int& depth() {
    thread_local int d = 0;
    return d;
  }
  static int64_t& work() {
    thread_local int64_t w = 0;
    return w;
  }
  NestGuard() {
    if (depth()++ == 0) work() = 0;
    ++work();
  }
  ~NestGuard() { --depth(); }
  bool too_deep() const { return depth() > 1000 || work() > 20'000'000; }
};
}  // namespace

int64_t last_compare_work() {
  int64_t w = NestGuard::work();
  NestGuard::work() = 0;
  return w;
}

bool values_equal(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return a.as_double() == b.as_double();
    return a.as_int() == b.as_int();
  }
  if (a.is_object() && a.object()) return a.object()->equals(b);
  if (b.is_object() && b.object()) return b.object()->equals(a);
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::kNone: return true;
    case Kind::kStr: return a.as_str() == b.as_str();
    case Kind::kList: {
      if (&a.list_items() == &b.list_items()) return true;
      NestGuard g;
      return !g.too_deep() && seq_equal(a.list_items(), b.list_items());
    }
    case Kind::kTuple: {
      if (&a.tuple_items() == &b.tuple_items()) return true;
      NestGuard g;
      return !g.too_deep() && seq_equal(a.tuple_items(), b.tuple_items());
    }
    case Kind::kDict: {
      if (a.dict() == b.dict()) return true;
      NestGuard g;
      if (g.too_deep()) return false;
      auto& da = *a.dict();
      auto& db = *b.dict();
      if (da.size() != db.size()) return false;
      for (auto& [k, v] : da.entries) {
        Value* o = db.find(k);
        if (!o || !values_equal(v, *o)) return false;
      }
      return true;
    }
    case Kind::kFunction: return a.function() == b.function();
    default: return false;
  }
}

// ---- hashing and dicts ----

static uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::optional<uint64_t> hash_value(const Value& v) {
  switch (v.kind()) {
    case Kind::kNone: return 0x9e3779b97f4a7c15ULL;
    case Kind::kBool:
    case Kind::kInt: return mix(static_cast<uint64_t>(v.as_int()));
    case Kind::kFloat: {
      double d = v.as_double();
      if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
        return mix(static_cast<uint64_t>(static_cast<int64_t>(d)));
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return mix(bits ^ 0x5555);
    }
    case Kind::kStr: return std::hash<std::string>{}(v.as_str());
    case Kind::kTuple: {
      NestGuard g;
      if (g.too_deep()) return std::nullopt;
      uint64_t h = 0x345678;
      for (const auto& it : v.tuple_items()) {
        auto e = hash_value(it);
        if (!e) return std::nullopt;
        h = mix(h * 1000003ULL ^ *e);
      }
      return h;
    }
    case Kind::kFunction: return mix(reinterpret_cast<uintptr_t>(v.function().get()));
    case Kind::kObject: return mix(reinterpret_cast<uintptr_t>(v.object().get()));
    default: return std::nullopt;
  }
}

std::shared_ptr<DictData> make_dict_data() { return std::make_shared<DictData>(); }

Value* DictData::find(const Value& key, uint64_t hash) {
  auto [lo, hi] = index.equal_range(hash);
  for (auto it = lo; it != hi; ++it)
    if (values_equal(entries[it->second].first, key)) return &entries[it->second].second;
  return nullptr;
}

Value* DictData::find(const Value& key) {
  auto h = hash_value(key);
  return h ? find(key, *h) : nullptr;
}

void DictData::set(const Value& key, uint64_t hash, Value v) {
  if (Value* p = find(key, hash)) {
    *p = std::move(v);
    return;
  }
  index.emplace(hash, static_cast<uint32_t>(entries.size()));
  entries.emplace_back(key, std::move(v));
}

void DictData::set(const Value& key, Value v) {
  auto h = hash_value(key);
  CHECK(h.has_value());
  set(key, *h, std::move(v));
}

bool DictData::erase(const Value& key, uint64_t hash) {
  auto [lo, hi] = index.equal_range(hash);
  for (auto it = lo; it != hi; ++it) {
    if (values_equal(entries[it->second].first, key)) {
      entries.erase(entries.begin() + it->second);
      rebuild_index();
      return true;
    }
  }
  return false;
}

void DictData::rebuild_index() {
  index.clear();
  for (uint32_t i = 0; i < entries.size(); ++i) index.emplace(*hash_value(entries[i].first), i);
}

// ---- Object defaults ----

Result<Value> Object::get_attr(CallContext& ctx, const std::string& name) {
  return ctx.error("runtime.attribute_error",
                   "'" + type_name() + "' object has no attribute '" + name + "'");
}
Result<Value> Object::set_attr(CallContext& ctx, const std::string& name, const Value&) {
  return ctx.error("runtime.attribute_error",
                   "'" + type_name() + "' object attribute '" + name + "' is read-only");
}
Result<Value> Object::call(CallContext& ctx, Args&) {
  return ctx.error("runtime.type_error", "'" + type_name() + "' object is not callable");
}
std::optional<Result<Value>> Object::binary_op(CallContext&, BinaryOp, const Value&, bool) {
  return std::nullopt;
}
std::optional<Result<Value>> Object::unary_op(CallContext&, UnaryOp) { return std::nullopt; }
std::optional<Result<std::vector<Value>>> Object::iterate(CallContext&) { return std::nullopt; }
std::optional<Result<Value>> Object::get_item(CallContext&, const Value&) { return std::nullopt; }
bool Object::equals(const Value& other) const {
  return other.is_object() && other.object().get() == this;
}
std::string Object::repr() const { return "<" + type_name() + " object>"; }

Value make_native(std::string name, NativeFn fn) {
  return Value::from_object(std::make_shared<NativeFunction>(std::move(name), std::move(fn)));
}

Result<Value> ModuleObject::get_attr(CallContext& ctx, const std::string& name) {
  for (auto& [k, v] : attrs_)
    if (k == name) return v;
  return ctx.error("runtime.attribute_error", "module '" + name_ + "' has no attribute '" + name + "'");
}

void ModuleObject::set(const std::string& name, Value v) {
  for (auto& [k, old] : attrs_) {
    if (k == name) {
      old = std::move(v);
      return;
    }
  }
  attrs_.emplace_back(name, std::move(v));
}

void ModuleRegistry::add(std::string name, Factory f) {
  factories_.emplace_back(std::move(name), std::move(f));
}

const ModuleRegistry::Factory* ModuleRegistry::find(const std::string& name) const {
  for (auto& [k, f] : factories_)
    if (k == name) return &f;
  return nullptr;
}

// ---- range, type, namespace ----

int64_t RangeObject::length() const {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
  return 0;
}

std::optional<Result<std::vector<Value>>> RangeObject::iterate(CallContext& ctx) {
  int64_t n = length();
  if (auto d = ctx.budget().check_size(n)) return Result<std::vector<Value>>(*d);
  if (auto d = ctx.budget().charge(n * static_cast<int64_t>(sizeof(Value)))) return Result<std::vector<Value>>(*d);
  std::vector<Value> out;
  out.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.push_back(Value::from_int(at(i)));
  return Result<std::vector<Value>>(std::move(out));
}

std::optional<Result<Value>> RangeObject::get_item(CallContext& ctx, const Value& key) {
  if (!key.is_int() && !key.is_bool())
    return Result<Value>(ctx.error("runtime.type_error", "range indices must be integers, not " + key.type_name()));
  int64_t i = key.as_int(), n = length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return Result<Value>(ctx.error("runtime.index_error", "range object index out of range"));
  return Result<Value>(Value::from_int(at(i)));
}

bool RangeObject::equals(const Value& other) const {
  auto o = other.object_as<RangeObject>();
  if (!o) return false;
  int64_t n = length();
  if (n != o->length()) return false;
  if (n == 0) return true;
  return start == o->start && (n == 1 || step == o->step);
}

std::string RangeObject::repr() const {
  std::string s = "range(" + std::to_string(start) + ", " + std::to_string(stop);
  if (step != 1) s += ", " + std::to_string(step);
  return s + ")";
}

Result<Value> TypeObject::call(CallContext& ctx, Args& args) {
  if (!ctor_) return ctx.error("runtime.type_error", "cannot create '" + name_ + "' instances");
  return ctor_(ctx, args);
}

bool TypeObject::equals(const Value& other) const {
  auto o = other.object_as<TypeObject>();
  return o && o->name_ == name_;
}

Result<Value> NamespaceObject::get_attr(CallContext& ctx, const std::string& name) {
  for (auto& [k, v] : attrs)
    if (k == name) return v;
  return ctx.error("runtime.attribute_error", "'types.SimpleNamespace' object has no attribute '" + name + "'");
}

Result<Value> NamespaceObject::set_attr(CallContext&, const std::string& name, const Value& v) {
  for (auto& [k, old] : attrs) {
    if (k == name) {
      old = v;
      return Value();
    }
  }
  attrs.emplace_back(name, v);
  return Value();
}

bool NamespaceObject::equals(const Value& other) const {
  auto o = other.object_as<NamespaceObject>();
  if (!o) return false;
  if (o.get() == this) return true;
  if (o->attrs.size() != attrs.size()) return false;
  for (auto& [k, v] : attrs) {
    bool found = false;
    for (auto& [k2, v2] : o->attrs) {
      if (k2 == k) {
        if (!values_equal(v, v2)) return false;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

std::string NamespaceObject::repr() const {
  std::string s = "namespace(";
  for (size_t i = 0; i < attrs.size(); ++i) {
    if (i) s += ", ";
    s += attrs[i].first + "=" + attrs[i].second.repr();
  }
  return s + ")";
}

}  // namespace cadscribe::lang::py
