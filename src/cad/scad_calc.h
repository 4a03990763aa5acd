// cad/scad_calc.h — OpenSCAD 2021.01's numeric rules that decide where vertices go: the
// fragment count of a circle ($fn/$fa/$fs), degree trigonometry that is exact at multiples of
// 30°/45°/90° (as openscad's sin_degrees/cos_degrees), and circle vertex placement.
// Units: mm and degrees. Pure functions; depends only on csg/geometry.h for the point type.
#pragma once

#include <vector>

#include "csg/geometry.h"

namespace cadscribe::cad::scad {

// openscad's GRID_FINE: radii below it get 3 fragments.
inline constexpr double kGridFine = 0.00000095367431640625;
// $fa / $fs are clamped to this minimum (openscad warns "$fs too small - clamping").
inline constexpr double kFMinimum = 0.01;

// Calc::get_fragments_from_r: r < GRID_FINE → 3; $fn > 0 → max($fn, 3);
// otherwise ceil(max(min(360/$fa, 2πr/$fs), 5)). NaN/Inf $fn → 3. The result is a double so
// that callers can compare it against a budget before converting (a $fn=1e9 stays representable).
[[nodiscard]] double fragments_from_r(double r, double fn, double fs, double fa);

[[nodiscard]] double sin_degrees(double deg);
[[nodiscard]] double cos_degrees(double deg);

// Points of a circle of radius r with `fragments` vertices, point j at angle 360·j/fragments
// (counter-clockwise, first point on +x), as openscad's generate_circle.
[[nodiscard]] std::vector<csg::Point2> circle_points(double r, int fragments);

}  // namespace cadscribe::cad::scad
