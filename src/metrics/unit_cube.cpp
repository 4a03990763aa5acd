#include "metrics/unit_cube.h"

#include "mesh/normalize.h"

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
  return mesh::normalized(m);
}

}  // namespace cadscribe::metrics
