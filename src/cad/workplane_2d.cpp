// cad/workplane_2d.cpp — 2D construction on a Workplane: relative moves (move), drawn edges
// that become pending (lines, arcs, polylines, close/wire), closed shapes placed at every
// stack point (rect, circle, ellipse, polygon, slot2D), and wire operations (offset2D,
// mirrorX/Y, consolidateWires). Free-form curves live in workplane_curves.cpp.
// Coordinates passed by programs are LOCAL to the workplane; the stack holds world points.
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

// CadQuery's _findFromPoint: the end of the last edge, or the last point, or the plane origin.
Result<Vec3> find_from_point(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, bool local) {
  Vec3 p = self.plane.origin;
  if (!self.objects.empty()) {
    const StackItem& o = self.objects.back();
    if (o.is_type(ShapeType::kEdge)) {
      GEOM_TRY(p, kernel::edge_point(o.shape, 1));
    } else if (o.kind == StackItem::Kind::kVector) {
      p = o.vec;
    } else {
      std::string what = o.is_shape() ? kernel::shape_type_name(o.shape.type())
                                      : o.kind == StackItem::Kind::kLocation ? "Location" : "object";
      return value_error(ctx, fn, "Cannot convert object type '" + what + "' to vector (the current point must be an "
                                      "Edge end or a point)");
    }
  }
  return local ? self.plane.to_local(p) : p;
}

// Adds an edge (unless for construction) and returns the child with the edge on its stack.
py::Value push_edge(WorkplaneObject& self, const Shape& e, bool construction) {
  if (!construction) self.add_pending_edge(e);
  return wrap(self.new_object({StackItem::of_shape(e)}));
}

namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }

py::Value fc_default() { return py::Value::from_bool(false); }

Result<py::Value> line_to(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, double x, double y,
                          bool construction) {
  TRY(Vec3 start, find_from_point(self, ctx, fn, false));
  Vec3 end = self.plane.to_world({x, y, 0});
  GEOM_TRY(Shape e, kernel::make_line(start, end));
  return push_edge(self, e, construction);
}

Result<py::Value> three_point_arc(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn,
                                  const Vec3& p1_local, const Vec3& p2_local, bool construction) {
  TRY(Vec3 start, find_from_point(self, ctx, fn, false));
  GEOM_TRY(Shape e, kernel::make_arc_3pt(start, self.plane.to_world(p1_local), self.plane.to_world(p2_local)));
  return push_edge(self, e, construction);
}

Result<py::Value> sagitta_arc(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, const Vec3& end,
                              double sag, bool construction) {
  TRY(Vec3 start, find_from_point(self, ctx, fn, true));
  Vec3 mid = (end + start) * 0.5;
  Vec3 d = (end - start).normalized() * std::abs(sag);
  Vec3 sv = sag > 0 ? Vec3(-d.y, d.x, d.z) : Vec3(d.y, -d.x, d.z);
  return three_point_arc(self, ctx, fn, mid + sv, end, construction);
}

// Wires built in local coordinates, placed at every stack point, pending unless for construction.
Result<py::Value> place_wire(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, const Shape& local,
                             bool construction) {
  GEOM_TRY(auto placed, self.place_at_points(local));
  std::vector<StackItem> items;
  for (auto& w : placed) {
    if (!construction) self.cq->pending_wires.push_back(w);
    items.push_back(StackItem::of_shape(w, construction));
  }
  return wrap(self.new_object(std::move(items)));
}

// Joins the pending edges into one wire (CadQuery's wire()).
Result<std::shared_ptr<WorkplaneObject>> make_pending_wire(WorkplaneObject& self, py::CallContext& ctx,
                                                           const std::string& fn, bool construction) {
  if (self.cq->pending_edges.empty()) return self.self_ptr();
  std::vector<Shape> edges = order_edges(self.cq->pending_edges);
  self.cq->pending_edges.clear();
  GEOM_TRY(Shape w, kernel::make_wire(edges));
  if (!construction) self.cq->pending_wires.push_back(w);
  std::vector<StackItem> others;
  for (const auto& o : self.objects)
    if (!o.is_type(ShapeType::kEdge)) others.push_back(o);
  others.push_back(StackItem::of_shape(w, construction));
  return self.new_object(std::move(others));
}

