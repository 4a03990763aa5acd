// cad/sketch_select.cpp — cq.Sketch selection and locations: faces/wires/edges/vertices with
// selectors, tag/select/reset/delete, fillet/chamfer of selected vertices, push/rarray/parray/
// distribute, and the copies (copy moved located) plus finalize/val/vals.
// Semantics: cadquery/sketch.py (selection elements are shapes or locations).
#include <cmath>

#include "cad/selector.h"
#include "cad/sketch_methods.h"
#include "cad/values.h"

namespace cadscribe::cad::sketch_detail {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<Shape> subs(const Shape& s, ShapeType kind) {
  if (s.type() == kind) return {s};
  return kernel::sub_shapes(s, kind);
}

void push_unique(std::vector<Shape>& out, const Shape& s) {
  for (const Shape& o : out) {
    if (o.is_same(s)) return;
  }
  out.push_back(s);
}

// Sketch._select: the sub-shapes of `kind` of the tagged objects, else of the selection, else of
// all faces and edges; filtered by the selector; deduplicated.
Method select_method(ShapeType kind, const std::string& fname) {
  return [kind, fname](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, fname, args, {{"s", Value()}, {"tag", Value()}}));
    TRY(std::string tag, tag_arg(a));
    std::vector<Shape> rv;
    auto add_from = [&](const std::vector<SketchVal>& vals) {
      for (const SketchVal& el : vals) {
        if (const auto* sh = std::get_if<Shape>(&el)) {
          for (const Shape& x : subs(*sh, kind)) rv.push_back(x);
        }
      }
    };
    if (!tag.empty()) {
      TRY(std::vector<SketchVal> vals, get_tag(ctx, *s, tag));
      add_from(vals);
    } else if (s->selection && !s->selection->empty()) {
      add_from(*s->selection);
    } else {
      for (const Shape& f : s->faces) {
        for (const Shape& x : subs(f, kind)) rv.push_back(x);
      }
      for (const SketchEdge& e : s->edges) {
        for (const Shape& x : subs(e.edge, kind)) rv.push_back(x);
      }
    }
    std::vector<Shape> unique_in;
    for (const Shape& x : rv) push_unique(unique_in, x);
    TRY(std::vector<Shape> filtered, select_shapes(ctx, a.get("s"), unique_in, math::Frame{}));
    std::vector<SketchVal> sel;
    std::vector<Shape> uniq;
    for (const Shape& x : filtered) push_unique(uniq, x);
    for (const Shape& x : uniq) sel.emplace_back(x);
    s->selection = std::move(sel);
    return self;
  };
}

// Sketch.fillet / Sketch.chamfer: per face, the selected vertices on it get rounded.
Method corner_method(bool chamfer) {
  std::string fname = chamfer ? "Sketch.chamfer" : "Sketch.fillet";
  return [chamfer, fname](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, fname, args, {"d"}));
    TRY(double d, a.number("d"));
    if (!s->selection || s->selection->empty()) {
      return ctx.error("runtime.value_error", "Selection is needed to match vertices to faces");
    }
    std::vector<Shape> out;
    for (const Shape& f : s->faces) {
      std::vector<Vec3> pts;
      std::vector<Shape> verts;
      for (const Shape& v : kernel::sub_shapes(f, ShapeType::kVertex)) {
        for (const SketchVal& el : *s->selection) {
          const auto* sh = std::get_if<Shape>(&el);
          if (sh && sh->type() == ShapeType::kVertex && sh->is_same(v)) {
            pts.push_back(kernel::vertex_point(v));
            verts.push_back(v);
            break;
          }
        }
      }
      if (pts.empty()) {
        out.push_back(f);
        continue;
      }
      auto r = sketch_geom::fillet_face(f, pts, d, chamfer);
      if (!r && r.error().code == "unsupported.feature") {
        // Corners on splines/ellipses: OCCT's 2D fillet (BRepFilletAPI_MakeFillet2d) handles them.
        r = chamfer ? kernel::chamfer_2d(f, verts, d) : kernel::fillet_2d(f, verts, d);
      }
      if (!r) return located(ctx, r.error());
      for (const Shape& nf : subs(*r, ShapeType::kFace)) out.push_back(nf);
    }
    s->faces = std::move(out);
    return self;
  };
}

