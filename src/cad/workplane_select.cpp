// cad/workplane_select.cpp — selection and workplane placement: faces/edges/vertices/wires/
// solids/shells/compounds (string and object selectors delegated to cad/selector.h),
// workplane() on selected faces/vertices (CadQuery 2.x rules for centre, normal and x direction),
// transformed(), copyWorkplane(), workplaneFromTagged(), and the Sketch hooks sketch() and
// placeSketch().
#include <cmath>

#include "cad/selector.h"
#include "cad/sketch.h"
#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;

Result<py::Value> select_objects(WorkplaneObject& self, py::CallContext& ctx, py::Args& args, ShapeType type,
                                 const std::string& fn) {
  TRY(auto a, py::bind_args(ctx, fn, args, {{"selector", py::Value::none()}, {"tag", py::Value::none()}}));
  const std::vector<StackItem>* objs = &self.objects;
  std::shared_ptr<TaggedState> tagged;
  if (!a.is_none("tag")) {
    TRY(std::string tag, a.string("tag"));
    TRY(tagged, get_tagged(self, ctx, fn, tag));
    objs = &tagged->objects;
  }
  std::vector<Shape> all;
  for (const auto& o : *objs) {
    if (!o.is_shape()) continue;
    for (const auto& s : kernel::sub_shapes(o.shape, type)) all.push_back(s);
  }
  all = dedupe(all);
  const py::Value& sel = a.get("selector");
  if (!sel.is_none()) {
    if (sel.is_str() && sel.as_str().empty()) {
      // CadQuery treats an empty selector like None.
    } else {
      auto r = select_shapes(ctx, sel, all, self.plane);
      if (!r) return at_call(ctx, fn, std::move(r).error());
      all = std::move(*r);
    }
  }
  std::vector<StackItem> items;
  for (auto& s : all) items.push_back(StackItem::of_shape(std::move(s)));
  return wrap(self.new_object(std::move(items)));
}

Vec3 compute_x_dir(const Vec3& normal, double tol) {
  Vec3 xd = Vec3(0, 0, 1).cross(normal);
  if (xd.norm() < tol) xd = {1, 0, 0};  // parallel to XY: keep the global x
  return xd.normalized();
}

bool is_coplanar(const Shape& f0, const Shape& f1, double tol) {
  Vec3 p0 = kernel::center_of_mass(f0), p1 = kernel::center_of_mass(f1);
  auto n0r = kernel::face_normal(f0);
  auto n1r = kernel::face_normal(f1);
  if (!n0r || !n1r) return false;
  Vec3 n0 = *n0r, n1 = *n1r;
  // CadQuery's test: ANY matching normal component, then the offset check.
  if (!(std::abs(n0.x - n1.x) < tol || std::abs(n0.y - n1.y) < tol || std::abs(n0.z - n1.z) < tol)) return false;
  return std::abs(n0.dot(p0 - p1)) < tol;
}

Vec3 bbox_center_of(const std::vector<Shape>& shapes) {
  mesh::Box b;
  for (const auto& s : shapes) {
    mesh::Box sb = kernel::bounding_box(s);
    if (sb.empty) continue;
    b.add(sb.min);
    b.add(sb.max);
  }
  return b.center();
}

Vec3 combined_center(const std::vector<Shape>& shapes) {
  auto c = kernel::make_compound(shapes);
  if (c) return kernel::center_of_mass(*c);
  Vec3 sum;
  for (const auto& s : shapes) sum += kernel::center_of_mass(s);
  return shapes.empty() ? sum : sum / static_cast<double>(shapes.size());
}

Vec3 project_to_plane(const Vec3& p, const Vec3& origin, const Vec3& normal) {
  Vec3 n = normal.normalized();
  return p - n * (p - origin).dot(n);
}

// The world location of each stack item (CadQuery's _locs, used by sketches).
std::vector<Transform> world_locations(const WorkplaneObject& self) {
  std::vector<Transform> locs;
  for (const auto& o : self.objects) {
    if (o.kind == StackItem::Kind::kLocation) {
      locs.push_back(o.loc);
    } else if (o.kind == StackItem::Kind::kVector || o.is_shape()) {
      Frame f = self.plane;
      f.origin = item_center(o);
      locs.push_back(f.to_world_transform());
    }
  }
  if (locs.empty()) locs.push_back(self.plane.to_world_transform());
  return locs;
}

}  // namespace

