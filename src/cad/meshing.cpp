#include "cad/meshing.h"

#include <algorithm>

#include "mesh/check.h"

namespace cadscribe::cad {

base::Result<mesh::Mesh> mesh_of(const kernel::Shape& shape, const MeshingOptions& meshing) {
  return mesh_of(shape, meshing, kernel::loose_bounding_box(shape));
}

base::Result<mesh::Mesh> mesh_of(const kernel::Shape& shape, const MeshingOptions& meshing, const mesh::Box& box) {
  const double diagonal = box.empty ? 0.0 : box.size().norm();
  // A floor keeps degenerate (zero-size) shapes from asking BRepMesh for a zero deflection.
  const double deflection = std::max(diagonal * meshing.relative_deflection, 1e-6);
  // BRepMesh occasionally leaves a crack at one particular deflection (seen: a disc with square
  // cut-outs, open at 0.113 mm, closed at 0.1 and 0.125). A closed solid must give a closed
  // mesh, so a cracked result is retried at slightly finer deflections before it is returned.
  auto first = kernel::tessellate(shape, deflection, meshing.angular_degrees);
  if (!first || first->triangles.empty() || mesh::inspect(*first).closed) return first;
  for (double factor : {0.83, 0.69}) {
    auto again = kernel::tessellate(shape, deflection * factor, meshing.angular_degrees);
    if (again && mesh::inspect(*again).closed) return again;
  }
  return first;  // not closed at any of them: the caller's closedness check reports it
}

}  // namespace cadscribe::cad
