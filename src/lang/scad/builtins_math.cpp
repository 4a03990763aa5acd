// lang/scad/builtins_math.cpp — numeric builtins: trigonometry in degrees (exact at multiples
// of 30 and 45 degrees as openscad computes them), rounding, logarithms, min/max, norm, cross.
#include <cmath>
#include <limits>

#include "lang/scad/builtins.h"

namespace cadscribe::lang::scad {

const Value* positional(const std::vector<CallArg>& args, size_t i) {
  size_t k = 0;
  for (const auto& a : args)
    if (a.name.empty() && k++ == i) return &a.value;
  return nullptr;
}

const Value* arg(const std::vector<CallArg>& args, const char* name, size_t position) {
  for (const auto& a : args)
    if (a.name == name) return &a.value;
  return positional(args, position);
}

namespace {

// openscad's conversions, rounding as it does (x * pi / 180, x * 180 / pi), so that for example
// asin(sin(x)) == x holds for the same whole angles as in openscad.
inline double deg2rad(double x) { return x * M_PI / 180.0; }
inline double rad2deg(double x) { return x * 180.0 / M_PI; }

// openscad's reduction: x - 360 * floor(x / 360), which for huge |x| may leave x slightly
// negative (then used as is); non-finite and |x| >= 2^63 give nan as openscad 2021.01 prints.
bool reduce_degrees(double& x) {
  if (!std::isfinite(x) || std::fabs(x) >= 9223372036854775808.0) return false;
  if (!(x >= 0 && x < 360)) x -= 360.0 * std::floor(x / 360.0);
  return true;
}

}  // namespace

double sin_degrees(double x) {
  if (!reduce_degrees(x)) return std::nan("");
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) x = 180.0 - x;
  double r;
  if (x < 45.0) r = x == 30.0 ? 0.5 : std::sin(deg2rad(x));
  else if (x == 45.0) r = M_SQRT1_2;
  else if (x == 60.0) r = std::sqrt(3.0) / 2;
  else r = std::cos(deg2rad((90.0 - x)));
  return oppose ? -r : r;
}

double cos_degrees(double x) {
  if (!reduce_degrees(x)) return std::nan("");
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) {
    x = 180.0 - x;
    oppose = !oppose;
  }
  double r;
  if (x > 45.0) r = x == 60.0 ? 0.5 : std::sin(deg2rad((90.0 - x)));
  else if (x == 45.0) r = M_SQRT1_2;
  else if (x == 30.0) r = std::sqrt(3.0) / 2;
  else r = std::cos(deg2rad(x));
  r = oppose ? -r : r;
  return r == 0 ? 0.0 : r;  // +0, so tan(90) = inf and tan(270) = -inf as in openscad
}

namespace {

// Exact at multiples of 30 and 45 degrees, odd, period 180; tan(90) = inf, tan(270) = -inf,
// tan(180) = -0 (as openscad 2021.01's regression tests require).
double tan_first_quadrant(double x) {  // 0 <= x <= 90
  if (x == 30.0) return std::sqrt(3.0) / 3;
  if (x == 45.0) return 1.0;
  if (x == 60.0) return std::sqrt(3.0);
  if (x == 90.0) return std::numeric_limits<double>::infinity();
  return std::tan(deg2rad(x));
}

double tan_degrees(double x) {
  if (!reduce_degrees(x)) return std::nan("");
  if (x < 0) return std::tan(deg2rad(x));  // huge |x| left slightly negative by the reduction
  if (x <= 90.0) return tan_first_quadrant(x);
  if (x <= 180.0) return -tan_first_quadrant(180.0 - x);
  if (x <= 270.0) return x == 270.0 ? -std::numeric_limits<double>::infinity() : tan_first_quadrant(x - 180.0);
  return -tan_first_quadrant(360.0 - x);
}

Value bad(Evaluator& ev, const char* fn, const base::SourceSpan& span) {
  ev.warn("runtime.bad_argument", std::string(fn) + "() parameter could not be converted", span);
  return {};
}

template <double (*F)(double)>
Value unary_fn(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span, const char* name) {
  const Value* x = positional(args, 0);
  if (args.size() != 1) {
    ev.warn("runtime.argument_count", std::string(name) + "() number of parameters does not match", span);
    return {};
  }
  if (!x || !x->is_number()) return bad(ev, name, span);
  return Value::number(F(x->as_number()));
}

double d_abs(double x) { return std::fabs(x); }
double d_sign(double x) { return x < 0 ? -1.0 : x > 0 ? 1.0 : 0.0; }
// openscad 2021.01 snaps an inverse to the nearest whole degree when the forward function of that
// degree gives the argument back exactly, so asin(sin(a)) == a for every whole a (trig-tests).
template <double (*Inverse)(double), double (*Forward)(double)>
double inverse_degrees(double x) {
  double degs = rad2deg(Inverse(x));
  double whole = std::round(degs);
  return Forward(whole) == x ? whole : degs;
}
double d_asin(double x) { return inverse_degrees<std::asin, sin_degrees>(x); }
double d_acos(double x) { return inverse_degrees<std::acos, cos_degrees>(x); }
double d_atan(double x) { return inverse_degrees<std::atan, tan_degrees>(x); }
// atan2 has no single forward function: within 3e-14 degrees of a whole one counts as whole.
double atan2_degrees(double y, double x) {
  double degs = rad2deg(std::atan2(y, x));
  double whole = std::round(degs);
  return std::fabs(degs - whole) < 3.0e-14 ? whole : degs;
}
double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }
double d_round(double x) { return std::round(x); }
double d_ln(double x) { return std::log(x); }
double d_sqrt(double x) { return std::sqrt(x); }
double d_exp(double x) { return std::exp(x); }

