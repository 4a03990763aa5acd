// lang/py/value.h — runtime values of the Python subset, and the interface native code binds to.
//
// A Value is a small handle: immediates (None, bool, int, float) inline; everything else by
// shared_ptr. Native libraries (the CadQuery binding in cad/) expose their types by subclassing
// `Object` and their functions with `make_native`. This header knows nothing of geometry.
// Invariant: ints are 64-bit (overflow is a runtime error, not UB); strings are UTF-8 bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/budget.h"
#include "base/result.h"

namespace cadscribe::lang::py {

using base::Diag;
using base::Result;

class Value;
class Object;
struct ListData;
struct TupleData;
struct DictData;
struct FunctionData;  // a user-defined function or lambda (owned by the evaluator)

enum class Kind : uint8_t { kNone, kBool, kInt, kFloat, kStr, kList, kTuple, kDict, kFunction, kObject };

class Value {
 public:
  Value() = default;  // None
  Value(const Value&) = default;
  Value& operator=(const Value&) = default;
  // Moves leave the source as None, never as a kind with a null payload.
  Value(Value&& o) noexcept
      : kind_(o.kind_), ptr_(std::move(o.ptr_)), obj_(std::move(o.obj_)) {
    i_ = o.i_;
    o.kind_ = Kind::kNone;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      kind_ = o.kind_;
      i_ = o.i_;
      ptr_ = std::move(o.ptr_);
      obj_ = std::move(o.obj_);
      o.kind_ = Kind::kNone;
    }
    return *this;
  }
  static Value none() { return {}; }
  static Value from_bool(bool b);
  static Value from_int(int64_t i);
  static Value from_float(double d);
  static Value from_str(std::string s);
  static Value from_list(std::vector<Value> items);
  static Value from_tuple(std::vector<Value> items);
  static Value from_dict(std::shared_ptr<DictData> d);
  static Value from_function(std::shared_ptr<FunctionData> f);
  static Value from_object(std::shared_ptr<Object> o);

  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] bool is_none() const { return kind_ == Kind::kNone; }
  [[nodiscard]] bool is_bool() const { return kind_ == Kind::kBool; }
  [[nodiscard]] bool is_int() const { return kind_ == Kind::kInt; }    // bool is NOT int here
  [[nodiscard]] bool is_float() const { return kind_ == Kind::kFloat; }
  // int, float or bool (Python lets bools take part in arithmetic).
  [[nodiscard]] bool is_number() const { return kind_ == Kind::kInt || kind_ == Kind::kFloat || kind_ == Kind::kBool; }
  [[nodiscard]] bool is_str() const { return kind_ == Kind::kStr; }
  [[nodiscard]] bool is_list() const { return kind_ == Kind::kList; }
  [[nodiscard]] bool is_tuple() const { return kind_ == Kind::kTuple; }
  [[nodiscard]] bool is_dict() const { return kind_ == Kind::kDict; }
  [[nodiscard]] bool is_object() const { return kind_ == Kind::kObject; }
  [[nodiscard]] bool is_callable() const;

  // Accessors: CHECK-fail on the wrong kind (callers test the kind first).
  [[nodiscard]] bool as_bool() const;
  [[nodiscard]] int64_t as_int() const;       // int or bool
  [[nodiscard]] double as_double() const;     // int, bool or float
  [[nodiscard]] const std::string& as_str() const;
  [[nodiscard]] std::vector<Value>& list_items() const;          // list only
  [[nodiscard]] const std::vector<Value>& tuple_items() const;   // tuple only
  [[nodiscard]] const std::shared_ptr<DictData>& dict() const;
  [[nodiscard]] const std::shared_ptr<FunctionData>& function() const;
  [[nodiscard]] const std::shared_ptr<Object>& object() const;
  // The object as a concrete native type, or nullptr when it is something else.
  template <typename T>
  [[nodiscard]] std::shared_ptr<T> object_as() const {
    return kind_ == Kind::kObject ? std::dynamic_pointer_cast<T>(obj_) : nullptr;
  }

  // How many Values share this payload (1 for immediates); the evaluator uses it to find
  // closure cycles that nothing else references.
  [[nodiscard]] long ref_count() const { return kind_ == Kind::kObject ? obj_.use_count() : ptr_ ? ptr_.use_count() : 1; }

  // Python's type name ("int", "list", "Workplane", ...).
  [[nodiscard]] std::string type_name() const;
  // Python truthiness.
  [[nodiscard]] bool truthy() const;
  // repr() and str() as Python prints them (floats use the shortest round-trip form).
  [[nodiscard]] std::string repr() const;
  [[nodiscard]] std::string str() const;

 private:
  Kind kind_ = Kind::kNone;
  union {
    bool b_;
    int64_t i_;
    double d_ = 0;
  };
  // One of: std::string, ListData, TupleData, shared_ptr<DictData>, shared_ptr<FunctionData> (boxed
  // so dict()/function() can return typed references).
  std::shared_ptr<void> ptr_;
  std::shared_ptr<Object> obj_;
};

