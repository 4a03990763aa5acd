// cad/values_util.h — small helpers shared by values.cpp and values_shape.cpp (private to cad/):
// number/tuple/vector boxing, native method binding, call-site relocation of kernel errors.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>

#include "cad/values.h"
#include "cad/workplane.h"
#include "lang/py/args.h"

namespace cadscribe::cad::values_detail {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;

constexpr double kPi = 3.14159265358979323846;
inline double rad(double d) { return d * kPi / 180.0; }
inline double deg(double r) { return r * 180.0 / kPi; }

inline py::Value num(double d) { return py::Value::from_float(d); }
inline py::Value tuple3(const Vec3& v) { return py::Value::from_tuple({num(v.x), num(v.y), num(v.z)}); }

inline std::string fmt(double d) { return py::Value::from_float(d).repr(); }

template <typename F>
inline py::Value method(const std::string& name, F f) {
  return py::make_native(name, [f](py::CallContext& ctx, py::Args& args) -> Result<py::Value> { return f(ctx, args); });
}

inline base::Diag geom_at(py::CallContext& ctx, const std::string& fn, base::Diag d) { return at_call(ctx, fn, std::move(d)); }


inline Result<Vec3> arg_vec(py::CallContext& ctx, const py::BoundArgs& a, const std::string& name) {
  return to_vec3(ctx, a.get(name), a.func + "() argument '" + name + "'");
}

inline Result<Transform> mirror_of(py::CallContext& ctx, const std::string& fn, const py::Value& plane, const py::Value& base) {
  Vec3 n{0, 0, 1};
  if (plane.is_str()) {
    const std::string& s = plane.as_str();
    if (s == "XY" || s == "YX") n = {0, 0, 1};
    else if (s == "XZ" || s == "ZX") n = {0, 1, 0};
    else if (s == "YZ" || s == "ZY") n = {1, 0, 0};
    else return ctx.error("runtime.value_error", fn + ": mirrorPlane must be one of XY YX XZ ZX YZ ZY");
  } else {
    TRY(n, to_vec3(ctx, plane, fn + "() argument 'mirrorPlane'"));
  }
  TRY(Vec3 b, to_vec3(ctx, base, fn + "() argument 'basePointVector'"));
  if (n.norm() == 0) return ctx.error("runtime.value_error", fn + ": the mirror normal must be non-zero");
  return Transform::mirror(b, n.normalized());
}

// The other operands of fuse/cut/intersect as one tool shape.
inline Result<Shape> tools_of(py::CallContext& ctx, const std::string& fn, const std::vector<py::Value>& vals) {
  std::vector<Shape> tools;
  for (const auto& v : vals) {
    TRY(auto s, to_shapes(ctx, v, fn + "() argument"));
    tools.insert(tools.end(), s.begin(), s.end());
  }
  if (tools.empty()) return ctx.error("runtime.type_error", fn + "() needs at least one shape");
  auto c = compound_of(tools);
  if (!c) return geom_at(ctx, fn, std::move(c).error());
  return *c;
}

}  // namespace cadscribe::cad::values_detail
