// lang/py/errors.cpp — see errors.h.
#include "lang/py/errors.h"

#include <utility>

namespace cadscribe::lang::py {

namespace {

struct ClassInfo {
  const char* name;
  const char* parent;
  const char* code;
};

// The builtin hierarchy the subset knows (a trimmed copy of CPython's).
const ClassInfo kClasses[] = {
    {"BaseException", "", "runtime.exception"},
    {"Exception", "BaseException", "runtime.exception"},
    {"ArithmeticError", "Exception", "runtime.exception"},
    {"ZeroDivisionError", "ArithmeticError", "runtime.zero_division"},
    {"OverflowError", "ArithmeticError", "runtime.overflow"},
    {"LookupError", "Exception", "runtime.exception"},
    {"IndexError", "LookupError", "runtime.index_error"},
    {"KeyError", "LookupError", "runtime.key_error"},
    {"ValueError", "Exception", "runtime.value_error"},
    {"TypeError", "Exception", "runtime.type_error"},
    {"AttributeError", "Exception", "runtime.attribute_error"},
    {"NameError", "Exception", "runtime.name_error"},
    {"UnboundLocalError", "NameError", "runtime.name_error"},
    {"AssertionError", "Exception", "runtime.assertion"},
    {"RuntimeError", "Exception", "runtime.exception"},
    {"NotImplementedError", "RuntimeError", "runtime.exception"},
    {"StopIteration", "Exception", "runtime.exception"},
    {"ImportError", "Exception", "unsupported.import"},
    {"ModuleNotFoundError", "ImportError", "unsupported.import"},
};

const ClassInfo* find_class(const std::string& name) {
  for (const auto& c : kClasses)
    if (name == c.name) return &c;
  return nullptr;
}

}  // namespace

std::string class_for_code(const std::string& code) {
  if (code == "runtime.value_error") return "ValueError";
  if (code == "runtime.type_error") return "TypeError";
  if (code == "runtime.zero_division") return "ZeroDivisionError";
  if (code == "runtime.index_error") return "IndexError";
  if (code == "runtime.key_error") return "KeyError";
  if (code == "runtime.attribute_error") return "AttributeError";
  if (code == "runtime.name_error") return "NameError";
  if (code == "runtime.assertion") return "AssertionError";
  if (code == "runtime.overflow") return "OverflowError";
  // `try: import numpy except ImportError: ...` is a common fallback idiom; let it work.
  if (code == "unsupported.import") return "ModuleNotFoundError";
  // Other runtime errors and geometry failures are ordinary exceptions a program may handle
  // (CadQuery raises for failed booleans); limits and unsupported features are not.
  if (code.rfind("runtime.", 0) == 0 || code.rfind("geom.", 0) == 0 || code.rfind("validity.", 0) == 0)
    return "RuntimeError";
  return "";
}

std::string code_for_class(const std::string& cls) {
  const ClassInfo* c = find_class(cls);
  return c ? c->code : "runtime.exception";
}

bool class_is_subclass(const std::string& cls, const std::string& base) {
  std::string cur = cls;
  for (int guard = 0; guard < 16 && !cur.empty(); ++guard) {
    if (cur == base) return true;
    const ClassInfo* c = find_class(cur);
    if (!c) return base == "Exception" || base == "BaseException";
    cur = c->parent;
  }
  return false;
}

const std::vector<std::string>& exception_class_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& c : kClasses) v.emplace_back(c.name);
    return v;
  }();
  return names;
}

Result<Value> ExceptionObject::get_attr(CallContext& ctx, const std::string& name) {
  if (name == "args") return Value::from_tuple(args);
  return Object::get_attr(ctx, name);
}

std::string ExceptionObject::message() const {
  if (diag_message) return *diag_message;
  if (args.empty()) return "";
  if (args.size() == 1) return cls == "KeyError" ? args[0].repr() : args[0].str();
  return Value::from_tuple(args).repr();
}

std::string ExceptionObject::repr() const {
  std::string s = cls + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    s += args[i].repr();
  }
  return s + ")";
}

Result<Value> ExceptionType::call(CallContext& ctx, Args& args) {
  if (!args.keywords.empty())
    return ctx.error("runtime.type_error", name + "() takes no keyword arguments");
  return Value::from_object(std::make_shared<ExceptionObject>(name, args.positional));
}

bool ExceptionType::equals(const Value& other) const {
  auto o = other.object_as<ExceptionType>();
  return o && o->name == name;
}

}  // namespace cadscribe::lang::py
