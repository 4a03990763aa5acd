// cad/sketch_edges.cpp — cq.Sketch's edge-based API: edge, segment, arc, spline, bezier, close
// and assemble. CadQuery dispatches segment/arc/spline on argument types (multimethod); the
// overloads are told apart here the same way: points (tuples/Vectors) versus numbers.
#include <algorithm>
#include <cmath>

#include "cad/sketch_methods.h"
#include "cad/values.h"

namespace cadscribe::cad::sketch_detail {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;

bool is_point(const Value& v) { return v.is_tuple() || v.is_list() || v.object_as<VectorObject>() != nullptr; }

// Splits the trailing (tag, forConstruction) arguments off, positionally or by keyword.
struct EdgeArgs {
  std::vector<Value> pos;
  std::string tag;
  bool construction = false;
};

Result<EdgeArgs> edge_args(py::CallContext& ctx, const std::string& fname, const py::Args& args, size_t n_main) {
  EdgeArgs out;
  out.pos = args.positional;
  Value tag, fc;
  if (out.pos.size() > n_main + 2) return ctx.error("runtime.type_error", fname + "() takes too many positional arguments");
  if (out.pos.size() > n_main) tag = out.pos[n_main];
  if (out.pos.size() > n_main + 1) fc = out.pos[n_main + 1];
  if (out.pos.size() > n_main) out.pos.resize(n_main);
  for (const auto& [k, v] : args.keywords) {
    if (k == "tag") {
      tag = v;
    } else if (k == "forConstruction") {
      fc = v;
    } else {
      return ctx.error("runtime.type_error", fname + "() got an unexpected keyword argument '" + k + "'");
    }
  }
  if (!tag.is_none()) {
    if (!tag.is_str()) return ctx.error("runtime.type_error", fname + "() argument 'tag' must be str, not " + tag.type_name());
    out.tag = tag.as_str();
  }
  out.construction = fc.truthy();
  return out;
}

Result<Value> add_edge(py::CallContext& ctx, const SketchPtr& s, const Value& self, Result<Shape> edge,
                       const EdgeArgs& ea) {
  if (!edge) return located(ctx, edge.error());
  s->edges.push_back({*edge, ea.construction});
  if (!ea.tag.empty()) set_tag(*s, ea.tag, {SketchVal(*edge)});
  return self;
}

Result<Vec3> end_point(py::CallContext& ctx, const SketchObject& s, bool first) {
  if (s.edges.empty()) return ctx.error("runtime.value_error", "No free edges available");
  auto p = first ? kernel::edge_point(s.edges.front().edge, 0) : kernel::edge_point(s.edges.back().edge, 1);
  if (!p) return located(ctx, p.error());
  return *p;
}

// Number of leading positional arguments that are points.
size_t leading_points(const std::vector<Value>& pos) {
  size_t n = 0;
  while (n < pos.size() && is_point(pos[n])) ++n;
  return n;
}

Result<std::vector<Vec3>> points(py::CallContext& ctx, const Value& v, const std::string& what) {
  TRY(std::vector<Value> items, iterable_items(ctx, v, what));
  std::vector<Vec3> out;
  for (const Value& it : items) {
    TRY(Vec3 p, to_vec3(ctx, it, what));
    out.push_back(p);
  }
  return out;
}

}  // namespace

