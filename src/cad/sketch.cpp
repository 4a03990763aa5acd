// cad/sketch.cpp — cq.Sketch: the object, its constructor, the accessors other modules use, and
// the shared helpers of the method table (sketch_methods.h). Semantics: cadquery/sketch.py.
#include <cmath>

#include "cad/sketch_methods.h"
#include "cad/values.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;
using py::Value;

namespace sketch_detail {

namespace {

const MethodTable& methods() {
  static const MethodTable kTable = [] {
    MethodTable t;
    add_face_methods(t);
    add_selection_methods(t);
    add_edge_methods(t);
    return t;
  }();
  return kTable;
}

std::vector<Shape> faces_of(const Shape& s) {
  if (s.type() == ShapeType::kFace) return {s};
  return kernel::sub_shapes(s, ShapeType::kFace);
}
}  // namespace

SketchPtr new_sketch() { return std::make_shared<SketchObject>(); }
Value as_value(const SketchPtr& s) { return Value::from_object(s); }

base::Diag located(py::CallContext& ctx, const base::Diag& d) {
  base::Diag out = ctx.error(d.code, d.message);
  out.notes.insert(out.notes.end(), d.notes.begin(), d.notes.end());
  return out;
}

Result<char> mode_arg(py::CallContext& ctx, const py::BoundArgs& a) {
  TRY(std::string m, a.string("mode"));
  if (m.size() != 1 || std::string("asicr").find(m[0]) == std::string::npos) {
    return ctx.error("runtime.value_error", "Invalid mode: " + m);
  }
  return m[0];
}

Result<std::string> tag_arg(const py::BoundArgs& a, const char* name) {
  if (a.is_none(name)) return std::string();
  return a.string(name);
}

Result<std::vector<Value>> iterable_items(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (v.is_list()) return v.list_items();
  if (v.is_tuple()) return v.tuple_items();
  if (v.is_object()) {
    if (auto it = v.object()->iterate(ctx)) return std::move(*it);
  }
  return ctx.error("runtime.type_error", "'" + what + "' must be iterable, not " + v.type_name());
}

Result<Transform> location_arg(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (auto loc = v.object_as<LocationObject>()) return loc->t;
  TRY(Vec3 p, to_vec3(ctx, v, what));
  return Transform::translation(p);
}

void set_tag(SketchObject& s, const std::string& name, std::vector<SketchVal> vals) {
  for (auto& [k, v] : s.tags) {
    if (k == name) {
      v = std::move(vals);
      return;
    }
  }
  s.tags.emplace_back(name, std::move(vals));
}

Result<std::vector<SketchVal>> get_tag(py::CallContext& ctx, const SketchObject& s, const std::string& name) {
  for (const auto& [k, v] : s.tags) {
    if (k == name) return v;
  }
  return ctx.error("runtime.key_error", "Sketch has no tag '" + name + "'");
}

Value sketch_val_to_value(const SketchVal& v) {
  if (const auto* s = std::get_if<Shape>(&v)) return make_shape(*s);
  return make_location(std::get<Transform>(v));
}

std::vector<Transform> selection_locations(const SketchObject& s, bool ignore_selection) {
  std::vector<Transform> locs;
  if (s.selection && !s.selection->empty() && !ignore_selection) {
    for (const SketchVal& el : *s.selection) {
      if (const auto* t = std::get_if<Transform>(&el)) {
        locs.push_back(*t);
      } else {
        locs.push_back(Transform::translation(kernel::center_of_mass(std::get<Shape>(el))));
      }
    }
  } else {
    locs.push_back(Transform::identity());
  }
  return locs;
}

Result<Value> each_location(py::CallContext& ctx, const SketchPtr& s, const Value& self,
                            const std::function<Result<std::vector<Shape>>(const Transform&)>& make, char mode,
                            const std::string& tag, bool ignore_selection) {
  if (mode == 'c' && tag.empty()) {
    return ctx.error("runtime.value_error", "No tag specified - the geometry will be unreachable");
  }
  std::vector<Shape> res;
  for (const Transform& loc : selection_locations(*s, ignore_selection)) {
    if (auto d = ctx.budget().check_time()) return *d;
    TRY(std::vector<Shape> faces, make(loc));
    res.insert(res.end(), faces.begin(), faces.end());
  }
  if (!tag.empty()) set_tag(*s, tag, std::vector<SketchVal>(res.begin(), res.end()));
  if (mode != 'c') {
    auto combined = sketch_geom::combine(s->faces, res, mode);
    if (!combined) return located(ctx, combined.error());
    s->faces = std::move(*combined);
  }
  return self;
}

Result<std::vector<Shape>> faces_from_value(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (auto sk = v.object_as<SketchObject>()) return sk->faces;
  if (auto sh = v.object_as<ShapeObject>()) {
    if (sh->shape.type() == ShapeType::kWire) {
      auto f = sketch_geom::face_from_wires({sh->shape});
      if (!f) return located(ctx, f.error());
      return faces_of(*f);
    }
    if (sh->shape.type() == ShapeType::kEdge) {
      return faces_from_value(ctx, Value::from_list({v}), what);
    }
    return faces_of(sh->shape);
  }
  if (v.is_list() || v.is_tuple()) {
    TRY(std::vector<Value> items, iterable_items(ctx, v, what));
    std::vector<Shape> edges;
    for (const Value& it : items) {
      auto sh = it.object_as<ShapeObject>();
      if (!sh || sh->shape.type() != ShapeType::kEdge) {
        return ctx.error("runtime.type_error", "'" + what + "' must be a list of Edges, found " + it.type_name());
      }
      edges.push_back(sh->shape);
    }
    auto wires = sketch_geom::edges_to_wires(edges);
    if (!wires) return located(ctx, wires.error());
    auto f = sketch_geom::face_from_wires(*wires);
    if (!f) return located(ctx, f.error());
    return faces_of(*f);
  }
  return ctx.error("runtime.type_error", "Unsupported argument for '" + what + "': " + v.type_name());
}

}  // namespace sketch_detail

