// csg/primitives.cpp — openscad's cube/sphere/cylinder vertex placement (primitives.h).
#include "csg/primitives.h"

#include <cmath>

#include "csg/detail2d.h"

namespace cadscribe::csg {

using math::Vec3;

namespace {

// Adds the polygon loop (CCW seen from outside) as a triangle fan.
void fan(Solid& s, const std::vector<uint32_t>& loop) {
  for (size_t i = 1; i + 1 < loop.size(); ++i) s.triangles.push_back({loop[0], loop[i], loop[i + 1]});
}

}  // namespace

Solid cube_solid(const Vec3& size, bool center) {
  Solid s;
  if (!(size.x > 0 && size.y > 0 && size.z > 0)) return s;
  Vec3 o = center ? size * -0.5 : Vec3{0, 0, 0};
  for (int k = 0; k < 8; ++k) {
    s.vertices.emplace_back(o.x + ((k & 1) ? size.x : 0), o.y + ((k & 2) ? size.y : 0), o.z + ((k & 4) ? size.z : 0));
  }
  const uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
  for (const auto& q : quads) fan(s, {q[0], q[1], q[2], q[3]});
  return s;
}

Solid sphere_solid(double r, int fragments) {
  Solid s;
  if (!(r > 0) || fragments < 3) return s;
  int rings = (fragments + 1) / 2;
  for (int i = 0; i < rings; ++i) {
    double phi = 180.0 * (i + 0.5) / rings;
    double rr = r * detail::sin_deg(phi), z = r * detail::cos_deg(phi);
    for (int j = 0; j < fragments; ++j) {
      double a = 360.0 * j / fragments;
      s.vertices.emplace_back(rr * detail::cos_deg(a), rr * detail::sin_deg(a), z);
    }
  }
  auto at = [&](int i, int j) { return static_cast<uint32_t>(i * fragments + (j % fragments)); };
  std::vector<uint32_t> top, bottom;
  for (int j = 0; j < fragments; ++j) top.push_back(at(0, j));
  for (int j = fragments - 1; j >= 0; --j) bottom.push_back(at(rings - 1, j));
  fan(s, top);
  fan(s, bottom);
  for (int i = 0; i + 1 < rings; ++i) {
    for (int j = 0; j < fragments; ++j) {
      // ring i is above ring i+1; outward CCW: upper j, lower j, lower j+1, upper j+1
      s.triangles.push_back({at(i, j), at(i + 1, j), at(i + 1, j + 1)});
      s.triangles.push_back({at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    }
  }
  return s;
}

Solid cylinder_solid(double h, double r1, double r2, int fragments, bool center) {
  Solid s;
  if (!(h > 0) || !(r1 >= 0) || !(r2 >= 0) || (r1 == 0 && r2 == 0) || fragments < 3) return s;
  double z0 = center ? -h / 2 : 0, z1 = center ? h / 2 : h;
  auto ring = [&](double r, double z) {
    std::vector<uint32_t> idx;
    if (r == 0) {
      idx.assign(1, static_cast<uint32_t>(s.vertices.size()));
      s.vertices.emplace_back(0, 0, z);
      return idx;
    }
    for (int j = 0; j < fragments; ++j) {
      double a = 360.0 * j / fragments;
      idx.push_back(static_cast<uint32_t>(s.vertices.size()));
      s.vertices.emplace_back(r * detail::cos_deg(a), r * detail::sin_deg(a), z);
    }
    return idx;
  };
  auto lo = ring(r1, z0), hi = ring(r2, z1);
  auto pick = [](const std::vector<uint32_t>& v, int j) { return v.size() == 1 ? v[0] : v[static_cast<size_t>(j) % v.size()]; };
  for (int j = 0; j < fragments; ++j) {
    uint32_t a = pick(lo, j), b = pick(lo, j + 1), c = pick(hi, j + 1), d = pick(hi, j);
    if (a != b) s.triangles.push_back({a, b, c});
    if (c != d) s.triangles.push_back({a, c, d});
  }
  if (lo.size() > 1) fan(s, std::vector<uint32_t>(lo.rbegin(), lo.rend()));
  if (hi.size() > 1) fan(s, hi);
  return s;
}

}  // namespace cadscribe::csg
