// cad/selector_module.cpp — selector objects as Python values: the classes of `cq.selectors`
// (constructors take CadQuery's parameter names), their operators and `.filter()`, and
// select_shapes() which every selecting method of Workplane and Sketch goes through.
#include <functional>
#include <map>

#include "cad/selector.h"
#include "cad/values.h"
#include "lang/py/args.h"

namespace cadscribe::cad {

using py::Value;

std::string SelectorObject::type_name() const { return selector_class_name(sel->kind); }

std::string SelectorObject::repr() const {
  if (sel->kind == SelectorKind::kString) return "StringSyntaxSelector('" + sel->type_name + "')";
  return std::string("<") + selector_class_name(sel->kind) + " " + describe_selector(*sel) + ">";
}

Value make_selector_value(SelectorPtr sel) { return Value::from_object(std::make_shared<SelectorObject>(std::move(sel))); }

namespace {

// Re-locates a Diag from the pure layers at the current call site, keeping its notes.
base::Diag located(py::CallContext& ctx, const base::Diag& d) {
  base::Diag out = ctx.error(d.code, d.message);
  out.notes.insert(out.notes.end(), d.notes.begin(), d.notes.end());
  return out;
}

Result<SelectorPtr> parse_string_selector(py::CallContext& ctx, const std::string& text) {
  auto r = parse_selector(text);
  if (!r) return located(ctx, r.error());
  auto n = std::make_shared<SelectorNode>();
  n->kind = SelectorKind::kString;
  n->type_name = text;
  n->left = *r;
  return SelectorPtr(n);
}

Result<Value> shapes_to_list(const std::vector<kernel::Shape>& shapes) {
  std::vector<Value> items;
  items.reserve(shapes.size());
  for (const auto& s : shapes) items.push_back(make_shape(s));
  return Value::from_list(std::move(items));
}

}  // namespace

Result<SelectorPtr> to_selector(py::CallContext& ctx, const Value& selector) {
  if (selector.is_str()) return parse_string_selector(ctx, selector.as_str());
  if (auto s = selector.object_as<SelectorObject>()) return s->sel;
  return ctx.error("runtime.type_error", "a selector must be a str or a Selector object, not " + selector.type_name());
}

Result<std::vector<kernel::Shape>> select_shapes(py::CallContext& ctx, const Value& selector,
                                                 const std::vector<kernel::Shape>& objs, const math::Frame& plane) {
  if (selector.is_none()) return objs;
  TRY(SelectorPtr sel, to_selector(ctx, selector));
  auto r = filter_shapes(*sel, objs);
  if (!r) return located(ctx, r.error());
  return r;
}

Result<Value> SelectorObject::get_attr(py::CallContext& ctx, const std::string& name) {
  auto self = std::static_pointer_cast<SelectorObject>(shared_from_this());
  if (name == "filter") {
    return py::make_native(type_name() + ".filter", [self](py::CallContext& c, py::Args& args) -> Result<Value> {
      TRY(auto a, py::bind_args(c, self->type_name() + ".filter", args, {"objectList"}));
      TRY(std::vector<kernel::Shape> objs, to_shapes(c, a.get("objectList"), "objectList"));
      auto r = filter_shapes(*self->sel, objs);
      if (!r) return located(c, r.error());
      return shapes_to_list(*r);
    });
  }
  if (name == "selectorString" && sel->kind == SelectorKind::kString) return Value::from_str(sel->type_name);
  return ctx.error("runtime.attribute_error", "'" + type_name() + "' object has no attribute '" + name + "'");
}

std::optional<Result<Value>> SelectorObject::binary_op(py::CallContext& ctx, py::BinaryOp op, const Value& other,
                                                       bool reflected) {
  auto o = other.object_as<SelectorObject>();
  if (!o) return std::nullopt;
  SelectorKind kind;
  switch (op) {
    case py::BinaryOp::kAnd: kind = SelectorKind::kAnd; break;
    case py::BinaryOp::kAdd:
    case py::BinaryOp::kOr: kind = SelectorKind::kSum; break;
    case py::BinaryOp::kSub: kind = SelectorKind::kSubtract; break;
    default: return std::nullopt;
  }
  SelectorPtr l = sel, r = o->sel;
  if (reflected) std::swap(l, r);
  return Result<Value>(make_selector_value(make_binary_selector(kind, l, r)));
}

std::optional<Result<Value>> SelectorObject::unary_op(py::CallContext& ctx, py::UnaryOp op) {
  if (op == py::UnaryOp::kNeg || op == py::UnaryOp::kInvert) {
    return Result<Value>(make_selector_value(make_inverse_selector(sel)));
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- classes

namespace {

using Ctor = std::function<Result<SelectorPtr>(py::CallContext&, py::Args&)>;

Result<SelectorPtr> selector_arg(py::CallContext& ctx, const Value& v, const std::string& what) {
  if (auto s = v.object_as<SelectorObject>()) return s->sel;
  if (v.is_str()) return parse_string_selector(ctx, v.as_str());
  return ctx.error("runtime.type_error", "argument '" + what + "' must be a Selector, not " + v.type_name());
}

Ctor dir_ctor(const std::string& cls, SelectorKind kind) {
  return [cls, kind](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
    TRY(auto a, py::bind_args(ctx, cls, args, {"vector", {"tolerance", Value::from_float(1e-4)}}));
    TRY(math::Vec3 v, to_vec3(ctx, a.get("vector"), "vector"));
    TRY(double tol, a.number("tolerance"));
    return make_dir_selector(kind, v, tol);
  };
}

Ctor nth_ctor(const std::string& cls, SelectorKind kind) {
  return [cls, kind](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
    TRY(auto a, py::bind_args(ctx, cls, args,
                              {"n", {"directionMax", Value::from_bool(true)}, {"tolerance", Value::from_float(1e-4)}}));
    TRY(int64_t n, a.integer("n"));
    TRY(bool max, a.boolean("directionMax"));
    TRY(double tol, a.number("tolerance"));
    return make_nth_selector(kind, {0, 0, 0}, n, max, tol);
  };
}

Ctor center_ctor(const std::string& cls, SelectorKind kind) {
  return [cls, kind](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
    TRY(auto a, py::bind_args(ctx, cls, args,
                              {"vector", "n", {"directionMax", Value::from_bool(true)},
                               {"tolerance", Value::from_float(1e-4)}}));
    TRY(math::Vec3 v, to_vec3(ctx, a.get("vector"), "vector"));
    TRY(int64_t n, a.integer("n"));
    TRY(bool max, a.boolean("directionMax"));
    TRY(double tol, a.number("tolerance"));
    return make_nth_selector(kind, v, n, max, tol);
  };
}

Ctor binary_ctor(const std::string& cls, SelectorKind kind) {
  return [cls, kind](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
    TRY(auto a, py::bind_args(ctx, cls, args, {"left", "right"}));
    TRY(SelectorPtr l, selector_arg(ctx, a.get("left"), "left"));
    TRY(SelectorPtr r, selector_arg(ctx, a.get("right"), "right"));
    return make_binary_selector(kind, l, r);
  };
}

const std::vector<std::pair<std::string, Ctor>>& constructors() {
  static const std::vector<std::pair<std::string, Ctor>> kCtors = [] {
    std::vector<std::pair<std::string, Ctor>> c;
    c.emplace_back("Selector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "Selector", args, {}));
      return make_all_selector();
    });
    c.emplace_back("NearestToPointSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "NearestToPointSelector", args, {"pnt"}));
      TRY(math::Vec3 p, to_vec3(ctx, a.get("pnt"), "pnt"));
      return make_nearest_selector(p);
    });
    c.emplace_back("BoxSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "BoxSelector", args,
                                {"point0", "point1", {"boundingbox", Value::from_bool(false)}}));
      TRY(math::Vec3 p0, to_vec3(ctx, a.get("point0"), "point0"));
      TRY(math::Vec3 p1, to_vec3(ctx, a.get("point1"), "point1"));
      TRY(bool bb, a.boolean("boundingbox"));
      return make_box_selector(p0, p1, bb);
    });
    c.emplace_back("ParallelDirSelector", dir_ctor("ParallelDirSelector", SelectorKind::kParallelDir));
    c.emplace_back("DirectionSelector", dir_ctor("DirectionSelector", SelectorKind::kDirection));
    c.emplace_back("PerpendicularDirSelector", dir_ctor("PerpendicularDirSelector", SelectorKind::kPerpendicularDir));
    c.emplace_back("TypeSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "TypeSelector", args, {"typeString"}));
      TRY(std::string t, a.string("typeString"));
      return make_type_selector(t);
    });
    c.emplace_back("DirectionMinMaxSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "DirectionMinMaxSelector", args,
                                {"vector", {"directionMax", Value::from_bool(true)},
                                 {"tolerance", Value::from_float(1e-4)}}));
      TRY(math::Vec3 v, to_vec3(ctx, a.get("vector"), "vector"));
      TRY(bool max, a.boolean("directionMax"));
      TRY(double tol, a.number("tolerance"));
      return make_nth_selector(SelectorKind::kDirectionMinMax, v, -1, max, tol);
    });
    c.emplace_back("DirectionNthSelector", center_ctor("DirectionNthSelector", SelectorKind::kDirectionNth));
    c.emplace_back("CenterNthSelector", center_ctor("CenterNthSelector", SelectorKind::kCenterNth));
    c.emplace_back("RadiusNthSelector", nth_ctor("RadiusNthSelector", SelectorKind::kRadiusNth));
    c.emplace_back("LengthNthSelector", nth_ctor("LengthNthSelector", SelectorKind::kLengthNth));
    c.emplace_back("AreaNthSelector", nth_ctor("AreaNthSelector", SelectorKind::kAreaNth));
    c.emplace_back("AndSelector", binary_ctor("AndSelector", SelectorKind::kAnd));
    c.emplace_back("SumSelector", binary_ctor("SumSelector", SelectorKind::kSum));
    c.emplace_back("OrSelector", binary_ctor("OrSelector", SelectorKind::kSum));
    c.emplace_back("SubtractSelector", binary_ctor("SubtractSelector", SelectorKind::kSubtract));
    c.emplace_back("InverseSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "InverseSelector", args, {"selector"}));
      TRY(SelectorPtr s, selector_arg(ctx, a.get("selector"), "selector"));
      return make_inverse_selector(s);
    });
    c.emplace_back("StringSyntaxSelector", [](py::CallContext& ctx, py::Args& args) -> Result<SelectorPtr> {
      TRY(auto a, py::bind_args(ctx, "StringSyntaxSelector", args, {"selectorString"}));
      TRY(std::string s, a.string("selectorString"));
      return parse_string_selector(ctx, s);
    });
    return c;
  }();
  return kCtors;
}

}  // namespace

const std::vector<std::string>& selector_class_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> n;
    for (const auto& [name, ctor] : constructors()) n.push_back(name);
    return n;
  }();
  return kNames;
}

Value make_selector_class(const std::string& name) {
  for (const auto& [cls, ctor] : constructors()) {
    if (cls != name) continue;
    Ctor f = ctor;
    return py::make_native(cls, [f](py::CallContext& ctx, py::Args& args) -> Result<Value> {
      TRY(SelectorPtr s, f(ctx, args));
      return make_selector_value(std::move(s));
    });
  }
  return Value::none();
}

Value make_selectors_module() {
  auto m = std::make_shared<py::ModuleObject>("cadquery.selectors");
  for (const std::string& name : selector_class_names()) m->set(name, make_selector_class(name));
  return Value::from_object(m);
}

}  // namespace cadscribe::cad
