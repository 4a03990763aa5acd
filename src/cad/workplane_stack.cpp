// cad/workplane_stack.cpp — Workplane methods that work on the stack as a whole: val/vals/
// size/all/first/last/item/end, tag/add/newObject/toPending, findSolid/largestDimension,
// clean/combine, the booleans union/cut/intersect (and the + - & | operators via get_attr),
// translate/rotate/rotateAboutCenter/mirror, and each/eachpoint with user callbacks.
// add/tag/toPending mutate and return self, as CadQuery does; everything else is a new object.
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

namespace {

// The solids to combine from a union/cut/intersect operand.
Result<std::vector<Shape>> operand_shapes(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn,
                                          const py::Value& v, bool solids_only) {
  if (auto w = v.object_as<WorkplaneObject>()) {
    std::vector<Shape> out;
    if (solids_only) {
      for (const auto& s : stack_shapes(*w))
        for (const auto& so : kernel::sub_shapes(s, ShapeType::kSolid)) out.push_back(so);
      out = dedupe(out);
      if (out.empty()) return value_error(ctx, fn, "Workplane object must have at least one solid on the stack");
    } else {
      out = stack_shapes(*w);
      if (out.empty()) return value_error(ctx, fn, "Workplane object has no shapes on its stack");
    }
    merge_tags(self, *w);
    return out;
  }
  if (auto s = v.object_as<ShapeObject>()) return std::vector<Shape>{s->shape};
  return ctx.error("runtime.type_error", fn + "() cannot use an operand of type " + v.type_name());
}

Result<Shape> maybe_clean(const Shape& s, bool clean) {
  if (!clean) return s;
  auto c = kernel::clean(s);
  return c ? *c : s;
}

Result<Transform> mirror_transform(py::CallContext& ctx, const std::string& fn, const py::Value& mp,
                                   const py::Value& base_pt) {
  Vec3 normal{0, 0, 1};
  std::optional<Vec3> face_center;
  Shape face;
  if (auto w = mp.object_as<WorkplaneObject>()) {
    if (w->objects.empty() || !w->objects[0].is_type(ShapeType::kFace))
      return value_error(ctx, fn, "Face required on the mirror plane Workplane");
    face = w->objects[0].shape;
  } else if (auto s = mp.object_as<ShapeObject>()) {
    if (s->shape.type() != ShapeType::kFace) return value_error(ctx, fn, "Face required as the mirror plane");
    face = s->shape;
  } else if (mp.is_str()) {
    const std::string& n = mp.as_str();
    if (n == "XY" || n == "YX") normal = {0, 0, 1};
    else if (n == "XZ" || n == "ZX") normal = {0, 1, 0};
    else if (n == "YZ" || n == "ZY") normal = {1, 0, 0};
    else return value_error(ctx, fn, "mirrorPlane must be one of XY YX XZ ZX YZ ZY, not '" + n + "'");
  } else {
    TRY(normal, to_vec3(ctx, mp, fn + "() argument 'mirrorPlane'"));
  }
  if (!face.is_null()) {
    GEOM_TRY(normal, kernel::face_normal(face));
    face_center = kernel::center_of_mass(face);
  }
  Vec3 bp{0, 0, 0};
  if (!base_pt.is_none()) {
    TRY(bp, to_vec3(ctx, base_pt, fn + "() argument 'basePointVector'"));
  } else if (face_center) {
    bp = *face_center;
  }
  if (normal.norm() == 0) return value_error(ctx, fn, "mirror plane normal must be non-zero");
  return Transform::mirror(bp, normal.normalized());
}

// Calls a user callback for each item and collects the returned objects.
Result<std::vector<StackItem>> collect_callback_results(WorkplaneObject& self, py::CallContext& ctx,
                                                        const std::string& fn, const py::Value& cb,
                                                        const std::vector<py::Value>& inputs,
                                                        std::optional<Transform> move_by) {
  std::vector<StackItem> out;
  for (const auto& in : inputs) {
    py::Args ca;
    ca.positional.push_back(in);
    TRY(py::Value r, ctx.call(cb, std::move(ca)));
    if (r.is_none()) continue;
    StackItem it;
    if (auto w = r.object_as<WorkplaneObject>()) {
      if (w->objects.empty()) continue;
      it = w->objects[0];
    } else {
      it = value_to_item(r);
    }
    if (move_by && it.is_shape()) {
      GEOM_TRY(it.shape, kernel::transform(it.shape, *move_by));
    }
    if (it.is_type(ShapeType::kWire) && !it.for_construction) self.cq->pending_wires.push_back(it.shape);
    out.push_back(std::move(it));
  }
  return out;
}

}  // namespace

