// lang/py/modules.cpp — `math` (CPython's names and error behaviour: domain errors are
// ValueError("math domain error"), overflow is OverflowError("math range error"); floor/ceil/trunc
// return ints) and `types.SimpleNamespace`.
#include "lang/py/modules.h"

#include <cmath>
#include <numeric>

#include "lang/py/containers.h"
#include "lang/py/evaluator.h"

namespace cadscribe::lang::py {

namespace {

using Fn1 = double (*)(double);

Result<double> arg_num(CallContext& ctx, const Args& a, size_t i, const std::string& fn) {
  const Value& v = a.positional[i];
  if (!v.is_number())
    return ctx.error("runtime.type_error", fn + "() argument must be a real number, not '" + v.type_name() + "'");
  return v.as_double();
}

Result<base::Unit> arity(CallContext& ctx, const Args& a, const std::string& fn, size_t lo, size_t hi) {
  if (!a.keywords.empty()) return ctx.error("runtime.type_error", fn + "() takes no keyword arguments");
  size_t n = a.positional.size();
  if (n < lo || n > hi) {
    std::string want = lo == hi ? "exactly " + std::to_string(lo) : "from " + std::to_string(lo) + " to " + std::to_string(hi);
    return ctx.error("runtime.type_error", fn + "() takes " + want + " argument" + (hi == 1 ? "" : "s") + " (" +
                                               std::to_string(n) + " given)");
  }
  return base::Unit{};
}

Result<Value> checked(CallContext& ctx, double in, double out) {
  if (std::isnan(out) && !std::isnan(in)) return ctx.error("runtime.value_error", "math domain error");
  if (std::isinf(out) && std::isfinite(in)) return ctx.error("runtime.overflow", "math range error");
  return Value::from_float(out);
}

Result<Value> to_int_checked(CallContext& ctx, double d) {
  if (std::isnan(d)) return ctx.error("runtime.value_error", "cannot convert float NaN to integer");
  if (std::isinf(d)) return ctx.error("runtime.overflow", "cannot convert float infinity to integer");
  if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18)
    return ctx.error("runtime.overflow", "integer result exceeds 64 bits");
  return Value::from_int(static_cast<int64_t>(d));
}

void add1(ModuleObject& m, const char* name, Fn1 f) {
  std::string fn = std::string("math.") + name;
  m.set(name, make_native(fn, [f, fn](CallContext& ctx, Args& a) -> Result<Value> {
    TRY_STATUS(arity(ctx, a, fn, 1, 1));
    TRY(double x, arg_num(ctx, a, 0, fn));
    return checked(ctx, x, f(x));
  }));
}

}  // namespace