Result<std::shared_ptr<WorkplaneObject>> consolidate(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn) {
  std::vector<Shape> all = self.cq->pending_edges;
  all.insert(all.end(), self.cq->pending_wires.begin(), self.cq->pending_wires.end());
  if (all.empty()) return self.self_ptr();
  GEOM_TRY(auto ws, combine_wires(all));
  std::vector<StackItem> items;
  for (const auto& w : ws) items.push_back(StackItem::of_shape(w));
  auto r = self.new_object(std::move(items));
  r->cq->pending_wires = ws;
  r->cq->pending_edges.clear();
  return r;
}

Result<py::Value> mirror_2d(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn, bool about_y) {
  TRY(auto n, make_pending_wire(self, ctx, fn, false));
  TRY(auto c, consolidate(*n, ctx, fn));
  Vec3 axis = about_y ? c->plane.y_dir() : c->plane.x_dir;
  // A half-turn about the in-plane axis mirrors planar geometry without flipping handedness.
  Transform tr = Transform::rotation(c->plane.origin, axis, kPi);
  std::vector<Shape> wires;
  for (const auto& o : c->objects) {
    if (!o.is_shape()) continue;
    if (o.shape.type() == ShapeType::kWire) wires.push_back(o.shape);
    else for (const auto& w : kernel::sub_shapes(o.shape, ShapeType::kWire)) wires.push_back(w);
  }
  for (const auto& w : dedupe(wires)) {
    GEOM_TRY(Shape m, kernel::transform(w, tr));
    c->objects.push_back(StackItem::of_shape(m));
    c->cq->pending_wires.push_back(m);
  }
  TRY(auto r, consolidate(*c, ctx, fn));
  return wrap(r);
}

// Circular arc from `s` leaving with tangent `t` and ending at `e` (Edge.makeTangentArc).
Result<Shape> tangent_arc(const Vec3& s, const Vec3& t_in, const Vec3& e) {
  Vec3 t = t_in.normalized();
  Vec3 c = e - s;
  Vec3 n = t.cross(c);
  if (n.norm() < 1e-12 * std::max(1.0, c.norm())) return kernel::make_line(s, e);
  n = n.normalized();
  Vec3 p = n.cross(t).normalized();  // in-plane, perpendicular to t, towards the chord
  double r = c.dot(c) / (2 * p.dot(c));
  Vec3 o = s + p * r;
  Vec3 a = s - o, b = e - o;
  double theta = std::atan2(a.cross(b).dot(n), a.dot(b));
  if (theta <= 0) theta += 2 * kPi;
  Vec3 mid = Transform::rotation(o, n, theta / 2).apply(s);
  return kernel::make_arc_3pt(s, mid, e);
}

}  // namespace

