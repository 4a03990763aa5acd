// cad/workplane_features.cpp — features built from pending wires/sketch faces other than
// straight extrusion (revolve, loft, sweep, twistExtrude, text) and whole-solid operations
// (section, split). Results combine with the context solid per `combine`, as CadQuery 2.x.
// Text uses the bundled DejaVu fonts: programs cannot name font files.
#include <cmath>
#include <filesystem>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;

namespace {

constexpr const char* kFontRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kFontBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr const char* kFontItalic = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";

py::Value t_() { return py::Value::from_bool(true); }
py::Value f_() { return py::Value::from_bool(false); }
py::Value none_() { return py::Value::none(); }

// The outer wire first, then the inner ones.
std::vector<Shape> face_wires(const Shape& face) { return kernel::sub_shapes(face, ShapeType::kWire); }

Result<Shape> fuse_list(py::CallContext& ctx, const std::string& fn, const std::vector<Shape>& shapes) {
  if (shapes.empty()) return value_error(ctx, fn, "nothing was built");
  if (shapes.size() == 1) return shapes[0];
  GEOM_TRY(Shape r, kernel::fuse_all(shapes));
  return r;
}

}  // namespace

void register_workplane_features(WpMethodTable& t) {
  CQ_METHOD(t, "revolve") {
    const std::string fn = "Workplane.revolve";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"angleDegrees", py::Value::from_float(360.0)}, {"axisStart", none_()},
                               {"axisEnd", none_()}, {"combine", t_()}, {"clean", t_()}}));
    TRY(double ang, a.number("angleDegrees"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    ang = std::fmod(ang, 360.0);
    if (ang < 0) ang += 360.0;
    if (ang == 0) ang = 360.0;
    Vec3 start;
    if (a.is_none("axisStart")) {
      start = self.plane.to_world({0, 0, 0});
    } else {
      TRY(Vec3 s, to_vec3(ctx, a.get("axisStart"), fn + "() argument 'axisStart'"));
      start = self.plane.to_world(s);
    }
    Vec3 end;
    if (a.is_none("axisEnd")) {
      // CadQuery reuses the WORLD y of axisStart as a local coordinate here; kept for parity.
      end = start.y != 0 ? self.plane.to_world({0, start.y, 0}) : self.plane.to_world({0, 1, 0});
    } else {
      TRY(Vec3 e, to_vec3(ctx, a.get("axisEnd"), fn + "() argument 'axisEnd'"));
      end = self.plane.to_world(e);
    }
    if ((end - start).norm() == 0) return value_error(ctx, fn, "the revolution axis has zero length");
    TRY(auto faces, self.get_faces(ctx, fn));
    std::vector<Shape> solids;
    for (const auto& f : faces) {
      GEOM_TRY(Shape s, kernel::revolve({f}, start, (end - start).normalized(), ang));
      solids.push_back(s);
    }
    TRY(auto ns, combine_with_base(self, ctx, fn, std::move(solids), mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "loft") {
    const std::string fn = "Workplane.loft";
    // CadQuery 2.1's `filled` (always True in practice) is accepted and ignored.
    for (size_t i = 0; i < args.keywords.size(); ++i)
      if (args.keywords[i].first == "filled") args.keywords.erase(args.keywords.begin() + static_cast<long>(i--));
    TRY(auto a, py::bind_args(ctx, fn, args, {{"ruled", f_()}, {"combine", t_()}, {"clean", t_()}}));
    TRY(bool ruled, a.boolean("ruled"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    std::vector<Shape> wires;
    if (!self.cq->pending_wires.empty()) {
      wires = std::move(self.cq->pending_wires);
      self.cq->pending_wires.clear();
    } else {
      TRY(auto faces, self.get_faces(ctx, fn));
      for (const auto& f : faces) {
        auto ws = face_wires(f);
        if (!ws.empty()) wires.push_back(ws[0]);
      }
    }
    if (wires.size() < 2) return value_error(ctx, fn, "Nothing to loft: at least two wires are required");
    GEOM_TRY(Shape r, kernel::loft(wires, ruled));
    TRY(auto ns, combine_with_base(self, ctx, fn, {r}, mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "sweep") {
    const std::string fn = "Workplane.sweep";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"path", {"multisection", f_()}, {"sweepAlongWires", none_()}, {"makeSolid", t_()},
                               {"isFrenet", f_()}, {"combine", t_()}, {"clean", t_()},
                               {"transition", py::Value::from_str("right")}, {"normal", none_()},
                               {"auxSpine", none_()}}));
    TRY(bool multi, a.boolean("multisection"));
    if (!a.is_none("sweepAlongWires")) { TRY(multi, a.boolean("sweepAlongWires")); }
    TRY(bool make_solid, a.boolean("makeSolid"));
    TRY(bool frenet, a.boolean("isFrenet"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    TRY(std::string transition, a.string("transition"));
    if (transition != "right" && transition != "round" && transition != "transformed")
      return value_error(ctx, fn, "transition must be 'right', 'round' or 'transformed'");
    kernel::SweepGuide guide;
    if (!a.is_none("normal")) {
      TRY(Vec3 nv, to_vec3(ctx, a.get("normal"), fn + "() argument 'normal'"));
      guide.normal = nv;
    } else if (!a.is_none("auxSpine")) {
      TRY(auto spine, to_shapes(ctx, a.get("auxSpine"), fn + "() argument 'auxSpine'"));
      if (spine.empty() || (spine[0].type() != ShapeType::kWire && spine[0].type() != ShapeType::kEdge))
        return value_error(ctx, fn, "Wire or Edge instance required as auxSpine");
      guide.aux_spine = spine[0];
      if (guide.aux_spine.type() == ShapeType::kEdge) { GEOM_TRY(guide.aux_spine, kernel::make_wire({guide.aux_spine})); }
    }
    const bool guided = guide.normal.has_value() || !guide.aux_spine.is_null();
    const py::Value& pv = a.get("path");
    Shape path;
    if (auto pw = pv.object_as<WorkplaneObject>()) {
      TRY(py::Value wire_m, pw->get_attr(ctx, "wire"));
      TRY(py::Value wired, ctx.call(wire_m, py::Args{}));
      auto ww = wired.object_as<WorkplaneObject>();
      if (!ww || ww->objects.empty() || !ww->objects[0].is_shape())
        return value_error(ctx, fn, "Wire or Edge instance required as the path");
      path = ww->objects[0].shape;
    } else if (auto ps = pv.object_as<ShapeObject>()) {
      path = ps->shape;
    } else {
      return ctx.error("runtime.type_error", fn + "() argument 'path' must be a Workplane, Wire or Edge");
    }
    if (path.type() == ShapeType::kEdge) { GEOM_TRY(path, kernel::make_wire({path})); }
    if (path.type() != ShapeType::kWire) return value_error(ctx, fn, "Wire or Edge instance required as the path");
    std::vector<Shape> solids;
    if (multi) {
      if (self.cq->pending_wires.empty()) return value_error(ctx, fn, "No pending wires present");
      std::vector<Shape> sections = std::move(self.cq->pending_wires);
      self.cq->pending_wires.clear();
      GEOM_TRY(Shape s, kernel::sweep_multi(sections, path, frenet, make_solid));
      solids.push_back(s);
    } else {
      TRY(auto faces, self.get_faces(ctx, fn));
      for (const auto& f : faces) {
        Shape s;
        if (guided) {
          GEOM_TRY(s, kernel::sweep_guided({f}, path, guide, transition, make_solid));
        } else {
          GEOM_TRY(s, kernel::sweep({f}, path, frenet, transition, make_solid));
        }
        solids.push_back(s);
      }
    }
    TRY(auto ns, combine_with_base(self, ctx, fn, std::move(solids), mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "twistExtrude") {
    const std::string fn = "Workplane.twistExtrude";
    TRY(auto a, py::bind_args(ctx, fn, args, {"distance", "angleDegrees", {"combine", t_()}, {"clean", t_()}}));
    TRY(double dist, a.number("distance"));
    TRY(double ang, a.number("angleDegrees"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    TRY(auto faces, self.get_faces(ctx, fn));
    std::vector<Shape> shapes;
    for (const auto& f : faces) {
      GEOM_TRY(Shape s, kernel::twist_extrude(face_wires(f), self.plane.z_dir * dist, self.plane.origin, ang));
      shapes.push_back(s);
    }
    TRY(Shape r, fuse_list(ctx, fn, shapes));
    TRY(auto ns, combine_with_base(self, ctx, fn, {r}, mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "text") {
    const std::string fn = "Workplane.text";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"txt", "fontsize", "distance", {"cut", t_()}, {"combine", f_()}, {"clean", t_()},
                               {"font", py::Value::from_str("Arial")}, {"fontPath", none_()},
                               {"kind", py::Value::from_str("regular")}, {"halign", py::Value::from_str("center")},
                               {"valign", py::Value::from_str("center")}}));
    TRY(std::string txt, a.string("txt"));
    TRY(double size, a.number("fontsize"));
    TRY(double dist, a.number("distance"));
    TRY(bool cut, a.boolean("cut"));
    TRY(CombineMode mode, to_combine_mode(ctx, a.get("combine"), fn));
    TRY(bool clean, a.boolean("clean"));
    TRY(std::string kind, a.string("kind"));
    TRY(std::string halign, a.string("halign"));
    TRY(std::string valign, a.string("valign"));
    // Programs may not name files: fontPath and font are ignored, the bundled DejaVu family is used.
    std::string font = kind == "bold" ? kFontBold : kind == "italic" ? kFontItalic : kFontRegular;
    if (!std::filesystem::exists(font)) font = kFontRegular;
    GEOM_TRY(auto faces, kernel::make_text_faces(txt, size, font, self.plane, halign, valign));
    std::vector<Shape> solids;
    for (const auto& f : faces) {
      GEOM_TRY(Shape s, kernel::extrude({f}, self.plane.z_dir * dist, 0));
      solids.push_back(s);
    }
    if (solids.empty()) return wrap(self.new_object({}));
    GEOM_TRY(Shape r, compound_of(solids));
    if (cut) mode = CombineMode::kCut;
    TRY(auto ns, combine_with_base(self, ctx, fn, {r}, mode, clean));
    return wrap(ns);
  };
  CQ_METHOD(t, "section") {
    const std::string fn = "Workplane.section";
    TRY(auto a, py::bind_args(ctx, fn, args, {{"height", py::Value::from_float(0.0)}}));
    TRY(double h, a.number("height"));
    TRY(Shape solid, self.find_solid(ctx, fn));
    Frame f = self.plane;
    f.origin = f.origin + f.z_dir * h;
    GEOM_TRY(Shape s, kernel::section(solid, f));
    return wrap(self.new_object({StackItem::of_shape(s)}));
  };
  CQ_METHOD(t, "split") {
    const std::string fn = "Workplane.split";
    if (args.positional.size() == 1 && args.keywords.empty() &&
        (args.positional[0].object_as<WorkplaneObject>() || args.positional[0].object_as<ShapeObject>())) {
      TRY(Shape solid, self.find_solid(ctx, fn));
      std::vector<Shape> tools;
      if (auto w = args.positional[0].object_as<WorkplaneObject>()) {
        tools = stack_shapes(*w);
        merge_tags(self, *w);
      } else {
        tools.push_back(args.positional[0].object_as<ShapeObject>()->shape);
      }
      if (tools.empty()) return value_error(ctx, fn, "the splitter has no shapes");
      GEOM_TRY(Shape s, kernel::split(solid, tools));
      return wrap(self.new_object({StackItem::of_shape(s)}));
    }
    TRY(auto a, py::bind_args(ctx, fn, args, {{"keepTop", f_()}, {"keepBottom", f_()}}));
    bool top = a.get("keepTop").truthy();
    bool bottom = a.get("keepBottom").truthy();
    if (!top && !bottom) return value_error(ctx, fn, "You have to keep at least one half");
    TRY(Shape solid, self.find_solid(ctx, fn));
    double m = kernel::loose_bounding_box(solid).size().norm() * 10.0 + 1.0;  // "big enough"
    Frame ftop = self.plane;
    ftop.origin = self.plane.to_world({-m / 2, -m / 2, 0});
    Frame fbot = self.plane;
    fbot.origin = self.plane.to_world({-m / 2, -m / 2, -m});
    GEOM_TRY(Shape top_box, kernel::make_box(ftop, m, m, m));
    GEOM_TRY(Shape bot_box, kernel::make_box(fbot, m, m, m));
    std::vector<StackItem> rv;
    if (top) {
      GEOM_TRY(Shape s, kernel::cut(solid, bot_box));
      rv.push_back(StackItem::of_shape(s));
    }
    if (bottom) {
      GEOM_TRY(Shape s, kernel::cut(solid, top_box));
      rv.push_back(StackItem::of_shape(s));
    }
    return wrap(self.new_object(std::move(rv)));
  };
}

}  // namespace cadscribe::cad