static Value build_math_module() {
  auto m = std::make_shared<ModuleObject>("math");
  m->set("pi", Value::from_float(M_PI));
  m->set("e", Value::from_float(M_E));
  m->set("tau", Value::from_float(2 * M_PI));
  m->set("inf", Value::from_float(HUGE_VAL));
  m->set("nan", Value::from_float(std::nan("")));
  add1(*m, "sqrt", [](double x) { return std::sqrt(x); });
  add1(*m, "sin", [](double x) { return std::isinf(x) ? std::nan("") : std::sin(x); });
  add1(*m, "cos", [](double x) { return std::isinf(x) ? std::nan("") : std::cos(x); });
  add1(*m, "tan", [](double x) { return std::isinf(x) ? std::nan("") : std::tan(x); });
  add1(*m, "asin", [](double x) { return std::asin(x); });
  add1(*m, "acos", [](double x) { return std::acos(x); });
  add1(*m, "atan", [](double x) { return std::atan(x); });
  add1(*m, "sinh", [](double x) { return std::sinh(x); });
  add1(*m, "cosh", [](double x) { return std::cosh(x); });
  add1(*m, "tanh", [](double x) { return std::tanh(x); });
  add1(*m, "asinh", [](double x) { return std::asinh(x); });
  add1(*m, "acosh", [](double x) { return std::acosh(x); });
  add1(*m, "atanh", [](double x) { return std::fabs(x) >= 1 ? std::nan("") : std::atanh(x); });
  add1(*m, "radians", [](double x) { return x * M_PI / 180.0; });
  add1(*m, "degrees", [](double x) { return x * 180.0 / M_PI; });
  add1(*m, "fabs", [](double x) { return std::fabs(x); });
  add1(*m, "exp", [](double x) { return std::exp(x); });
  add1(*m, "log10", [](double x) { return x <= 0 ? std::nan("") : std::log10(x); });
  add1(*m, "log2", [](double x) { return x <= 0 ? std::nan("") : std::log2(x); });
  m->set("log", make_native("math.log", [](CallContext& ctx, Args& a) -> Result<Value> {
    TRY_STATUS(arity(ctx, a, "math.log", 1, 2));
    TRY(double x, arg_num(ctx, a, 0, "math.log"));
    if (x <= 0) return ctx.error("runtime.value_error", "math domain error");
    if (a.positional.size() == 1) return Value::from_float(std::log(x));
    TRY(double b, arg_num(ctx, a, 1, "math.log"));
    if (b <= 0 || b == 1) return b == 1 ? ctx.error("runtime.zero_division", "float division by zero")
                                        : ctx.error("runtime.value_error", "math domain error");
    return Value::from_float(std::log(x) / std::log(b));
  }));
  auto two = [&](const char* name, double (*f)(double, double)) {
    std::string fn = std::string("math.") + name;
    m->set(name, make_native(fn, [f, fn](CallContext& ctx, Args& a) -> Result<Value> {
      TRY_STATUS(arity(ctx, a, fn, 2, 2));
      TRY(double x, arg_num(ctx, a, 0, fn));
      TRY(double y, arg_num(ctx, a, 1, fn));
      double r = f(x, y);
      if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return ctx.error("runtime.value_error", "math domain error");
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return ctx.error("runtime.overflow", "math range error");
      return Value::from_float(r);
    }));
  };
  two("atan2", [](double y, double x) { return std::atan2(y, x); });
  two("pow", [](double x, double y) { return std::pow(x, y); });
  two("copysign", [](double x, double y) { return std::copysign(x, y); });
  two("fmod", [](double x, double y) { return y == 0 ? std::nan("") : std::fmod(x, y); });
  m->set("hypot", make_native("math.hypot", [](CallContext& ctx, Args& a) -> Result<Value> {
    if (!a.keywords.empty()) return ctx.error("runtime.type_error", "math.hypot() takes no keyword arguments");
    double s = 0;
    for (size_t i = 0; i < a.positional.size(); ++i) {
      TRY(double x, arg_num(ctx, a, i, "math.hypot"));
      s = i == 0 ? std::fabs(x) : std::hypot(s, x);
    }
    return Value::from_float(s);
  }));
  m->set("dist", make_native("math.dist", [](CallContext& ctx, Args& a) -> Result<Value> {
    TRY_STATUS(arity(ctx, a, "math.dist", 2, 2));
    auto* ev = dynamic_cast<Evaluator*>(&ctx);
    if (!ev) return ctx.error("runtime.type_error", "math.dist called outside the interpreter");
    std::vector<Value> p = ev->to_vector(a.positional[0]), q = ev->to_vector(a.positional[1]);
    if (p.size() != q.size()) return ctx.error("runtime.value_error", "both points must have the same number of dimensions");
    double s = 0;
    for (size_t i = 0; i < p.size(); ++i) {
      if (!p[i].is_number() || !q[i].is_number()) return ctx.error("runtime.type_error", "must be real number");
      double d = p[i].as_double() - q[i].as_double();
      s += d * d;
    }
    return Value::from_float(std::sqrt(s));
  }));
  auto rounding = [&](const char* name, double (*f)(double)) {
    std::string fn = std::string("math.") + name;
    m->set(name, make_native(fn, [f, fn](CallContext& ctx, Args& a) -> Result<Value> {
      TRY_STATUS(arity(ctx, a, fn, 1, 1));
      const Value& v = a.positional[0];
      if (v.is_int() || v.is_bool()) return Value::from_int(v.as_int());
      TRY(double x, arg_num(ctx, a, 0, fn));
      return to_int_checked(ctx, f(x));
    }));
  };
  rounding("floor", [](double x) { return std::floor(x); });
  rounding("ceil", [](double x) { return std::ceil(x); });
  rounding("trunc", [](double x) { return std::trunc(x); });
  auto pred = [&](const char* name, bool (*f)(double)) {
    std::string fn = std::string("math.") + name;
    m->set(name, make_native(fn, [f, fn](CallContext& ctx, Args& a) -> Result<Value> {
      TRY_STATUS(arity(ctx, a, fn, 1, 1));
      TRY(double x, arg_num(ctx, a, 0, fn));
      return Value::from_bool(f(x));
    }));
  };
  pred("isfinite", [](double x) { return std::isfinite(x); });
  pred("isnan", [](double x) { return std::isnan(x); });
  pred("isinf", [](double x) { return std::isinf(x); });
  m->set("isclose", make_native("math.isclose", [](CallContext& ctx, Args& a) -> Result<Value> {
    if (a.positional.size() != 2) return ctx.error("runtime.type_error", "math.isclose() takes exactly 2 positional arguments");
    TRY(double x, arg_num(ctx, a, 0, "math.isclose"));
    TRY(double y, arg_num(ctx, a, 1, "math.isclose"));
    double rel = 1e-9, abs_tol = 0.0;
    for (auto& [k, v] : a.keywords) {
      if (!v.is_number()) return ctx.error("runtime.type_error", "math.isclose() tolerances must be numbers");
      if (k == "rel_tol") rel = v.as_double();
      else if (k == "abs_tol") abs_tol = v.as_double();
      else return ctx.error("runtime.type_error", "math.isclose() got an unexpected keyword argument '" + k + "'");
    }
    if (rel < 0 || abs_tol < 0) return ctx.error("runtime.value_error", "tolerances must be non-negative");
    if (x == y) return Value::from_bool(true);
    if (std::isinf(x) || std::isinf(y)) return Value::from_bool(false);
    double d = std::fabs(x - y);
    return Value::from_bool(d <= std::fabs(rel * y) || d <= std::fabs(rel * x) || d <= abs_tol);
  }));
  m->set("gcd", make_native("math.gcd", [](CallContext& ctx, Args& a) -> Result<Value> {
    int64_t g = 0;
    for (auto& v : a.positional) {
      if (!v.is_int() && !v.is_bool())
        return ctx.error("runtime.type_error", "'" + v.type_name() + "' object cannot be interpreted as an integer");
      int64_t x = v.as_int();
      if (x == INT64_MIN) return ctx.error("runtime.overflow", "integer overflow in gcd");
      g = std::gcd(g, x < 0 ? -x : x);
    }
    return Value::from_int(g);
  }));
  m->set("factorial", make_native("math.factorial", [](CallContext& ctx, Args& a) -> Result<Value> {
    TRY_STATUS(arity(ctx, a, "math.factorial", 1, 1));
    const Value& v = a.positional[0];
    if (!v.is_int() && !v.is_bool()) return ctx.error("runtime.type_error", "'" + v.type_name() + "' object cannot be interpreted as an integer");
    int64_t n = v.as_int();
    if (n < 0) return ctx.error("runtime.value_error", "factorial() not defined for negative values");
    int64_t r = 1;
    for (int64_t i = 2; i <= n; ++i)
      if (__builtin_mul_overflow(r, i, &r)) return ctx.error("runtime.overflow", "integer overflow in factorial: result exceeds 64 bits");
    return Value::from_int(r);
  }));
  return Value::from_object(m);
}

