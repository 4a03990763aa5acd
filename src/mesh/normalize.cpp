// mesh/normalize.cpp — unit-cube normalisation.
#include "mesh/normalize.h"

#include <algorithm>
#include <cmath>

namespace cadscribe::mesh {

Normalization unit_cube_normalization(const Mesh& mesh) {
  Normalization n;
  Box b = mesh.bounds();
  if (b.empty) return n;
  n.center = b.center();
  math::Vec3 s = b.size();
  double longest = std::max({s.x, s.y, s.z});
  if (std::isfinite(longest) && longest > 0) n.extent = longest;
  return n;
}

Mesh apply_normalization(const Mesh& mesh, const Normalization& n) {
  Mesh out;
  out.triangles = mesh.triangles;
  out.positions.reserve(mesh.positions.size());
  for (const auto& p : mesh.positions)
    out.positions.push_back({float((p[0] - n.center.x) / n.extent), float((p[1] - n.center.y) / n.extent),
                             float((p[2] - n.center.z) / n.extent)});
  return out;
}

Mesh normalized(const Mesh& mesh) { return apply_normalization(mesh, unit_cube_normalization(mesh)); }

}  // namespace cadscribe::mesh
