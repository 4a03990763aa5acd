// cad/workplane.h — cq.Workplane: CadQuery 2.x's fluent modelling object over `kernel`.
//
// A Workplane is a plane (math::Frame), a stack of objects (points, locations, shapes, sketches),
// a parent (the object it was made from) and a context shared by the whole chain (pending edges
// and wires, the first point of the current 2D outline, tags). As in CadQuery, the context is
// shared and mutated: drawing adds pending edges/wires, extrude/cut/revolve consume them.
// Stack objects themselves are immutable values; `add` and `tag` mutate the receiver as CadQuery
// does (and return it).
// Units: mm; Python-facing angles are degrees. Local coordinates are relative to `plane`.
// Methods live in workplane*.cpp, one file per concern, registered into one dispatch table:
// workplane.cpp (object, dispatch, constructor), workplane_stack.cpp (stack, booleans,
// transforms, each), workplane_points.cpp, workplane_2d.cpp, workplane_curves.cpp,
// workplane_3d.cpp (primitives, extrude/cut, holes, fillet/chamfer/shell), workplane_features.cpp
// (revolve, loft, sweep, twist, text, section, split), workplane_until.cpp (extrude until a face),
// workplane_select.cpp (selection, workplane(), transformed, tags, sketches), workplane_util.cpp.
// Every call checks the wall-clock budget; unknown names fail with unsupported.method.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cad/values.h"
#include "kernel/shape.h"
#include "lang/py/args.h"
#include "lang/py/value.h"
#include "math/vec.h"

namespace cadscribe::cad {

class WorkplaneObject;

// One object on a Workplane's stack.
struct StackItem {
  enum class Kind { kVector, kLocation, kShape, kOther };
  Kind kind = Kind::kVector;
  math::Vec3 vec;             // kVector: a world point
  math::Transform loc;        // kLocation: a location in the workplane's LOCAL coordinates
  kernel::Shape shape;        // kShape
  bool for_construction = false;  // kShape wires made with forConstruction=True
  py::Value other;            // kOther: e.g. a Sketch

  static StackItem point(const math::Vec3& p) { StackItem s; s.kind = Kind::kVector; s.vec = p; return s; }
  static StackItem location(const math::Transform& t) { StackItem s; s.kind = Kind::kLocation; s.loc = t; return s; }
  static StackItem of_shape(kernel::Shape sh, bool construction = false) {
    StackItem s; s.kind = Kind::kShape; s.shape = std::move(sh); s.for_construction = construction; return s;
  }
  static StackItem of_other(py::Value v) { StackItem s; s.kind = Kind::kOther; s.other = std::move(v); return s; }
  [[nodiscard]] bool is_shape() const { return kind == Kind::kShape; }
  [[nodiscard]] bool is_type(kernel::ShapeType t) const { return kind == Kind::kShape && shape.type() == t; }
};

// What a tag remembers: the tagged object's plane and stack (not its chain, so the shared context
// never owns the objects that own it).
struct TaggedState {
  math::Frame plane;
  std::vector<StackItem> objects;
};

// CadQuery's CQContext, shared by every Workplane of one chain.
struct CQContext {
  std::vector<kernel::Shape> pending_edges;
  std::vector<kernel::Shape> pending_wires;
  std::optional<math::Vec3> first_point;  // local coordinates of the first pending edge's start
  std::map<std::string, std::shared_ptr<TaggedState>> tags;
  double tolerance = 1e-4;
};

class WorkplaneObject : public py::Object {
 public:
  WorkplaneObject(math::Frame plane, std::shared_ptr<CQContext> ctx) : plane(plane), cq(std::move(ctx)) {}

