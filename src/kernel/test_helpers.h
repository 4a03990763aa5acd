// kernel/test_helpers.h — shared helpers for kernel's GoogleTest files (tests only).
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "kernel/shape.h"

namespace cadscribe::kernel::testing {

inline constexpr double kPi = 3.14159265358979323846;

// Unwraps a Result in a test, failing with the Diag's text when it holds an error.
template <typename T>
T must(base::Result<T> r) {
  if (!r.ok()) {
    ADD_FAILURE() << r.error().to_string();
    return T{};
  }
  return std::move(r).value();
}

// The Diag code of a failed Result ("" when it succeeded).
template <typename T>
std::string code_of(const base::Result<T>& r) {
  return r.ok() ? std::string() : r.error().code;
}

inline Frame xy(Vec3 origin = {}) { return Frame{origin, {1, 0, 0}, {0, 0, 1}}; }
// Plane XZ as CadQuery defines it: x = (1,0,0), normal = (0,-1,0).
inline Frame xz(Vec3 origin = {}) { return Frame{origin, {1, 0, 0}, {0, -1, 0}}; }

inline Shape box(double dx, double dy, double dz, Vec3 at = {}) { return must(make_box(xy(at), dx, dy, dz)); }

inline Shape rect_wire(double x0, double y0, double x1, double y1, double z = 0) {
  return must(make_polygon({{x0, y0, z}, {x1, y0, z}, {x1, y1, z}, {x0, y1, z}}));
}

inline Shape circle_wire(Vec3 c, double r, Vec3 normal = {0, 0, 1}) {
  Vec3 x = std::abs(normal.z) > 0.9 ? Vec3{1, 0, 0} : Vec3{0, 0, 1};
  x = (x - normal * x.dot(normal)).normalized();
  Shape e = must(make_circle(Frame{c, x, normal}, r));
  return must(make_wire({e}));
}

inline double rel_err(double got, double want) { return std::abs(got - want) / std::abs(want); }

}  // namespace cadscribe::kernel::testing
