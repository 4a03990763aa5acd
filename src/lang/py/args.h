// lang/py/args.h — binding call arguments to a Python-style signature for native functions.
//
//   TRY(auto a, bind_args(ctx, "Workplane.box", args,
//                         {"length", "width", "height", {"centered", Value::from_bool(true)}}));
//   TRY(double len, a.number("length"));
//
// Errors read like Python's: "Workplane.box() missing required argument 'width'",
// "... got an unexpected keyword argument 'heigth'", "... argument 'length' must be a number, not str".
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "lang/py/value.h"

namespace cadscribe::lang::py {

struct Param {
  Param(const char* n) : name(n) {}  // NOLINT: required parameter
  Param(const char* n, Value d) : name(n), default_value(std::move(d)), has_default(true) {}
  std::string name;
  Value default_value;
  bool has_default = false;
  // "*name" collects extra positionals into a tuple; "**name" collects extra keywords (dict).
};

class BoundArgs {
 public:
  [[nodiscard]] const Value& get(const std::string& name) const;  // CHECK: name is in the signature
  [[nodiscard]] bool is_none(const std::string& name) const { return get(name).is_none(); }
  // Typed getters: a runtime.type_error Diag naming the function and argument on mismatch.
  Result<double> number(const std::string& name) const;
  Result<int64_t> integer(const std::string& name) const;
  Result<bool> boolean(const std::string& name) const;  // Python truthiness of bools/ints only
  Result<std::string> string(const std::string& name) const;
  // Extra positionals collected by a "*name" parameter.
  [[nodiscard]] const std::vector<Value>& rest() const { return rest_; }

  std::string func;  // for messages
  std::vector<std::pair<std::string, Value>> values;
  std::vector<Value> rest_;
  const CallContext* ctx = nullptr;
};

Result<BoundArgs> bind_args(const CallContext& ctx, const std::string& func, const Args& args,
                            std::initializer_list<Param> params);

}  // namespace cadscribe::lang::py