  [[nodiscard]] std::string type_name() const override { return "Workplane"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  std::optional<Result<std::vector<py::Value>>> iterate(py::CallContext& ctx) override;
  [[nodiscard]] std::string repr() const override;

  // A child sharing plane and context, with `objs` on its stack (CadQuery's newObject).
  [[nodiscard]] std::shared_ptr<WorkplaneObject> new_object(std::vector<StackItem> objs);
  [[nodiscard]] std::shared_ptr<WorkplaneObject> self_ptr();

  // First Solid/Compound on the stack (all of them compounded), else up the parent chain.
  [[nodiscard]] std::optional<kernel::Shape> find_solid_opt(bool search_stack = true, bool search_parents = true) const;
  Result<kernel::Shape> find_solid(py::CallContext& ctx, const std::string& method, bool search_stack = true,
                                   bool search_parents = true) const;

  // The stack as local locations (CadQuery's eachpoint point list; the origin when empty).
  [[nodiscard]] std::vector<math::Transform> local_locations() const;
  // Places `local_shape` (built in local coordinates) at every stack point: plane * loc * shape.
  Result<std::vector<kernel::Shape>> place_at_points(const kernel::Shape& local_shape) const;
  // Queues a drawn edge; the first one of an outline also sets the context's first point.
  void add_pending_edge(const kernel::Shape& edge);

  // Faces for extrude/revolve/...: faces and sketches on the stack (CadQuery 2.4+), else the
  // pending wires turned into faces (consumed).
  Result<std::vector<kernel::Shape>> get_faces(py::CallContext& ctx, const std::string& method);

  math::Frame plane;
  std::vector<StackItem> objects;
  std::shared_ptr<WorkplaneObject> parent;
  std::shared_ptr<CQContext> cq;
};

// ---- Shared helpers for the workplane*.cpp files ----

// The per-method signature: receiver, call context, call arguments.
using WpMethod = std::function<Result<py::Value>(WorkplaneObject&, py::CallContext&, py::Args&)>;
using WpMethodTable = std::unordered_map<std::string, WpMethod>;
void register_workplane_core(WpMethodTable& t);
void register_workplane_2d(WpMethodTable& t);
void register_workplane_3d(WpMethodTable& t);
void register_workplane_select(WpMethodTable& t);
void register_workplane_points(WpMethodTable& t);
void register_workplane_features(WpMethodTable& t);
void register_workplane_curves(WpMethodTable& t);
// The full method table (built once).
const WpMethodTable& workplane_methods();

// CadQuery's `combine` argument: True/"a" fuse, "cut"/"s" cut, False keep separate.
enum class CombineMode { kNone, kAdd, kCut };
Result<CombineMode> to_combine_mode(py::CallContext& ctx, const py::Value& v, const std::string& method);
// `centered`: a bool or a tuple of n bools.
Result<std::vector<bool>> to_centered(py::CallContext& ctx, const py::Value& v, size_t n, const std::string& method);
// An optional number (None -> nullopt).
Result<std::optional<double>> to_opt_number(py::CallContext& ctx, const py::Value& v, const std::string& what);
// A list/tuple (or any iterable) of points as Vec3 (2-tuples get z = 0).
Result<std::vector<math::Vec3>> to_points(py::CallContext& ctx, const py::Value& v, const std::string& what);

// A kernel Diag re-located at the current call site, message prefixed by the method name.
base::Diag at_call(py::CallContext& ctx, const std::string& method, base::Diag d);
base::Diag value_error(py::CallContext& ctx, const std::string& method, const std::string& msg);

py::Value wrap(std::shared_ptr<WorkplaneObject> w);
py::Value item_to_value(const StackItem& it);
// A Python value as a stack item: Vector, Location, Shape, or anything else kept as is.
StackItem value_to_item(const py::Value& v);
// Centre of a stack item (Vector itself, Shape's centre of mass, Location's translation).
math::Vec3 item_center(const StackItem& it);

// Frame with z along `dir` and x chosen as OpenCASCADE's gp_Ax2(P, V) does.
math::Frame frame_from_dir(const math::Vec3& origin, const math::Vec3& dir);
// Distinct shapes (by is_same) preserving first occurrence order.
std::vector<kernel::Shape> dedupe(const std::vector<kernel::Shape>& shapes);
// Orders edges so that each one touches the chain built so far (for make_wire).
std::vector<kernel::Shape> order_edges(const std::vector<kernel::Shape>& edges, double tol = 1e-6);
// Combines edges and wires into as few wires as possible (CadQuery's Wire.combine).
Result<std::vector<kernel::Shape>> combine_wires(const std::vector<kernel::Shape>& edges_and_wires);
// A compound of several shapes, or the shape itself.
Result<kernel::Shape> compound_of(const std::vector<kernel::Shape>& shapes);
// Fuse base with obj (compound members fused together when there is no base).
Result<kernel::Shape> fuse_compound(const kernel::Shape& compound);

// The Workplane factory for cq.Workplane(inPlane="XY", origin=(0,0,0), obj=None).
Result<py::Value> construct_workplane(py::CallContext& ctx, py::Args& args);
// Combine a result with the base solid per mode, optionally cleaning (CadQuery's _combineWithBase).
Result<std::shared_ptr<WorkplaneObject>> combine_with_base(WorkplaneObject& self, py::CallContext& ctx,
                                                           const std::string& method,
                                                           std::vector<kernel::Shape> objs, CombineMode mode,
                                                           bool clean);
// Prisms from the pending faces up to a limit face: until = "next" | "last" | a planar Face
// (workplane_until.cpp). `additive` picks the direction (along the normal) and the search.
Result<std::vector<kernel::Shape>> extrude_until(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn,
                                                 const py::Value& until, bool additive, bool both);
// CadQuery's _findFromPoint: the end of the last edge, or the last point, or the plane origin
// (local coordinates when `local`).
Result<math::Vec3> find_from_point(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, bool local);
// Registers `e` as pending (unless for construction); returns the child with `e` on its stack.
py::Value push_edge(WorkplaneObject& self, const kernel::Shape& e, bool construction);
// The shapes on a Workplane's stack (kShape items only).
std::vector<kernel::Shape> stack_shapes(const WorkplaneObject& w);
// Looks up a tag in the shared context.
Result<std::shared_ptr<TaggedState>> get_tagged(WorkplaneObject& self, py::CallContext& ctx, const std::string& method,
                                                const std::string& name);
// Merge other's tags into self's context (self's win), as CadQuery does for boolean operands.
void merge_tags(WorkplaneObject& self, const WorkplaneObject& other);

}  // namespace cadscribe::cad

// GEOM_TRY(decl, expr): like TRY, but a failing kernel Result is re-located at the call site via
// at_call(ctx, fn, ...). Needs `ctx` (CallContext&) and `fn` (method name) in scope.
#define GEOM_TRY(decl, expr) GEOM_TRY_IMPL(CADSCRIBE_CONCAT(geom_tmp_, __LINE__), decl, expr)
#define GEOM_TRY_IMPL(tmp, decl, expr)                                            \
  auto tmp = (expr);                                                              \
  if (!tmp.ok()) return ::cadscribe::cad::at_call(ctx, fn, std::move(tmp).error()); \
  decl = std::move(tmp).value()

// CQ_METHOD(table, "name") { body };  — defines a Workplane method; `self`, `ctx`, `args` and
// `fn` ("Workplane.name") are in scope.
#define CQ_METHOD(table, pyname)                                                              \
  table[pyname] = [](::cadscribe::cad::WorkplaneObject & self, ::cadscribe::lang::py::CallContext & ctx, \
                     ::cadscribe::lang::py::Args & args) -> ::cadscribe::base::Result<::cadscribe::lang::py::Value>