// Structural equality as Python's == (1 == 1.0 == True; lists elementwise; objects by identity
// unless Object::equals says otherwise).
[[nodiscard]] bool values_equal(const Value& a, const Value& b);

// Call arguments as they arrive at a callable.
struct Args {
  std::vector<Value> positional;
  std::vector<std::pair<std::string, Value>> keywords;
};

// What native code sees of the interpreter during a call.
class CallContext {
 public:
  virtual ~CallContext() = default;
  virtual base::Budget& budget() = 0;
  // Calls any callable value (user lambdas passed to native methods, e.g. Workplane.each).
  virtual Result<Value> call(const Value& callee, Args args) = 0;
  // An error Diag located at the current call site.
  [[nodiscard]] virtual Diag error(std::string code, std::string message) const = 0;
};

enum class BinaryOp : uint8_t { kAdd, kSub, kMul, kDiv, kFloorDiv, kMod, kPow, kAnd, kOr, kXor, kMatMul };
enum class UnaryOp : uint8_t { kNeg, kPos, kInvert };

// Base class for native objects (cq.Workplane, cq.Vector, modules, bound methods, ...).
class Object : public std::enable_shared_from_this<Object> {
 public:
  virtual ~Object() = default;
  [[nodiscard]] virtual std::string type_name() const = 0;
  // Attribute read. Methods come back as callables bound to this object. Default: AttributeError.
  virtual Result<Value> get_attr(CallContext& ctx, const std::string& name);
  // Attribute write (types.SimpleNamespace allows it). Default: AttributeError.
  virtual Result<Value> set_attr(CallContext& ctx, const std::string& name, const Value& v);
  [[nodiscard]] virtual bool callable() const { return false; }
  virtual Result<Value> call(CallContext& ctx, Args& args);
  // Binary operator with this object on the left (reflected=false) or right (reflected=true).
  // Return std::nullopt when unsupported; the evaluator then raises TypeError.
  virtual std::optional<Result<Value>> binary_op(CallContext& ctx, BinaryOp op, const Value& other,
                                                 bool reflected);
  virtual std::optional<Result<Value>> unary_op(CallContext& ctx, UnaryOp op);
  // Iteration support (for x in obj, list(obj), unpacking). std::nullopt = not iterable.
  virtual std::optional<Result<std::vector<Value>>> iterate(CallContext& ctx);
  // Subscription obj[key]. std::nullopt = not subscriptable.
  virtual std::optional<Result<Value>> get_item(CallContext& ctx, const Value& key);
  // Equality with another value; default identity.
  [[nodiscard]] virtual bool equals(const Value& other) const;
  [[nodiscard]] virtual std::string repr() const;
};

using NativeFn = std::function<Result<Value>(CallContext&, Args&)>;
// A callable builtin. `name` appears in error messages and tracebacks ("Workplane.box").
[[nodiscard]] Value make_native(std::string name, NativeFn fn);

// A module object: a name and attributes (e.g. `math`, `cadquery`).
class ModuleObject : public Object {
 public:
  explicit ModuleObject(std::string name) : name_(std::move(name)) {}
  [[nodiscard]] std::string type_name() const override { return "module"; }
  Result<Value> get_attr(CallContext& ctx, const std::string& name) override;
  void set(const std::string& name, Value v);
  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] std::string repr() const override { return "<module '" + name_ + "'>"; }
  // All attributes in insertion order (`from m import *`).
  [[nodiscard]] const std::vector<std::pair<std::string, Value>>& attrs() const { return attrs_; }

 private:
  std::string name_;
  std::vector<std::pair<std::string, Value>> attrs_;
};

// Modules a program may import, by name. The evaluator provides `math` and `types` itself;
// cad/ registers `cadquery`. Anything else fails with unsupported.import.
class ModuleRegistry {
 public:
  using Factory = std::function<Value()>;
  void add(std::string name, Factory f);
  [[nodiscard]] const Factory* find(const std::string& name) const;

 private:
  std::vector<std::pair<std::string, Factory>> factories_;
};

}  // namespace cadscribe::lang::py
