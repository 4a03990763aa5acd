// csg/nef.h — INTERNAL to csg: Nef polyhedra from closed exact meshes, cavities included.
// Why not CGAL's Nef_polyhedron_3(mesh): it takes every closed component for a solid whatever its
// orientation, so an inward-facing shell (a cavity) comes back filled (openscad's
// minkowski3-erosion: the cube around an L-shaped void lost the void).
#pragma once

#include <CGAL/Nef_polyhedron_3.h>

#include <vector>

#include "csg/cgal_mesh.h"

namespace cadscribe::csg::detail {

using Nef = CGAL::Nef_polyhedron_3<EK>;

// The region bounded by closed components, each outward-facing one a solid and each
// inward-facing one a cavity: components by decreasing enclosed volume, solids added, cavities
// taken away (so a solid inside a cavity inside a solid comes out right, and overlapping solids
// are united). The components must not cross themselves.
[[nodiscard]] Nef nef_of_components(const std::vector<EMesh>& components);

}  // namespace cadscribe::csg::detail
