#include "cad/scad_primitives.h"

#include <cmath>

#include "cad/scad_calc.h"

namespace cadscribe::cad::scad {
namespace {

using Tri = std::array<uint32_t, 3>;

uint32_t add_vertex(csg::Solid& s, double x, double y, double z) {
  s.vertices.push_back({x, y, z});
  return uint32_t(s.vertices.size() - 1);
}

// A ring of `n` vertices starting at index `first`; `up` = the face is seen counter-clockwise
// from +z (a top cap), otherwise from -z (a bottom cap). Fan from the ring's first point.
void add_cap(csg::Solid& s, uint32_t first, int n, bool up) {
  for (int i = 1; i + 1 < n; ++i) {
    uint32_t a = first, b = first + uint32_t(i), c = first + uint32_t(i + 1);
    s.triangles.push_back(up ? Tri{a, b, c} : Tri{a, c, b});
  }
}

// The side band between a lower ring L and an upper ring U of n points each (CCW from +z), as
// openscad splits it: (L[k], L[k+1], U[k]) and (L[k+1], U[k+1], U[k]).
void add_band(csg::Solid& s, uint32_t lower, uint32_t upper, int n) {
  for (int k = 0; k < n; ++k) {
    uint32_t k1 = uint32_t((k + 1) % n);
    uint32_t lk = lower + uint32_t(k), lk1 = lower + k1, uk = upper + uint32_t(k), uk1 = upper + k1;
    s.triangles.push_back({lk, lk1, uk});
    s.triangles.push_back({lk1, uk1, uk});
  }
}

uint32_t add_ring(csg::Solid& s, const std::vector<csg::Point2>& pts, double z) {
  uint32_t first = uint32_t(s.vertices.size());
  for (const auto& p : pts) add_vertex(s, p.x, p.y, z);
  return first;
}

}  // namespace

double sphere_triangle_estimate(double f) { return 2 * (f - 2) + 2 * f * (std::floor((f + 1) / 2) - 1); }
double cylinder_triangle_estimate(double f) { return 4 * f; }

csg::Solid make_cube(double x, double y, double z, bool center) {
  double x1 = 0, y1 = 0, z1 = 0, x2 = x, y2 = y, z2 = z;
  if (center) {
    x1 = -x / 2, x2 = x / 2, y1 = -y / 2, y2 = y / 2, z1 = -z / 2, z2 = z / 2;
  }
  csg::Solid s;
  // 0..3: bottom ring CCW from +z; 4..7: top ring.
  add_ring(s, {{x1, y1}, {x2, y1}, {x2, y2}, {x1, y2}}, z1);
  add_ring(s, {{x1, y1}, {x2, y1}, {x2, y2}, {x1, y2}}, z2);
  add_cap(s, 0, 4, false);
  add_cap(s, 4, 4, true);
  add_band(s, 0, 4, 4);
  return s;
}

csg::Solid make_sphere(double r, int fragments) {
  const int rings = (fragments + 1) / 2;
  csg::Solid s;
  s.vertices.reserve(size_t(rings) * size_t(fragments));
  std::vector<uint32_t> starts;
  for (int i = 0; i < rings; ++i) {  // ring 0 is the top one
    double phi = (M_PI * (i + 0.5)) / rings;
    starts.push_back(add_ring(s, circle_points(r * std::sin(phi), fragments), r * std::cos(phi)));
  }
  add_cap(s, starts.front(), fragments, true);
  for (int i = 0; i + 1 < rings; ++i) add_band(s, starts[size_t(i) + 1], starts[size_t(i)], fragments);
  add_cap(s, starts.back(), fragments, false);
  return s;
}

csg::Solid make_cylinder(double h, double r1, double r2, bool center, int fragments) {
  double z1 = center ? -h / 2 : 0, z2 = center ? h / 2 : h;
  csg::Solid s;
  const int n = fragments;
  if (r1 > 0 && r2 > 0) {
    uint32_t lo = add_ring(s, circle_points(r1, n), z1);
    uint32_t hi = add_ring(s, circle_points(r2, n), z2);
    add_cap(s, lo, n, false);
    add_cap(s, hi, n, true);
    add_band(s, lo, hi, n);
    return s;
  }
  // A cone: one ring and one apex vertex.
  bool apex_top = r2 <= 0;
  uint32_t ring = add_ring(s, circle_points(apex_top ? r1 : r2, n), apex_top ? z1 : z2);
  uint32_t apex = add_vertex(s, 0, 0, apex_top ? z2 : z1);
  add_cap(s, ring, n, !apex_top);
  for (int k = 0; k < n; ++k) {
    uint32_t a = ring + uint32_t(k), b = ring + uint32_t((k + 1) % n);
    s.triangles.push_back(apex_top ? Tri{a, b, apex} : Tri{b, a, apex});
  }
  return s;
}

csg::Polygon2 make_square(double x, double y, bool center) {
  double x1 = center ? -x / 2 : 0, y1 = center ? -y / 2 : 0;
  double x2 = x1 + x, y2 = y1 + y;
  if (center) x2 = x / 2, y2 = y / 2;
  csg::Polygon2 p;
  p.rings.push_back({{x1, y1}, {x2, y1}, {x2, y2}, {x1, y2}});
  return p;
}

csg::Polygon2 make_circle(double r, int fragments) {
  csg::Polygon2 p;
  p.rings.push_back(circle_points(r, fragments));
  return p;
}

}  // namespace cadscribe::cad::scad