// ---------------------------------------------------------------- the object

using namespace sketch_detail;

Result<std::vector<Shape>> SketchObject::located_faces() const {
  std::vector<Shape> out;
  for (const Transform& l : locs) {
    for (const Shape& f : faces) {
      TRY(Shape m, kernel::transform(f, l));
      out.push_back(m);
    }
  }
  return out;
}

Result<Value> SketchObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<SketchObject>(shared_from_this());
  const auto& table = methods();
  if (auto it = table.find(name); it != table.end()) {
    Method m = it->second;
    return py::make_native("Sketch." + name, [self, m](py::CallContext& c, py::Args& args) -> Result<Value> {
      return m(self, Value::from_object(self), c, args);
    });
  }
  if (name == "_faces") {
    auto comp = kernel::make_compound(faces);
    if (!comp) return located(ctx, comp.error());
    return make_shape(*comp);
  }
  if (name == "locs") {
    std::vector<Value> items;
    for (const Transform& l : locs) items.push_back(make_location(l));
    return Value::from_list(std::move(items));
  }
  if (name == "parent") return reach_parent();
  return ctx.error("runtime.attribute_error", "'Sketch' object has no attribute '" + name + "'");
}

std::optional<Result<Value>> SketchObject::binary_op(py::CallContext& ctx, py::BinaryOp op, const Value& other,
                                                     bool reflected) {
  auto o = other.object_as<SketchObject>();
  if (!o) return std::nullopt;
  char mode;
  switch (op) {
    case py::BinaryOp::kAdd: mode = 'a'; break;
    case py::BinaryOp::kSub: mode = 's'; break;
    case py::BinaryOp::kMul: mode = 'i'; break;
    case py::BinaryOp::kDiv: return Result<Value>(ctx.error("unsupported.method", "Sketch.__truediv__ is not supported"));
    default: return std::nullopt;
  }
  // CadQuery combines val() of both sides: the selection's first item, or all faces.
  auto val_faces = [&](const SketchObject& sk) -> Result<std::vector<Shape>> {
    if (sk.selection && !sk.selection->empty()) {
      const auto* sh = std::get_if<Shape>(&sk.selection->front());
      if (!sh) return ctx.error("runtime.value_error", "Location was provided, Shape is required.");
      return faces_of(*sh);
    }
    return sk.faces;
  };
  const SketchObject& l = reflected ? *o : *this;
  const SketchObject& r = reflected ? *this : *o;
  auto lf = val_faces(l);
  if (!lf) return Result<Value>(lf.error());
  auto rf = val_faces(r);
  if (!rf) return Result<Value>(rf.error());
  auto res = sketch_geom::combine(*lf, *rf, mode);
  if (!res) return Result<Value>(located(ctx, res.error()));
  auto out = new_sketch();
  out->faces = std::move(*res);
  return Result<Value>(as_value(out));
}

