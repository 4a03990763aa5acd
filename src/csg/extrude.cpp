// csg/extrude.cpp — linear_extrude and rotate_extrude with openscad 2021.01's vertex placement
// (ops.h). No CGAL here beyond the cap triangulation (triangulate.cpp).
//
// linear_extrude: slice j of n spans z = h1 + (h2-h1)·j/n … (j+1)/n; its ring points are the
// profile rotated by −twist·j/n degrees (clockwise for positive twist) and then scaled by
// 1 − (1 − scale)·j/n per axis; each side quad is split as openscad 2021.01 splits it (see the
// loop: the shorter diagonal, except on holes of a turning slice). Caps: the profile's
// triangulation at the bottom and its rotated/scaled copy at the top (none when both scales are 0:
// the top collapses to a point and welding closes the cone).
// rotate_extrude: ring k of a full turn at angle a = −90 + k·360/f degrees, point (x sin a, x cos a,
// y) (starts on −X as openscad's legacy rule); a partial turn from +X by angle/f steps, with the
// profile's triangulation as start and end caps. Points on the axis are welded.
#include <algorithm>
#include <cmath>

#include "csg/detail2d.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace {

using detail::cos_deg;
using detail::sin_deg;

bool finite_region(const Polygon2& p) {
  for (const auto& r : p.rings) {
    for (const auto& q : r) {
      if (!std::isfinite(q.x) || !std::isfinite(q.y)) return false;
    }
  }
  return true;
}

// Orients the result outward (positive volume) as a whole.
Solid oriented(Solid s) {
  if (s.volume() < 0) {
    for (auto& t : s.triangles) std::swap(t[1], t[2]);
  }
  return s;
}

// `region` without ring points that lie within 1e-9 of the region's extent of the point kept
// before them. A section or offset can leave two points a few 1e-8 mm apart; extruded, they make
// side quads a hair wide whose rounded corners turn them over, and corefinement of such a solid
// with another one returns debris (openscad's example021: two disjoint slices united into 12
// triangles). openscad never sees them: its Clipper scale snaps 2D points to a coarser grid.
Polygon2 without_near_duplicates(Polygon2 region) {
  double extent = 0;
  for (const auto& r : region.rings)
    for (const auto& q : r) extent = std::max({extent, std::fabs(q.x), std::fabs(q.y)});
  const double eps = 1e-9 * std::max(extent, 1.0);
  Polygon2 out;
  for (const auto& r : region.rings) {
    Ring kept;
    for (const auto& q : r)
      if (kept.empty() || std::fabs(q.x - kept.back().x) > eps || std::fabs(q.y - kept.back().y) > eps) kept.push_back(q);
    while (kept.size() > 1 && std::fabs(kept.front().x - kept.back().x) <= eps &&
           std::fabs(kept.front().y - kept.back().y) <= eps)
      kept.pop_back();
    if (kept.size() >= 3) out.rings.push_back(std::move(kept));
  }
  return out;
}

}  // namespace

