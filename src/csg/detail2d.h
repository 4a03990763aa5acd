// csg/detail2d.h — INTERNAL to csg: helpers shared by the 2D operations and the extrusions
// (triangulation of a region, Clipper fills, exact-position welding, openscad's degree trig).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "csg/geometry.h"

namespace cadscribe::csg::detail {

// A triangulation of a region without new points where the rings do not cross: `points` are all
// ring points, ring after ring in order (index = offset of the ring + position), followed by any
// point CGAL had to add where rings cross. Triangles are counter-clockwise; the region is the
// even-odd fill of the rings.
struct Triangulation2 {
  std::vector<Point2> points;
  std::vector<std::array<uint32_t, 3>> triangles;
};
[[nodiscard]] Triangulation2 triangulate_region(const Polygon2& p);

// Merges vertices at bit-identical positions (−0 equals +0) and drops triangles that repeat a
// vertex afterwards, and triangles that cancel (the same three vertices in both orientations).
[[nodiscard]] Solid weld_exact(const Solid& s);

// A closed, consistently oriented Solid made 2-manifold where it touches itself (an extrusion of a
// profile whose rings meet at a point): triangles paired by angle around shared edges, points
// copied per fan (soup_manifold.cpp). Unchanged when not closed or not consistently oriented.
[[nodiscard]] Solid split_nonmanifold(const Solid& s);

// The fill of `rings` (even-odd or non-zero winding) as a well-formed Polygon2, through Clipper
// with openscad's power-of-two scaling.
[[nodiscard]] Polygon2 fill_rings(const std::vector<Ring>& rings, bool even_odd);

// sin/cos of degrees, exact at multiples of 30° as openscad's sin_degrees/cos_degrees.
[[nodiscard]] double sin_deg(double a);
[[nodiscard]] double cos_deg(double a);

}  // namespace cadscribe::csg::detail
