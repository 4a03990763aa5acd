// csg/hull.cpp — hull3 (ops.h) by CGAL::convex_hull_3 over exact predicates (Epick: the hull
// needs no constructions, so its points are the input doubles unchanged), and the shared
// point-set hull used by minkowski3.
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Surface_mesh.h>
#include <CGAL/convex_hull_3.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <tuple>

#include "csg/hull_detail.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace detail {

base::Result<Solid> hull_of_points(std::vector<math::Vec3> pts) {
  using K = CGAL::Exact_predicates_inexact_constructions_kernel;
  for (const auto& p : pts) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
      return base::make_diag("geom.nonfinite", "hull: a point has a NaN or infinite coordinate");
    }
  }
  auto less = [](const math::Vec3& a, const math::Vec3& b) {
    return std::tie(a.x, a.y, a.z) < std::tie(b.x, b.y, b.z);
  };
  std::sort(pts.begin(), pts.end(), less);
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  if (pts.size() < 4) return Solid{};
  std::vector<K::Point_3> cp;
  cp.reserve(pts.size());
  for (const auto& p : pts) cp.emplace_back(p.x, p.y, p.z);
  // Flat point sets have no volume: the empty solid (openscad renders nothing 3D for them).
  size_t i = 2;
  while (i < cp.size() && CGAL::collinear(cp[0], cp[1], cp[i])) ++i;
  if (i == cp.size()) return Solid{};
  size_t j = 0;
  while (j < cp.size() && (j == i || CGAL::coplanar(cp[0], cp[1], cp[i], cp[j]))) ++j;
  if (j == cp.size()) return Solid{};
  try {
    CGAL::Surface_mesh<K::Point_3> m;
    CGAL::convex_hull_3(cp.begin(), cp.end(), m);
    Solid s;
    std::vector<uint32_t> index(m.num_vertices(), 0);
    for (auto v : m.vertices()) {
      index[v.idx()] = static_cast<uint32_t>(s.vertices.size());
      const auto& p = m.point(v);
      s.vertices.emplace_back(p.x(), p.y(), p.z());
    }
    for (auto f : m.faces()) {
      std::vector<uint32_t> loop;
      for (auto v : CGAL::vertices_around_face(m.halfedge(f), m)) loop.push_back(index[v.idx()]);
      for (size_t k = 1; k + 1 < loop.size(); ++k) s.triangles.push_back({loop[0], loop[k], loop[k + 1]});
    }
    return s;
  } catch (const std::exception& e) {
    return base::make_diag("geom.hull_failed", std::string("convex hull failed: ") + e.what());
  }
}

}  // namespace detail

base::Result<Solid> hull3(const std::vector<Solid>& operands) {
  std::vector<math::Vec3> pts;
  for (const auto& s : operands) {
    // Only vertices a triangle uses: stray points of a mesh are not part of the solid.
    std::vector<bool> used(s.vertices.size(), false);
    for (const auto& t : s.triangles) {
      for (uint32_t k : t) {
        if (k < used.size()) used[k] = true;
      }
    }
    for (size_t k = 0; k < s.vertices.size(); ++k) {
      if (used[k]) pts.push_back(s.vertices[k]);
    }
  }
  return detail::hull_of_points(std::move(pts));
}

}  // namespace cadscribe::csg
