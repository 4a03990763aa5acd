// mesh/primitives.h — closed, outward-oriented triangle meshes of simple solids.
// They serve tests and benchmarks of the modules that see only meshes (render, metrics), which
// may not call the B-rep kernel. Every mesh returned is closed and outward-oriented; sizes in mm.
#pragma once

#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh {

// Axis-aligned box from `min` to `max` (12 triangles).
[[nodiscard]] Mesh make_box(const math::Vec3& min, const math::Vec3& max);
// UV sphere: `segments` around Z (≥ 3), `rings` from pole to pole (≥ 2).
[[nodiscard]] Mesh make_sphere(const math::Vec3& center, double radius, int segments, int rings);
// Cylinder along +Z from `base`, `segments` sides (≥ 3). `top_radius` ≠ radius makes a frustum;
// a top radius of 0 makes a cone.
[[nodiscard]] Mesh make_cylinder(const math::Vec3& base, double radius, double height, int segments,
                                 double top_radius = -1);
// Torus around Z: ring radius `major`, tube radius `minor` (< major).
[[nodiscard]] Mesh make_torus(const math::Vec3& center, double major, double minor, int segments,
                              int tube_segments);
// The mesh with every position mapped through `t` (triangles reversed if `t` mirrors).
[[nodiscard]] Mesh transformed(const Mesh& mesh, const math::Transform& t);

}  // namespace cadscribe::mesh