void add_edge_methods(MethodTable& t) {
  t["edge"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.edge", args,
                              {"val", {"tag", Value()}, {"forConstruction", Value::from_bool(false)}}));
    auto sh = a.get("val").object_as<ShapeObject>();
    if (!sh || sh->shape.type() != ShapeType::kEdge) {
      return ctx.error("runtime.type_error", "Sketch.edge() argument 'val' must be an Edge, not " + a.get("val").type_name());
    }
    TRY(std::string tag, tag_arg(a));
    TRY(bool fc, a.boolean("forConstruction"));
    EdgeArgs ea{{}, tag, fc};
    return add_edge(ctx, s, self, sh->shape, ea);
  };
  // segment(p1, p2) | segment(p2) | segment(l, a)
  t["segment"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    size_t np = leading_points(args.positional);
    if (np >= 2) {
      TRY(EdgeArgs ea, edge_args(ctx, "Sketch.segment", args, 2));
      TRY(Vec3 p1, to_vec3(ctx, ea.pos[0], "p1"));
      TRY(Vec3 p2, to_vec3(ctx, ea.pos[1], "p2"));
      return add_edge(ctx, s, self, kernel::make_line(p1, p2), ea);
    }
    if (np == 1) {
      TRY(EdgeArgs ea, edge_args(ctx, "Sketch.segment", args, 1));
      TRY(Vec3 p1, end_point(ctx, *s, false));
      TRY(Vec3 p2, to_vec3(ctx, ea.pos[0], "p2"));
      return add_edge(ctx, s, self, kernel::make_line(p1, p2), ea);
    }
    TRY(EdgeArgs ea, edge_args(ctx, "Sketch.segment", args, 2));
    if (ea.pos.size() != 2 || !ea.pos[0].is_number() || !ea.pos[1].is_number()) {
      return ctx.error("runtime.type_error", "Sketch.segment() takes (p1, p2), (p2) or (l, a)");
    }
    TRY(Vec3 p1, end_point(ctx, *s, false));
    double l = ea.pos[0].as_double(), ang = ea.pos[1].as_double() * kPi / 180;
    return add_edge(ctx, s, self, kernel::make_line(p1, p1 + Vec3{l * std::cos(ang), l * std::sin(ang), 0}), ea);
  };
  // arc(p1, p2, p3) | arc(p2, p3) | arc(c, r, a, da)
  t["arc"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    size_t np = leading_points(args.positional);
    if (np >= 3) {
      TRY(EdgeArgs ea, edge_args(ctx, "Sketch.arc", args, 3));
      TRY(Vec3 p1, to_vec3(ctx, ea.pos[0], "p1"));
      TRY(Vec3 p2, to_vec3(ctx, ea.pos[1], "p2"));
      TRY(Vec3 p3, to_vec3(ctx, ea.pos[2], "p3"));
      return add_edge(ctx, s, self, kernel::make_arc_3pt(p1, p2, p3), ea);
    }
    if (np == 2) {
      TRY(EdgeArgs ea, edge_args(ctx, "Sketch.arc", args, 2));
      TRY(Vec3 p1, end_point(ctx, *s, false));
      TRY(Vec3 p2, to_vec3(ctx, ea.pos[0], "p2"));
      TRY(Vec3 p3, to_vec3(ctx, ea.pos[1], "p3"));
      return add_edge(ctx, s, self, kernel::make_arc_3pt(p1, p2, p3), ea);
    }
    TRY(EdgeArgs ea, edge_args(ctx, "Sketch.arc", args, 4));
    if (ea.pos.size() != 4 || np != 1 || !ea.pos[1].is_number() || !ea.pos[2].is_number() || !ea.pos[3].is_number()) {
      return ctx.error("runtime.type_error", "Sketch.arc() takes (p1, p2, p3), (p2, p3) or (c, r, a, da)");
    }
    TRY(Vec3 c, to_vec3(ctx, ea.pos[0], "c"));
    double r = ea.pos[1].as_double(), a0 = ea.pos[2].as_double(), da = ea.pos[3].as_double();
    if (std::abs(da) >= 360) {
      math::Frame f;
      f.origin = c;
      if (da < 0) f.z_dir = {0, 0, -1};
      return add_edge(ctx, s, self, kernel::make_circle_arc(f, r, da < 0 ? -a0 : a0, (da < 0 ? -a0 : a0) + 360), ea);
    }
    auto at = [&](double deg) {
      double rr = deg * kPi / 180;
      return c + Vec3{r * std::cos(rr), r * std::sin(rr), 0};
    };
    return add_edge(ctx, s, self, kernel::make_arc_3pt(at(a0), at(a0 + da / 2), at(a0 + da)), ea);
  };
  // spline(pts, tangents, periodic) | spline(pts)
  t["spline"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    bool full = args.positional.size() >= 3 ||
                (args.positional.size() == 2 && !args.positional[1].is_str()) ||
                std::any_of(args.keywords.begin(), args.keywords.end(),
                            [](const auto& kv) { return kv.first == "tangents" || kv.first == "periodic"; });
    if (!full) {
      TRY(EdgeArgs ea, edge_args(ctx, "Sketch.spline", args, 1));
      if (ea.pos.empty()) return ctx.error("runtime.type_error", "Sketch.spline() missing required argument 'pts'");
      TRY(std::vector<Vec3> pts, points(ctx, ea.pos[0], "pts"));
      return add_edge(ctx, s, self, kernel::make_spline(pts), ea);
    }
    TRY(auto a, py::bind_args(ctx, "Sketch.spline", args,
                              {"pts", {"tangents", Value()}, {"periodic", Value::from_bool(false)}, {"tag", Value()},
                               {"forConstruction", Value::from_bool(false)}}));
    TRY(std::vector<Vec3> pts, points(ctx, a.get("pts"), "pts"));
    std::vector<Vec3> tangents;
    if (!a.is_none("tangents")) {
      TRY(tangents, points(ctx, a.get("tangents"), "tangents"));
    }
    TRY(bool periodic, a.boolean("periodic"));
    TRY(std::string tag, tag_arg(a));
    TRY(bool fc, a.boolean("forConstruction"));
    EdgeArgs ea{{}, tag, fc};
    return add_edge(ctx, s, self, kernel::make_spline(pts, tangents, periodic), ea);
  };
  t["bezier"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.bezier", args,
                              {"pts", {"tag", Value()}, {"forConstruction", Value::from_bool(false)}}));
    TRY(std::vector<Vec3> pts, points(ctx, a.get("pts"), "pts"));
    TRY(std::string tag, tag_arg(a));
    TRY(bool fc, a.boolean("forConstruction"));
    EdgeArgs ea{{}, tag, fc};
    return add_edge(ctx, s, self, kernel::make_bezier(pts), ea);
  };
  t["close"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.close", args, {{"tag", Value()}}));
    TRY(std::string tag, tag_arg(a));
    TRY(Vec3 end, end_point(ctx, *s, false));
    TRY(Vec3 start, end_point(ctx, *s, true));
    EdgeArgs ea{{}, tag, false};
    return add_edge(ctx, s, self, kernel::make_line(end, start), ea);
  };
  t["assemble"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.assemble", args, {{"mode", Value::from_str("a")}, {"tag", Value()}}));
    TRY(char mode, mode_arg(ctx, a));
    TRY(std::string tag, tag_arg(a));
    std::vector<Shape> edges;
    for (const SketchEdge& e : s->edges) {
      if (!e.construction) edges.push_back(e.edge);
    }
    if (edges.empty()) return ctx.error("runtime.value_error", "Sketch.assemble: no edges to assemble");
    auto wires = sketch_geom::edges_to_wires(edges);
    if (!wires) return located(ctx, wires.error());
    auto face = sketch_geom::face_from_wires(*wires);
    if (!face) return located(ctx, face.error());
    Shape f = *face;
    return each_location(
        ctx, s, self,
        [&](const math::Transform& loc) -> Result<std::vector<Shape>> {
          auto placed = kernel::transform(f, loc);
          if (!placed) return located(ctx, placed.error());
          if (placed->type() == ShapeType::kFace) return std::vector<Shape>{*placed};
          return kernel::sub_shapes(*placed, ShapeType::kFace);
        },
        mode, tag, false);
  };
}

}  // namespace cadscribe::cad::sketch_detail
