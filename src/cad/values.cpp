// cad/values.cpp — cq.Vector, cq.Plane, cq.Location and the Shape objects that val()/vals()
// return, plus the Python-value -> geometry conversions every binding in cad/ uses.
// Angles from Python are degrees; math::Transform holds the exact matrix. Shape methods return
// new shapes (values), except Shape.move/locate which CadQuery defines as in-place.
#include "cad/values.h"

#include <algorithm>
#include <cmath>

#include "cad/assembly.h"
#include "cad/selector.h"
#include "cad/sketch.h"
#include "cad/workplane.h"
#include "lang/py/args.h"
#include "cad/values_util.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;
using namespace values_detail;  // NOLINT: private helpers


// ---------------------------------------------------------------------------------------------
// Vector

Result<py::Value> VectorObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<VectorObject>(shared_from_this());
  const std::string fn = "Vector." + name;
  if (name == "x") return num(v.x);
  if (name == "y") return num(v.y);
  if (name == "z") return num(v.z);
  if (name == "Length") return num(v.norm());
  auto unary = [&](auto f) {
    return method(fn, [self, fn, f](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {}));
      return f(self->v);
    });
  };
  auto binary = [&](auto f) {
    return method(fn, [self, fn, f](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"v"}));
      TRY(Vec3 o, to_vec3(c, a.get("v"), fn + "() argument 'v'"));
      return f(self->v, o);
    });
  };
  if (name == "toTuple") return unary([](Vec3 p) { return tuple3(p); });
  if (name == "normalized") return unary([](Vec3 p) { return make_vector(p.normalized()); });
  if (name == "Center") return unary([](Vec3 p) { return make_vector(p); });
  if (name == "add") return binary([](Vec3 p, Vec3 q) { return make_vector(p + q); });
  if (name == "sub") return binary([](Vec3 p, Vec3 q) { return make_vector(p - q); });
  if (name == "dot") return binary([](Vec3 p, Vec3 q) { return num(p.dot(q)); });
  if (name == "cross") return binary([](Vec3 p, Vec3 q) { return make_vector(p.cross(q)); });
  if (name == "getAngle")
    return binary([](Vec3 p, Vec3 q) { return num(std::atan2(p.cross(q).norm(), p.dot(q))); });
  if (name == "multiply") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"scale"}));
      TRY(double s, a.number("scale"));
      return make_vector(self->v * s);
    });
  }
  if (name == "projectToPlane") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"plane"}));
      TRY(Frame f, to_frame(c, a.get("plane"), fn + "() argument 'plane'"));
      return make_vector(self->v - f.z_dir * (self->v - f.origin).dot(f.z_dir));
    });
  }
  return ctx.error("unsupported.method", "Vector." + name + " is not supported");
}

std::optional<Result<py::Value>> VectorObject::binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                                         bool reflected) {
  if (op == py::BinaryOp::kMul && other.is_number()) return Result<py::Value>(make_vector(v * other.as_double()));
  if (op == py::BinaryOp::kDiv && other.is_number() && !reflected) {
    if (other.as_double() == 0) return Result<py::Value>(ctx.error("runtime.zero_division", "Vector division by zero"));
    return Result<py::Value>(make_vector(v / other.as_double()));
  }
  if (op != py::BinaryOp::kAdd && op != py::BinaryOp::kSub) return std::nullopt;
  auto o = other.object_as<VectorObject>();
  if (!o && !other.is_tuple() && !other.is_list()) return std::nullopt;
  auto ov = to_vec3(ctx, other, "Vector operand");
  if (!ov) return Result<py::Value>(ov.error());
  if (op == py::BinaryOp::kAdd) return Result<py::Value>(make_vector(v + *ov));
  return Result<py::Value>(make_vector(reflected ? *ov - v : v - *ov));
}

std::optional<Result<py::Value>> VectorObject::unary_op(py::CallContext& ctx, py::UnaryOp op) {
  if (op == py::UnaryOp::kNeg) return Result<py::Value>(make_vector(-v));
  if (op == py::UnaryOp::kPos) return Result<py::Value>(make_vector(v));
  return std::nullopt;
}

std::optional<Result<std::vector<py::Value>>> VectorObject::iterate(py::CallContext& ctx) {
  return Result<std::vector<py::Value>>(std::vector<py::Value>{num(v.x), num(v.y), num(v.z)});
}

bool VectorObject::equals(const py::Value& other) const {
  auto o = other.object_as<VectorObject>();
  return o && (o->v - v).norm() <= 1e-5;
}

std::string VectorObject::repr() const { return "Vector: (" + fmt(v.x) + ", " + fmt(v.y) + ", " + fmt(v.z) + ")"; }

