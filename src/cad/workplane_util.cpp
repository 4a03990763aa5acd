// cad/workplane_util.cpp — argument conversions and small geometric helpers shared by the
// Workplane methods (combine modes, `centered`, point lists, frames from directions, wire
// assembly). Errors are runtime.type_error / runtime.value_error located at the call site.
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

base::Diag at_call(py::CallContext& ctx, const std::string& method, base::Diag d) {
  if (!d.span.known()) d.span = ctx.error(d.code, "").span;
  if (d.message.rfind(method, 0) != 0) d.message = method + ": " + d.message;
  return d;
}

base::Diag value_error(py::CallContext& ctx, const std::string& method, const std::string& msg) {
  return ctx.error("runtime.value_error", method + ": " + msg);
}

Result<CombineMode> to_combine_mode(py::CallContext& ctx, const py::Value& v, const std::string& method) {
  if (v.is_bool() || v.is_int()) return v.as_int() != 0 ? CombineMode::kAdd : CombineMode::kNone;
  if (v.is_none()) return CombineMode::kNone;
  if (v.is_str()) {
    const std::string& s = v.as_str();
    if (s == "a") return CombineMode::kAdd;
    if (s == "s" || s == "cut") return CombineMode::kCut;
    return value_error(ctx, method, "combine must be True, False, 'a', 's' or 'cut', not '" + s + "'");
  }
  return ctx.error("runtime.type_error",
                   method + "() argument 'combine' must be bool or str, not " + v.type_name());
}

Result<std::vector<bool>> to_centered(py::CallContext& ctx, const py::Value& v, size_t n, const std::string& method) {
  if (v.is_bool() || v.is_int()) return std::vector<bool>(n, v.as_int() != 0);
  if (v.is_tuple() || v.is_list()) {
    const auto& items = v.is_tuple() ? v.tuple_items() : v.list_items();
    if (items.size() == n || (n == 3 && items.size() == 2)) {
      std::vector<bool> out;
      for (const auto& it : items) out.push_back(it.truthy());
      while (out.size() < n) out.push_back(true);
      return out;
    }
    return value_error(ctx, method, "centered must be a bool or a tuple of " + std::to_string(n) + " bools");
  }
  return ctx.error("runtime.type_error",
                   method + "() argument 'centered' must be bool or tuple, not " + v.type_name());
}

Result<std::optional<double>> to_opt_number(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  if (v.is_none()) return std::optional<double>();
  if (!v.is_number())
    return ctx.error("runtime.type_error", what + " must be a number or None, not " + v.type_name());
  return std::optional<double>(v.as_double());
}

Result<std::vector<Vec3>> to_points(py::CallContext& ctx, const py::Value& v, const std::string& what) {
  std::vector<py::Value> items;
  if (v.is_list()) {
    items = v.list_items();
  } else if (v.is_tuple()) {
    items = v.tuple_items();
  } else if (v.is_object()) {
    auto it = v.object()->iterate(ctx);
    if (!it) return ctx.error("runtime.type_error", what + " must be a list of points, not " + v.type_name());
    TRY(items, std::move(*it));
  } else {
    return ctx.error("runtime.type_error", what + " must be a list of points, not " + v.type_name());
  }
  std::vector<Vec3> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    TRY(Vec3 p, to_vec3(ctx, items[i], what + "[" + std::to_string(i) + "]"));
    out.push_back(p);
  }
  return out;
}

py::Value wrap(std::shared_ptr<WorkplaneObject> w) { return py::Value::from_object(std::move(w)); }

py::Value item_to_value(const StackItem& it) {
  switch (it.kind) {
    case StackItem::Kind::kVector: return make_vector(it.vec);
    case StackItem::Kind::kLocation: return make_location(it.loc);
    case StackItem::Kind::kShape: return make_shape(it.shape);
    case StackItem::Kind::kOther: return it.other;
  }
  return py::Value::none();
}

StackItem value_to_item(const py::Value& v) {
  if (auto s = v.object_as<ShapeObject>()) return StackItem::of_shape(s->shape);
  if (auto vec = v.object_as<VectorObject>()) return StackItem::point(vec->v);
  if (auto loc = v.object_as<LocationObject>()) return StackItem::location(loc->t);
  return StackItem::of_other(v);
}

Vec3 item_center(const StackItem& it) {
  switch (it.kind) {
    case StackItem::Kind::kVector: return it.vec;
    case StackItem::Kind::kLocation: return {it.loc.m[3], it.loc.m[7], it.loc.m[11]};
    case StackItem::Kind::kShape:
      return it.shape.type() == ShapeType::kVertex ? kernel::vertex_point(it.shape) : kernel::center_of_mass(it.shape);
    case StackItem::Kind::kOther: return {};
  }
  return {};
}

