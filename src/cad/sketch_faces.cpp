// cad/sketch_faces.cpp — cq.Sketch's face-construction methods: rect circle ellipse trapezoid
// slot regularPolygon polygon face each offset clean add subtract replace, and the methods that
// report unsupported.method. Every one places its face(s) at the current selection's locations
// and combines them with the sketch by `mode` (each_location). Semantics: cadquery/sketch.py.
#include <cmath>

#include "cad/sketch_methods.h"
#include "cad/values.h"

namespace cadscribe::cad::sketch_detail {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

namespace {
constexpr double kPi = 3.14159265358979323846;

std::vector<Shape> faces_of(const Shape& s) {
  if (s.type() == ShapeType::kFace) return {s};
  return kernel::sub_shapes(s, ShapeType::kFace);
}
}  // namespace

namespace {

// The methods that place one prebuilt face (rect, circle, polygon, ...) at every location.
Result<Value> place(py::CallContext& ctx, const SketchPtr& s, const Value& self, Result<Shape> face, double angle,
                    char mode, const std::string& tag) {
  if (!face) return located(ctx, face.error());
  Shape f = *face;
  Transform rot = sketch_geom::rot_z(angle);
  return each_location(
      ctx, s, self,
      [&](const Transform& loc) -> Result<std::vector<Shape>> {
        auto placed = kernel::transform(f, loc * rot);
        if (!placed) return located(ctx, placed.error());
        return faces_of(*placed);
      },
      mode, tag, false);
}

Value dflt_mode() { return Value::from_str("a"); }

Result<std::vector<Vec3>> points_arg(py::CallContext& ctx, const Value& v, const std::string& what) {
  TRY(std::vector<Value> items, iterable_items(ctx, v, what));
  std::vector<Vec3> pts;
  for (const Value& it : items) {
    TRY(Vec3 p, to_vec3(ctx, it, what));
    pts.push_back(p);
  }
  return pts;
}

}  // namespace

void add_face_methods(MethodTable& t) {
  t["rect"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.rect", args,
                              {"w", "h", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double w, a.number("w"));
    TRY(double h, a.number("h"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    return place(ctx, s, self, sketch_geom::rect(w, h), angle, mode, tag);
  };
  t["circle"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.circle", args, {"r", {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double r, a.number("r"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    return place(ctx, s, self, sketch_geom::circle(r), 0, mode, tag);
  };
  t["ellipse"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.ellipse", args,
                              {"a1", "a2", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double a1, a.number("a1"));
    TRY(double a2, a.number("a2"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    return place(ctx, s, self, sketch_geom::ellipse(a1, a2), angle, mode, tag);
  };
  t["trapezoid"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.trapezoid", args,
                              {"w", "h", "a1", {"a2", Value()}, {"angle", Value::from_int(0)}, {"mode", dflt_mode()},
                               {"tag", Value()}}));
    TRY(double w, a.number("w"));
    TRY(double h, a.number("h"));
    TRY(double a1, a.number("a1"));
    double a2 = a1;
    if (!a.is_none("a2")) {
      TRY(double v, a.number("a2"));
      if (v != 0) a2 = v;  // CadQuery: `radians(a2) if a2 else radians(a1)`
    }
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    double d1 = h / std::tan(a1 * kPi / 180), d2 = h / std::tan(a2 * kPi / 180);
    std::vector<Vec3> pts{{-w / 2, -h / 2, 0}, {w / 2, -h / 2, 0}, {w / 2 - d2, h / 2, 0}, {-w / 2 + d1, h / 2, 0}};
    return place(ctx, s, self, sketch_geom::polygon(pts), angle, mode, tag);
  };
  t["slot"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.slot", args,
                              {"w", "h", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double w, a.number("w"));
    TRY(double h, a.number("h"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    return place(ctx, s, self, sketch_geom::slot(w, h), angle, mode, tag);
  };
  t["regularPolygon"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx,
                           py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.regularPolygon", args,
                              {"r", "n", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double r, a.number("r"));
    TRY(int64_t n, a.integer("n"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    if (n < 3 || n > 100000) return ctx.error("runtime.value_error", "Sketch.regularPolygon needs 3 or more sides");
    std::vector<Vec3> pts;
    for (int64_t i = 0; i < n; ++i) {
      double phi = static_cast<double>(i) * 2 * kPi / static_cast<double>(n);
      pts.push_back({r * std::sin(phi), r * std::cos(phi), 0});
    }
    return place(ctx, s, self, sketch_geom::polygon(pts), angle, mode, tag);
  };
  t["polygon"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.polygon", args,
                              {"pts", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(std::vector<Vec3> pts, points_arg(ctx, a.get("pts"), "pts"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    return place(ctx, s, self, sketch_geom::polygon(pts), angle, mode, tag);
  };
  t["face"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.face", args,
                              {"b", {"angle", Value::from_int(0)}, {"mode", dflt_mode()}, {"tag", Value()},
                               {"ignore_selection", Value::from_bool(false)}}));
    TRY(std::vector<Shape> faces, faces_from_value(ctx, a.get("b"), "b"));
    TRY(double angle, a.number("angle"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    TRY(bool ignore, a.boolean("ignore_selection"));
    Transform rot = sketch_geom::rot_z(angle);
    return each_location(
        ctx, s, self,
        [&](const Transform& loc) -> Result<std::vector<Shape>> {
          std::vector<Shape> out;
          for (const Shape& f : faces) {
            auto placed = kernel::transform(f, loc * rot);
            if (!placed) return located(ctx, placed.error());
            out.push_back(*placed);
          }
          return out;
        },
        mode, tag, ignore);
  };
  t["each"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.each", args,
                              {"callback", {"mode", dflt_mode()}, {"tag", Value()},
                               {"ignore_selection", Value::from_bool(false)}}));
    Value cb = a.get("callback");
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    TRY(bool ignore, a.boolean("ignore_selection"));
    return each_location(
        ctx, s, self,
        [&](const Transform& loc) -> Result<std::vector<Shape>> {
          py::Args call_args;
          call_args.positional.push_back(make_location(loc));
          TRY(Value r, ctx.call(cb, std::move(call_args)));
          return faces_from_value(ctx, r, "callback result");
        },
        mode, tag, ignore);
  };
  t["offset"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.offset", args, {"d", {"mode", dflt_mode()}, {"tag", Value()}}));
    TRY(double d, a.number("d"));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    if (!s->selection || s->selection->empty()) return ctx.error("runtime.value_error", "Selection is needed to offset");
    std::vector<Shape> wires;
    for (const SketchVal& el : *s->selection) {
      const auto* sh = std::get_if<Shape>(&el);
      if (!sh || sh->type() != ShapeType::kWire) continue;
      auto off = kernel::offset_wire_2d(*sh, d, "arc");
      if (!off) return located(ctx, off.error());
      wires.insert(wires.end(), off->begin(), off->end());
    }
    for (const Shape& w : wires) {
      // kernel::offset_wire_2d returns its wires re-chained and consistently oriented.
      auto f = sketch_geom::face_from_wires({w});
      if (!f) return located(ctx, f.error());
      std::vector<Shape> faces = faces_of(*f);
      TRY_STATUS(each_location(
          ctx, s, self, [&](const Transform&) -> Result<std::vector<Shape>> { return faces; }, mode, tag, true));
    }
    return self;
  };
  t["clean"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.clean", args, {}));
    if (s->faces.empty()) return self;
    auto comp = kernel::make_compound(s->faces);
    if (!comp) return located(ctx, comp.error());
    auto cleaned = kernel::clean(*comp);
    if (!cleaned) return located(ctx, cleaned.error());
    s->faces = faces_of(*cleaned);
    return self;
  };
  // add / subtract / replace: combine the selected faces into the sketch's faces.
  for (const char* name : {"add", "subtract", "replace"}) {
    char mode = name[0] == 'a' ? 'a' : name[0] == 's' ? 's' : 'r';
    std::string fname = std::string("Sketch.") + name;
    t[name] = [mode, fname](const SketchPtr& s, const Value& self, py::CallContext& ctx,
                            py::Args& args) -> Result<Value> {
      TRY(auto a, py::bind_args(ctx, fname, args, {}));
      bool have = s->selection && !s->selection->empty();
      if (!have) {
        if (mode != 'r') return self;
        return ctx.error("runtime.value_error", "Nothing is selected");
      }
      std::vector<Shape> sel;
      for (const SketchVal& el : *s->selection) {
        if (const auto* sh = std::get_if<Shape>(&el)) {
          for (const Shape& f : faces_of(*sh)) sel.push_back(f);
        }
      }
      auto r = sketch_geom::combine(s->faces, sel, mode);
      if (!r) return located(ctx, r.error());
      s->faces = std::move(*r);
      return self;
    };
  }
  for (const char* name : {"hull", "constrain", "solve", "importDXF", "export", "__truediv__"}) {
    std::string fname = std::string("Sketch.") + name;
    t[name] = [fname](const SketchPtr&, const Value&, py::CallContext& ctx, py::Args&) -> Result<Value> {
      return ctx.error("unsupported.method", fname + " is not supported");
    };
  }
}

}  // namespace cadscribe::cad::sketch_detail