// ---------------------------------------------------------------------------------------------
// Plane

Result<py::Value> PlaneObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<PlaneObject>(shared_from_this());
  const std::string fn = "Plane." + name;
  if (name == "origin") return make_vector(frame.origin);
  if (name == "xDir") return make_vector(frame.x_dir);
  if (name == "yDir") return make_vector(frame.y_dir());
  if (name == "zDir") return make_vector(frame.z_dir);
  if (name == "location") return make_location(frame.to_world_transform());
  if (name == "toWorldCoords") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"tuplePoint"}));
      TRY(Vec3 p, arg_vec(c, a, "tuplePoint"));
      return make_vector(self->frame.to_world(p));
    });
  }
  if (name == "toLocalCoords") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"obj"}));
      if (auto s = a.get("obj").object_as<ShapeObject>()) {
        auto r = kernel::transform(s->shape, self->frame.to_world_transform().inverse());
        if (!r) return geom_at(c, fn, std::move(r).error());
        return make_shape(*r);
      }
      TRY(Vec3 p, arg_vec(c, a, "obj"));
      return make_vector(self->frame.to_local(p));
    });
  }
  if (name == "rotated") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args,
                                {{"rotate", py::Value::from_tuple({py::Value::from_int(0), py::Value::from_int(0),
                                                                   py::Value::from_int(0)})}}));
      TRY(Vec3 r, arg_vec(c, a, "rotate"));
      const Frame& p = self->frame;
      Transform tr = Transform::rotation({}, p.x_dir, rad(r.x)) * Transform::rotation({}, p.y_dir(), rad(r.y)) *
                     Transform::rotation({}, p.z_dir, rad(r.z));
      Frame f;
      f.origin = p.origin;
      f.x_dir = tr.apply_vector(p.x_dir).normalized();
      f.z_dir = tr.apply_vector(p.z_dir).normalized();
      return make_plane(f);
    });
  }
  if (name == "setOrigin2d") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {"x", "y"}));
      TRY(double x, a.number("x"));
      TRY(double y, a.number("y"));
      self->frame.origin = self->frame.to_world({x, y, 0});
      return py::Value::none();
    });
  }
  return ctx.error("unsupported.method", "Plane." + name + " is not supported");
}

std::string PlaneObject::repr() const {
  auto t = [](const Vec3& v) { return "(" + fmt(v.x) + ", " + fmt(v.y) + ", " + fmt(v.z) + ")"; };
  return "Plane(origin=" + t(frame.origin) + ", xDir=" + t(frame.x_dir) + ", normal=" + t(frame.z_dir) + ")";
}

// ---------------------------------------------------------------------------------------------
// Location

Result<py::Value> LocationObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<LocationObject>(shared_from_this());
  const std::string fn = "Location." + name;
  if (name == "inverse") return make_location(t.inverse());
  if (name == "toTuple") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {}));
      const auto& m = self->t.m;
      // Extrinsic XYZ angles of R = Rz Ry Rx.
      double ry = std::asin(std::clamp(-m[8], -1.0, 1.0));
      double rx = std::atan2(m[9], m[10]);
      double rz = std::atan2(m[4], m[0]);
      return py::Value::from_tuple({tuple3({m[3], m[7], m[11]}), tuple3({deg(rx), deg(ry), deg(rz)})});
    });
  }
  return ctx.error("unsupported.method", "Location." + name + " is not supported");
}

std::optional<Result<py::Value>> LocationObject::binary_op(py::CallContext& ctx, py::BinaryOp op,
                                                           const py::Value& other, bool reflected) {
  if (op != py::BinaryOp::kMul) return std::nullopt;
  if (auto o = other.object_as<LocationObject>())
    return Result<py::Value>(make_location(reflected ? o->t * t : t * o->t));
  if (auto s = other.object_as<ShapeObject>(); s && !reflected) {
    auto r = kernel::transform(s->shape, t);
    if (!r) return Result<py::Value>(at_call(ctx, "Location.__mul__", std::move(r).error()));
    return Result<py::Value>(make_shape(*r));
  }
  return std::nullopt;
}

std::string LocationObject::repr() const {
  return "Location((" + fmt(t.m[3]) + ", " + fmt(t.m[7]) + ", " + fmt(t.m[11]) + "))";
}

// ---------------------------------------------------------------------------------------------
// Factories and conversions

py::Value make_vector(const Vec3& v) { return py::Value::from_object(std::make_shared<VectorObject>(v)); }
py::Value make_plane(const Frame& f) { return py::Value::from_object(std::make_shared<PlaneObject>(f)); }
py::Value make_location(const Transform& t) { return py::Value::from_object(std::make_shared<LocationObject>(t)); }
py::Value make_shape(const Shape& s) { return py::Value::from_object(std::make_shared<ShapeObject>(s)); }

