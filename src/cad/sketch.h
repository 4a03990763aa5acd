// cad/sketch.h — cq.Sketch, CadQuery 2.x's face-based 2D sketch, bound into lang/py.
//
// Semantics follow cadquery/sketch.py: a Sketch holds faces (in its local XY plane, z = 0), free
// edges (the edge-based API), a current selection (shapes or locations), tags and its own
// locations `locs`. Like CadQuery, Sketch methods MUTATE the sketch and return it (the one place
// in cad/ where values are not immutable: programs rely on `s.rect(..); s.circle(..)`).
// Modes: 'a' fuse, 's' subtract, 'i' intersect, 'c' construction (tag required), 'r' replace.
// Angles are degrees (converted at the kernel call). Coordinates are mm in the sketch plane.
//
// Supported: face rect circle ellipse trapezoid slot regularPolygon polygon rarray parray
// distribute push each offset fillet chamfer clean faces wires edges vertices tag select reset
// delete edge segment arc spline bezier close assemble copy moved located finalize val vals add
// subtract replace, operators + - *, iteration, `_faces`, `locs`, `parent`.
// Not supported (unsupported.method): hull constrain solve importDXF export, operator /.
// fillet/chamfer: corners between lines and circular arcs are computed analytically
// (sketch_fillet.cpp); other corners go to the kernel's fillet_2d / chamfer_2d.
#pragma once

#include <functional>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kernel/shape.h"
#include "lang/py/value.h"
#include "math/vec.h"

namespace cadscribe::cad {

namespace py = lang::py;
using base::Result;

// An element of a Sketch selection or tag: a shape or a location.
using SketchVal = std::variant<kernel::Shape, math::Transform>;

struct SketchEdge {
  kernel::Shape edge;
  bool construction = false;
};

class SketchObject : public py::Object {
 public:
  [[nodiscard]] std::string type_name() const override { return "Sketch"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  std::optional<Result<std::vector<py::Value>>> iterate(py::CallContext& ctx) override;
  // s[i] / s[[i, j]]: selects items of vals() (CadQuery's __getitem__) and returns the sketch.
  std::optional<Result<py::Value>> get_item(py::CallContext& ctx, const py::Value& key) override;
  [[nodiscard]] std::string repr() const override;

  // What vals() returns: the selection, else the free edges when there are no faces, else faces.
  [[nodiscard]] std::vector<SketchVal> vals() const;
  // The faces placed at every location of `locs` (what iterating a Sketch yields).
  Result<std::vector<kernel::Shape>> located_faces() const;

  std::vector<kernel::Shape> faces;          // the `_faces` compound's faces, local coordinates
  std::vector<SketchEdge> edges;             // free edges of the edge-based API
  std::optional<std::vector<SketchVal>> selection;
  std::vector<std::pair<std::string, std::vector<SketchVal>>> tags;
  std::vector<math::Transform> locs{math::Transform::identity()};
  // What finalize() returns. A Workplane.sketch() parent must end up holding this sketch on its
  // stack, while the sketch holds the parent (nothing else does until finalize() returns it). To
  // avoid a reference cycle (a leak when the sketch is never finalized) the parent gets the
  // sketch only when it is reached: `attach_to_parent` (set by Workplane.sketch(), run once by
  // reach_parent()) pushes it there, and finalize() then demotes `parent` to `parent_weak`.
  // Reading `.parent` without ever calling finalize() is the one path that still keeps a cycle.
  py::Value parent;
  std::weak_ptr<py::Object> parent_weak;
  std::function<void(const py::Value& sketch)> attach_to_parent;
  [[nodiscard]] py::Value current_parent() const;
  // current_parent() after running attach_to_parent (once) with this sketch.
  py::Value reach_parent();
};

// The callable `cq.Sketch(parent=None, locs=(Location(),), obj=None)`.
[[nodiscard]] py::Value make_sketch_class();
// A new empty Sketch for Workplane.sketch(): `parent` is what finalize() returns, `locs` the
// locations its faces are placed at (as CadQuery passes the workplane's locations).
[[nodiscard]] py::Value make_sketch(const py::Value& parent, std::vector<math::Transform> locs);
[[nodiscard]] bool is_sketch(const py::Value& v);

// The faces of a Sketch value moved to each of its `locs` (identity for a plain cq.Sketch(), so
// these are in the sketch's local XY, z = 0). Callers place them with kernel::transform.
// runtime.type_error when `sketch` is not a Sketch.
Result<std::vector<kernel::Shape>> sketch_faces(py::CallContext& ctx, const py::Value& sketch);
// The raw faces, ignoring `locs`, and the locations themselves.
Result<std::vector<kernel::Shape>> sketch_local_faces(py::CallContext& ctx, const py::Value& sketch);
Result<std::vector<math::Transform>> sketch_locations(py::CallContext& ctx, const py::Value& sketch);

// ---- Geometry helpers (sketch_geometry.cpp); pure functions of the kernel, unit-tested. ----
namespace sketch_geom {
// Rotation about the local z axis by `deg` degrees.
math::Transform rot_z(double deg);
// Location(x, y, z, rx, ry, rz) as CadQuery builds it (extrinsic XYZ Euler angles, degrees).
math::Transform location_xyz(double x, double y, double z, double rx, double ry, double rz);
// Faces of CadQuery's Sketch primitives, centred at the origin, before `angle`.
Result<kernel::Shape> rect(double w, double h);
Result<kernel::Shape> circle(double r);
Result<kernel::Shape> ellipse(double a1, double a2);
Result<kernel::Shape> polygon(const std::vector<math::Vec3>& pts);
Result<kernel::Shape> slot(double w, double h);
Result<kernel::Shape> face_from_wires(const std::vector<kernel::Shape>& wires);
// Groups edges into connected wires (CadQuery's edgesToWires), each ordered head to tail.
Result<std::vector<kernel::Shape>> edges_to_wires(const std::vector<kernel::Shape>& edges);
// Fuse / cut / intersect / replace `tools` into `faces` (mode a, s, i, r), returning faces.
Result<std::vector<kernel::Shape>> combine(const std::vector<kernel::Shape>& faces,
                                           const std::vector<kernel::Shape>& tools, char mode);
// 2D fillet (radius) or chamfer (distance) of the face's corners at `vertices` (points), as
// BRepFilletAPI_MakeFillet2d does, for corners between lines and circular arcs (others:
// unsupported.feature; the binding then falls back to kernel::fillet_2d / chamfer_2d).
Result<kernel::Shape> fillet_face(const kernel::Shape& face, const std::vector<math::Vec3>& vertices, double d,
                                  bool chamfer);
// Location along an edge at parameter t in [0,1]: origin on the curve; with `rotate`, x axis =
// the curve's Frenet normal (towards the centre of curvature; z × tangent on straight edges).
Result<math::Transform> edge_location(const kernel::Shape& edge, double t, bool rotate);
}  // namespace sketch_geom

}  // namespace cadscribe::cad