void register_workplane_core(WpMethodTable& t) {
  CQ_METHOD(t, "val") {
    const std::string fn = "Workplane.val";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    if (self.objects.empty()) return make_vector(self.plane.origin);
    return item_to_value(self.objects[0]);
  };
  CQ_METHOD(t, "vals") {
    TRY(auto a, py::bind_args(ctx, "Workplane.vals", args, {}));
    std::vector<py::Value> vs;
    for (const auto& o : self.objects) vs.push_back(item_to_value(o));
    return py::Value::from_list(std::move(vs));
  };
  CQ_METHOD(t, "size") {
    TRY(auto a, py::bind_args(ctx, "Workplane.size", args, {}));
    return py::Value::from_int(static_cast<int64_t>(self.objects.size()));
  };
  CQ_METHOD(t, "all") {
    TRY(auto a, py::bind_args(ctx, "Workplane.all", args, {}));
    std::vector<py::Value> vs;
    for (const auto& o : self.objects) vs.push_back(wrap(self.new_object({o})));
    return py::Value::from_list(std::move(vs));
  };
  CQ_METHOD(t, "first") {
    TRY(auto a, py::bind_args(ctx, "Workplane.first", args, {}));
    std::vector<StackItem> objs;
    if (!self.objects.empty()) objs.push_back(self.objects.front());
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "last") {
    const std::string fn = "Workplane.last";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    if (self.objects.empty()) return ctx.error("runtime.index_error", fn + ": the stack is empty");
    return wrap(self.new_object({self.objects.back()}));
  };
  CQ_METHOD(t, "item") {
    const std::string fn = "Workplane.item";
    TRY(auto a, py::bind_args(ctx, fn, args, {"i"}));
    TRY(int64_t i, a.integer("i"));
    int64_t n = static_cast<int64_t>(self.objects.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return ctx.error("runtime.index_error", fn + ": index out of range");
    return wrap(self.new_object({self.objects[static_cast<size_t>(i)]}));
  };
  CQ_METHOD(t, "end") {
    const std::string fn = "Workplane.end";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"n", py::Value::from_int(1)}}));
    TRY(int64_t n, a.integer("n"));
    std::shared_ptr<WorkplaneObject> rv = self.self_ptr();
    for (int64_t i = 0; i < n; ++i) {
      if (!rv->parent) return value_error(ctx, fn, "Cannot End the chain-- no parents!");
      rv = rv->parent;
    }
    return wrap(rv);
  };
  CQ_METHOD(t, "tag") {
    TRY(auto a, py::bind_args(ctx, "Workplane.tag", args, {"name"}));
    TRY(std::string name, a.string("name"));
    self.cq->tags[name] = std::make_shared<TaggedState>(TaggedState{self.plane, self.objects});
    return wrap(self.self_ptr());
  };
  CQ_METHOD(t, "add") {
    TRY(auto a, py::bind_args(ctx, "Workplane.add", args, {"obj"}));
    const py::Value& obj = a.get("obj");
    if (obj.is_list() || obj.is_tuple()) {
      for (const auto& v : obj.is_list() ? obj.list_items() : obj.tuple_items()) {
        if (auto w = v.object_as<WorkplaneObject>()) {
          for (const auto& o : w->objects) self.objects.push_back(o);
        } else {
          self.objects.push_back(value_to_item(v));
        }
      }
    } else if (auto w = obj.object_as<WorkplaneObject>()) {
      std::vector<StackItem> copy = w->objects;  // w may be self
      for (auto& o : copy) self.objects.push_back(std::move(o));
      merge_tags(self, *w);
    } else {
      self.objects.push_back(value_to_item(obj));
    }
    return wrap(self.self_ptr());
  };
  CQ_METHOD(t, "newObject") {
    const std::string fn = "Workplane.newObject";
    TRY(auto a, py::bind_args(ctx, fn, args, {"objlist"}));
    const py::Value& l = a.get("objlist");
    std::vector<py::Value> items;
    if (l.is_list()) items = l.list_items();
    else if (l.is_tuple()) items = l.tuple_items();
    else return ctx.error("runtime.type_error", fn + "() argument 'objlist' must be a list");
    std::vector<StackItem> objs;
    for (const auto& v : items) objs.push_back(value_to_item(v));
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "findSolid") {
    const std::string fn = "Workplane.findSolid";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"searchStack", py::Value::from_bool(true)}, {"searchParents", py::Value::from_bool(true)}}));
    TRY(bool ss, a.boolean("searchStack"));
    TRY(bool sp, a.boolean("searchParents"));
    TRY(Shape s, self.find_solid(ctx, fn, ss, sp));
    return make_shape(s);
  };
  CQ_METHOD(t, "largestDimension") {
    const std::string fn = "Workplane.largestDimension";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    TRY(Shape s, self.find_solid(ctx, fn));
    return py::Value::from_float(kernel::bounding_box(s).size().norm());
  };
  CQ_METHOD(t, "toPending") {
    TRY(auto a, py::bind_args(ctx, "Workplane.toPending", args, {}));
    for (const auto& o : self.objects) {
      if (o.is_type(ShapeType::kWire)) self.cq->pending_wires.push_back(o.shape);
      else if (o.is_type(ShapeType::kEdge)) self.cq->pending_edges.push_back(o.shape);
    }
    return wrap(self.self_ptr());
  };
  CQ_METHOD(t, "clean") {
    const std::string fn = "Workplane.clean";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    std::vector<StackItem> objs = self.objects;
    for (auto& o : objs)
      if (o.is_shape()) { GEOM_TRY(o.shape, maybe_clean(o.shape, true)); }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "combine") {
    const std::string fn = "Workplane.combine";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"clean", py::Value::from_bool(true)}, {"glue", py::Value::from_bool(false)},
                               {"tol", py::Value::none()}}));
    TRY(bool clean, a.boolean("clean"));
    auto items = stack_shapes(self);
    if (items.empty()) return value_error(ctx, fn, "no shapes on the stack to combine");
    Shape s = items[0];
    if (items.size() > 1) { GEOM_TRY(s, kernel::fuse_all(items)); }
    GEOM_TRY(s, maybe_clean(s, clean));
    return wrap(self.new_object({StackItem::of_shape(s)}));
  };
  CQ_METHOD(t, "union") {
    const std::string fn = "Workplane.union";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"toUnion", py::Value::none()}, {"clean", py::Value::from_bool(true)},
                               {"glue", py::Value::from_bool(false)}, {"tol", py::Value::none()}}));
    TRY(bool clean, a.boolean("clean"));
    if (a.is_none("toUnion")) return value_error(ctx, fn, "Cannot union type 'NoneType'");
    TRY(auto newS, operand_shapes(self, ctx, fn, a.get("toUnion"), true));
    auto base = self.find_solid_opt();
    Shape r;
    if (base) {
      std::vector<Shape> all{*base};
      all.insert(all.end(), newS.begin(), newS.end());
      GEOM_TRY(r, kernel::fuse_all(all));
    } else if (newS.size() > 1) {
      GEOM_TRY(r, kernel::fuse_all(newS));
    } else {
      r = newS[0];
    }
    GEOM_TRY(r, maybe_clean(r, clean));
    return wrap(self.new_object({StackItem::of_shape(r)}));
  };
  CQ_METHOD(t, "combineSolids") {
    // Deprecated in CadQuery but still found in older programs: stack solids (+ another
    // Workplane's) fused onto the context solid of the parents.
    const std::string fn = "Workplane.combineSolids";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"otherCQToCombine", py::Value::none()}}));
    std::vector<Shape> solids;
    for (const auto& s : stack_shapes(self))
      for (const auto& so : kernel::sub_shapes(s, ShapeType::kSolid)) solids.push_back(so);
    if (!a.is_none("otherCQToCombine")) {
      TRY(auto more, operand_shapes(self, ctx, fn, a.get("otherCQToCombine"), true));
      solids.insert(solids.end(), more.begin(), more.end());
    }
    solids = dedupe(solids);
    if (solids.empty()) return value_error(ctx, fn, "Cannot Combine: at least one solid required!");
    auto base = self.find_solid_opt(false, true);
    if (base) solids.insert(solids.begin(), *base);
    Shape r = solids[0];
    if (solids.size() > 1) { GEOM_TRY(r, kernel::fuse_all(solids)); }
    return wrap(self.new_object({StackItem::of_shape(r)}));
  };
  CQ_METHOD(t, "cut") {
    const std::string fn = "Workplane.cut";
    TRY(auto a, py::bind_args(ctx, fn, args, {"toCut", {"clean", py::Value::from_bool(true)}}));
    TRY(bool clean, a.boolean("clean"));
    TRY(Shape base, self.find_solid(ctx, fn));
    TRY(auto tools, operand_shapes(self, ctx, fn, a.get("toCut"), false));
    GEOM_TRY(Shape tool, compound_of(tools));
    GEOM_TRY(Shape r, kernel::cut(base, tool));
    GEOM_TRY(r, maybe_clean(r, clean));
    return wrap(self.new_object({StackItem::of_shape(r)}));
  };
  CQ_METHOD(t, "intersect") {
    const std::string fn = "Workplane.intersect";
    TRY(auto a, py::bind_args(ctx, fn, args, {"toIntersect", {"clean", py::Value::from_bool(true)}}));
    TRY(bool clean, a.boolean("clean"));
    TRY(Shape base, self.find_solid(ctx, fn));
    TRY(auto tools, operand_shapes(self, ctx, fn, a.get("toIntersect"), false));
    GEOM_TRY(Shape tool, compound_of(tools));
    GEOM_TRY(Shape r, kernel::common(base, tool));
    GEOM_TRY(r, maybe_clean(r, clean));
    return wrap(self.new_object({StackItem::of_shape(r)}));
  };
  CQ_METHOD(t, "translate") {
    const std::string fn = "Workplane.translate";
    TRY(auto a, py::bind_args(ctx, fn, args, {"vec"}));
    TRY(Vec3 v, to_vec3(ctx, a.get("vec"), fn + "() argument 'vec'"));
    std::vector<StackItem> objs = self.objects;
    for (auto& o : objs)
      if (o.is_shape()) { GEOM_TRY(o.shape, kernel::transform(o.shape, Transform::translation(v))); }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "rotate") {
    const std::string fn = "Workplane.rotate";
    TRY(auto a, py::bind_args(ctx, fn, args, {"axisStartPoint", "axisEndPoint", "angleDegrees"}));
    TRY(Vec3 p0, to_vec3(ctx, a.get("axisStartPoint"), fn + "() argument 'axisStartPoint'"));
    TRY(Vec3 p1, to_vec3(ctx, a.get("axisEndPoint"), fn + "() argument 'axisEndPoint'"));
    TRY(double ang, a.number("angleDegrees"));
    if ((p1 - p0).norm() == 0) return value_error(ctx, fn, "the rotation axis has zero length");
    Transform tr = Transform::rotation(p0, (p1 - p0).normalized(), ang * kPi / 180.0);
    std::vector<StackItem> objs = self.objects;
    for (auto& o : objs)
      if (o.is_shape()) { GEOM_TRY(o.shape, kernel::transform(o.shape, tr)); }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "rotateAboutCenter") {
    const std::string fn = "Workplane.rotateAboutCenter";
    TRY(auto a, py::bind_args(ctx, fn, args, {"axisEndPoint", "angleDegrees"}));
    TRY(Vec3 axis, to_vec3(ctx, a.get("axisEndPoint"), fn + "() argument 'axisEndPoint'"));
    TRY(double ang, a.number("angleDegrees"));
    if (axis.norm() == 0) return value_error(ctx, fn, "the rotation axis has zero length");
    std::vector<StackItem> objs;
    for (const auto& o : self.objects) {
      if (!o.is_shape()) continue;
      Transform tr = Transform::rotation(item_center(o), axis.normalized(), ang * kPi / 180.0);
      GEOM_TRY(Shape s, kernel::transform(o.shape, tr));
      objs.push_back(StackItem::of_shape(s));
    }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "mirror") {
    const std::string fn = "Workplane.mirror";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"mirrorPlane", py::Value::from_str("XY")}, {"basePointVector", py::Value::none()},
                               {"union", py::Value::from_bool(false)}}));
    TRY(bool do_union, a.boolean("union"));
    TRY(Transform tr, mirror_transform(ctx, fn, a.get("mirrorPlane"), a.get("basePointVector")));
    std::vector<StackItem> objs;
    for (const auto& o : self.objects) {
      if (!o.is_shape()) continue;
      GEOM_TRY(Shape s, kernel::transform(o.shape, tr));
      objs.push_back(StackItem::of_shape(s));
    }
    auto ns = self.new_object(std::move(objs));
    if (!do_union) return wrap(ns);
    py::Args ua;
    ua.positional.push_back(wrap(ns));
    return workplane_methods().at("union")(self, ctx, ua);
  };
  CQ_METHOD(t, "each") {
    const std::string fn = "Workplane.each";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"callback", {"useLocalCoordinates", py::Value::from_bool(false)},
                               {"combine", py::Value::from_bool(true)}, {"clean", py::Value::from_bool(true)}}));
    TRY(bool local, a.boolean("useLocalCoordinates"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    std::vector<py::Value> inputs;
    Transform to_local = self.plane.to_world_transform().inverse();
    for (const auto& o : self.objects) {
      if (!local) { inputs.push_back(item_to_value(o)); continue; }
      if (o.kind == StackItem::Kind::kVector) inputs.push_back(make_vector(self.plane.to_local(o.vec)));
      else if (o.is_shape()) {
        GEOM_TRY(Shape s, kernel::transform(o.shape, to_local));
        inputs.push_back(make_shape(s));
      } else {
        inputs.push_back(item_to_value(o));
      }
    }
    std::optional<Transform> move_by;
    if (local) move_by = self.plane.to_world_transform();
    TRY(auto res, collect_callback_results(self, ctx, fn, a.get("callback"), inputs, move_by));
    std::vector<Shape> shapes;
    for (const auto& r : res)
      if (r.is_shape()) shapes.push_back(r.shape);
    // Nothing to combine (points, locations): keep the results as they are.
    if (mode == CombineMode::kNone || shapes.empty()) return wrap(self.new_object(std::move(res)));
    TRY(auto ns, combine_with_base(self, ctx, fn, shapes, mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "eachpoint") {
    const std::string fn = "Workplane.eachpoint";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"callback", {"useLocalCoordinates", py::Value::from_bool(false)},
                               {"combine", py::Value::from_bool(false)}, {"clean", py::Value::from_bool(true)}}));
    TRY(bool local, a.boolean("useLocalCoordinates"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    Transform p = self.plane.to_world_transform();
    std::vector<py::Value> inputs;
    for (const auto& l : self.local_locations()) inputs.push_back(make_location(local ? l : l * p));
    std::optional<Transform> move_by;
    if (local) move_by = p;
    TRY(auto res, collect_callback_results(self, ctx, fn, a.get("callback"), inputs, move_by));
    std::vector<Shape> shapes;
    for (const auto& r : res)
      if (r.is_shape()) shapes.push_back(r.shape);
    if (mode == CombineMode::kNone || shapes.empty()) return wrap(self.new_object(std::move(res)));
    TRY(auto ns, combine_with_base(self, ctx, fn, shapes, mode, clean));
    return wrap(ns);
  };
}

}  // namespace cadscribe::cad
