#include "cad/meshing.h"

#include <algorithm>

namespace cadscribe::cad {

base::Result<mesh::Mesh> mesh_of(const kernel::Shape& shape, const MeshingOptions& meshing) {
  const mesh::Box box = kernel::bounding_box(shape);
  const double diagonal = box.empty ? 0.0 : box.size().norm();
  // A floor keeps degenerate (zero-size) shapes from asking BRepMesh for a zero deflection.
  const double deflection = std::max(diagonal * meshing.relative_deflection, 1e-6);
  return kernel::tessellate(shape, deflection, meshing.angular_degrees);
}

}  // namespace cadscribe::cad
