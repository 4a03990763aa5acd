// csg/ops.h — the OpenSCAD geometry operations over csg::Solid and csg::Polygon2.
//
// All operations are exact or robust (CGAL corefinement / Nef polyhedra for 3D, Clipper's integer
// arithmetic for 2D), never crash on bad input (CGAL exceptions become geom.* Diags) and return
// geometry that satisfies geometry.h's invariants. Fragment counts are decided by the caller
// (cad/, with openscad's $fn/$fa/$fs rules) and passed in as numbers.
#pragma once

#include <vector>

#include "base/result.h"
#include "csg/geometry.h"

namespace cadscribe::csg {

enum class BoolOp { kUnion, kDifference, kIntersection };

// 3D booleans, n-ary as openscad: union of all; the first minus all others; intersection of all.
// Empty operands are the empty set. Failures: geom.boolean_failed (with the reason).
[[nodiscard]] base::Result<Solid> boolean3(BoolOp op, std::vector<Solid> operands);
// Convex hull of all vertices of all operands (empty input → empty).
[[nodiscard]] base::Result<Solid> hull3(const std::vector<Solid>& operands);
// Minkowski sum of all operands (as openscad: convex parts summed pairwise and hulled, unioned).
[[nodiscard]] base::Result<Solid> minkowski3(const std::vector<Solid>& operands);
// A polyhedron() from points and faces (each face a point-index loop, CLOCKWISE seen from
// outside as openscad documents): faces triangulated; orientation repaired when consistent but
// inverted; geom.bad_polyhedron when not closed or not manifold (openscad still renders some of
// those: the caller decides whether to keep the open mesh).
[[nodiscard]] base::Result<Solid> polyhedron(const std::vector<math::Vec3>& points,
                                             const std::vector<std::vector<int64_t>>& faces);

// 2D: the same booleans on regions; hull; minkowski.
[[nodiscard]] Polygon2 boolean2(BoolOp op, const std::vector<Polygon2>& operands);
[[nodiscard]] Polygon2 hull2(const std::vector<Polygon2>& operands);
[[nodiscard]] Polygon2 minkowski2(const std::vector<Polygon2>& operands);
// A polygon() from points and optional paths (even-odd fill of all paths, as openscad).
[[nodiscard]] Polygon2 polygon_from_paths(const std::vector<Point2>& points,
                                          const std::vector<std::vector<int64_t>>& paths);
// offset(r=…) (round joins, `fragments` per full circle as openscad computes them from r) or
// offset(delta=…, chamfer=…) (miter or chamfered joins). Negative values shrink.
struct OffsetParams {
  double amount = 0;
  bool round = false;   // offset(r=) when true, offset(delta=) otherwise
  bool chamfer = false;
  int fragments = 0;    // for round joins
};
[[nodiscard]] Polygon2 offset2(const Polygon2& p, const OffsetParams& params);

// Extrusions, with openscad's vertex placement.
struct LinearExtrudeParams {
  double height = 100;
  bool center = false;
  double twist_degrees = 0;
  int slices = 1;            // layers (the caller applies openscad's default-slices rule)
  double scale_x = 1, scale_y = 1;
};
[[nodiscard]] base::Result<Solid> linear_extrude(const Polygon2& p, const LinearExtrudeParams& params);
struct RotateExtrudeParams {
  double angle_degrees = 360;
  int fragments = 0;  // for a full turn (the caller applies openscad's rule using the max |x|)
};
// geom.rotate_extrude_sides when the region has points on both sides of the Y axis.
[[nodiscard]] base::Result<Solid> rotate_extrude(const Polygon2& p, const RotateExtrudeParams& params);

// projection(cut=false): the shadow on z=0; projection(cut=true): the section at z=0.
[[nodiscard]] Polygon2 projection(const Solid& s, bool cut);
// A 2D region as a flat, zero-thickness mesh at z=0 (for rendering 2D results as openscad shows).
[[nodiscard]] Solid triangulate2(const Polygon2& p);

}  // namespace cadscribe::csg
