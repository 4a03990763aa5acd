// lang/scad/value.h — runtime values of the OpenSCAD language, and what the geometry binding reads.
//
// OpenSCAD has seven value types: undef, bool, number (IEEE double), string, vector (a list of
// values), range ([begin : step : end], lazily enumerated) and function literal. Values are
// immutable; vectors share their storage (copying a Value is O(1)). This header knows nothing of
// geometry: the binding in cad/ reads numbers, vectors and strings from module arguments.
// Invariant: a Vector's items and a Function's closure are never mutated after construction.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cadscribe::lang::scad {

enum class Type : uint8_t { kUndef, kBool, kNumber, kString, kVector, kRange, kFunction };

struct Range {
  double begin = 0, step = 1, end = 0;
  // The number of values the range enumerates (OpenSCAD's rule; 0 for an empty or invalid range).
  [[nodiscard]] uint64_t count() const;
  // The first value is `begin` itself: with an infinite step, begin + inf·0 would be nan
  // (openscad's [0:inf:1] enumerates 0).
  [[nodiscard]] double at(uint64_t i) const { return i == 0 ? begin : begin + step * double(i); }
};

struct FunctionClosure;  // a function literal with its captured scope (owned by the evaluator)

class Value {
 public:
  Value() = default;  // undef
  static Value undef() { return {}; }
  static Value boolean(bool b);
  static Value number(double d);
  static Value string(std::string s);
  // A string whose byte count is added to *live while any copy of the value exists (the
  // evaluator's live-memory accounting; the counter may outlive the run).
  static Value string_counted(std::string s, std::shared_ptr<std::atomic<int64_t>> live);
  static Value vector(std::vector<Value> items);
  static Value range(Range r);
  static Value function(std::shared_ptr<const FunctionClosure> f);

  [[nodiscard]] Type type() const { return type_; }
  [[nodiscard]] bool is_undef() const { return type_ == Type::kUndef; }
  [[nodiscard]] bool is_bool() const { return type_ == Type::kBool; }
  [[nodiscard]] bool is_number() const { return type_ == Type::kNumber; }
  [[nodiscard]] bool is_string() const { return type_ == Type::kString; }
  [[nodiscard]] bool is_vector() const { return type_ == Type::kVector; }
  [[nodiscard]] bool is_range() const { return type_ == Type::kRange; }
  [[nodiscard]] bool is_function() const { return type_ == Type::kFunction; }

  // Accessors CHECK the type (programmer error otherwise); callers test the type first.
  [[nodiscard]] bool as_bool() const;
  [[nodiscard]] double as_number() const;
  [[nodiscard]] const std::string& as_string() const;
  [[nodiscard]] const std::vector<Value>& as_vector() const;
  [[nodiscard]] const Range& as_range() const;
  [[nodiscard]] const std::shared_ptr<const FunctionClosure>& as_function() const;

  // Conveniences for the geometry binding: nullopt when the value does not have that shape.
  // A finite number; a vector of exactly N finite numbers (vec2/vec3); a number matrix.
  [[nodiscard]] std::optional<double> finite_number() const;
  [[nodiscard]] std::optional<std::vector<double>> number_vector(size_t min_size, size_t max_size) const;

  // How deeply vectors nest in this value: 0 for a non-vector, 1 for [1, 2], 2 for [[1]].
  // (Added for the evaluator's nesting limit; the depth is stored in the vector's unused number.)
  [[nodiscard]] int nesting() const { return type_ == Type::kVector ? static_cast<int>(d_) : 0; }

  // OpenSCAD truthiness: undef, false, 0, "", [] are false; ranges and functions are true.
  [[nodiscard]] bool truthy() const;
  // As str() prints it (numbers as OpenSCAD 2021.01 formats them, strings unquoted at top level).
  [[nodiscard]] std::string str() const;
  // As echo() prints it (strings quoted inside, as in `echo("a", ["b"])` → ECHO: "a", ["b"]).
  [[nodiscard]] std::string repr() const;
  // OpenSCAD equality (==): numbers by value, vectors element-wise, different types unequal.
  [[nodiscard]] bool equals(const Value& other) const;

 private:
  Type type_ = Type::kUndef;
  bool b_ = false;
  double d_ = 0;
  std::shared_ptr<const void> ptr_;  // string / vector / range / closure payload
};

}  // namespace cadscribe::lang::scad
