// csg/minkowski3.cpp — minkowski3 (ops.h) as openscad does it: every operand split into convex
// parts (itself when convex, else CGAL::convex_decomposition_3 of its Nef polyhedron), the hull
// of the pairwise vertex sums of every pair of parts, and the union of those hulls. More than two
// operands fold left (the running result is decomposed again).
#include <CGAL/Nef_polyhedron_3.h>  // before convex_decomposition_3.h, which needs its macros
#include <CGAL/Polyhedron_3.h>
#include <CGAL/Polygon_mesh_processing/connected_components.h>
#include <CGAL/convex_decomposition_3.h>

#include <cmath>
#include <exception>

#include "csg/cgal_mesh.h"
#include "csg/hull_detail.h"
#include "csg/nef.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace {

using Part = std::vector<math::Vec3>;
using detail::Nef;

std::vector<math::Vec3> used_vertices(const Solid& s) {
  std::vector<bool> used(s.vertices.size(), false);
  for (const auto& t : s.triangles) {
    for (uint32_t k : t) {
      if (k < used.size()) used[k] = true;
    }
  }
  std::vector<math::Vec3> out;
  for (size_t k = 0; k < s.vertices.size(); ++k) {
    if (used[k]) out.push_back(s.vertices[k]);
  }
  return out;
}

base::Result<std::vector<Part>> convex_parts(const Solid& s) {
  TRY(Solid h, detail::hull_of_points(used_vertices(s)));
  double hv = h.volume(), v = s.volume();
  if (h.empty()) return std::vector<Part>{};
  if (std::fabs(hv - v) <= 1e-9 * std::max(1.0, std::fabs(hv))) return std::vector<Part>{h.vertices};
  TRY(detail::EMesh m, detail::to_exact(s));
  try {
    std::vector<detail::EMesh> components;
    CGAL::Polygon_mesh_processing::split_connected_components(m, components);
    Nef nef = detail::nef_of_components(components);
    CGAL::convex_decomposition_3(nef);
    std::vector<Part> parts;
    auto ci = nef.volumes_begin();
    for (++ci; ci != nef.volumes_end(); ++ci) {
      if (!ci->mark()) continue;
      CGAL::Polyhedron_3<detail::EK> poly;
      nef.convert_inner_shell_to_polyhedron(ci->shells_begin(), poly);
      Part part;
      for (auto vi = poly.vertices_begin(); vi != poly.vertices_end(); ++vi) {
        const auto& p = vi->point();
        part.emplace_back(CGAL::to_double(p.x()), CGAL::to_double(p.y()), CGAL::to_double(p.z()));
      }
      if (part.size() >= 4) parts.push_back(std::move(part));
    }
    return parts;
  } catch (const std::exception& e) {
    return base::make_diag("geom.minkowski_failed", std::string("convex decomposition failed: ") + e.what());
  }
}

}  // namespace

base::Result<Solid> minkowski3(const std::vector<Solid>& operands) {
  if (operands.empty()) return Solid{};
  for (const auto& s : operands) {
    if (s.empty()) return Solid{};
  }
  Solid acc = operands[0];
  for (size_t i = 1; i < operands.size(); ++i) {
    TRY(std::vector<Part> a, convex_parts(acc));
    TRY(std::vector<Part> b, convex_parts(operands[i]));
    std::vector<Solid> hulls;
    hulls.reserve(a.size() * b.size());
    for (const auto& pa : a) {
      for (const auto& pb : b) {
        Part sum;
        sum.reserve(pa.size() * pb.size());
        for (const auto& p : pa) {
          for (const auto& q : pb) sum.push_back(p + q);
        }
        TRY(Solid h, detail::hull_of_points(std::move(sum)));
        if (!h.empty()) hulls.push_back(std::move(h));
      }
    }
    if (hulls.size() == 1) {
      acc = std::move(hulls[0]);
    } else {
      TRY(Solid u, boolean3(BoolOp::kUnion, std::move(hulls)));
      acc = std::move(u);
    }
  }
  return acc;
}

}  // namespace cadscribe::csg
