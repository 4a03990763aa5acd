// lang/py/errors.h — Python exceptions inside the evaluator.
//
// A runtime error travels through the evaluator as a C++ exception `PyError` (never outside
// lang/py: run_program and CallContext::call turn it back into a Diag). Every Diag code maps to
// a Python exception class so `except ValueError:` catches runtime.value_error; codes with no
// class (limit.*, syntax.*, unsupported.* except unsupported.import, which is ImportError)
// cannot be caught by programs at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang/py/value.h"

namespace cadscribe::lang::py {

struct PyError {
  Diag diag;
  std::string cls;  // Python class ("ValueError"); empty = uncatchable
  Value value;      // the exception object, when the program raised one itself
};

// "runtime.value_error" -> "ValueError"; "" for codes programs cannot catch.
[[nodiscard]] std::string class_for_code(const std::string& code);
// "ValueError" -> "runtime.value_error" (builtin errors); user classes map to runtime.exception.
[[nodiscard]] std::string code_for_class(const std::string& cls);
// True when `cls` is `base` or derives from it (ZeroDivisionError < ArithmeticError < Exception).
[[nodiscard]] bool class_is_subclass(const std::string& cls, const std::string& base);
// The builtin exception class names programs can name.
[[nodiscard]] const std::vector<std::string>& exception_class_names();

// An exception instance: ValueError("bad width").
class ExceptionObject : public Object {
 public:
  ExceptionObject(std::string cls, std::vector<Value> args) : cls(std::move(cls)), args(std::move(args)) {}
  [[nodiscard]] std::string type_name() const override { return cls; }
  Result<Value> get_attr(CallContext& ctx, const std::string& name) override;
  [[nodiscard]] std::string repr() const override;
  [[nodiscard]] std::string message() const;  // str(e)
  std::string cls;
  std::vector<Value> args;
  // Set when the exception wraps an interpreter Diag: str(e) is the Diag's message verbatim.
  std::optional<std::string> diag_message;
};

// An exception class: callable, usable in `except` and isinstance.
class ExceptionType : public Object {
 public:
  explicit ExceptionType(std::string name) : name(std::move(name)) {}
  [[nodiscard]] std::string type_name() const override { return "type"; }
  [[nodiscard]] bool callable() const override { return true; }
  Result<Value> call(CallContext& ctx, Args& args) override;
  [[nodiscard]] bool equals(const Value& other) const override;
  [[nodiscard]] std::string repr() const override { return "<class '" + name + "'>"; }
  std::string name;
};

}  // namespace cadscribe::lang::py
