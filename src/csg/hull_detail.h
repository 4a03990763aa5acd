// csg/hull_detail.h — INTERNAL to csg: the convex hull of a point set (hull.cpp), shared by
// hull3 and minkowski3. Fewer than 4 distinct or coplanar points give the empty Solid;
// NaN/Inf gives geom.nonfinite.
#pragma once

#include <vector>

#include "base/result.h"
#include "csg/geometry.h"

namespace cadscribe::csg::detail {

[[nodiscard]] base::Result<Solid> hull_of_points(std::vector<math::Vec3> pts);

}  // namespace cadscribe::csg::detail
