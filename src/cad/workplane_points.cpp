// cad/workplane_points.cpp — methods that put points or locations on the stack, in the
// workplane's LOCAL coordinates: pushPoints, rarray, polarArray, center (which also moves the
// plane origin) and moveTo. Points are stored as world points; Locations stay local, as in
// CadQuery (they are composed with the plane when shapes are placed).
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using math::Transform;
using math::Vec3;

namespace {
constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }
}  // namespace

void register_workplane_points(WpMethodTable& t) {
  CQ_METHOD(t, "pushPoints") {
    const std::string fn = "Workplane.pushPoints";
    TRY(auto a, py::bind_args(ctx, fn, args, {"pntList"}));
    const py::Value& l = a.get("pntList");
    std::vector<py::Value> items;
    if (l.is_list()) {
      items = l.list_items();
    } else if (l.is_tuple()) {
      items = l.tuple_items();
    } else if (auto it = l.is_object() ? l.object()->iterate(ctx) : std::nullopt) {
      TRY(items, std::move(*it));
    } else {
      return ctx.error("runtime.type_error", fn + "() argument 'pntList' must be a list, not " + l.type_name());
    }
    std::vector<StackItem> objs;
    for (size_t i = 0; i < items.size(); ++i) {
      if (auto loc = items[i].object_as<LocationObject>()) {
        objs.push_back(StackItem::location(loc->t));
        continue;
      }
      TRY(Vec3 p, to_vec3(ctx, items[i], fn + "() argument 'pntList[" + std::to_string(i) + "]'"));
      objs.push_back(StackItem::point(self.plane.to_world(p)));
    }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "rarray") {
    const std::string fn = "Workplane.rarray";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"xSpacing", "ySpacing", "xCount", "yCount", {"center", py::Value::from_bool(true)}}));
    TRY(double xs, a.number("xSpacing"));
    TRY(double ys, a.number("ySpacing"));
    TRY(int64_t xc, a.integer("xCount"));
    TRY(int64_t yc, a.integer("yCount"));
    TRY(auto center, to_centered(ctx, a.get("center"), 2, fn));
    // CadQuery rejects spacing <= 0; a zero spacing with count 1 is harmless, so only reject
    // what would make a degenerate array.
    if (xs < 0 || ys < 0 || xc < 1 || yc < 1 || (xs == 0 && xc > 1) || (ys == 0 && yc > 1))
      return value_error(ctx, fn, "Spacing and count must be > 0");
    if (auto d = ctx.budget().check_size(xc * yc)) return ctx.error(d->code, d->message);
    Vec3 off{center[0] ? -xs * (xc - 1) * 0.5 : 0, center[1] ? -ys * (yc - 1) * 0.5 : 0, 0};
    std::vector<StackItem> objs;
    for (int64_t x = 0; x < xc; ++x)
      for (int64_t y = 0; y < yc; ++y)
        objs.push_back(StackItem::point(self.plane.to_world(Vec3(xs * x, ys * y, 0) + off)));
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "polarArray") {
    const std::string fn = "Workplane.polarArray";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius", "startAngle", "angle", "count", {"fill", py::Value::from_bool(true)},
                               {"rotate", py::Value::from_bool(true)}}));
    TRY(double r, a.number("radius"));
    TRY(double start, a.number("startAngle"));
    TRY(double angle, a.number("angle"));
    TRY(int64_t count, a.integer("count"));
    TRY(bool fill, a.boolean("fill"));
    TRY(bool rotate, a.boolean("rotate"));
    if (count < 1) return value_error(ctx, fn, "At least 1 element required, requested " + std::to_string(count));
    if (auto d = ctx.budget().check_size(count)) return ctx.error(d->code, d->message);
    if (fill) {
      if (std::abs(std::remainder(angle, 360.0)) < 1e-6) angle = angle / static_cast<double>(count);
      else angle = count > 1 ? angle / static_cast<double>(count - 1) : start;
    }
    std::vector<StackItem> objs;
    for (int64_t i = 0; i < count; ++i) {
      double phi = start + angle * static_cast<double>(i);
      Vec3 p{r * std::cos(rad(phi)), r * std::sin(rad(phi)), 0};
      Transform tr = rotate ? Transform::translation(p) * Transform::rotation({}, {0, 0, 1}, rad(phi))
                            : Transform::translation(p);
      objs.push_back(StackItem::location(tr));
    }
    return wrap(self.new_object(std::move(objs)));
  };
  CQ_METHOD(t, "center") {
    const std::string fn = "Workplane.center";
    TRY(auto a, py::bind_args(ctx, fn, args, {"x", "y"}));
    TRY(double x, a.number("x"));
    TRY(double y, a.number("y"));
    Vec3 o = self.plane.to_world({x, y, 0});
    auto n = self.new_object({StackItem::point(o)});
    n->plane.origin = o;
    return wrap(n);
  };
  CQ_METHOD(t, "moveTo") {
    const std::string fn = "Workplane.moveTo";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"x", py::Value::from_int(0)}, {"y", py::Value::from_int(0)}}));
    TRY(double x, a.number("x"));
    TRY(double y, a.number("y"));
    return wrap(self.new_object({StackItem::point(self.plane.to_world({x, y, 0}))}));
  };
}

}  // namespace cadscribe::cad
