// metrics/unit_cube.h — the metrics protocol's normalisation (DESIGN.md §5).
//
// Each mesh is normalised on its own: centred on its axis-aligned bounding box (over all
// positions, as mesh::Mesh::bounds() computes it) and scaled uniformly so the LONGEST bounding-box
// side is 1, so the mesh fits [−0.5, 0.5]³ touching ±0.5 along its longest axis. Arithmetic is
// done in double and rounded once to float per coordinate. Units after normalisation are
// "normalised units" (fractions of the longest side); IoU and Chamfer are reported in them.
// The mapping is mesh/normalize.h's (one rule for every module); this adds the checks the
// metrics need. Depends on mesh only.
#pragma once

#include "base/result.h"
#include "mesh/mesh.h"

namespace cadscribe::metrics {

// Errors: metrics.empty_mesh when the mesh has no triangles, or its bounding box has zero (or a
// non-finite) longest side.
[[nodiscard]] base::Result<mesh::Mesh> to_unit_cube(const mesh::Mesh& mesh);

}  // namespace cadscribe::metrics
