// lang/scad/dxf.h — openscad's reading of 2D DXF drawings: import("x.dxf"), dxf_dim(), dxf_cross().
//
// What is read (openscad 2021.01's dxfdata): LINE, CIRCLE, ARC, LWPOLYLINE and INSERT of BLOCKs
// (insertion point, x/y scale, rotation) become line segments; circles and arcs are cut into
// segments by the caller's fragment rule; DIMENSION entities are kept for dxf_dim.
// Segments are then chained into paths through shared end points (snapped to a 2^-20 mm grid):
// a path that comes back to its start is closed. Other entities (POLYLINE, SPLINE, ELLIPSE,
// TEXT…, as openscad 2021.01) are skipped and named in `unsupported`. Coordinates are (x − origin) · scale, in file units.
// Malformed files (a group code that is not a number, a truncated pair) give io.dxf_parse with
// the line number.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace cadscribe::lang::scad {

struct DxfPoint {
  double x = 0, y = 0;
};

struct DxfDimension {
  std::string name;         // group 1 (the dimension's text)
  int type = 0;             // group 70
  double coords[7][2] = {};  // groups 10–16 / 20–26
  double angle = 0;         // group 50, degrees
};

struct DxfPath {
  std::vector<DxfPoint> points;  // a closed path does not repeat its first point
  bool closed = false;
};

struct DxfDrawing {
  std::vector<DxfPath> paths;
  std::vector<DxfDimension> dimensions;
  std::vector<std::string> unsupported;  // entity types skipped, each once
};

struct DxfOptions {
  std::string layer;                         // empty: every layer
  double origin_x = 0, origin_y = 0, scale = 1;
  std::function<int(double radius)> fragments;  // segments of a full circle of that radius
};

// Parses `text` (the file's bytes; `file` names it in errors).
[[nodiscard]] base::Result<DxfDrawing> read_dxf(const std::string& text, const std::string& file,
                                                const DxfOptions& options);

// openscad's dxf_dim(): the value of the dimension called `name`, or nullopt when there is none.
[[nodiscard]] std::optional<double> dxf_dimension_value(const DxfDrawing& d, const std::string& name);

// openscad's dxf_cross(): where the first two single-segment paths of the drawing cross.
[[nodiscard]] std::optional<DxfPoint> dxf_cross_point(const DxfDrawing& d);

}  // namespace cadscribe::lang::scad
