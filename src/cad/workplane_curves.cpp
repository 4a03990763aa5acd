// cad/workplane_curves.cpp — free-form 2D curves that become pending edges or wires: spline,
// splineApprox (interpolated), parametricCurve (a user function sampled N+1 times) and
// ellipseArc. Points are LOCAL to the workplane, as in CadQuery.
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using math::Transform;
using math::Vec3;

namespace {
constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }
py::Value fc_default() { return py::Value::from_bool(false); }
}  // namespace

void register_workplane_curves(WpMethodTable& t) {
  CQ_METHOD(t, "spline") {
    const std::string fn = "Workplane.spline";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"listOfXYTuple", {"tangents", py::Value::none()}, {"periodic", fc_default()},
                               {"parameters", py::Value::none()}, {"scale", py::Value::from_bool(true)},
                               {"tol", py::Value::none()}, {"forConstruction", fc_default()},
                               {"includeCurrent", fc_default()}, {"makeWire", fc_default()}}));
    TRY(auto pts, to_points(ctx, a.get("listOfXYTuple"), fn + "() argument 'listOfXYTuple'"));
    TRY(bool periodic, a.boolean("periodic"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool inc, a.boolean("includeCurrent"));
    TRY(bool make_wire, a.boolean("makeWire"));
    if (!a.is_none("parameters"))
      return ctx.error("unsupported.feature", fn + ": the 'parameters' argument is not supported");
    std::vector<Vec3> world;
    if (inc) {
      TRY(Vec3 cur, find_from_point(self, ctx, fn, false));
      world.push_back(cur);
    }
    for (const auto& p : pts) world.push_back(self.plane.to_world(p));
    std::vector<Vec3> tangents;
    if (!a.is_none("tangents")) {
      TRY(auto ts, to_points(ctx, a.get("tangents"), fn + "() argument 'tangents'"));
      for (const auto& tv : ts) tangents.push_back(self.plane.to_world(tv) - self.plane.origin);
    }
    GEOM_TRY(Shape e, kernel::make_spline(world, tangents, periodic));
    if (make_wire) {
      GEOM_TRY(Shape w, kernel::make_wire({e}));
      if (!c) self.cq->pending_wires.push_back(w);
      return wrap(self.new_object({StackItem::of_shape(w, c)}));
    }
    return push_edge(self, e, c);
  };
  CQ_METHOD(t, "splineApprox") {
    // Approximation is replaced by interpolation through the points (same curve family; the
    // smoothing/degree knobs are accepted and ignored).
    const std::string fn = "Workplane.splineApprox";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"points", {"tol", py::Value::from_float(1e-6)}, {"minDeg", py::Value::from_int(1)},
                               {"maxDeg", py::Value::from_int(6)}, {"smoothing", py::Value::none()},
                               {"forConstruction", fc_default()}, {"includeCurrent", fc_default()},
                               {"makeWire", fc_default()}}));
    TRY(auto pts, to_points(ctx, a.get("points"), fn + "() argument 'points'"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool inc, a.boolean("includeCurrent"));
    TRY(bool make_wire, a.boolean("makeWire"));
    std::vector<Vec3> world;
    if (inc) {
      TRY(Vec3 cur, find_from_point(self, ctx, fn, false));
      world.push_back(cur);
    }
    for (const auto& p : pts) world.push_back(self.plane.to_world(p));
    GEOM_TRY(Shape e, kernel::make_spline(world));
    if (make_wire) {
      GEOM_TRY(Shape w, kernel::make_wire({e}));
      if (!c) self.cq->pending_wires.push_back(w);
      return wrap(self.new_object({StackItem::of_shape(w, c)}));
    }
    return push_edge(self, e, c);
  };
  CQ_METHOD(t, "parametricCurve") {
    const std::string fn = "Workplane.parametricCurve";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"func", {"N", py::Value::from_int(400)}, {"start", py::Value::from_float(0)},
                               {"stop", py::Value::from_float(1)}, {"tol", py::Value::from_float(1e-6)},
                               {"minDeg", py::Value::from_int(1)}, {"maxDeg", py::Value::from_int(6)},
                               {"smoothing", py::Value::none()}, {"makeWire", py::Value::from_bool(true)}}));
    TRY(int64_t n, a.integer("N"));
    TRY(double start, a.number("start"));
    TRY(double stop, a.number("stop"));
    TRY(bool make_wire, a.boolean("makeWire"));
    if (n < 2) return value_error(ctx, fn, "N must be at least 2");
    if (auto d = ctx.budget().check_size(n + 1)) return ctx.error(d->code, d->message);
    std::vector<Vec3> world;
    for (int64_t i = 0; i <= n; ++i) {
      py::Args ca;
      ca.positional.push_back(py::Value::from_float(start + (stop - start) * static_cast<double>(i) / n));
      TRY(py::Value r, ctx.call(a.get("func"), std::move(ca)));
      TRY(Vec3 p, to_vec3(ctx, r, fn + "() func result"));
      world.push_back(self.plane.to_world(p));
    }
    // A closed curve (first == last point) is interpolated as a periodic spline.
    bool periodic = (world.front() - world.back()).norm() < 1e-9;
    if (periodic) world.pop_back();
    GEOM_TRY(Shape e, kernel::make_spline(world, {}, periodic));
    if (make_wire) {
      GEOM_TRY(Shape w, kernel::make_wire({e}));
      self.cq->pending_wires.push_back(w);
      return wrap(self.new_object({StackItem::of_shape(w)}));
    }
    self.add_pending_edge(e);
    return wrap(self.new_object({StackItem::of_shape(e)}));
  };
  CQ_METHOD(t, "ellipseArc") {
    const std::string fn = "Workplane.ellipseArc";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"x_radius", "y_radius", {"angle1", py::Value::from_int(360)},
                               {"angle2", py::Value::from_int(360)}, {"rotation_angle", py::Value::from_float(0)},
                               {"sense", py::Value::from_int(1)}, {"forConstruction", fc_default()},
                               {"startAtCurrent", py::Value::from_bool(true)}, {"makeWire", fc_default()}}));
    TRY(double rx, a.number("x_radius"));
    TRY(double ry, a.number("y_radius"));
    TRY(double a1, a.number("angle1"));
    TRY(double a2, a.number("angle2"));
    TRY(double rot, a.number("rotation_angle"));
    TRY(int64_t sense, a.integer("sense"));
    TRY(bool c, a.boolean("forConstruction"));
    TRY(bool at_current, a.boolean("startAtCurrent"));
    TRY(bool make_wire, a.boolean("makeWire"));
    TRY(Vec3 center, find_from_point(self, ctx, fn, false));
    math::Frame f = self.plane;
    f.origin = center;
    Shape e;
    if (a1 == a2) {
      GEOM_TRY(e, kernel::make_ellipse(f, rx, ry));
    } else if (sense == 1) {
      GEOM_TRY(e, kernel::make_ellipse_arc(f, rx, ry, a1, a2));
    } else {
      // CadQuery (GC_MakeArcOfEllipse with Sense=false) keeps the counter-clockwise arc from
      // angle1 to angle2 but runs it backwards: it starts at angle2 and ends at angle1. The same
      // edge is the forward arc from -angle2 to -angle1 in the frame with flipped normal (whose
      // y axis is -y, so eccentric angle t there is -t here; the ellipse itself is unchanged).
      math::Frame flipped = f;
      flipped.z_dir = f.z_dir * -1.0;
      GEOM_TRY(e, kernel::make_ellipse_arc(flipped, rx, ry, -a2, -a1));
    }
    if (rot != 0) { GEOM_TRY(e, kernel::transform(e, Transform::rotation(center, f.z_dir, rad(rot)))); }
    if (at_current) {
      // As CadQuery: the edge's start point (whatever the sense) moves onto the current point.
      GEOM_TRY(Vec3 sp, kernel::edge_point(e, 0));
      GEOM_TRY(e, kernel::transform(e, Transform::translation(center - sp)));
    }
    if (make_wire) {
      GEOM_TRY(Shape w, kernel::make_wire({e}));
      if (!c) self.cq->pending_wires.push_back(w);
      return wrap(self.new_object({StackItem::of_shape(w, c)}));
    }
    return push_edge(self, e, c);
  };
}

}  // namespace cadscribe::cad