static Value build_types_module() {
  auto m = std::make_shared<ModuleObject>("types");
  m->set("SimpleNamespace",
         Value::from_object(std::make_shared<TypeObject>("SimpleNamespace", [](CallContext& ctx, Args& a) -> Result<Value> {
           auto ns = std::make_shared<NamespaceObject>();
           if (a.positional.size() > 1) return ctx.error("runtime.type_error", "SimpleNamespace expected at most 1 argument");
           if (a.positional.size() == 1) {
             const Value& d = a.positional[0];
             if (!d.is_dict()) return ctx.error("runtime.type_error", "'" + d.type_name() + "' object is not a mapping");
             for (auto& [k, v] : d.dict()->entries) {
               if (!k.is_str()) return ctx.error("runtime.type_error", "keywords must be strings");
               (void)ns->set_attr(ctx, k.as_str(), v);
             }
           }
           for (auto& [k, v] : a.keywords) {
             if (is_dunder(k)) return ctx.error("unsupported.dunder", "attributes like '" + k + "' are not allowed");
             (void)ns->set_attr(ctx, k, v);
           }
           return Value::from_object(ns);
         })));
  return Value::from_object(m);
}

// Modules are immutable to programs (ModuleObject has no attribute assignment), so one instance
// per process is shared by every run; building them costs more than a small program's evaluation.
Value make_math_module() {
  static const Value m = build_math_module();
  return m;
}

Value make_types_module() {
  static const Value m = build_types_module();
  return m;
}

}  // namespace cadscribe::lang::py