Result<Vec3> to_vec3(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  if (auto o = v.object_as<VectorObject>()) return o->v;
  if (auto s = v.object_as<ShapeObject>(); s && s->shape.type() == ShapeType::kVertex)
    return kernel::vertex_point(s->shape);
  if (v.is_tuple() || v.is_list()) {
    const auto& items = v.is_tuple() ? v.tuple_items() : v.list_items();
    if (items.size() == 2 || items.size() == 3) {
      double c[3] = {0, 0, 0};
      for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_number())
          return ctx.error("runtime.type_error", what + " must contain numbers, not " + items[i].type_name());
        c[i] = items[i].as_double();
      }
      return Vec3(c[0], c[1], c[2]);
    }
    return ctx.error("runtime.value_error",
                     what + " must have 2 or 3 coordinates, not " + std::to_string(items.size()));
  }
  return ctx.error("runtime.type_error", what + " must be a Vector or a tuple of 2 or 3 numbers, not " + v.type_name());
}

Result<Frame> named_frame(py::CallContext& ctx, const std::string& name, const Vec3& origin) {
  struct Named {
    const char* name;
    Vec3 x, z;
  };
  static const Named kPlanes[] = {
      {"XY", {1, 0, 0}, {0, 0, 1}},    {"YZ", {0, 1, 0}, {1, 0, 0}},     {"ZX", {0, 0, 1}, {0, 1, 0}},
      {"XZ", {1, 0, 0}, {0, -1, 0}},   {"YX", {0, 1, 0}, {0, 0, -1}},    {"ZY", {0, 0, 1}, {-1, 0, 0}},
      {"front", {1, 0, 0}, {0, 0, 1}}, {"back", {-1, 0, 0}, {0, 0, -1}}, {"left", {0, 0, 1}, {-1, 0, 0}},
      {"right", {0, 0, -1}, {1, 0, 0}}, {"top", {1, 0, 0}, {0, 1, 0}},  {"bottom", {1, 0, 0}, {0, -1, 0}},
  };
  for (const auto& p : kPlanes) {
    if (name == p.name) {
      Frame f;
      f.origin = origin;
      f.x_dir = p.x;
      f.z_dir = p.z;
      return f;
    }
  }
  return ctx.error("runtime.value_error",
                   "Supported plane names are XY YZ ZX XZ YX ZY front back left right top bottom, not '" + name + "'");
}

Result<Frame> to_frame(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  if (auto p = v.object_as<PlaneObject>()) return p->frame;
  if (v.is_str()) return named_frame(ctx, v.as_str(), {});
  return ctx.error("runtime.type_error", what + " must be a Plane or a plane name, not " + v.type_name());
}

Result<Transform> to_transform(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  if (auto l = v.object_as<LocationObject>()) return l->t;
  if (auto p = v.object_as<PlaneObject>()) return p->frame.to_world_transform();
  if (v.object_as<VectorObject>() || v.is_tuple() || v.is_list()) {
    TRY(Vec3 t, to_vec3(ctx, v, what));
    return Transform::translation(t);
  }
  return ctx.error("runtime.type_error", what + " must be a Location, Plane or Vector, not " + v.type_name());
}

Result<std::vector<Shape>> to_shapes(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  if (auto s = v.object_as<ShapeObject>()) return std::vector<Shape>{s->shape};
  if (auto w = v.object_as<WorkplaneObject>()) {
    auto out = stack_shapes(*w);
    if (out.empty()) {
      for (const auto& o : w->objects) {
        if (o.kind != StackItem::Kind::kOther) continue;
        TRY(auto more, to_shapes(ctx, o.other, what));
        out.insert(out.end(), more.begin(), more.end());
      }
    }
    if (out.empty()) {
      if (auto s = w->find_solid_opt()) out.push_back(*s);
    }
    return out;
  }
  if (is_sketch(v)) return sketch_faces(ctx, v);
  if (v.object_as<AssemblyObject>()) {
    TRY(Shape c, assembly_to_compound(ctx, v));
    return std::vector<Shape>{c};
  }
  if (v.is_list() || v.is_tuple()) {
    std::vector<Shape> out;
    for (const auto& it : v.is_list() ? v.list_items() : v.tuple_items()) {
      TRY(auto more, to_shapes(ctx, it, what));
      out.insert(out.end(), more.begin(), more.end());
    }
    return out;
  }
  return ctx.error("runtime.type_error", what + " must be a Shape, Workplane or Sketch, not " + v.type_name());
}

}  // namespace cadscribe::cad