// The selection as locations for rarray/parray: locations stay, shapes become their centres.
std::vector<Transform> selection_or_origin(const SketchObject& s) { return selection_locations(s, false); }

Result<std::vector<Transform>> transforms_from_moved_args(py::CallContext& ctx, py::Args& args) {
  std::vector<Transform> locs;
  if (!args.keywords.empty() || (!args.positional.empty() && args.positional[0].is_number())) {
    TRY(auto a, py::bind_args(ctx, "Sketch.moved", args,
                              {{"x", Value::from_int(0)}, {"y", Value::from_int(0)}, {"z", Value::from_int(0)},
                               {"rx", Value::from_int(0)}, {"ry", Value::from_int(0)}, {"rz", Value::from_int(0)}}));
    double v[6];
    const char* names[6] = {"x", "y", "z", "rx", "ry", "rz"};
    for (int i = 0; i < 6; ++i) {
      TRY(v[i], a.number(names[i]));
    }
    locs.push_back(sketch_geom::location_xyz(v[0], v[1], v[2], v[3], v[4], v[5]));
    return locs;
  }
  std::vector<Value> items = args.positional;
  // moved([loc1, loc2]) takes a sequence; a single tuple of numbers is a point.
  if (items.size() == 1 && items[0].is_list()) items = items[0].list_items();
  if (items.size() == 1 && items[0].is_tuple() && !items[0].tuple_items().empty() &&
      !items[0].tuple_items()[0].is_number()) {
    items = items[0].tuple_items();
  }
  if (items.empty()) return ctx.error("runtime.type_error", "Sketch.moved() needs a location");
  for (const Value& it : items) {
    TRY(Transform t, location_arg(ctx, it, "loc"));
    locs.push_back(t);
  }
  return locs;
}

}  // namespace

