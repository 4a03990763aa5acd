// cad/values.h — the small CadQuery value types bound into lang/py (cq.Vector, cq.Plane,
// cq.Location, shapes returned by val()), and conversions from Python values to geometry.
// Shared by every binding in cad/ (Workplane, Sketch, selectors, Assembly).
// Angles that Python code passes are degrees; math::Transform holds the exact matrix.
#pragma once

#include <string>
#include <vector>

#include "kernel/shape.h"
#include "lang/py/value.h"
#include "math/vec.h"

namespace cadscribe::cad {

namespace py = lang::py;
using base::Result;

// cq.Vector: x, y, z, Length, normalized(), add/sub/multiply/dot/cross, +, -, *, ==, toTuple().
class VectorObject : public py::Object {
 public:
  explicit VectorObject(math::Vec3 v) : v(v) {}
  [[nodiscard]] std::string type_name() const override { return "Vector"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  std::optional<Result<py::Value>> unary_op(py::CallContext& ctx, py::UnaryOp op) override;
  std::optional<Result<std::vector<py::Value>>> iterate(py::CallContext& ctx) override;
  [[nodiscard]] bool equals(const py::Value& other) const override;
  [[nodiscard]] std::string repr() const override;
  math::Vec3 v;
};

// cq.Plane: origin, xDir, yDir, zDir, named planes (XY YZ ZX XZ YX ZY front back left right top
// bottom), rotated(), toWorldCoords(), toLocalCoords().
class PlaneObject : public py::Object {
 public:
  explicit PlaneObject(math::Frame f) : frame(f) {}
  [[nodiscard]] std::string type_name() const override { return "Plane"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  [[nodiscard]] std::string repr() const override;
  math::Frame frame;
};

// cq.Location: a rigid transform; Location(Vector), Location(Vector, axis, angle_deg),
// Location(Plane), Location(x, y, z), Location(x,y,z,rx,ry,rz); `*` composes, inverse, toTuple().
class LocationObject : public py::Object {
 public:
  explicit LocationObject(math::Transform t) : t(t) {}
  [[nodiscard]] std::string type_name() const override { return "Location"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  [[nodiscard]] std::string repr() const override;
  math::Transform t;
};

// A B-rep shape as CadQuery's Shape subclasses (Solid, Face, Edge, Wire, Vertex, Compound, Shell):
// Volume(), Area(), Length(), Center(), CenterOfBoundBox(), BoundingBox() (.xlen .ylen .zlen
// .xmin ...), geomType(), isValid(), Faces()/Edges()/Vertices()/Solids()/Wires(), translate,
// rotate, mirror, fuse/cut/intersect, X/Y/Z/toTuple() for vertices, normalAt() for faces.
class ShapeObject : public py::Object {
 public:
  explicit ShapeObject(kernel::Shape s) : shape(std::move(s)) {}
  [[nodiscard]] std::string type_name() const override;  // "Solid", "Face", ...
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  [[nodiscard]] bool equals(const py::Value& other) const override;
  [[nodiscard]] std::string repr() const override;
  kernel::Shape shape;
};

[[nodiscard]] py::Value make_vector(const math::Vec3& v);
[[nodiscard]] py::Value make_plane(const math::Frame& f);
[[nodiscard]] py::Value make_location(const math::Transform& t);
[[nodiscard]] py::Value make_shape(const kernel::Shape& s);

// Conversions used by every binding; errors are runtime.type_error / runtime.value_error.
// A Vector, or a tuple/list of 2 (z = 0) or 3 numbers.
Result<math::Vec3> to_vec3(py::CallContext& ctx, const py::Value& v, const std::string& what);
// A Plane, or a named plane string ("XY", "front", ...).
Result<math::Frame> to_frame(py::CallContext& ctx, const py::Value& v, const std::string& what);
Result<math::Frame> named_frame(py::CallContext& ctx, const std::string& name, const math::Vec3& origin);
Result<math::Transform> to_transform(py::CallContext& ctx, const py::Value& v, const std::string& what);
// The shapes a value stands for: a Shape, a Workplane (all shapes on its stack, or its solid
// context), a Sketch (its faces), or a list/tuple of those.
Result<std::vector<kernel::Shape>> to_shapes(py::CallContext& ctx, const py::Value& v, const std::string& what);

}  // namespace cadscribe::cad
