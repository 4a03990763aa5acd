// cad/scad_transform.h — OpenSCAD's transform modules as 4x4 matrices (csg::Matrix4, row-major,
// p' = M·p): translate, rotate (scalar = about z; [x,y,z] = about x, then y, then z; a with v =
// about the axis v), scale, mirror (reflection in the plane through the origin with normal v),
// multmatrix, and resize's scale factors. Rotation entries use scad_calc's exact degree
// trigonometry, as openscad does, so rotate(90) maps (1,0,0) to exactly (0,1,0).
// Pure functions, degrees in, no dependency beyond csg/geometry.h.
#pragma once

#include <array>

#include "csg/geometry.h"

namespace cadscribe::cad::scad {

[[nodiscard]] csg::Matrix4 identity4();
[[nodiscard]] csg::Matrix4 multiply(const csg::Matrix4& a, const csg::Matrix4& b);  // a·b
[[nodiscard]] csg::Matrix4 translation(double x, double y, double z);
[[nodiscard]] csg::Matrix4 scaling(double x, double y, double z);
// rotate([ax, ay, az]): Rz·Ry·Rx.
[[nodiscard]] csg::Matrix4 rotation_xyz(double ax, double ay, double az);
// rotate(a, v): Rodrigues' formula as openscad's angle_axis_degrees (zero axis → identity).
[[nodiscard]] csg::Matrix4 rotation_axis(double a, double vx, double vy, double vz);
// mirror(v): I − 2·n·nᵀ/|n|²; a zero vector gives the identity.
[[nodiscard]] csg::Matrix4 mirroring(double nx, double ny, double nz);
[[nodiscard]] double determinant3(const csg::Matrix4& m);
[[nodiscard]] bool is_finite(const csg::Matrix4& m);

// resize(newsize, auto) as openscad's: for each axis with newsize ≠ 0 the factor is
// newsize/size (an axis of zero size is left alone and reported in `no_effect`); axes with
// newsize = 0 and auto set take the factor of the largest requested size. Scales about the origin.
struct ResizeFactors {
  std::array<double, 3> scale{1, 1, 1};
  std::array<bool, 3> no_effect{false, false, false};
};
[[nodiscard]] ResizeFactors resize_factors(const std::array<double, 3>& bbox_size,
                                           const std::array<double, 3>& newsize,
                                           const std::array<bool, 3>& autosize, int dims);

}  // namespace cadscribe::cad::scad
