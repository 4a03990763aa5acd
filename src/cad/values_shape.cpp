// cad/values_shape.cpp — the Shape objects returned by val()/vals()/Faces()...: CadQuery's
// Shape API (Volume, Area, Center, BoundingBox, geomType, sub-shapes, selectors on shapes,
// transforms, booleans, normalAt/startPoint/tangentAt, fillet/chamfer/shell on solids).
// Shapes are values: every method returns a new shape except move/locate (in place, as CadQuery).
#include "cad/selector.h"
#include "cad/values_util.h"

namespace cadscribe::cad {

using namespace values_detail;  // NOLINT: private helpers

namespace {

// A small read-only object for BoundingBox() results.
class BoundBoxObject : public py::Object {
 public:
  explicit BoundBoxObject(mesh::Box b) : b_(b) {}
  [[nodiscard]] std::string type_name() const override { return "BoundBox"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& n) override {
    if (n == "xmin") return num(b_.min.x);
    if (n == "ymin") return num(b_.min.y);
    if (n == "zmin") return num(b_.min.z);
    if (n == "xmax") return num(b_.max.x);
    if (n == "ymax") return num(b_.max.y);
    if (n == "zmax") return num(b_.max.z);
    if (n == "xlen") return num(b_.size().x);
    if (n == "ylen") return num(b_.size().y);
    if (n == "zlen") return num(b_.size().z);
    if (n == "center") return make_vector(b_.center());
    if (n == "DiagonalLength") return num(b_.size().norm());
    return ctx.error("unsupported.method", "BoundBox." + n + " is not supported");
  }
  [[nodiscard]] std::string repr() const override {
    return "<BoundBox (" + fmt(b_.min.x) + ", " + fmt(b_.min.y) + ", " + fmt(b_.min.z) + ") - (" + fmt(b_.max.x) +
           ", " + fmt(b_.max.y) + ", " + fmt(b_.max.z) + ")>";
  }

