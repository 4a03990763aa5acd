// csg/geometry.h — the geometry OpenSCAD semantics work on: 2D regions and closed 3D meshes.
//
// Double precision, millimetres. These are plain data; the operations (booleans.h, hull.h,
// extrude.h, polygon2d.h) are where CGAL and Clipper are used, and only inside this module.
// Invariants (after any csg operation; inputs may violate them and are repaired or refused):
// - Polygon2: closed rings, no repeated closing point; outer boundaries counter-clockwise, holes
//   clockwise; rings do not cross (the region is the even-odd fill of the rings).
// - Solid: a closed, oriented, 2-manifold triangle mesh (CCW seen from outside), possibly of
//   several disjoint components; an empty Solid is the empty set.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::csg {

struct Point2 {
  double x = 0, y = 0;
  bool operator==(const Point2&) const = default;
};

using Ring = std::vector<Point2>;

struct Polygon2 {
  std::vector<Ring> rings;
  [[nodiscard]] bool empty() const { return rings.empty(); }
  [[nodiscard]] double area() const;  // signed sum: positive for a well-formed region
};

struct ExactForm;  // csg-internal (exact_form.h)

struct Solid {
  std::vector<math::Vec3> vertices;
  std::vector<std::array<uint32_t, 3>> triangles;
  // The exact mesh a csg boolean rounded this Solid from (with the exact transforms applied to it
  // since), or null. Rounding a boolean's result to doubles can leave slivers that cross by
  // ~1e-15 mm; a later boolean that finds its operand crossing itself uses this exact form
  // instead. It is only trusted while `vertices` and `triangles` are those it was attached to
  // (csg checks a fingerprint), so code elsewhere may edit a Solid freely.
  std::shared_ptr<const ExactForm> exact;
  [[nodiscard]] bool empty() const { return triangles.empty(); }
  [[nodiscard]] double volume() const;
  [[nodiscard]] mesh::Box bounds() const;
};

// Conversions to and from the shared mesh type (float positions; rendering, metrics, files).
[[nodiscard]] mesh::Mesh to_mesh(const Solid& s);
[[nodiscard]] Solid from_mesh(const mesh::Mesh& m);

// A 4x4 affine transform applied to points (row-major, last row 0 0 0 1); a transform with a
// negative determinant flips triangle orientation so the Solid stays outward-oriented.
using Matrix4 = std::array<double, 16>;
[[nodiscard]] Solid transformed(const Solid& s, const Matrix4& m);
[[nodiscard]] Polygon2 transformed(const Polygon2& p, const Matrix4& m);  // uses the x/y part

}  // namespace cadscribe::csg
