// csg/cgal_mesh.h — INTERNAL to csg: the CGAL types the 3D operations share and the conversions
// between csg::Solid (doubles) and CGAL's Surface_mesh over the exact kernel.
//
// Kernel: Epeck (exact constructions), kept for the whole of one n-ary operation so corefinement
// results are chained without rounding; doubles only at the API boundary. Measured on the
// 50-sphere union (bench/csg_bench.cpp, this machine, one core): see booleans.cpp's header.
// Must not be included outside src/csg (DESIGN.md: only csg includes CGAL).
#pragma once

#include <CGAL/Exact_predicates_exact_constructions_kernel.h>
#include <CGAL/Surface_mesh.h>

#include <array>
#include <string>
#include <vector>

#include "base/result.h"
#include "csg/geometry.h"

namespace cadscribe::csg::detail {

using EK = CGAL::Exact_predicates_exact_constructions_kernel;
using EPoint = EK::Point_3;
using EMesh = CGAL::Surface_mesh<EPoint>;

// A closed, oriented triangle Surface_mesh of `s`. Fast path: direct face insertion. When that
// fails (a non-manifold or inconsistently oriented input) the triangles go through CGAL's soup
// repair and orientation (which duplicates points at non-manifold places) and are then oriented
// to bound a volume. Errors: geom.nonfinite (NaN/Inf coordinate), geom.not_closed.
[[nodiscard]] base::Result<EMesh> to_exact(const Solid& s);

// Rounds an exact triangle mesh to doubles (faces that are not triangles are fanned).
[[nodiscard]] Solid from_exact(const EMesh& m);

// A polygon soup (triangles or polygons, any orientation) made into a closed, outward-oriented
// exact mesh, or geom.not_closed / geom.bad_polyhedron (code chosen by the caller).
[[nodiscard]] base::Result<EMesh> soup_to_exact(std::vector<EPoint> points,
                                                std::vector<std::vector<size_t>> polygons,
                                                const std::string& fail_code);

// A closed triangle soup whose triangles are consistently outward-oriented (Nef polyhedra's
// output) as a 2-manifold mesh: where solids touch along an edge or at a point, the triangles are
// paired around the edge by angle and the points copied per fan (soup_manifold.cpp). Errors:
// geom.boolean_failed when the soup is not closed or not consistently oriented.
[[nodiscard]] base::Result<EMesh> oriented_soup_to_manifold(const std::vector<EPoint>& points,
                                                            const std::vector<std::array<size_t, 3>>& tris);

// Axis-aligned bounds of a Solid, as {min x,y,z, max x,y,z}; empty Solids give an inverted box.
struct Bounds3 {
  double lo[3] = {1e300, 1e300, 1e300}, hi[3] = {-1e300, -1e300, -1e300};
  void add(const Bounds3& o);
  [[nodiscard]] bool overlaps(const Bounds3& o) const;  // closed boxes: touching counts
};
[[nodiscard]] Bounds3 bounds_of(const Solid& s);
[[nodiscard]] Bounds3 bounds_of(const EMesh& m);

// Appends `b` to `a` (disjoint union of components).
void append(EMesh& a, const EMesh& b);

}  // namespace cadscribe::csg::detail
