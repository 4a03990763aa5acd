// cad/scad_primitives.h — OpenSCAD 2021.01's primitive shapes with its exact vertex placement:
// cube, sphere (rings = (fragments+1)/2, ring i at polar angle 180·(i+0.5)/rings), cylinder/cone
// (one apex vertex when a radius is 0), square, circle. Flat faces are fan-triangulated, so the
// triangle counts equal those of openscad's STL export of the lone primitive (a $fn=6 cylinder
// has 6·2 + 2·4 = 20). Fragment counts come from the caller (scad_calc.h). Arguments are assumed
// valid here (positive, finite sizes): the evaluator checks them and yields empty geometry
// otherwise, as openscad does. Units: mm. Output satisfies csg/geometry.h's invariants.
#pragma once

#include "csg/geometry.h"

namespace cadscribe::cad::scad {

// Estimated triangle counts, for budget checks before anything is allocated.
[[nodiscard]] double sphere_triangle_estimate(double fragments);
[[nodiscard]] double cylinder_triangle_estimate(double fragments);

[[nodiscard]] csg::Solid make_cube(double x, double y, double z, bool center);
[[nodiscard]] csg::Solid make_sphere(double r, int fragments);
// r1 at the bottom, r2 at the top; not both zero; h > 0.
[[nodiscard]] csg::Solid make_cylinder(double h, double r1, double r2, bool center, int fragments);

[[nodiscard]] csg::Polygon2 make_square(double x, double y, bool center);
[[nodiscard]] csg::Polygon2 make_circle(double r, int fragments);

}  // namespace cadscribe::cad::scad
