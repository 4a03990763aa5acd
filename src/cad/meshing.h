// cad/meshing.h — the tessellation used wherever a B-rep becomes a mesh to be rendered or
// measured (render, score, datasets): tolerances RELATIVE to the part's size, so a 5 mm part
// and a 5 m part are meshed equally finely in the normalised space of the metrics (DESIGN.md §5).
#pragma once

#include "base/result.h"
#include "kernel/shape.h"
#include "mesh/mesh.h"

namespace cadscribe::cad {

struct MeshingOptions {
  double relative_deflection = 1e-3;  // linear deflection = this × bounding-box diagonal
  double angular_degrees = 15;        // BRepMesh angular deflection
};

// A mesh that comes out open for a closed solid is retried at 0.83× and 0.69× the deflection.
// The deflection is relative to the shape's loose box (kernel::loose_bounding_box): the tight box
// costs as much as a boolean on curved parts, and a deflection needs no tight box.
[[nodiscard]] base::Result<mesh::Mesh> mesh_of(const kernel::Shape& shape, const MeshingOptions& meshing = {});
// The same with the box the deflection is relative to given.
[[nodiscard]] base::Result<mesh::Mesh> mesh_of(const kernel::Shape& shape, const MeshingOptions& meshing,
                                               const mesh::Box& box);

}  // namespace cadscribe::cad