void register_workplane_select(WpMethodTable& t) {
  CQ_METHOD(t, "faces") { return select_objects(self, ctx, args, ShapeType::kFace, "Workplane.faces"); };
  CQ_METHOD(t, "edges") { return select_objects(self, ctx, args, ShapeType::kEdge, "Workplane.edges"); };
  CQ_METHOD(t, "vertices") { return select_objects(self, ctx, args, ShapeType::kVertex, "Workplane.vertices"); };
  CQ_METHOD(t, "wires") { return select_objects(self, ctx, args, ShapeType::kWire, "Workplane.wires"); };
  CQ_METHOD(t, "solids") { return select_objects(self, ctx, args, ShapeType::kSolid, "Workplane.solids"); };
  CQ_METHOD(t, "shells") { return select_objects(self, ctx, args, ShapeType::kShell, "Workplane.shells"); };
  CQ_METHOD(t, "compounds") { return select_objects(self, ctx, args, ShapeType::kCompound, "Workplane.compounds"); };

  CQ_METHOD(t, "workplane") {
    const std::string fn = "Workplane.workplane";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"offset", py::Value::from_float(0.0)}, {"invert", py::Value::from_bool(false)},
                               {"centerOption", py::Value::from_str("ProjectedOrigin")},
                               {"origin", py::Value::none()}}));
    TRY(double offset, a.number("offset"));
    TRY(bool invert, a.boolean("invert"));
    TRY(std::string opt, a.string("centerOption"));
    if (opt != "CenterOfMass" && opt != "ProjectedOrigin" && opt != "CenterOfBoundBox")
      return value_error(ctx, fn, "Undefined centerOption value provided.");
    const double tol = self.cq->tolerance;
    Vec3 center, normal, x_dir;
    if (self.objects.size() > 1) {
      std::vector<Shape> faces;
      for (const auto& o : self.objects)
        if (o.is_type(ShapeType::kFace)) faces.push_back(o.shape);
      bool planar = faces.size() == self.objects.size();
      for (const auto& f : faces) {
        std::string g = kernel::geom_type(f);
        if (g != "PLANE" && g != "CIRCLE") planar = false;
      }
      if (!planar) return value_error(ctx, fn, "If multiple objects selected, they all must be planar faces.");
      for (size_t i = 1; i < faces.size(); ++i)
        if (!is_coplanar(faces[0], faces[i], tol)) return value_error(ctx, fn, "Selected faces must be co-planar.");
      center = opt == "CenterOfBoundBox" ? bbox_center_of(faces) : combined_center(faces);
      GEOM_TRY(normal, kernel::face_normal(faces[0]));
      x_dir = compute_x_dir(normal, tol);
    } else {
      StackItem obj = self.objects.empty() ? StackItem::point(self.plane.origin) : self.objects[0];
      if (obj.is_type(ShapeType::kFace)) {
        center = opt == "CenterOfBoundBox" ? kernel::bbox_center(obj.shape) : kernel::center_of_mass(obj.shape);
        GEOM_TRY(normal, kernel::face_normal(obj.shape, center));
        x_dir = compute_x_dir(normal, tol);
      } else if (obj.kind == StackItem::Kind::kVector || obj.is_shape()) {
        center = (opt == "CenterOfBoundBox" && obj.is_shape()) ? kernel::bbox_center(obj.shape) : item_center(obj);
        const WorkplaneObject* par = self.parent.get();
        if (par && !par->objects.empty() && par->objects[0].is_type(ShapeType::kFace)) {
          GEOM_TRY(normal, kernel::face_normal(par->objects[0].shape, center));
          x_dir = compute_x_dir(normal, tol);
        } else {
          normal = self.plane.z_dir;
          x_dir = self.plane.x_dir;
        }
      } else {
        return value_error(ctx, fn, "Needs a face or a vertex or point on a work plane");
      }
    }
    if (opt == "ProjectedOrigin") {
      Vec3 orig = self.plane.origin;
      if (!a.is_none("origin")) { TRY(orig, to_vec3(ctx, a.get("origin"), fn + "() argument 'origin'")); }
      center = project_to_plane(orig, center, normal);
    }
    if (normal.norm() == 0) return value_error(ctx, fn, "the face normal is undefined");
    normal = normal.normalized();
    if (invert) normal = normal * -1.0;
    Frame p;
    p.origin = center + normal * offset;
    p.x_dir = x_dir.normalized();
    p.z_dir = normal;
    auto s = std::make_shared<WorkplaneObject>(p, self.cq);
    s->parent = self.self_ptr();
    return wrap(s);
  };
  CQ_METHOD(t, "transformed") {
    const std::string fn = "Workplane.transformed";
    py::Value zero3 = py::Value::from_tuple({py::Value::from_int(0), py::Value::from_int(0), py::Value::from_int(0)});
    TRY(auto a, py::bind_args(ctx, fn, args, {{"rotate", zero3}, {"offset", zero3}}));
    TRY(Vec3 rot, to_vec3(ctx, a.get("rotate"), fn + "() argument 'rotate'"));
    TRY(Vec3 off, to_vec3(ctx, a.get("offset"), fn + "() argument 'offset'"));
    const Frame& pl = self.plane;
    auto r = [](const Vec3& axis, double deg) { return Transform::rotation({}, axis, deg * kPi / 180.0); };
    Transform tr = r(pl.x_dir, rot.x) * r(pl.y_dir(), rot.y) * r(pl.z_dir, rot.z);
    Frame p;
    p.x_dir = tr.apply_vector(pl.x_dir).normalized();
    p.z_dir = tr.apply_vector(pl.z_dir).normalized();
    p.origin = pl.to_world(off);
    auto ns = self.new_object({StackItem::point(p.origin)});
    ns->plane = p;
    return wrap(ns);
  };
  CQ_METHOD(t, "copyWorkplane") {
    const std::string fn = "Workplane.copyWorkplane";
    TRY(auto a, py::bind_args(ctx, fn, args, {"obj"}));
    auto w = a.get("obj").object_as<WorkplaneObject>();
    if (!w) return ctx.error("runtime.type_error", fn + "() argument 'obj' must be a Workplane");
    auto out = std::make_shared<WorkplaneObject>(w->plane, self.cq);
    out->parent = self.self_ptr();
    return wrap(out);
  };
  CQ_METHOD(t, "workplaneFromTagged") {
    const std::string fn = "Workplane.workplaneFromTagged";
    TRY(auto a, py::bind_args(ctx, fn, args, {"name"}));
    TRY(std::string name, a.string("name"));
    TRY(auto tagged, get_tagged(self, ctx, fn, name));
    auto out = std::make_shared<WorkplaneObject>(tagged->plane, self.cq);
    out->parent = self.self_ptr();
    return wrap(out);
  };
  CQ_METHOD(t, "sketch") {
    const std::string fn = "Workplane.sketch";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    auto parent = self.new_object({});
    py::Value sk = make_sketch(wrap(parent), world_locations(self));
    // The parent gets the sketch on its stack only when finalize() (or `.parent`) reaches it:
    // holding it from now on would be a reference cycle with the sketch's `parent`.
    std::weak_ptr<WorkplaneObject> weak_parent = parent;
    sk.object_as<SketchObject>()->attach_to_parent = [weak_parent](const py::Value& s) {
      if (auto p = weak_parent.lock()) p->objects.push_back(StackItem::of_other(s));
    };
    return sk;
  };
  CQ_METHOD(t, "placeSketch") {
    const std::string fn = "Workplane.placeSketch";
    TRY(auto a, py::bind_args(ctx, fn, args, {"*sketches"}));
    std::vector<StackItem> rv;
    for (const auto& s : a.rest()) {
      if (!is_sketch(s)) return ctx.error("runtime.type_error", fn + "() arguments must be Sketch objects, not " + s.type_name());
      TRY(py::Value copy_m, s.object()->get_attr(ctx, "copy"));
      TRY(py::Value copy, ctx.call(copy_m, py::Args{}));
      auto sk = copy.object_as<SketchObject>();
      if (!sk) return value_error(ctx, fn, "Sketch.copy() did not return a Sketch");
      sk->locs = world_locations(self);
      rv.push_back(StackItem::of_other(copy));
    }
    return wrap(self.new_object(std::move(rv)));
  };
}

}  // namespace cadscribe::cad
