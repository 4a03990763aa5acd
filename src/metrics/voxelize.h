// metrics/voxelize.h — solid voxelisation of a triangle mesh (DESIGN.md §5, IoU protocol).
//
// A voxel is set when its CENTRE ((i+0.5)/N − 0.5 per axis, inside [−0.5, 0.5]³) is inside the
// solid: an inside/outside test, never surface voxels. Units: the grid covers [−0.5, 0.5]³ of
// the mesh's own coordinates; voxelize() expects a mesh already in that frame (see
// metrics/unit_cube.h), geometry outside it is simply clipped.
//
// Inside test: ray parity along +x, +y and +z with a per-voxel vote. Chosen over the generalised
// winding number because parity ignores triangle orientation entirely (flipped or inconsistent
// triangles change nothing; a winding number is wrong near a flipped face) and costs
// O(triangles + crossings) per axis instead of O(triangles · N³). Cracks: a ray row along axis d
// whose total crossing count is odd has gone through a hole; that axis abstains for the whole row.
// Vote: inside iff more non-abstaining axes say inside than outside (ties and "all abstain" ⇒
// outside). On a closed mesh the three axes agree, see below.
//
// Exactness / tie rules (simulation of simplicity): every axis answers for the same symbolically
// displaced point c + (ε₁, ε₂, ε₃), ε₁ ≫ ε₂ ≫ ε₃ > 0 (x displaced most, z least). So a centre lying
// exactly on a face, edge or vertex is counted once, consistently, on all three axes: e.g. an
// axis-aligned box whose faces lie exactly on voxel-centre planes includes its min faces and
// excludes its max faces. The 2D point-in-triangle test of the projected triangle evaluates edge
// functions in double with each edge evaluated in a canonical vertex order, so two triangles that
// share an edge see bit-identical values and exactly one of them claims a ray through the edge.
// For float vertices and dyadic centres (N a power of two) the signs are exact.
// Depends on mesh (and base/math) only.
#pragma once

#include "metrics/voxel_grid.h"
#include "mesh/mesh.h"

namespace cadscribe::metrics {

// The mesh must already be in the unit-cube frame (to_unit_cube). N in [1, 4096].
[[nodiscard]] VoxelGrid voxelize(const mesh::Mesh& normalized_mesh, int n = 64);
// Normalises first (to_unit_cube); a mesh that cannot be normalised gives an empty grid.
[[nodiscard]] VoxelGrid voxelize_normalized(const mesh::Mesh& mesh, int n = 64);

}  // namespace cadscribe::metrics