std::optional<Result<std::vector<Value>>> SketchObject::iterate(py::CallContext& ctx) {
  std::vector<Value> out;
  if (!faces.empty()) {
    auto f = located_faces();
    if (!f) return Result<std::vector<Value>>(located(ctx, f.error()));
    for (const Shape& s : *f) out.push_back(make_shape(s));
  } else {
    for (const Transform& l : locs) {
      for (const SketchEdge& e : edges) {
        auto m = kernel::transform(e.edge, l);
        if (!m) return Result<std::vector<Value>>(located(ctx, m.error()));
        out.push_back(make_shape(*m));
      }
    }
  }
  return Result<std::vector<Value>>(std::move(out));
}

Value SketchObject::current_parent() const {
  if (!parent.is_none()) return parent;
  if (auto p = parent_weak.lock()) return Value::from_object(p);
  return Value();
}

Value SketchObject::reach_parent() {
  if (attach_to_parent) {
    auto attach = std::move(attach_to_parent);
    attach_to_parent = nullptr;
    attach(Value::from_object(shared_from_this()));
  }
  return current_parent();
}

std::vector<SketchVal> SketchObject::vals() const {
  if (selection) return *selection;
  std::vector<SketchVal> out;
  if (faces.empty() && !edges.empty()) {
    for (const SketchEdge& e : edges) out.emplace_back(e.edge);
  } else {
    for (const Shape& f : faces) out.emplace_back(f);
  }
  return out;
}

std::optional<Result<Value>> SketchObject::get_item(py::CallContext& ctx, const Value& key) {
  std::vector<SketchVal> all = vals();
  auto n = static_cast<int64_t>(all.size());
  std::vector<SketchVal> sel;
  auto pick = [&](const Value& k) -> base::Status {
    if (!k.is_int()) return ctx.error("runtime.type_error", "Sketch indices must be integers, not " + k.type_name());
    int64_t i = k.as_int() < 0 ? k.as_int() + n : k.as_int();
    if (i < 0 || i >= n) return ctx.error("runtime.index_error", "list index out of range");
    sel.push_back(all[static_cast<size_t>(i)]);
    return base::ok_status();
  };
  if (key.is_list() || key.is_tuple()) {
    for (const Value& k : key.is_list() ? key.list_items() : key.tuple_items()) {
      auto st = pick(k);
      if (!st) return Result<Value>(st.error());
    }
  } else {
    auto st = pick(key);
    if (!st) return Result<Value>(st.error());
  }
  selection = std::move(sel);
  return Result<Value>(Value::from_object(shared_from_this()));
}

std::string SketchObject::repr() const {
  return "<Sketch: " + std::to_string(faces.size()) + " faces, " + std::to_string(edges.size()) + " edges>";
}

Value make_sketch(const Value& parent, std::vector<Transform> locs) {
  auto s = new_sketch();
  s->parent = parent;
  if (!locs.empty()) s->locs = std::move(locs);
  return as_value(s);
}

bool is_sketch(const Value& v) { return v.object_as<SketchObject>() != nullptr; }

Value make_sketch_class() {
  return py::make_native("Sketch", [](py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch", args, {{"parent", Value()}, {"locs", Value()}, {"obj", Value()}}));
    auto s = new_sketch();
    s->parent = a.get("parent");
    if (!a.is_none("locs")) {
      TRY(std::vector<Value> items, iterable_items(ctx, a.get("locs"), "locs"));
      s->locs.clear();
      for (const Value& it : items) {
        TRY(Transform t, location_arg(ctx, it, "locs"));
        s->locs.push_back(t);
      }
    }
    if (!a.is_none("obj")) {
      auto sh = a.get("obj").object_as<ShapeObject>();
      if (!sh) return ctx.error("runtime.type_error", "Sketch(obj=...) must be a Shape, not " + a.get("obj").type_name());
      s->faces = faces_of(sh->shape);
    }
    return as_value(s);
  });
}

Result<std::vector<Shape>> sketch_faces(py::CallContext& ctx, const Value& sketch) {
  auto s = sketch.object_as<SketchObject>();
  if (!s) return ctx.error("runtime.type_error", "expected a Sketch, not " + sketch.type_name());
  auto f = s->located_faces();
  if (!f) return located(ctx, f.error());
  return f;
}

Result<std::vector<Shape>> sketch_local_faces(py::CallContext& ctx, const Value& sketch) {
  auto s = sketch.object_as<SketchObject>();
  if (!s) return ctx.error("runtime.type_error", "expected a Sketch, not " + sketch.type_name());
  return s->faces;
}

Result<std::vector<Transform>> sketch_locations(py::CallContext& ctx, const Value& sketch) {
  auto s = sketch.object_as<SketchObject>();
  if (!s) return ctx.error("runtime.type_error", "expected a Sketch, not " + sketch.type_name());
  return s->locs;
}

}  // namespace cadscribe::cad
