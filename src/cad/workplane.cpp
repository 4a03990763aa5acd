// cad/workplane.cpp — the Workplane object: stack, parent chain, shared context, attribute
// dispatch, the constructor, and the stack-level methods (val/vals/end/tag/add/each/eachpoint,
// booleans and their operators, transforms, clean/combine).
// Invariant: every method returns a NEW Workplane except add/tag/toPending, which return self as
// CadQuery does. Unknown attributes fail with unsupported.method naming "Workplane.<name>".
#include "cad/workplane.h"

#include <cmath>

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

const WpMethodTable& workplane_methods() {
  static const WpMethodTable table = [] {
    WpMethodTable t;
    register_workplane_core(t);
    register_workplane_2d(t);
    register_workplane_3d(t);
    register_workplane_select(t);
    register_workplane_points(t);
    register_workplane_features(t);
    register_workplane_curves(t);
    return t;
  }();
  return table;
}

// ---------------------------------------------------------------------------------------------
// The object

std::shared_ptr<WorkplaneObject> WorkplaneObject::self_ptr() {
  return std::static_pointer_cast<WorkplaneObject>(shared_from_this());
}

std::shared_ptr<WorkplaneObject> WorkplaneObject::new_object(std::vector<StackItem> objs) {
  auto ns = std::make_shared<WorkplaneObject>(plane, cq);
  ns->parent = self_ptr();
  ns->objects = std::move(objs);
  return ns;
}

Result<py::Value> WorkplaneObject::get_attr(py::CallContext& ctx, const std::string& name) {
  const auto& t = workplane_methods();
  auto it = t.find(name);
  if (it != t.end()) {
    auto self = self_ptr();
    WpMethod m = it->second;
    return py::make_native("Workplane." + name, [self, m](py::CallContext& c, py::Args& a) -> Result<py::Value> {
      // Geometry dominates run time and the evaluator reads the clock only every few thousand
      // steps, so every CadQuery call checks the wall-clock budget first.
      if (auto d = c.budget().check_time()) return c.error(d->code, d->message);
      return m(*self, c, a);
    });
  }
  if (name == "plane") return make_plane(plane);
  if (name == "objects") {
    std::vector<py::Value> vs;
    for (const auto& o : objects) vs.push_back(item_to_value(o));
    return py::Value::from_list(std::move(vs));
  }
  if (name == "parent") return parent ? wrap(parent) : py::Value::none();
  return ctx.error("unsupported.method", "Workplane." + name + " is not supported");
}

std::optional<Result<py::Value>> WorkplaneObject::binary_op(py::CallContext& ctx, py::BinaryOp op,
                                                            const py::Value& other, bool reflected) {
  if (reflected) return std::nullopt;
  const char* name = nullptr;
  switch (op) {
    case py::BinaryOp::kAdd:
    case py::BinaryOp::kOr: name = "union"; break;
    case py::BinaryOp::kSub: name = "cut"; break;
    case py::BinaryOp::kAnd: name = "intersect"; break;
    default: return std::nullopt;
  }
  py::Args args;
  args.positional.push_back(other);
  return workplane_methods().at(name)(*this, ctx, args);
}

std::optional<Result<std::vector<py::Value>>> WorkplaneObject::iterate(py::CallContext& ctx) {
  std::vector<py::Value> out;
  for (const auto& o : objects) {
    if (o.is_type(ShapeType::kCompound)) {
      auto solids = kernel::sub_shapes(o.shape, ShapeType::kSolid);
      if (!solids.empty()) {
        for (const auto& s : solids) out.push_back(make_shape(s));
        continue;
      }
    }
    if (o.is_shape()) out.push_back(make_shape(o.shape));
    else if (o.kind == StackItem::Kind::kOther) {
      auto r = to_shapes(ctx, o.other, "Workplane.__iter__");
      if (!r) return Result<std::vector<py::Value>>(r.error());
      for (const auto& s : *r) out.push_back(make_shape(s));
    }
  }
  return Result<std::vector<py::Value>>(std::move(out));
}

std::string WorkplaneObject::repr() const {
  return "<cadquery.Workplane object, " + std::to_string(objects.size()) + " object(s) on the stack>";
}

std::optional<Shape> WorkplaneObject::find_solid_opt(bool search_stack, bool search_parents) const {
  const WorkplaneObject* w = this;
  bool first = true;
  while (w) {
    if (search_stack || !first) {
      std::vector<Shape> found;
      for (const auto& o : w->objects)
        if (o.is_type(ShapeType::kSolid) || o.is_type(ShapeType::kCompound)) found.push_back(o.shape);
      if (found.size() == 1) return found[0];
      if (found.size() > 1) {
        auto c = kernel::make_compound(found);
        if (c) return *c;
        return found[0];
      }
    }
    if (!search_parents) break;
    first = false;
    w = w->parent.get();
  }
  return std::nullopt;
}

Result<Shape> WorkplaneObject::find_solid(py::CallContext& ctx, const std::string& method, bool search_stack,
                                          bool search_parents) const {
  auto s = find_solid_opt(search_stack, search_parents);
  if (!s) {
    return value_error(ctx, method,
                       std::string("Cannot find a solid ") + (search_stack ? "on the stack or " : "") +
                           "in the parent chain");
  }
  return *s;
}

std::vector<Transform> WorkplaneObject::local_locations() const {
  std::vector<Transform> out;
  if (objects.empty()) {
    out.push_back(Transform::identity());
    return out;
  }
  for (const auto& o : objects) {
    if (o.kind == StackItem::Kind::kLocation) out.push_back(o.loc);
    else out.push_back(Transform::translation(plane.to_local(item_center(o))));
  }
  return out;
}