void register_workplane_2d(WpMethodTable& t) {
  CQ_METHOD(t, "move") {
    const std::string fn = "Workplane.move";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"xDist", py::Value::from_int(0)}, {"yDist", py::Value::from_int(0)}}));
    TRY(double x, a.number("xDist"));
    TRY(double y, a.number("yDist"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return wrap(self.new_object({StackItem::point(self.plane.to_world(p + Vec3(x, y, 0)))}));
  };
  CQ_METHOD(t, "lineTo") {
    const std::string fn = "Workplane.lineTo";
    TRY(auto a, py::bind_args(ctx, fn, args, {"x", "y", {"forConstruction", fc_default()}}));
    TRY(double x, a.number("x"));
    TRY(double y, a.number("y"));
    TRY(bool c, a.boolean("forConstruction"));
    return line_to(self, ctx, fn, x, y, c);
  };
  CQ_METHOD(t, "line") {
    const std::string fn = "Workplane.line";
    TRY(auto a, py::bind_args(ctx, fn, args, {"xDist", "yDist", {"forConstruction", fc_default()}}));
    TRY(double x, a.number("xDist"));
    TRY(double y, a.number("yDist"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, p.x + x, p.y + y, c);
  };
  CQ_METHOD(t, "hLine") {
    const std::string fn = "Workplane.hLine";
    TRY(auto a, py::bind_args(ctx, fn, args, {"distance", {"forConstruction", fc_default()}}));
    TRY(double d, a.number("distance"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, p.x + d, p.y, c);
  };
  CQ_METHOD(t, "vLine") {
    const std::string fn = "Workplane.vLine";
    TRY(auto a, py::bind_args(ctx, fn, args, {"distance", {"forConstruction", fc_default()}}));
    TRY(double d, a.number("distance"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, p.x, p.y + d, c);
  };
  CQ_METHOD(t, "hLineTo") {
    const std::string fn = "Workplane.hLineTo";
    TRY(auto a, py::bind_args(ctx, fn, args, {"xCoord", {"forConstruction", fc_default()}}));
    TRY(double x, a.number("xCoord"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, x, p.y, c);
  };
  CQ_METHOD(t, "vLineTo") {
    const std::string fn = "Workplane.vLineTo";
    TRY(auto a, py::bind_args(ctx, fn, args, {"yCoord", {"forConstruction", fc_default()}}));
    TRY(double y, a.number("yCoord"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, p.x, y, c);
  };
  CQ_METHOD(t, "polarLine") {
    const std::string fn = "Workplane.polarLine";
    TRY(auto a, py::bind_args(ctx, fn, args, {"distance", "angle", {"forConstruction", fc_default()}}));
    TRY(double d, a.number("distance"));
    TRY(double ang, a.number("angle"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 p, find_from_point(self, ctx, fn, true));
    return line_to(self, ctx, fn, p.x + d * std::cos(rad(ang)), p.y + d * std::sin(rad(ang)), c);
  };
  CQ_METHOD(t, "polarLineTo") {
    const std::string fn = "Workplane.polarLineTo";
    TRY(auto a, py::bind_args(ctx, fn, args, {"distance", "angle", {"forConstruction", fc_default()}}));
    TRY(double d, a.number("distance"));
    TRY(double ang, a.number("angle"));
    TRY(bool c, a.boolean("forConstruction"));
    return line_to(self, ctx, fn, d * std::cos(rad(ang)), d * std::sin(rad(ang)), c);
  };
  CQ_METHOD(t, "threePointArc") {
    const std::string fn = "Workplane.threePointArc";
    TRY(auto a, py::bind_args(ctx, fn, args, {"point1", "point2", {"forConstruction", fc_default()}}));
    TRY(Vec3 p1, to_vec3(ctx, a.get("point1"), fn + "() argument 'point1'"));
    TRY(Vec3 p2, to_vec3(ctx, a.get("point2"), fn + "() argument 'point2'"));
    TRY(bool c, a.boolean("forConstruction"));
    return three_point_arc(self, ctx, fn, p1, p2, c);
  };
  CQ_METHOD(t, "sagittaArc") {
    const std::string fn = "Workplane.sagittaArc";
    TRY(auto a, py::bind_args(ctx, fn, args, {"endPoint", "sag", {"forConstruction", fc_default()}}));
    TRY(Vec3 end, to_vec3(ctx, a.get("endPoint"), fn + "() argument 'endPoint'"));
    TRY(double sag, a.number("sag"));
    TRY(bool c, a.boolean("forConstruction"));
    return sagitta_arc(self, ctx, fn, end, sag, c);
  };
  CQ_METHOD(t, "radiusArc") {
    const std::string fn = "Workplane.radiusArc";
    TRY(auto a, py::bind_args(ctx, fn, args, {"endPoint", "radius", {"forConstruction", fc_default()}}));
    TRY(Vec3 end, to_vec3(ctx, a.get("endPoint"), fn + "() argument 'endPoint'"));
    TRY(double r, a.number("radius"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(Vec3 start, find_from_point(self, ctx, fn, true));
    double l = (end - start).norm() / 2.0;
    if (r * r < l * l) return value_error(ctx, fn, "Arc radius is not large enough to reach the end point.");
    double sag = std::abs(r) - std::sqrt(r * r - l * l);
    return sagitta_arc(self, ctx, fn, end, r > 0 ? sag : -sag, c);
  };
  CQ_METHOD(t, "tangentArcPoint") {
    const std::string fn = "Workplane.tangentArcPoint";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"endpoint", {"forConstruction", fc_default()}, {"relative", py::Value::from_bool(true)}}));
    TRY(Vec3 end, to_vec3(ctx, a.get("endpoint"), fn + "() argument 'endpoint'"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool rel, a.boolean("relative"));
    if (rel) {
      TRY(Vec3 cur, find_from_point(self, ctx, fn, true));
      end = end + cur;
    }
    end = self.plane.to_world(end);
    if (self.objects.empty() || !self.objects.back().is_type(ShapeType::kEdge))
      return value_error(ctx, fn, "Previous Edge requested, but the previous object is not an Edge");
    const Shape& prev = self.objects.back().shape;
    GEOM_TRY(Vec3 s, kernel::edge_point(prev, 1));
    GEOM_TRY(Vec3 tan, kernel::edge_tangent(prev, 1));
    GEOM_TRY(Shape e, tangent_arc(s, tan, end));
    return push_edge(self, e, c);
  };
  CQ_METHOD(t, "polyline") {
    const std::string fn = "Workplane.polyline";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"listOfXYTuple", {"forConstruction", fc_default()}, {"includeCurrent", fc_default()}}));
    TRY(auto pts, to_points(ctx, a.get("listOfXYTuple"), fn + "() argument 'listOfXYTuple'"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool inc, a.boolean("includeCurrent"));
    if (pts.empty() || (!inc && pts.size() < 2)) return value_error(ctx, fn, "at least two points are required");
    Vec3 start;
    size_t first = 0;
    if (inc) {
      TRY(start, find_from_point(self, ctx, fn, false));
    } else {
      start = self.plane.to_world(pts[0]);
      first = 1;
    }
    std::vector<StackItem> edges;
    for (size_t i = first; i < pts.size(); ++i) {
      Vec3 end = self.plane.to_world(pts[i]);
      GEOM_TRY(Shape e, kernel::make_line(start, end));
      edges.push_back(StackItem::of_shape(e));
      if (!c) self.add_pending_edge(e);
      start = end;
    }
    return wrap(self.new_object(std::move(edges)));
  };
  CQ_METHOD(t, "close") {
    const std::string fn = "Workplane.close";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    TRY(Vec3 end, find_from_point(self, ctx, fn, true));
    if (!self.cq->first_point) return value_error(ctx, fn, "No start point specified - cannot close");
    Vec3 start = *self.cq->first_point;
    if ((end - start).norm() > 1e-6) {
      TRY(py::Value ignored, line_to(self, ctx, fn, start.x, start.y, false));
      (void)ignored;
    }
    self.cq->first_point.reset();
    TRY(auto w, make_pending_wire(self, ctx, fn, false));
    return wrap(w);
  };
  CQ_METHOD(t, "wire") {
    const std::string fn = "Workplane.wire";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"forConstruction", fc_default()}}));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(auto w, make_pending_wire(self, ctx, fn, c));
    return wrap(w);
  };
  CQ_METHOD(t, "consolidateWires") {
    const std::string fn = "Workplane.consolidateWires";
    TRY(auto a, py::bind_args(ctx, fn, args, {}));
    TRY(auto w, consolidate(self, ctx, fn));
    return wrap(w);
  };
  CQ_METHOD(t, "mirrorX") {
    TRY(auto a, py::bind_args(ctx, "Workplane.mirrorX", args, {}));
    return mirror_2d(self, ctx, "Workplane.mirrorX", false);
  };
  CQ_METHOD(t, "mirrorY") {
    TRY(auto a, py::bind_args(ctx, "Workplane.mirrorY", args, {}));
    return mirror_2d(self, ctx, "Workplane.mirrorY", true);
  };
  CQ_METHOD(t, "rect") {
    const std::string fn = "Workplane.rect";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"xLen", "yLen", {"centered", py::Value::from_bool(true)}, {"forConstruction", fc_default()}}));
    TRY(double xl, a.number("xLen"));
    TRY(double yl, a.number("yLen"));
    TRY(auto cen, to_centered(ctx, a.get("centered"), 2, fn));
    TRY(bool c, a.boolean("forConstruction"));
    Vec3 off{cen[0] ? 0 : xl / 2, cen[1] ? 0 : yl / 2, 0};
    std::vector<Vec3> pts{Vec3(-xl / 2, -yl / 2, 0) + off, Vec3(xl / 2, -yl / 2, 0) + off,
                          Vec3(xl / 2, yl / 2, 0) + off, Vec3(-xl / 2, yl / 2, 0) + off};
    GEOM_TRY(Shape w, kernel::make_polygon(pts, true));
    return place_wire(self, ctx, fn, w, c);
  };
  CQ_METHOD(t, "circle") {
    const std::string fn = "Workplane.circle";
    TRY(auto a, py::bind_args(ctx, fn, args, {"radius", {"forConstruction", fc_default()}}));
    TRY(double r, a.number("radius"));
    TRY(bool c, a.boolean("forConstruction"));
    GEOM_TRY(Shape e, kernel::make_circle(math::Frame{}, r));
    GEOM_TRY(Shape w, kernel::make_wire({e}));
    return place_wire(self, ctx, fn, w, c);
  };
  CQ_METHOD(t, "ellipse") {
    const std::string fn = "Workplane.ellipse";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"x_radius", "y_radius", {"rotation_angle", py::Value::from_float(0)},
                               {"forConstruction", fc_default()}}));
    TRY(double rx, a.number("x_radius"));
    TRY(double ry, a.number("y_radius"));
    TRY(double rot, a.number("rotation_angle"));
    TRY(bool c, a.boolean("forConstruction"));
    GEOM_TRY(Shape e, kernel::make_ellipse(math::Frame{}, rx, ry));
    if (rot != 0) { GEOM_TRY(e, kernel::transform(e, Transform::rotation({}, {0, 0, 1}, rad(rot)))); }
    GEOM_TRY(Shape w, kernel::make_wire({e}));
    return place_wire(self, ctx, fn, w, c);
  };
  CQ_METHOD(t, "polygon") {
    const std::string fn = "Workplane.polygon";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"nSides", "diameter", {"forConstruction", fc_default()},
                               {"circumscribed", fc_default()}}));
    TRY(int64_t n, a.integer("nSides"));
    TRY(double d, a.number("diameter"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool circ, a.boolean("circumscribed"));
    if (n < 3) return value_error(ctx, fn, "nSides must be >= 3");
    if (auto d = ctx.budget().check_size(n)) return ctx.error(d->code, d->message);
    double ang = 2.0 * kPi / static_cast<double>(n);
    double r = d / 2.0;
    if (circ) r /= std::cos(ang / 2);
    std::vector<Vec3> pts;
    // A circumscribed polygon is turned by half a step so an edge midpoint lies on +x.
    double a0 = circ ? ang / 2 : 0.0;
    for (int64_t i = 0; i < n; ++i) pts.emplace_back(r * std::cos(a0 + ang * i), r * std::sin(a0 + ang * i), 0);
    GEOM_TRY(Shape w, kernel::make_polygon(pts, true));
    return place_wire(self, ctx, fn, w, c);
  };
  CQ_METHOD(t, "slot2D") {
    const std::string fn = "Workplane.slot2D";
    TRY(auto a, py::bind_args(ctx, fn, args, {"length", "diameter", {"angle", py::Value::from_int(0)}}));
    TRY(double len, a.number("length"));
    TRY(double dia, a.number("diameter"));
    TRY(double ang, a.number("angle"));
    double r = dia / 2;
    Vec3 p1{-len / 2 + r, dia / 2, 0};
    Vec3 p2 = p1 + Vec3(len - dia, 0, 0);
    Vec3 p3 = p1 + Vec3(len - dia, -dia, 0);
    Vec3 p4 = p1 + Vec3(0, -dia, 0);
    Vec3 arc1 = p2 + Vec3(r, -r, 0);
    Vec3 arc2 = p4 + Vec3(-r, r, 0);
    GEOM_TRY(Shape e1, kernel::make_line(p1, p2));
    GEOM_TRY(Shape e2, kernel::make_arc_3pt(p2, arc1, p3));
    GEOM_TRY(Shape e3, kernel::make_line(p3, p4));
    GEOM_TRY(Shape e4, kernel::make_arc_3pt(p4, arc2, p1));
    GEOM_TRY(Shape w, kernel::make_wire({e1, e2, e3, e4}));
    if (ang != 0) { GEOM_TRY(w, kernel::transform(w, Transform::rotation({}, {0, 0, 1}, rad(ang)))); }
    return place_wire(self, ctx, fn, w, false);
  };
  CQ_METHOD(t, "offset2D") {
    const std::string fn = "Workplane.offset2D";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"d", {"kind", py::Value::from_str("arc")}, {"forConstruction", fc_default()}}));
    TRY(double d, a.number("d"));
    TRY(std::string kind, a.string("kind"));
    TRY(bool c, a.boolean("forConstruction"));
    if (kind != "arc" && kind != "intersection" && kind != "tangent")
      return value_error(ctx, fn, "kind must be 'arc', 'intersection' or 'tangent'");
    std::vector<Shape> all = self.cq->pending_edges;
    all.insert(all.end(), self.cq->pending_wires.begin(), self.cq->pending_wires.end());
    std::vector<Shape> ws;
    if (!all.empty()) { GEOM_TRY(ws, combine_wires(all)); }
    std::vector<Shape> rv;
    for (const auto& w : ws) {
      GEOM_TRY(auto off, kernel::offset_wire_2d(w, d, kind));
      rv.insert(rv.end(), off.begin(), off.end());
    }
    self.cq->pending_edges.clear();
    self.cq->pending_wires = c ? std::vector<Shape>{} : rv;
    std::vector<StackItem> items;
    for (const auto& w : rv) items.push_back(StackItem::of_shape(w, c));
    return wrap(self.new_object(std::move(items)));
  };
}

}  // namespace cadscribe::cad