void add_selection_methods(MethodTable& t) {
  t["faces"] = select_method(ShapeType::kFace, "Sketch.faces");
  t["wires"] = select_method(ShapeType::kWire, "Sketch.wires");
  t["edges"] = select_method(ShapeType::kEdge, "Sketch.edges");
  t["vertices"] = select_method(ShapeType::kVertex, "Sketch.vertices");
  t["fillet"] = corner_method(false);
  t["chamfer"] = corner_method(true);

  t["tag"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.tag", args, {"tag"}));
    TRY(std::string tag, a.string("tag"));
    if (!s->selection || s->selection->empty()) return ctx.error("runtime.value_error", "Selection is needed to tag");
    set_tag(*s, tag, *s->selection);
    return self;
  };
  t["select"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    if (!args.keywords.empty()) return ctx.error("runtime.type_error", "Sketch.select() takes no keyword arguments");
    std::vector<SketchVal> sel;
    for (const Value& v : args.positional) {
      if (!v.is_str()) return ctx.error("runtime.type_error", "Sketch.select() tags must be str, not " + v.type_name());
      TRY(std::vector<SketchVal> vals, get_tag(ctx, *s, v.as_str()));
      sel.insert(sel.end(), vals.begin(), vals.end());
    }
    s->selection = std::move(sel);
    return self;
  };
  t["reset"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.reset", args, {}));
    s->selection.reset();
    return self;
  };
  t["delete"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.delete", args, {}));
    if (!s->selection || s->selection->empty()) return ctx.error("runtime.value_error", "Selection is needed to delete");
    for (const SketchVal& el : *s->selection) {
      const auto* sh = std::get_if<Shape>(&el);
      if (sh && sh->type() == ShapeType::kFace) {
        std::erase_if(s->faces, [&](const Shape& f) { return f.is_same(*sh); });
      } else if (sh && sh->type() == ShapeType::kEdge) {
        std::erase_if(s->edges, [&](const SketchEdge& e) { return e.edge.is_same(*sh); });
      } else {
        return ctx.error("runtime.value_error", "Deletion of " + sketch_val_to_value(el).repr() + " not supported");
      }
    }
    s->selection.reset();
    return self;
  };

  t["push"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.push", args, {"locs", {"tag", Value()}}));
    TRY(std::vector<Value> items, iterable_items(ctx, a.get("locs"), "locs"));
    TRY(std::string tag, tag_arg(a));
    std::vector<SketchVal> sel;
    for (const Value& it : items) {
      TRY(Transform tr, location_arg(ctx, it, "locs"));
      sel.emplace_back(tr);
    }
    if (!tag.empty()) set_tag(*s, tag, sel);
    s->selection = std::move(sel);
    return self;
  };
  t["rarray"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.rarray", args, {"xs", "ys", "nx", "ny"}));
    TRY(double xs, a.number("xs"));
    TRY(double ys, a.number("ys"));
    TRY(int64_t nx, a.integer("nx"));
    TRY(int64_t ny, a.integer("ny"));
    if (nx < 1 || ny < 1) {
      return ctx.error("runtime.value_error", "At least 1 elements required, requested " + std::to_string(nx) + ", " +
                                                  std::to_string(ny));
    }
    if (auto d = ctx.budget().check_size(nx)) return *d;
    if (auto d = ctx.budget().check_size(ny)) return *d;
    if (auto d = ctx.budget().check_size(nx * ny)) return *d;  // no overflow: both are bounded now
    Vec3 offset{(static_cast<double>(nx) - 1) * xs * 0.5, (static_cast<double>(ny) - 1) * ys * 0.5, 0};
    std::vector<Transform> base = selection_or_origin(*s);
    std::vector<SketchVal> sel;
    for (int64_t i = 0; i < nx; ++i) {
      for (int64_t j = 0; j < ny; ++j) {
        Transform l = Transform::translation(Vec3{static_cast<double>(i) * xs, static_cast<double>(j) * ys, 0} - offset);
        for (const Transform& el : base) sel.emplace_back(l * el);
      }
    }
    s->selection = std::move(sel);
    return self;
  };
  t["parray"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.parray", args, {"r", "a1", "da", "n", {"rotate", Value::from_bool(true)}}));
    TRY(double r, a.number("r"));
    TRY(double a1, a.number("a1"));
    TRY(double da, a.number("da"));
    TRY(int64_t n, a.integer("n"));
    TRY(bool rotate, a.boolean("rotate"));
    if (n < 1) return ctx.error("runtime.value_error", "At least 1 element required, requested " + std::to_string(n));
    if (auto d = ctx.budget().check_size(n)) return *d;
    double angle;
    if (std::abs(std::remainder(da, 360.0)) < 1e-6) {
      angle = da / static_cast<double>(n);
    } else {
      angle = n > 1 ? da / static_cast<double>(n - 1) : a1;
    }
    std::vector<Transform> base = selection_or_origin(*s);
    std::vector<SketchVal> sel;
    for (int64_t i = 0; i < n; ++i) {
      double phi = a1 + angle * static_cast<double>(i);
      Transform l = Transform::translation({r * std::cos(phi * kPi / 180), r * std::sin(phi * kPi / 180), 0});
      Transform rot = sketch_geom::rot_z(rotate ? phi : 0);
      for (const Transform& el : base) sel.emplace_back(l * el * rot);
    }
    s->selection = std::move(sel);
    return self;
  };
  t["distribute"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.distribute", args,
                              {"n", {"start", Value::from_int(0)}, {"stop", Value::from_int(1)},
                               {"rotate", Value::from_bool(true)}}));
    TRY(int64_t n, a.integer("n"));
    TRY(double start, a.number("start"));
    TRY(double stop, a.number("stop"));
    TRY(bool rotate, a.boolean("rotate"));
    if (n < 1) return ctx.error("runtime.value_error", "At least 1 element required, requested " + std::to_string(n));
    if (auto d = ctx.budget().check_size(n)) return *d;
    if (!s->selection || s->selection->empty()) {
      return ctx.error("runtime.value_error", "Nothing selected to distribute over");
    }
    bool trimmed = !(1 - std::abs(stop - start) < 1e-6);
    std::vector<SketchVal> sel;
    for (const SketchVal& el : *s->selection) {
      const auto* sh = std::get_if<Shape>(&el);
      Shape edge;
      if (sh && sh->type() == ShapeType::kEdge) {
        edge = *sh;
      } else if (sh && sh->type() == ShapeType::kWire && kernel::sub_shapes(*sh, ShapeType::kEdge).size() == 1) {
        edge = kernel::sub_shapes(*sh, ShapeType::kEdge)[0];
      } else if (sh && sh->type() == ShapeType::kWire) {
        return ctx.error("unsupported.feature", "Sketch.distribute over a wire of several edges is not supported");
      } else {
        return ctx.error("runtime.value_error", "Unsupported selection: " + sketch_val_to_value(el).repr());
      }
      bool closed = kernel::is_closed(edge) && !trimmed;
      for (int64_t i = 0; i < n; ++i) {
        double di = static_cast<double>(i);
        double t = closed ? start + di * (stop - start) / static_cast<double>(n)
                          : (n > 1 ? start + di * (stop - start) / static_cast<double>(n - 1) : start);
        auto loc = sketch_geom::edge_location(edge, t, rotate);
        if (!loc) return located(ctx, loc.error());
        sel.emplace_back(*loc);
      }
    }
    s->selection = std::move(sel);
    return self;
  };

  t["copy"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.copy", args, {}));
    auto rv = new_sketch();
    rv->faces = s->faces;
    return as_value(rv);
  };
  t["located"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.located", args, {"loc"}));
    TRY(Transform loc, location_arg(ctx, a.get("loc"), "loc"));
    auto rv = new_sketch();
    rv->faces = s->faces;
    rv->locs = {loc};
    return as_value(rv);
  };
  t["moved"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(std::vector<Transform> locs, transforms_from_moved_args(ctx, args));
    auto rv = new_sketch();
    for (const Transform& l : locs) {
      for (const Shape& f : s->faces) {
        auto m = kernel::transform(f, l);
        if (!m) return located(ctx, m.error());
        rv->faces.push_back(*m);
      }
    }
    return as_value(rv);
  };
  t["finalize"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.finalize", args, {}));
    Value p = s->reach_parent();
    if (s->parent.is_object()) {
      s->parent_weak = s->parent.object();
      s->parent = Value();
    }
    return p;
  };
  t["vals"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.vals", args, {}));
    std::vector<Value> out;
    for (const SketchVal& el : s->vals()) out.push_back(sketch_val_to_value(el));
    return Value::from_list(std::move(out));
  };
  t["val"] = [](const SketchPtr& s, const Value& self, py::CallContext& ctx, py::Args& args) -> Result<Value> {
    TRY(auto a, py::bind_args(ctx, "Sketch.val", args, {}));
    if (s->selection) {
      if (s->selection->empty()) return ctx.error("runtime.index_error", "list index out of range");
      return sketch_val_to_value(s->selection->front());
    }
    if (s->faces.empty() && !s->edges.empty()) return make_shape(s->edges.front().edge);
    auto comp = kernel::make_compound(s->faces);
    if (!comp) return located(ctx, comp.error());
    return make_shape(*comp);
  };
}

}  // namespace cadscribe::cad::sketch_detail