math::Frame frame_from_dir(const Vec3& origin, const Vec3& dir_in) {
  // gp_Ax2(P, V): the X direction has a zero component where |V| is smallest.
  Vec3 v = dir_in.normalized();
  double a = v.x, b = v.y, c = v.z;
  double aa = std::abs(a), ba = std::abs(b), ca = std::abs(c);
  Vec3 d;
  if (ba <= aa && ba <= ca) {
    d = aa > ca ? Vec3(-c, 0, a) : Vec3(c, 0, -a);
  } else if (aa <= ba && aa <= ca) {
    d = ba > ca ? Vec3(0, -c, b) : Vec3(0, c, -b);
  } else {
    d = aa > ba ? Vec3(-b, a, 0) : Vec3(b, -a, 0);
  }
  math::Frame f;
  f.origin = origin;
  f.z_dir = v;
  f.x_dir = d.normalized();
  return f;
}

std::vector<Shape> dedupe(const std::vector<Shape>& shapes) {
  std::vector<Shape> out;
  std::unordered_map<size_t, std::vector<size_t>> seen;
  for (const auto& s : shapes) {
    auto& bucket = seen[s.hash()];
    bool dup = false;
    for (size_t i : bucket)
      if (out[i].is_same(s)) { dup = true; break; }
    if (dup) continue;
    bucket.push_back(out.size());
    out.push_back(s);
  }
  return out;
}

namespace {
struct Ends {
  Vec3 a, b;
};
Ends edge_ends(const Shape& e) {
  auto a = kernel::edge_point(e, 0);
  auto b = kernel::edge_point(e, 1);
  return {a ? *a : Vec3{}, b ? *b : Vec3{}};
}
bool near(const Vec3& p, const Vec3& q, double tol) { return (p - q).norm() <= tol; }
}  // namespace

std::vector<Shape> order_edges(const std::vector<Shape>& edges, double tol) {
  if (edges.size() < 3) return edges;
  std::vector<Ends> ends;
  for (const auto& e : edges) ends.push_back(edge_ends(e));
  std::vector<bool> used(edges.size(), false);
  std::vector<Shape> out{edges[0]};
  used[0] = true;
  Vec3 head = ends[0].a, tail = ends[0].b;
  for (size_t n = 1; n < edges.size(); ++n) {
    size_t pick = edges.size();
    bool at_tail = true;
    for (size_t i = 0; i < edges.size() && pick == edges.size(); ++i) {
      if (used[i]) continue;
      if (near(ends[i].a, tail, tol) || near(ends[i].b, tail, tol)) { pick = i; at_tail = true; }
      else if (near(ends[i].a, head, tol) || near(ends[i].b, head, tol)) { pick = i; at_tail = false; }
    }
    if (pick == edges.size()) {  // not connected: keep the remaining order
      for (size_t i = 0; i < edges.size(); ++i)
        if (!used[i]) out.push_back(edges[i]);
      return out;
    }
    used[pick] = true;
    out.push_back(edges[pick]);
    if (at_tail) tail = near(ends[pick].a, tail, tol) ? ends[pick].b : ends[pick].a;
    else head = near(ends[pick].a, head, tol) ? ends[pick].b : ends[pick].a;
  }
  return out;
}

Result<std::vector<Shape>> combine_wires(const std::vector<Shape>& edges_and_wires) {
  // Collect edges, then group them into connected chains, one wire per chain.
  std::vector<Shape> edges;
  for (const auto& s : edges_and_wires) {
    if (s.type() == ShapeType::kEdge) edges.push_back(s);
    else for (const auto& e : kernel::sub_shapes(s, ShapeType::kEdge)) edges.push_back(e);
  }
  std::vector<Shape> wires;
  if (edges.empty()) return wires;
  const double tol = 1e-6;
  std::vector<Ends> ends;
  for (const auto& e : edges) ends.push_back(edge_ends(e));
  std::vector<bool> used(edges.size(), false);
  for (size_t start = 0; start < edges.size(); ++start) {
    if (used[start]) continue;
    used[start] = true;
    std::vector<Shape> chain{edges[start]};
    Vec3 head = ends[start].a, tail = ends[start].b;
    bool grew = true;
    while (grew) {
      grew = false;
      for (size_t i = 0; i < edges.size(); ++i) {
        if (used[i]) continue;
        bool t = near(ends[i].a, tail, tol) || near(ends[i].b, tail, tol);
        bool h = !t && (near(ends[i].a, head, tol) || near(ends[i].b, head, tol));
        if (!t && !h) continue;
        used[i] = true;
        grew = true;
        chain.push_back(edges[i]);
        if (t) tail = near(ends[i].a, tail, tol) ? ends[i].b : ends[i].a;
        else head = near(ends[i].a, head, tol) ? ends[i].b : ends[i].a;
      }
    }
    TRY(Shape w, kernel::make_wire(chain));
    wires.push_back(w);
  }
  return wires;
}

Result<Shape> compound_of(const std::vector<Shape>& shapes) {
  if (shapes.size() == 1) return shapes[0];
  return kernel::make_compound(shapes);
}

Result<Shape> fuse_compound(const Shape& compound) {
  if (compound.type() != ShapeType::kCompound) return compound;
  auto solids = kernel::sub_shapes(compound, ShapeType::kSolid);
  if (solids.size() < 2) return compound;
  return kernel::fuse_all(solids);
}

}  // namespace cadscribe::cad