Result<std::vector<Shape>> WorkplaneObject::place_at_points(const Shape& local_shape) const {
  Transform p = plane.to_world_transform();
  std::vector<Shape> out;
  for (const auto& l : local_locations()) {
    TRY(Shape s, kernel::transform(local_shape, p * l));
    out.push_back(s);
  }
  return out;
}

void WorkplaneObject::add_pending_edge(const Shape& edge) {
  cq->pending_edges.push_back(edge);
  if (!cq->first_point) {
    auto p = kernel::edge_point(edge, 0);
    if (p) cq->first_point = plane.to_local(*p);
  }
}

Result<std::vector<Shape>> WorkplaneObject::get_faces(py::CallContext& ctx, const std::string& method) {
  std::vector<Shape> rv;
  for (const auto& o : objects) {
    // As CadQuery 2.4+: faces on the stack (or compounds of faces) are used directly.
    if (o.is_type(ShapeType::kFace)) {
      rv.push_back(o.shape);
      continue;
    }
    if (o.is_type(ShapeType::kCompound) && kernel::sub_shapes(o.shape, ShapeType::kSolid).empty()) {
      for (const auto& f : kernel::sub_shapes(o.shape, ShapeType::kFace)) rv.push_back(f);
      continue;
    }
    if (o.kind != StackItem::Kind::kOther) continue;
    TRY(auto faces, to_shapes(ctx, o.other, method));
    for (const auto& f : faces) {
      if (f.type() == ShapeType::kFace) rv.push_back(f);
      else for (const auto& sf : kernel::sub_shapes(f, ShapeType::kFace)) rv.push_back(sf);
    }
  }
  if (!rv.empty()) return rv;
  if (cq->pending_wires.empty()) return value_error(ctx, method, "No pending wires present");
  std::vector<Shape> wires = std::move(cq->pending_wires);
  cq->pending_wires.clear();
  auto faces = kernel::make_faces(wires);
  if (!faces) return at_call(ctx, method, std::move(faces).error());
  return std::move(*faces);
}

std::vector<Shape> stack_shapes(const WorkplaneObject& w) {
  std::vector<Shape> out;
  for (const auto& o : w.objects)
    if (o.is_shape()) out.push_back(o.shape);
  return out;
}

Result<std::shared_ptr<TaggedState>> get_tagged(WorkplaneObject& self, py::CallContext& ctx, const std::string& method,
                                                const std::string& name) {
  auto it = self.cq->tags.find(name);
  if (it == self.cq->tags.end()) return value_error(ctx, method, "No Workplane object named " + name + " in chain");
  return it->second;
}

void merge_tags(WorkplaneObject& self, const WorkplaneObject& other) {
  if (self.cq == other.cq) return;
  for (const auto& [k, v] : other.cq->tags) self.cq->tags.emplace(k, v);  // self's tags win
}

Result<std::shared_ptr<WorkplaneObject>> combine_with_base(WorkplaneObject& self, py::CallContext& ctx,
                                                           const std::string& fn, std::vector<Shape> objs,
                                                           CombineMode mode, bool clean) {
  std::shared_ptr<WorkplaneObject> ns;
  if (mode != CombineMode::kNone && !objs.empty()) {
    auto base = self.find_solid_opt(true, true);
    Shape r;
    if (mode == CombineMode::kCut) {
      GEOM_TRY(Shape tool, compound_of(objs));
      if (base) { GEOM_TRY(r, kernel::cut(*base, tool)); }
      else r = tool;
    } else if (base) {
      std::vector<Shape> all{*base};
      all.insert(all.end(), objs.begin(), objs.end());
      GEOM_TRY(r, kernel::fuse_all(all));
    } else if (objs.size() > 1) {
      GEOM_TRY(r, kernel::fuse_all(objs));
    } else {
      GEOM_TRY(r, fuse_compound(objs[0]));
    }
    ns = self.new_object({StackItem::of_shape(r)});
  } else {
    std::vector<StackItem> items;
    for (auto& s : objs) items.push_back(StackItem::of_shape(s));
    ns = self.new_object(std::move(items));
  }
  if (clean) {
    for (auto& o : ns->objects) {
      if (!o.is_shape()) continue;
      auto c = kernel::clean(o.shape);
      if (c) o.shape = *c;  // an uncleanable shape stays as built
    }
  }
  return ns;
}

Result<py::Value> construct_workplane(py::CallContext& ctx, py::Args& args) {
  const std::string fn = "Workplane";
  TRY(auto a, py::bind_args(ctx, fn, args,
                            {{"inPlane", py::Value::from_str("XY")},
                             {"origin", py::Value::from_tuple({py::Value::from_int(0), py::Value::from_int(0),
                                                               py::Value::from_int(0)})},
                             {"obj", py::Value::none()}}));
  TRY(Vec3 origin, to_vec3(ctx, a.get("origin"), "Workplane() argument 'origin'"));
  const py::Value& in = a.get("inPlane");
  math::Frame frame;
  py::Value obj = a.get("obj");
  if (auto p = in.object_as<PlaneObject>()) {
    frame = p->frame;
  } else if (in.is_str()) {
    TRY(frame, named_frame(ctx, in.as_str(), origin));
  } else if (in.object_as<VectorObject>() || in.object_as<LocationObject>() || in.object_as<ShapeObject>()) {
    obj = in;
    TRY(frame, named_frame(ctx, "XY", origin));
  } else {
    return ctx.error("runtime.value_error", "Workplane(): provided value " + in.repr() + " is not a valid work plane");
  }
  auto w = std::make_shared<WorkplaneObject>(frame, std::make_shared<CQContext>());
  if (!obj.is_none()) w->objects.push_back(value_to_item(obj));
  return wrap(w);
}

}  // namespace cadscribe::cad
