// mesh/normalize.h — the normalised space of the measurement protocols (DESIGN.md §5): centre
// on the bounding box, scale uniformly so the longest side is 1, i.e. the mesh fits
// [−0.5, 0.5]³ touching both faces along its longest axis. Depends on mesh, math.
#pragma once

#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh {

// p' = (p − center) / extent. A division, not a multiplication by 1/extent: the extremes along
// the longest axis then land exactly on ±0.5, which the voxel protocol's boundary rule relies on.
struct Normalization {
  math::Vec3 center;
  double extent = 1;  // the longest bounding-box side
  [[nodiscard]] double scale() const { return 1 / extent; }
};

// center = bounding-box centre, extent = longest side; extent 1 when the mesh is empty, flat
// to a point, or not finite (center is then the box centre, or the origin when empty).
[[nodiscard]] Normalization unit_cube_normalization(const Mesh& mesh);
// Maps every position (computed in double, rounded to float once); triangles are unchanged.
[[nodiscard]] Mesh apply_normalization(const Mesh& mesh, const Normalization& n);
[[nodiscard]] Mesh normalized(const Mesh& mesh);

}  // namespace cadscribe::mesh
