// mesh/normalize.h — the normalised space of the measurement protocols (DESIGN.md §5): centre
// on the bounding box, scale uniformly so the longest side is 1, i.e. the mesh fits
// [−0.5, 0.5]³ touching both faces along its longest axis. Depends on mesh, math.
#pragma once

#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh {

// p' = (p − center) · scale
struct Normalization {
  math::Vec3 center;
  double scale = 1;
};

// center = bounding-box centre, scale = 1 / longest side; scale 1 when the mesh is empty, flat
// to a point, or not finite (center is then the box centre, or the origin when empty).
[[nodiscard]] Normalization unit_cube_normalization(const Mesh& mesh);
// Maps every position (computed in double, rounded to float once); triangles are unchanged.
[[nodiscard]] Mesh apply_normalization(const Mesh& mesh, const Normalization& n);
[[nodiscard]] Mesh normalized(const Mesh& mesh);

}  // namespace cadscribe::mesh