base::Result<Solid> linear_extrude(const Polygon2& p, const LinearExtrudeParams& params) {
  if (!finite_region(p) || !std::isfinite(params.height) || !std::isfinite(params.twist_degrees) ||
      !std::isfinite(params.scale_x) || !std::isfinite(params.scale_y)) {
    return base::make_diag("geom.nonfinite", "linear_extrude: a NaN or infinite parameter or point");
  }
  if (params.height <= 0 || p.empty()) return Solid{};
  Polygon2 region = without_near_duplicates(boolean2(BoolOp::kUnion, {p}));  // well-formed rings, outers CCW
  if (region.empty()) return Solid{};
  const int slices = std::max(params.slices, 1);
  const double h1 = params.center ? -params.height / 2 : 0.0;
  const double h2 = params.center ? params.height / 2 : params.height;
  const double sx = std::max(params.scale_x, 0.0), sy = std::max(params.scale_y, 0.0);

  size_t ring_points = 0;
  for (const auto& r : region.rings) ring_points += r.size();
  Solid s;
  s.vertices.reserve(ring_points * static_cast<size_t>(slices + 1));
  // Layer j: every ring point, transformed, in ring order (index = j * ring_points + k).
  for (int j = 0; j <= slices; ++j) {
    double rot = params.twist_degrees * j / slices;
    double z = h1 + (h2 - h1) * j / slices;
    double kx = 1 - (1 - sx) * j / slices, ky = 1 - (1 - sy) * j / slices;
    if (j == slices) z = h2;
    double c = cos_deg(-rot), sn = sin_deg(-rot);
    for (const auto& r : region.rings) {
      for (const auto& q : r) {
        double x = c * q.x - sn * q.y, y = sn * q.x + c * q.y;
        s.vertices.emplace_back(kx * x, ky * y, z);
      }
    }
  }
  auto idx = [&](int layer, size_t k) { return static_cast<uint32_t>(static_cast<size_t>(layer) * ring_points + k); };
  std::vector<bool> is_hole;  // per ring: holes run clockwise (geometry.h)
  for (const auto& r : region.rings) is_hole.push_back(Polygon2{{r}}.area() < 0);
  for (int j = 0; j < slices; ++j) {
    // openscad 2021.01's splits, as its STL output shows them: a quad of an outer ring, or of any
    // ring in a slice that does not turn, along its shorter diagonal (example020's twisted screw,
    // spec 086's scaled circle); a quad of a hole in a turning slice along its inward fold, the
    // hole's surface bulging into the hole (linear_extrude-tests, a hole with the rotation axis on
    // its corner: IoU 1.0, was 0.9885 with the shorter diagonal). Not matched: a hole away from the
    // axis, which openscad splits along shorter diagonals (4 mm square hole at (3, 3), twist 30:
    // 176.874 mm³ here, 178.726 in openscad).
    const double rot1 = params.twist_degrees * j / slices, rot2 = params.twist_degrees * (j + 1) / slices;
    const bool turning = rot1 != rot2;
    size_t base = 0;
    for (size_t ri = 0; ri < region.rings.size(); ++ri) {
      const size_t n = region.rings[ri].size();
      const bool hole = is_hole[ri];
      for (size_t i = 0; i < n; ++i) {
        uint32_t p1 = idx(j, base + i), c1 = idx(j, base + (i + 1) % n);
        uint32_t p2 = idx(j + 1, base + i), c2 = idx(j + 1, base + (i + 1) % n);
        bool prev1_curr2;
        if (turning && hole) {
          // t > 0: the p1–c2 split encloses more than the c1–p2 one (holes run clockwise, the
          // solid lies outside them): the hole's surface folds into the hole.
          const auto a = s.vertices[c1] - s.vertices[p1], b = s.vertices[c2] - s.vertices[p1];
          const auto d = s.vertices[p2] - s.vertices[p1];
          prev1_curr2 = a.dot(b.cross(d)) > 0;
        } else {
          const double d_pc = (s.vertices[p1] - s.vertices[c2]).norm(), d_cp = (s.vertices[c1] - s.vertices[p2]).norm();
          prev1_curr2 = d_pc <= d_cp * (1 + 1e-9);  // ties (a point on the axis): prev1–curr2
        }
        if (prev1_curr2) {
          s.triangles.push_back({p1, c1, c2});
          s.triangles.push_back({p1, c2, p2});
        } else {
          s.triangles.push_back({p1, c1, p2});
          s.triangles.push_back({c1, c2, p2});
        }
      }
      base += n;
    }
  }
  detail::Triangulation2 cap = detail::triangulate_region(region);
  bool extra = cap.points.size() > ring_points;  // crossing rings: caps would not match the sides
  if (extra) return base::make_diag("geom.bad_polygon", "linear_extrude: the profile's rings cross");
  for (const auto& t : cap.triangles) s.triangles.push_back({idx(0, t[0]), idx(0, t[2]), idx(0, t[1])});
  if (sx > 0 || sy > 0) {
    for (const auto& t : cap.triangles) s.triangles.push_back({idx(slices, t[0]), idx(slices, t[1]), idx(slices, t[2])});
  }
  return oriented(detail::split_nonmanifold(detail::weld_exact(s)));
}

