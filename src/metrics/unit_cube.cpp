#include "metrics/unit_cube.h"

#include <algorithm>
#include <cmath>

namespace cadscribe::metrics {

base::Result<mesh::Mesh> to_unit_cube(const mesh::Mesh& m) {
  if (m.triangles.empty()) return base::make_diag("metrics.empty_mesh", "mesh has no triangles");
  mesh::Box box = m.bounds();
  math::Vec3 size = box.size();
  double longest = std::max({size.x, size.y, size.z});
  if (!(longest > 0) || !std::isfinite(longest))
    return base::make_diag("metrics.empty_mesh", "mesh bounding box has zero or non-finite size");
  math::Vec3 c = box.center();
  mesh::Mesh out = m;
  // Division rather than a reciprocal: exact halves stay exact (±0.5 on the longest axis).
  for (auto& p : out.positions)
    p = {float((p[0] - c.x) / longest), float((p[1] - c.y) / longest), float((p[2] - c.z) / longest)};
  return out;
}

}  // namespace cadscribe::metrics