#define UNARY(fname, F) \
  Value b_##fname(Evaluator& ev, const std::vector<CallArg>& a, const base::SourceSpan& s) { \
    return unary_fn<F>(ev, a, s, #fname);                                                     \
  }
UNARY(abs, d_abs)
UNARY(sign, d_sign)
UNARY(sin, sin_degrees)
UNARY(cos, cos_degrees)
UNARY(tan, tan_degrees)
UNARY(asin, d_asin)
UNARY(acos, d_acos)
UNARY(atan, d_atan)
UNARY(floor, d_floor)
UNARY(ceil, d_ceil)
UNARY(round, d_round)
UNARY(ln, d_ln)
UNARY(sqrt, d_sqrt)
UNARY(exp, d_exp)
#undef UNARY

Value b_atan2(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* y = positional(args, 0);
  const Value* x = positional(args, 1);
  if (args.size() != 2) {
    ev.warn("runtime.argument_count", "atan2() number of parameters does not match", span);
    return {};
  }
  if (!y || !x || !y->is_number() || !x->is_number()) return bad(ev, "atan2", span);
  return Value::number(atan2_degrees(y->as_number(), x->as_number()));
}

Value b_pow(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* a = positional(args, 0);
  const Value* b = positional(args, 1);
  if (args.size() != 2) {
    ev.warn("runtime.argument_count", "pow() number of parameters does not match", span);
    return {};
  }
  if (!a || !b || !a->is_number() || !b->is_number()) return bad(ev, "pow", span);
  return Value::number(std::pow(a->as_number(), b->as_number()));
}

Value b_log(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  if (args.empty() || args.size() > 2) {
    ev.warn("runtime.argument_count", "log() number of parameters does not match", span);
    return {};
  }
  const Value* a = positional(args, 0);
  const Value* b = positional(args, 1);
  if (args.size() == 1) {
    if (!a || !a->is_number()) return bad(ev, "log", span);
    return Value::number(std::log10(a->as_number()));
  }
  if (!a || !b || !a->is_number() || !b->is_number()) return bad(ev, "log", span);
  return Value::number(std::log(b->as_number()) / std::log(a->as_number()));
}

Value min_max(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span, bool is_max) {
  const char* name = is_max ? "max" : "min";
  if (args.empty()) {
    ev.warn("runtime.argument_count", std::string(name) + "() number of parameters does not match", span);
    return {};
  }
  std::vector<const Value*> items;
  if (args.size() == 1 && args[0].value.is_vector()) {
    for (const auto& v : args[0].value.as_vector()) items.push_back(&v);
    if (items.empty()) return bad(ev, name, span);
  } else {
    for (const auto& a : args) items.push_back(&a.value);
  }
  ev.work(items.size(), span);
  double best = 0;
  bool first = true;
  for (const Value* v : items) {
    if (!v->is_number()) return bad(ev, name, span);
    double d = v->as_number();
    if (first || (is_max ? d > best : d < best)) best = d;
    first = false;
  }
  return Value::number(best);
}
Value b_min(Evaluator& ev, const std::vector<CallArg>& a, const base::SourceSpan& s) { return min_max(ev, a, s, false); }
Value b_max(Evaluator& ev, const std::vector<CallArg>& a, const base::SourceSpan& s) { return min_max(ev, a, s, true); }

Value b_norm(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* v = positional(args, 0);
  if (args.size() != 1 || !v) {
    ev.warn("runtime.argument_count", "norm() number of parameters does not match", span);
    return {};
  }
  if (!v->is_vector()) return {};  // openscad 2021.01: undef, silently
  ev.work(v->as_vector().size(), span);
  double s = 0;
  for (const auto& x : v->as_vector()) {
    if (!x.is_number()) {
      ev.warn("runtime.bad_argument", "Incorrect arguments to norm()", span);
      return {};
    }
    s += x.as_number() * x.as_number();
  }
  return Value::number(std::sqrt(s));
}

Value b_cross(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* a = positional(args, 0);
  const Value* b = positional(args, 1);
  if (args.size() != 2 || !a || !b) {
    ev.warn("runtime.argument_count", "cross() number of parameters does not match", span);
    return {};
  }
  auto va = a->number_vector(2, 3);
  auto vb = b->number_vector(2, 3);
  if (!va || !vb || va->size() != vb->size()) {
    ev.warn("runtime.bad_argument", "Invalid vector parameter for cross()", span);
    return {};
  }
  const auto& x = *va;
  const auto& y = *vb;
  if (x.size() == 2) return Value::number(x[0] * y[1] - x[1] * y[0]);
  return Value::vector({Value::number(x[1] * y[2] - x[2] * y[1]), Value::number(x[2] * y[0] - x[0] * y[2]),
                        Value::number(x[0] * y[1] - x[1] * y[0])});
}

const BuiltinEntry kMath[] = {
    {"abs", b_abs},   {"sign", b_sign}, {"sin", b_sin},     {"cos", b_cos},     {"tan", b_tan},
    {"asin", b_asin}, {"acos", b_acos}, {"atan", b_atan},   {"atan2", b_atan2}, {"floor", b_floor},
    {"ceil", b_ceil}, {"round", b_round}, {"ln", b_ln},     {"log", b_log},     {"pow", b_pow},
    {"sqrt", b_sqrt}, {"exp", b_exp},   {"min", b_min},     {"max", b_max},     {"norm", b_norm},
    {"cross", b_cross},
};

}  // namespace

const BuiltinEntry* math_builtins(size_t* count) {
  *count = sizeof(kMath) / sizeof(kMath[0]);
  return kMath;
}

}  // namespace cadscribe::lang::scad
