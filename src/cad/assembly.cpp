// cad/assembly.cpp — cq.Assembly (tree of located objects) and cq.Color. Semantics:
// cadquery/assembly.py and cadquery/occ_impl/assembly.py (Color); see cad/assembly.h.
#include <cstdio>

#include "cad/assembly.h"
#include "cad/values.h"
#include "lang/py/args.h"
#include "lang/py/containers.h"

namespace cadscribe::cad {

using kernel::Shape;
using math::Transform;
using py::Value;

namespace {

base::Diag located(py::CallContext& ctx, const base::Diag& d) {
  base::Diag out = ctx.error(d.code, d.message);
  out.notes.insert(out.notes.end(), d.notes.begin(), d.notes.end());
  return out;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

Result<Transform> loc_arg(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (v.is_none()) return Transform::identity();
  if (auto l = v.object_as<LocationObject>()) return l->t;
  return to_transform(ctx, v, what);
}

Result<std::optional<Rgba>> color_arg(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (v.is_none()) return std::optional<Rgba>();
  if (auto c = v.object_as<ColorObject>()) return std::optional<Rgba>(c->color);
  if (v.is_str()) {
    auto c = color_from_name(v.as_str());
    if (!c) return ctx.error("runtime.value_error", "Unknown color name: " + v.as_str());
    return std::optional<Rgba>(*c);
  }
  return ctx.error("runtime.type_error", what + " must be a Color, not " + v.type_name());
}

Result<Value> check_obj(py::CallContext& ctx, const Value& v) {
  if (v.is_none() || v.object_as<ShapeObject>() || v.object_as<AssemblyObject>()) return v;
  if (v.is_object() && v.type_name() == "Workplane") return v;
  return ctx.error("runtime.type_error", "Assembly object must be a Shape, a Workplane or None, not " + v.type_name());
}

bool has_object(const AssemblyObject& a, const std::string& name) {
  for (const auto& [k, v] : a.objects) {
    if (k == name) return true;
  }
  return false;
}

void put_object(AssemblyObject& a, const std::string& name, std::weak_ptr<AssemblyObject> node) {
  for (auto& [k, v] : a.objects) {
    if (k == name) {
      v = std::move(node);
      return;
    }
  }
  a.objects.emplace_back(name, std::move(node));
}

std::shared_ptr<AssemblyObject> new_assembly(const Value& obj, const Transform& loc, const std::string& name,
                                             std::optional<Rgba> color, const Value& metadata) {
  auto a = std::make_shared<AssemblyObject>();
  a->obj = obj;
  a->loc = loc;
  a->name = name.empty() ? "assembly" : name;
  a->color = color;
  a->metadata = metadata;
  a->objects.emplace_back(a->name, a);
  return a;
}

// The `add` method: CadQuery's Assembly.add for both overloads.
Result<Value> add_method(const std::shared_ptr<AssemblyObject>& self, py::CallContext& ctx, py::Args& args) {
  TRY(auto a, py::bind_args(ctx, "Assembly.add", args,
                            {"obj", {"loc", Value()}, {"name", Value()}, {"color", Value()}, {"metadata", Value()}}));
  TRY(Value obj, check_obj(ctx, a.get("obj")));
  std::shared_ptr<AssemblyObject> sub;
  if (auto other = obj.object_as<AssemblyObject>()) {
    sub = other->copy_tree();
    if (!a.is_none("loc")) {
      TRY(sub->loc, loc_arg(ctx, a.get("loc"), "Assembly.add() argument 'loc'"));
    }
    if (!a.is_none("color")) {
      TRY(sub->color, color_arg(ctx, a.get("color"), "Assembly.add() argument 'color'"));
    }
    if (!a.is_none("metadata")) sub->metadata = a.get("metadata");
    if (!a.is_none("name")) {
      TRY(std::string n, a.string("name"));
      if (!n.empty()) sub->name = n;
    }
  } else {
    TRY(Transform loc, loc_arg(ctx, a.get("loc"), "Assembly.add() argument 'loc'"));
    TRY(std::optional<Rgba> color, color_arg(ctx, a.get("color"), "Assembly.add() argument 'color'"));
    std::string name;
    if (!a.is_none("name")) {
      TRY(name, a.string("name"));
    }
    if (name.empty()) {
      // A deterministic stand-in for CadQuery's uuid: unique among this assembly's objects.
      for (size_t i = self->objects.size();; ++i) {
        name = self->name + "_" + std::to_string(i);
        if (!has_object(*self, name)) break;
      }
    }
    sub = new_assembly(obj, loc, name, color, a.get("metadata"));
  }
  if (has_object(*self, sub->name)) return ctx.error("runtime.value_error", "Unique name is required");
  sub->parent = self;
  // The copy's own objects entry for itself must name the (possibly renamed) node.
  sub->objects.clear();
  std::vector<std::shared_ptr<AssemblyObject>> stack{sub};
  while (!stack.empty()) {
    auto n = stack.back();
    stack.pop_back();
    put_object(*sub, n->name, n);
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
  self->children.push_back(sub);
  for (const auto& [k, v] : sub->objects) put_object(*self, k, v);
  return Value::from_object(self);
}

void traverse(const std::shared_ptr<AssemblyObject>& a, std::vector<Value>& out) {
  for (const auto& ch : a->children) traverse(ch, out);
  out.push_back(Value::from_tuple({Value::from_str(a->name), Value::from_object(a)}));
}

}  // namespace

// ---------------------------------------------------------------- Color

Result<Value> ColorObject::get_attr(py::CallContext& ctx, const std::string& name) {
  if (name == "toTuple") {
    Rgba c = color;
    return py::make_native("Color.toTuple", [c](py::CallContext& cx, py::Args& args) -> Result<Value> {
      TRY(auto a, py::bind_args(cx, "Color.toTuple", args, {}));
      return Value::from_tuple(
          {Value::from_float(c.r), Value::from_float(c.g), Value::from_float(c.b), Value::from_float(c.a)});
    });
  }
  return ctx.error("runtime.attribute_error", "'Color' object has no attribute '" + name + "'");
}

bool ColorObject::equals(const Value& other) const {
  auto o = other.object_as<ColorObject>();
  return o && o->color.r == color.r && o->color.g == color.g && o->color.b == color.b && o->color.a == color.a;
}

std::string ColorObject::repr() const {
  return "Color(" + fmt(color.r) + ", " + fmt(color.g) + ", " + fmt(color.b) + ", " + fmt(color.a) + ")";
}

Value make_color(const Rgba& c) { return Value::from_object(std::make_shared<ColorObject>(c)); }

Value make_color_class() {
  return py::make_native("Color", [](py::CallContext& ctx, py::Args& args) -> Result<Value> {
    const auto& pos = args.positional;
    Value alpha;
    for (const auto& [k, v] : args.keywords) {
      if (k != "a") return ctx.error("runtime.type_error", "Color() got an unexpected keyword argument '" + k + "'");
      alpha = v;
    }
    if (pos.empty() && alpha.is_none()) return make_color(Rgba{});
    if (pos.size() == 1 && alpha.is_none()) {
      if (!pos[0].is_str()) return ctx.error("runtime.type_error", "Color(name) needs a str, not " + pos[0].type_name());
      auto c = color_from_name(pos[0].as_str());
      if (!c) return ctx.error("runtime.value_error", "Unknown color name: " + pos[0].as_str());
      return make_color(*c);
    }
    if (pos.size() == 3 || pos.size() == 4) {
      if (pos.size() == 4 && !alpha.is_none()) return ctx.error("runtime.type_error", "Color() got multiple values for 'a'");
      double v[4] = {0, 0, 0, 1};
      for (size_t i = 0; i < pos.size(); ++i) {
        if (!pos[i].is_number()) return ctx.error("runtime.type_error", "Color() components must be numbers, not " + pos[i].type_name());
        v[i] = pos[i].as_double();
      }
      if (!alpha.is_none()) {
        if (!alpha.is_number()) return ctx.error("runtime.type_error", "Color() argument 'a' must be a number");
        v[3] = alpha.as_double();
      }
      for (double x : v) {
        if (!(x >= 0 && x <= 1)) return ctx.error("runtime.value_error", "Color components must be in [0, 1]");
      }
      return make_color(Rgba{v[0], v[1], v[2], v[3]});
    }
    return ctx.error("runtime.value_error", "Unsupported arguments for Color(): give a name or r, g, b[, a]");
  });
}

// ---------------------------------------------------------------- Assembly

std::shared_ptr<AssemblyObject> AssemblyObject::copy_tree() const {
  auto rv = std::make_shared<AssemblyObject>();
  rv->obj = obj;
  rv->loc = loc;
  rv->name = name;
  rv->color = color;
  rv->metadata = metadata;
  rv->objects.emplace_back(rv->name, rv);
  for (const auto& ch : children) {
    auto c = ch->copy_tree();
    c->parent = rv;
    rv->children.push_back(c);
    for (const auto& [k, v] : c->objects) put_object(*rv, k, v);
  }
  return rv;
}

Result<std::vector<Shape>> AssemblyObject::placed_shapes(py::CallContext& ctx) const {
  std::vector<Shape> local;
  if (!obj.is_none()) {
    TRY(local, to_shapes(ctx, obj, "Assembly object"));
  }
  for (const auto& ch : children) {
    TRY(std::vector<Shape> more, ch->placed_shapes(ctx));
    local.insert(local.end(), more.begin(), more.end());
  }
  std::vector<Shape> out;
  for (const Shape& s : local) {
    auto m = kernel::transform(s, loc);
    if (!m) return located(ctx, m.error());
    out.push_back(*m);
  }
  return out;
}

Result<Value> AssemblyObject::get_attr(py::CallContext& ctx, const std::string& attr) {
  auto self = std::static_pointer_cast<AssemblyObject>(shared_from_this());
  if (attr == "add") {
    return py::make_native("Assembly.add", [self](py::CallContext& c, py::Args& args) { return add_method(self, c, args); });
  }
  if (attr == "toCompound") {
    return py::make_native("Assembly.toCompound", [self](py::CallContext& c, py::Args& args) -> Result<Value> {
      TRY(auto a, py::bind_args(c, "Assembly.toCompound", args, {}));
      TRY(Shape s, assembly_to_compound(c, Value::from_object(self)));
      return make_shape(s);
    });
  }
  if (attr == "traverse") {
    return py::make_native("Assembly.traverse", [self](py::CallContext& c, py::Args& args) -> Result<Value> {
      TRY(auto a, py::bind_args(c, "Assembly.traverse", args, {}));
      std::vector<Value> out;
      traverse(self, out);
      return Value::from_list(std::move(out));
    });
  }
  for (const char* m : {"constrain", "solve", "save", "export", "toCAF", "addSubshape"}) {
    if (attr == m) {
      std::string fname = std::string("Assembly.") + m;
      return py::make_native(fname, [fname](py::CallContext& c, py::Args&) -> Result<Value> {
        return c.error("unsupported.method", fname + " is not supported");
      });
    }
  }
  if (attr == "name") return Value::from_str(name);
  if (attr == "loc") return make_location(loc);
  if (attr == "color") return color ? make_color(*color) : Value();
  if (attr == "obj") return obj;
  if (attr == "metadata") return metadata;
  if (attr == "parent") {
    auto p = parent.lock();
    return p ? Value::from_object(p) : Value();
  }
  if (attr == "children") {
    std::vector<Value> out;
    for (const auto& ch : children) out.push_back(Value::from_object(ch));
    return Value::from_list(std::move(out));
  }
  if (attr == "objects") {
    auto d = py::make_dict_data();
    for (const auto& [k, v] : objects) {
      if (auto node = v.lock()) d->set(Value::from_str(k), Value::from_object(node));
    }
    return Value::from_dict(d);
  }
  if (attr == "shapes") {
    std::vector<Value> out;
    if (!obj.is_none()) {
      TRY(std::vector<Shape> shapes, to_shapes(ctx, obj, "Assembly object"));
      for (const Shape& s : shapes) out.push_back(make_shape(s));
    }
    return Value::from_list(std::move(out));
  }
  // Newer CadQuery resolves unknown attributes to children by name.
  for (const auto& ch : children) {
    if (ch->name == attr) return Value::from_object(ch);
  }
  return ctx.error("runtime.attribute_error", "'Assembly' object has no attribute '" + attr + "'");
}

Result<Value> AssemblyObject::set_attr(py::CallContext& ctx, const std::string& attr, const Value& v) {
  if (attr == "loc") {
    TRY(loc, loc_arg(ctx, v, "Assembly.loc"));
    return Value();
  }
  if (attr == "color") {
    TRY(color, color_arg(ctx, v, "Assembly.color"));
    return Value();
  }
  if (attr == "name") {
    if (!v.is_str()) return ctx.error("runtime.type_error", "Assembly.name must be a str, not " + v.type_name());
    for (auto& [k, node] : objects) {
      if (node.lock().get() == this) k = v.as_str();
    }
    name = v.as_str();
    return Value();
  }
  if (attr == "metadata") {
    metadata = v;
    return Value();
  }
  return ctx.error("runtime.attribute_error", "cannot set attribute '" + attr + "' of 'Assembly'");
}

std::optional<Result<Value>> AssemblyObject::get_item(py::CallContext& ctx, const Value& key) {
  if (!key.is_str()) return Result<Value>(ctx.error("runtime.type_error", "Assembly keys are names (str)"));
  for (const auto& [k, v] : objects) {
    auto node = v.lock();
    if (k == key.as_str() && node) return Result<Value>(Value::from_object(node));
  }
  return Result<Value>(ctx.error("runtime.key_error", "'" + key.as_str() + "'"));
}

std::string AssemblyObject::repr() const {
  return "<Assembly '" + name + "': " + std::to_string(children.size()) + " children>";
}

Value make_assembly_class() {
  return py::make_native("Assembly", [](py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Assembly", args,
                              {{"obj", Value()}, {"loc", Value()}, {"name", Value()}, {"color", Value()},
                               {"metadata", Value()}}));
    TRY(Value obj, check_obj(ctx, a.get("obj")));
    if (obj.object_as<AssemblyObject>()) {
      return ctx.error("runtime.type_error", "Assembly(obj=...) must be a Shape or a Workplane; use add() for assemblies");
    }
    TRY(Transform loc, loc_arg(ctx, a.get("loc"), "Assembly() argument 'loc'"));
    TRY(std::optional<Rgba> color, color_arg(ctx, a.get("color"), "Assembly() argument 'color'"));
    std::string name;
    if (!a.is_none("name")) {
      TRY(name, a.string("name"));
    }
    return Value::from_object(new_assembly(obj, loc, name, color, a.get("metadata")));
  });
}

Result<Shape> assembly_to_compound(py::CallContext& ctx, const Value& assembly) {
  auto a = assembly.object_as<AssemblyObject>();
  if (!a) return ctx.error("runtime.type_error", "expected an Assembly, not " + assembly.type_name());
  TRY(std::vector<Shape> shapes, a->placed_shapes(ctx));
  auto c = kernel::make_compound(shapes);
  if (!c) return located(ctx, c.error());
  return *c;
}

}  // namespace cadscribe::cad
