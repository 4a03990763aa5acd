// csg/polyhedron.cpp — polyhedron() (ops.h): openscad's faces are clockwise seen from outside;
// they are reversed, repaired as a polygon soup (merged duplicate points, degenerate faces
// dropped), oriented to bound a volume and triangulated (CGAL), else geom.bad_polyhedron.
#include <cmath>

#include "csg/cgal_mesh.h"
#include "csg/ops.h"

namespace cadscribe::csg {

base::Result<Solid> polyhedron(const std::vector<math::Vec3>& points,
                               const std::vector<std::vector<int64_t>>& faces) {
  std::vector<detail::EPoint> pts;
  pts.reserve(points.size());
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
      return base::make_diag("geom.nonfinite", "polyhedron: point " + std::to_string(i) +
                                                   " has a NaN or infinite coordinate");
    }
    pts.emplace_back(p.x, p.y, p.z);
  }
  std::vector<std::vector<size_t>> polys;
  polys.reserve(faces.size());
  for (size_t f = 0; f < faces.size(); ++f) {
    std::vector<size_t> loop;
    for (auto it = faces[f].rbegin(); it != faces[f].rend(); ++it) {  // clockwise -> CCW
      if (*it < 0 || static_cast<size_t>(*it) >= points.size()) {
        return base::make_diag("geom.bad_polyhedron", "polyhedron: face " + std::to_string(f) +
                                                          " refers to point " + std::to_string(*it) +
                                                          ", which does not exist");
      }
      auto k = static_cast<size_t>(*it);
      if (loop.empty() || loop.back() != k) loop.push_back(k);
    }
    while (loop.size() > 1 && loop.front() == loop.back()) loop.pop_back();
    if (loop.size() >= 3) polys.push_back(std::move(loop));
  }
  if (polys.empty()) return base::make_diag("geom.bad_polyhedron", "polyhedron: no faces");
  TRY(detail::EMesh m, detail::soup_to_exact(std::move(pts), std::move(polys), "geom.bad_polyhedron"));
  return detail::from_exact(m);
}

}  // namespace cadscribe::csg