 private:
  mesh::Box b_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Shape

std::string ShapeObject::type_name() const { return kernel::shape_type_name(shape.type()); }

bool ShapeObject::equals(const py::Value& other) const {
  auto o = other.object_as<ShapeObject>();
  return o && o->shape.is_same(shape);
}

std::string ShapeObject::repr() const { return "<cadquery.occ_impl.shapes." + type_name() + " object>"; }

std::optional<Result<py::Value>> ShapeObject::binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                                        bool reflected) {
  if (reflected) return std::nullopt;
  const char* name = op == py::BinaryOp::kAdd || op == py::BinaryOp::kOr ? "fuse"
                     : op == py::BinaryOp::kSub                         ? "cut"
                     : op == py::BinaryOp::kAnd                         ? "intersect"
                                                                        : nullptr;
  if (!name) return std::nullopt;
  auto m = get_attr(ctx, name);
  if (!m) return Result<py::Value>(m.error());
  py::Args args;
  args.positional.push_back(other);
  return ctx.call(*m, std::move(args));
}

Result<py::Value> ShapeObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<ShapeObject>(shared_from_this());
  const std::string fn = type_name() + "." + name;
  auto nullary = [&](auto f) {
    return method(fn, [self, fn, f](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {}));
      return f(c, self->shape);
    });
  };
  auto geom = [fn](py::CallContext& c, Result<Shape> r) -> Result<py::Value> {
    if (!r) return geom_at(c, fn, std::move(r).error());
    return make_shape(*r);
  };
  auto subs = [&](ShapeType t) {
    return nullary([t](py::CallContext&, const Shape& s) -> Result<py::Value> {
      std::vector<py::Value> out;
      for (const auto& x : kernel::sub_shapes(s, t)) out.push_back(make_shape(x));
      return py::Value::from_list(std::move(out));
    });
  };
  auto select = [&](ShapeType t) {
    return method(fn, [self, fn, t](py::CallContext& c, py::Args& args) -> Result<py::Value> {
      TRY(auto a, py::bind_args(c, fn, args, {{"selector", py::Value::none()}}));
      auto all = kernel::sub_shapes(self->shape, t);
      if (!a.is_none("selector")) {
        auto r = select_shapes(c, a.get("selector"), all, Frame{});
        if (!r) return at_call(c, fn, std::move(r).error());
        all = std::move(*r);
      }
      if (all.size() == 1) return make_shape(all[0]);
      auto comp = kernel::make_compound(all);
      if (!comp) return geom_at(c, fn, std::move(comp).error());
      return make_shape(*comp);
    });
  };
  using R = Result<py::Value>;
  if (name == "Volume") return nullary([](py::CallContext&, const Shape& s) -> R { return num(kernel::volume(s)); });
  if (name == "Area") return nullary([](py::CallContext&, const Shape& s) -> R { return num(kernel::area(s)); });
  if (name == "Length") return nullary([](py::CallContext&, const Shape& s) -> R { return num(kernel::length(s)); });
  if (name == "Center" || name == "centerOfMass")
    return nullary([](py::CallContext&, const Shape& s) -> R { return make_vector(kernel::center_of_mass(s)); });
  if (name == "CenterOfBoundBox")
    return nullary([](py::CallContext&, const Shape& s) -> R { return make_vector(kernel::bbox_center(s)); });
  if (name == "BoundingBox") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {{"tolerance", py::Value::none()}}));
      return py::Value::from_object(std::make_shared<BoundBoxObject>(kernel::bounding_box(self->shape)));
    });
  }
  if (name == "geomType")
    return nullary([](py::CallContext&, const Shape& s) -> R { return py::Value::from_str(kernel::geom_type(s)); });
  if (name == "ShapeType")
    return nullary([](py::CallContext&, const Shape& s) -> R {
      return py::Value::from_str(kernel::shape_type_name(s.type()));
    });
  if (name == "isValid")
    return nullary([](py::CallContext&, const Shape& s) -> R {
      return py::Value::from_bool(kernel::check_validity(s).brep_valid);
    });
  if (name == "isNull") return nullary([](py::CallContext&, const Shape& s) -> R { return py::Value::from_bool(s.is_null()); });
  if (name == "hashCode")
    return nullary([](py::CallContext&, const Shape& s) -> R {
      return py::Value::from_int(static_cast<int64_t>(s.hash() & 0x7fffffff));
    });
  if (name == "copy") return nullary([](py::CallContext&, const Shape& s) -> R { return make_shape(s); });
  if (name == "Faces") return subs(ShapeType::kFace);
  if (name == "Edges") return subs(ShapeType::kEdge);
  if (name == "Vertices") return subs(ShapeType::kVertex);
  if (name == "Wires") return subs(ShapeType::kWire);
  if (name == "Solids") return subs(ShapeType::kSolid);
  if (name == "Shells") return subs(ShapeType::kShell);
  if (name == "Compounds") return subs(ShapeType::kCompound);
  if (name == "faces") return select(ShapeType::kFace);
  if (name == "edges") return select(ShapeType::kEdge);
  if (name == "vertices") return select(ShapeType::kVertex);
  if (name == "wires") return select(ShapeType::kWire);
  if (name == "solids") return select(ShapeType::kSolid);
  if (shape.type() == ShapeType::kVertex) {
    Vec3 p = kernel::vertex_point(shape);
    if (name == "X") return num(p.x);
    if (name == "Y") return num(p.y);
    if (name == "Z") return num(p.z);
    if (name == "toTuple") return nullary([p](py::CallContext&, const Shape&) -> R { return tuple3(p); });
  }
  if (name == "clean")
    return nullary([geom](py::CallContext& c, const Shape& s) -> R { return geom(c, kernel::clean(s)); });
  if (name == "fix") return nullary([](py::CallContext&, const Shape& s) -> R { return make_shape(s); });
  if (name == "isSame") {
    return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"other"}));
      auto o = a.get("other").object_as<ShapeObject>();
      return py::Value::from_bool(o && o->shape.is_same(self->shape));
    });
  }
  if (name == "translate") {
    return method(fn, [self, fn, geom](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"vector"}));
      TRY(Vec3 v, arg_vec(c, a, "vector"));
      return geom(c, kernel::transform(self->shape, Transform::translation(v)));
    });
  }
  if (name == "rotate") {
    return method(fn, [self, fn, geom](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"startVector", "endVector", "angleDegrees"}));
      TRY(Vec3 p0, arg_vec(c, a, "startVector"));
      TRY(Vec3 p1, arg_vec(c, a, "endVector"));
      TRY(double ang, a.number("angleDegrees"));
      if ((p1 - p0).norm() == 0) return c.error("runtime.value_error", fn + ": the rotation axis has zero length");
      return geom(c, kernel::transform(self->shape, Transform::rotation(p0, (p1 - p0).normalized(), rad(ang))));
    });
  }
  if (name == "scale") {
    return method(fn, [self, fn, geom](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"factor"}));
      TRY(double f, a.number("factor"));
      return geom(c, kernel::transform(self->shape, Transform::scaling(f)));
    });
  }
  if (name == "mirror") {
    return method(fn, [self, fn, geom](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args,
                                {{"mirrorPlane", py::Value::from_str("XY")},
                                 {"basePointVector", py::Value::from_tuple({py::Value::from_int(0),
                                                                            py::Value::from_int(0),
                                                                            py::Value::from_int(0)})}}));
      TRY(Transform tr, mirror_of(c, fn, a.get("mirrorPlane"), a.get("basePointVector")));
      return geom(c, kernel::transform(self->shape, tr));
    });
  }
  if (name == "moved" || name == "located" || name == "move" || name == "locate") {
    bool in_place = name == "move" || name == "locate";
    return method(fn, [self, fn, geom, in_place](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"loc"}));
      TRY(Transform tr, to_transform(c, a.get("loc"), fn + "() argument 'loc'"));
      auto r = kernel::transform(self->shape, tr);
      if (!r) return geom_at(c, fn, std::move(r).error());
      if (!in_place) return make_shape(*r);
      self->shape = *r;
      return py::Value::from_object(self);
    });
  }
  if (name == "fuse" || name == "cut" || name == "intersect") {
    std::string op = name;
    return method(fn, [self, fn, geom, op](py::CallContext& c, py::Args& args) -> R {
      TRY(auto a, py::bind_args(c, fn, args, {"*toolShapes", {"glue", py::Value::from_bool(false)},
                                              {"tol", py::Value::none()}}));
      if (op == "fuse") {
        // Every operand is its own argument, so overlapping tools are merged too.
        std::vector<Shape> all{self->shape};
        for (const auto& v : a.rest()) {
          TRY(auto s, to_shapes(c, v, fn + "() argument"));
          all.insert(all.end(), s.begin(), s.end());
        }
        if (all.size() < 2) return c.error("runtime.type_error", fn + "() needs at least one shape");
        return geom(c, kernel::fuse_all(all));
      }
      TRY(Shape tool, tools_of(c, fn, a.rest()));
      if (op == "cut") return geom(c, kernel::cut(self->shape, tool));
      return geom(c, kernel::common(self->shape, tool));
    });
  }
  if (shape.type() == ShapeType::kFace) {
    if (name == "normalAt") {
      return method(fn, [self, fn](py::CallContext& c, py::Args& args) -> R {
        TRY(auto a, py::bind_args(c, fn, args, {{"locationVector", py::Value::none()}}));
        std::optional<Vec3> at;
        if (!a.is_none("locationVector")) { TRY(at, arg_vec(c, a, "locationVector")); }
        auto n = kernel::face_normal(self->shape, at);
        if (!n) return geom_at(c, fn, std::move(n).error());
        return make_vector(*n);
      });
    }
    if (name == "outerWire" || name == "innerWires") {
      bool outer = name == "outerWire";
      return nullary([outer](py::CallContext&, const Shape& s) -> R {
        auto ws = kernel::sub_shapes(s, ShapeType::kWire);
        if (outer) return ws.empty() ? py::Value::none() : make_shape(ws[0]);
        std::vector<py::Value> out;
        for (size_t i = 1; i < ws.size(); ++i) out.push_back(make_shape(ws[i]));
        return py::Value::from_list(std::move(out));
      });
    }
  }
  if (shape.type() == ShapeType::kEdge || shape.type() == ShapeType::kWire) {
    auto at_param = [&](bool tangent, std::optional<double> fixed) {
      return method(fn, [self, fn, tangent, fixed](py::CallContext& c, py::Args& args) -> R {
        double t = fixed.value_or(0.5);
        if (!fixed) {
          TRY(auto a, py::bind_args(c, fn, args, {{"locationParam", py::Value::from_float(0.5)}}));
          TRY(t, a.number("locationParam"));
        } else {
          TRY(auto a, py::bind_args(c, fn, args, {}));
        }
        Shape e = self->shape;
        if (e.type() == ShapeType::kWire) {
          auto es = order_edges(kernel::sub_shapes(e, ShapeType::kEdge));
          if (es.empty()) return c.error("runtime.value_error", fn + ": empty wire");
          e = t <= 0.5 ? es.front() : es.back();
        }
        auto r = tangent ? kernel::edge_tangent(e, t) : kernel::edge_point(e, t);
        if (!r) return geom_at(c, fn, std::move(r).error());
        return make_vector(*r);
      });
    };
    if (name == "startPoint") return at_param(false, 0.0);
    if (name == "endPoint") return at_param(false, 1.0);
    if (name == "positionAt") return at_param(false, std::nullopt);
    if (name == "tangentAt") return at_param(true, std::nullopt);
    if (name == "IsClosed")
      return nullary([](py::CallContext&, const Shape& s) -> R { return py::Value::from_bool(kernel::is_closed(s)); });
  }
  if (shape.type() == ShapeType::kSolid || shape.type() == ShapeType::kCompound) {
    if (name == "fillet" || name == "chamfer") {
      bool is_fillet = name == "fillet";
      return method(fn, [self, fn, geom, is_fillet](py::CallContext& c, py::Args& args) -> R {
        std::vector<Shape> edges;
        double d1 = 0;
        std::optional<double> d2;
        if (is_fillet) {
          TRY(auto a, py::bind_args(c, fn, args, {"radius", "edgeList"}));
          TRY(d1, a.number("radius"));
          TRY(edges, to_shapes(c, a.get("edgeList"), fn + "() argument 'edgeList'"));
          return geom(c, kernel::fillet(self->shape, edges, d1));
        }
        TRY(auto a, py::bind_args(c, fn, args, {"length", "length2", "edgeList"}));
        TRY(d1, a.number("length"));
        TRY(d2, to_opt_number(c, a.get("length2"), fn + "() argument 'length2'"));
        TRY(edges, to_shapes(c, a.get("edgeList"), fn + "() argument 'edgeList'"));
        return geom(c, kernel::chamfer(self->shape, edges, d1, d2));
      });
    }
    if (name == "shell") {
      return method(fn, [self, fn, geom](py::CallContext& c, py::Args& args) -> R {
        TRY(auto a, py::bind_args(c, fn, args, {"faceList", "thickness", {"kind", py::Value::from_str("arc")}}));
        TRY(auto faces, to_shapes(c, a.get("faceList"), fn + "() argument 'faceList'"));
        TRY(double th, a.number("thickness"));
        TRY(std::string kind, a.string("kind"));
        return geom(c, kernel::shell(self->shape, faces, th, kind));
      });
    }
  }
  return ctx.error("unsupported.method", fn + " is not supported");
}

}  // namespace cadscribe::cad