base::Result<Solid> rotate_extrude(const Polygon2& p, const RotateExtrudeParams& params) {
  if (!finite_region(p) || !std::isfinite(params.angle_degrees)) {
    return base::make_diag("geom.nonfinite", "rotate_extrude: a NaN or infinite parameter or point");
  }
  double angle = std::clamp(params.angle_degrees, -360.0, 360.0);
  if (angle == 0 || p.empty()) return Solid{};
  Polygon2 region = boolean2(BoolOp::kUnion, {p});
  if (region.empty()) return Solid{};
  double min_x = 0, max_x = 0;
  for (const auto& r : region.rings) {
    for (const auto& q : r) {
      min_x = std::min(min_x, q.x);
      max_x = std::max(max_x, q.x);
    }
  }
  if ((max_x - min_x) > max_x && (max_x - min_x) > std::fabs(min_x)) {
    return base::make_diag("geom.rotate_extrude_sides",
                           "rotate_extrude: all points must have the same X coordinate sign (range is " +
                               std::to_string(min_x) + " -> " + std::to_string(max_x) + ")");
  }
  const bool full = angle == 360 || angle == -360;
  int fragments = static_cast<int>(std::fmax(std::floor(params.fragments * std::fabs(angle) / 360.0), 1.0));
  if (full) fragments = std::max(fragments, 3);
  size_t ring_points = 0;
  for (const auto& r : region.rings) ring_points += r.size();
  const int rings = full ? fragments : fragments + 1;
  Solid s;
  s.vertices.reserve(ring_points * static_cast<size_t>(rings));
  for (int j = 0; j < rings; ++j) {
    double a = full ? -90.0 + j * 360.0 / fragments : 90.0 - j * angle / fragments;
    double sa = sin_deg(a), ca = cos_deg(a);
    for (const auto& r : region.rings) {
      for (const auto& q : r) s.vertices.emplace_back(q.x * sa, q.x * ca, q.y);
    }
  }
  auto idx = [&](int ring, size_t k) {
    return static_cast<uint32_t>(static_cast<size_t>(ring % rings) * ring_points + k);
  };
  for (int j = 0; j < fragments; ++j) {
    size_t base = 0;
    for (const auto& r : region.rings) {
      size_t n = r.size();
      for (size_t i = 0; i < n; ++i) {
        uint32_t a0 = idx(j, base + i), a1 = idx(j, base + (i + 1) % n);
        uint32_t b0 = idx(j + 1, base + i), b1 = idx(j + 1, base + (i + 1) % n);
        s.triangles.push_back({a0, b1, a1});
        s.triangles.push_back({a0, b0, b1});
      }
      base += n;
    }
  }
  if (!full) {
    detail::Triangulation2 cap = detail::triangulate_region(region);
    if (cap.points.size() > ring_points) {
      return base::make_diag("geom.bad_polygon", "rotate_extrude: the profile's rings cross");
    }
    // Consistent with the sides: start cap reversed relative to the end cap.
    for (const auto& t : cap.triangles) s.triangles.push_back({idx(0, t[0]), idx(0, t[1]), idx(0, t[2])});
    for (const auto& t : cap.triangles) {
      s.triangles.push_back({idx(fragments, t[0]), idx(fragments, t[2]), idx(fragments, t[1])});
    }
  }
  return oriented(detail::split_nonmanifold(detail::weld_exact(s)));
}

}  // namespace cadscribe::csg
