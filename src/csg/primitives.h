// csg/primitives.h — openscad 2021.01's 3D primitives as Solids, with its vertex placement:
// cube (8 corners), sphere (rings = (fragments+1)/2, ring i at polar angle 180·(i+0.5)/rings
// degrees, each ring `fragments` points starting on +X), cylinder (circle points at 360·j/
// fragments degrees; r1 or r2 of 0 gives a cone apex). Used by tests, benches and cad/.
#pragma once

#include "csg/geometry.h"

namespace cadscribe::csg {

// Axis-aligned box from `min` with extents `size` (all > 0; otherwise the empty Solid).
[[nodiscard]] Solid cube_solid(const math::Vec3& size, bool center = false);
[[nodiscard]] Solid sphere_solid(double r, int fragments);
[[nodiscard]] Solid cylinder_solid(double h, double r1, double r2, int fragments, bool center = false);

}  // namespace cadscribe::csg
