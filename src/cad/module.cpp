// cad/module.cpp — builds the `cadquery` module: class objects (callable constructors with
// static methods) for Workplane, Vector, Plane, Location, Solid, Face, Edge, Wire, Vertex,
// Compound, plus Sketch/Assembly/selectors from their own files.
// Static constructors follow CadQuery's signatures (occ_impl/shapes.py, geom.py); angles are
// degrees. Unknown class attributes fail with unsupported.method ("Solid.makeFoo is not supported").
#include "cad/module.h"

#include <cmath>
#include <map>

#include "cad/selector.h"
#include "cad/sketch.h"
#include "cad/values.h"
#include "cad/workplane.h"
#include "lang/py/args.h"
#include "lang/py/containers.h"
#if __has_include("cad/assembly.h")
#include "cad/assembly.h"
#define CADSCRIBE_HAVE_ASSEMBLY 1
#endif

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double d) { return d * kPi / 180.0; }

// A Python "class": lang/py's TypeObject (so isinstance(x, cq.Workplane) works: it compares the
// class name with the value's type name) plus static attributes (Plane.named, Solid.makeBox...).
class ClassObject : public py::TypeObject {
 public:
  ClassObject(std::string name, py::NativeFn ctor) : TypeObject(name, std::move(ctor)), name_(std::move(name)) {}
  Result<py::Value> call(py::CallContext& ctx, py::Args& args) override {
    if (!callable()) return ctx.error("unsupported.method", name_ + "() cannot be constructed directly");
    return TypeObject::call(ctx, args);
  }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& n) override {
    auto it = statics_.find(n);
    if (it != statics_.end()) return it->second;
    if (n == "__name__") return py::Value::from_str(name_);
    return ctx.error("unsupported.method", name_ + "." + n + " is not supported");
  }
  void add(const std::string& n, py::Value v) { statics_[n] = std::move(v); }
  void add_fn(const std::string& n, py::NativeFn f) { statics_[n] = py::make_native(name_ + "." + n, std::move(f)); }

 private:
  std::string name_;
  std::map<std::string, py::Value> statics_;
};

class CadqueryModule : public py::ModuleObject {
 public:
  CadqueryModule() : ModuleObject("cadquery") {}
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override {
    if (name == "exporters" || name == "importers") {
      return ctx.error("unsupported.feature",
                       "cadquery." + name + " is not available: programs have no file access (the result is "
                       "exported by the caller)");
    }
    return ModuleObject::get_attr(ctx, name);
  }
};

py::Value zero3() { return py::Value::from_tuple({py::Value::from_int(0), py::Value::from_int(0), py::Value::from_int(0)}); }
py::Value z_axis() { return py::Value::from_tuple({py::Value::from_int(0), py::Value::from_int(0), py::Value::from_int(1)}); }

Result<py::Value> geom_shape(py::CallContext& ctx, const std::string& fn, Result<Shape> r) {
  if (!r) return at_call(ctx, fn, std::move(r).error());
  return make_shape(*r);
}

Transform euler_xyz_deg(double rx, double ry, double rz) {
  // gp_Extrinsic_XYZ: about global X, then global Y, then global Z.
  return Transform::rotation({}, {0, 0, 1}, rad(rz)) * Transform::rotation({}, {0, 1, 0}, rad(ry)) *
         Transform::rotation({}, {1, 0, 0}, rad(rx));
}

Result<Frame> plane_with_xdir(py::CallContext& ctx, const std::string& fn, const Vec3& origin, const Vec3& normal,
                              const py::Value& x_dir) {
  if (normal.norm() == 0) return ctx.error("runtime.value_error", fn + ": normal should be non null");
  if (x_dir.is_none()) return frame_from_dir(origin, normal);
  TRY(Vec3 x, to_vec3(ctx, x_dir, fn + "() argument 'xDir'"));
  Vec3 z = normal.normalized();
  x = x - z * x.dot(z);
  if (x.norm() < 1e-12) return ctx.error("runtime.value_error", fn + ": xDir must not be parallel to the normal");
  Frame f;
  f.origin = origin;
  f.x_dir = x.normalized();
  f.z_dir = z;
  return f;
}

// ---- Classes ----

py::Value vector_class() {
  return py::Value::from_object(std::make_shared<ClassObject>("Vector", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    if (!args.keywords.empty()) {
      TRY(auto a, py::bind_args(ctx, "Vector", args,
                                {{"x", py::Value::from_int(0)}, {"y", py::Value::from_int(0)}, {"z", py::Value::from_int(0)}}));
      TRY(double x, a.number("x"));
      TRY(double y, a.number("y"));
      TRY(double z, a.number("z"));
      return make_vector({x, y, z});
    }
    const auto& p = args.positional;
    if (p.empty()) return make_vector({});
    if (p.size() == 1) {
      TRY(Vec3 v, to_vec3(ctx, p[0], "Vector() argument"));
      return make_vector(v);
    }
    if (p.size() > 3) return ctx.error("runtime.type_error", "Vector() takes at most 3 arguments");
    double c[3] = {0, 0, 0};
    for (size_t i = 0; i < p.size(); ++i) {
      if (!p[i].is_number()) return ctx.error("runtime.type_error", "Vector() arguments must be numbers, not " + p[i].type_name());
      c[i] = p[i].as_double();
    }
    return make_vector({c[0], c[1], c[2]});
  }));
}

py::Value plane_class() {
  auto cls = std::make_shared<ClassObject>("Plane", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Plane";
    TRY(auto a, py::bind_args(ctx, fn, args, {"origin", {"xDir", py::Value::none()}, {"normal", z_axis()}}));
    TRY(Vec3 o, to_vec3(ctx, a.get("origin"), fn + "() argument 'origin'"));
    TRY(Vec3 n, to_vec3(ctx, a.get("normal"), fn + "() argument 'normal'"));
    TRY(Frame f, plane_with_xdir(ctx, fn, o, n, a.get("xDir")));
    return make_plane(f);
  });
  cls->add_fn("named", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    TRY(auto a, py::bind_args(ctx, "Plane.named", args, {"stdName", {"origin", zero3()}}));
    TRY(std::string n, a.string("stdName"));
    TRY(Vec3 o, to_vec3(ctx, a.get("origin"), "Plane.named() argument 'origin'"));
    TRY(Frame f, named_frame(ctx, n, o));
    return make_plane(f);
  });
  for (const char* n : {"XY", "YZ", "ZX", "XZ", "YX", "ZY", "front", "back", "left", "right", "top", "bottom"}) {
    std::string name = n;
    cls->add_fn(name, [name](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
      const std::string fn = "Plane." + name;
      TRY(auto a, py::bind_args(ctx, fn, args, {{"origin", zero3()}, {"xDir", py::Value::none()}}));
      TRY(Vec3 o, to_vec3(ctx, a.get("origin"), fn + "() argument 'origin'"));
      TRY(Frame f, named_frame(ctx, name, o));
      if (!a.is_none("xDir")) { TRY(f, plane_with_xdir(ctx, fn, o, f.z_dir, a.get("xDir"))); }
      return make_plane(f);
    });
  }
  return py::Value::from_object(cls);
}

py::Value location_class() {
  return py::Value::from_object(std::make_shared<ClassObject>("Location", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Location";
    const auto& p = args.positional;
    bool numeric = !p.empty() && p[0].is_number();
    if (!args.keywords.empty() || numeric) {
      TRY(auto a, py::bind_args(ctx, fn, args,
                                {{"x", py::Value::from_int(0)}, {"y", py::Value::from_int(0)}, {"z", py::Value::from_int(0)},
                                 {"rx", py::Value::from_int(0)}, {"ry", py::Value::from_int(0)}, {"rz", py::Value::from_int(0)}}));
      double v[6];
      const char* names[6] = {"x", "y", "z", "rx", "ry", "rz"};
      for (int i = 0; i < 6; ++i) { TRY(v[i], a.number(names[i])); }
      return make_location(Transform::translation({v[0], v[1], v[2]}) * euler_xyz_deg(v[3], v[4], v[5]));
    }
    if (p.empty()) return make_location(Transform::identity());
    if (auto pl = p[0].object_as<PlaneObject>()) {
      Frame f = pl->frame;
      if (p.size() >= 2) { TRY(f.origin, to_vec3(ctx, p[1], fn + "() argument 'v'")); }
      return make_location(f.to_world_transform());
    }
    if (auto l = p[0].object_as<LocationObject>()) return make_location(l->t);
    TRY(Vec3 t, to_vec3(ctx, p[0], fn + "() argument 't'"));
    if (p.size() == 1) return make_location(Transform::translation(t));
    if (p.size() == 2) {
      TRY(Vec3 ang, to_vec3(ctx, p[1], fn + "() argument 'angles'"));
      return make_location(Transform::translation(t) * euler_xyz_deg(ang.x, ang.y, ang.z));
    }
    if (p.size() == 3) {
      TRY(Vec3 ax, to_vec3(ctx, p[1], fn + "() argument 'ax'"));
      if (!p[2].is_number()) return ctx.error("runtime.type_error", fn + "() argument 'angle' must be a number");
      if (ax.norm() == 0) return ctx.error("runtime.value_error", fn + ": the rotation axis must be non-zero");
      return make_location(Transform::translation(t) * Transform::rotation({}, ax.normalized(), rad(p[2].as_double())));
    }
    return ctx.error("runtime.type_error", fn + "() takes at most 3 positional arguments here");
  }));
}

py::Value workplane_class() {
  return py::Value::from_object(std::make_shared<ClassObject>("Workplane", construct_workplane));
}

py::Value solid_class() {
  auto cls = std::make_shared<ClassObject>("Solid", nullptr);
  cls->add_fn("makeBox", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeBox";
    TRY(auto a, py::bind_args(ctx, fn, args, {"length", "width", "height", {"pnt", zero3()}, {"dir", z_axis()}}));
    TRY(double l, a.number("length"));
    TRY(double w, a.number("width"));
    TRY(double h, a.number("height"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    return geom_shape(ctx, fn, kernel::make_box(frame_from_dir(p, d), l, w, h));
  });
  cls->add_fn("makeCylinder", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeCylinder";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius", "height", {"pnt", zero3()}, {"dir", z_axis()}, {"angleDegrees", py::Value::from_int(360)}}));
    TRY(double r, a.number("radius"));
    TRY(double h, a.number("height"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    TRY(double ang, a.number("angleDegrees"));
    return geom_shape(ctx, fn, kernel::make_cylinder(frame_from_dir(p, d), r, h, ang));
  });
  cls->add_fn("makeCone", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeCone";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius1", "radius2", "height", {"pnt", zero3()}, {"dir", z_axis()},
                               {"angleDegrees", py::Value::from_int(360)}}));
    TRY(double r1, a.number("radius1"));
    TRY(double r2, a.number("radius2"));
    TRY(double h, a.number("height"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    TRY(double ang, a.number("angleDegrees"));
    return geom_shape(ctx, fn, kernel::make_cone(frame_from_dir(p, d), r1, r2, h, ang));
  });
  cls->add_fn("makeSphere", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeSphere";
    // CadQuery's own defaults (angleDegrees1=0) make a hemisphere; kept for parity.
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius", {"pnt", zero3()}, {"dir", z_axis()}, {"angleDegrees1", py::Value::from_int(0)},
                               {"angleDegrees2", py::Value::from_int(90)}, {"angleDegrees3", py::Value::from_int(360)}}));
    TRY(double r, a.number("radius"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    TRY(double a1, a.number("angleDegrees1"));
    TRY(double a2, a.number("angleDegrees2"));
    TRY(double a3, a.number("angleDegrees3"));
    return geom_shape(ctx, fn, kernel::make_sphere(frame_from_dir(p, d), r, a1, a2, a3));
  });
  cls->add_fn("makeTorus", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeTorus";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius1", "radius2", {"pnt", zero3()}, {"dir", z_axis()},
                               {"angleDegrees1", py::Value::from_int(0)}, {"angleDegrees2", py::Value::from_int(360)}}));
    TRY(double r1, a.number("radius1"));
    TRY(double r2, a.number("radius2"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    return geom_shape(ctx, fn, kernel::make_torus(frame_from_dir(p, d), r1, r2));
  });
  cls->add_fn("makeWedge", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeWedge";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"dx", "dy", "dz", "xmin", "zmin", "xmax", "zmax", {"pnt", zero3()}, {"dir", z_axis()}}));
    double v[7];
    const char* names[7] = {"dx", "dy", "dz", "xmin", "zmin", "xmax", "zmax"};
    for (int i = 0; i < 7; ++i) { TRY(v[i], a.number(names[i])); }
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    return geom_shape(ctx, fn, kernel::make_wedge(frame_from_dir(p, d), v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
  });
  cls->add_fn("makeLoft", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Solid.makeLoft";
    TRY(auto a, py::bind_args(ctx, fn, args, {"listOfWire", {"ruled", py::Value::from_bool(false)}}));
    TRY(auto wires, to_shapes(ctx, a.get("listOfWire"), fn + "() argument 'listOfWire'"));
    TRY(bool ruled, a.boolean("ruled"));
    return geom_shape(ctx, fn, kernel::loft(wires, ruled));
  });
  return py::Value::from_object(cls);
}

py::Value edge_class() {
  auto cls = std::make_shared<ClassObject>("Edge", nullptr);
  cls->add_fn("makeLine", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Edge.makeLine";
    TRY(auto a, py::bind_args(ctx, fn, args, {"v1", "v2"}));
    TRY(Vec3 p, to_vec3(ctx, a.get("v1"), fn + "() argument 'v1'"));
    TRY(Vec3 q, to_vec3(ctx, a.get("v2"), fn + "() argument 'v2'"));
    return geom_shape(ctx, fn, kernel::make_line(p, q));
  });
  cls->add_fn("makeThreePointArc", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Edge.makeThreePointArc";
    TRY(auto a, py::bind_args(ctx, fn, args, {"v1", "v2", "v3"}));
    TRY(Vec3 p, to_vec3(ctx, a.get("v1"), fn + "() argument 'v1'"));
    TRY(Vec3 q, to_vec3(ctx, a.get("v2"), fn + "() argument 'v2'"));
    TRY(Vec3 r, to_vec3(ctx, a.get("v3"), fn + "() argument 'v3'"));
    return geom_shape(ctx, fn, kernel::make_arc_3pt(p, q, r));
  });
  cls->add_fn("makeCircle", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Edge.makeCircle";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"radius", {"pnt", zero3()}, {"dir", z_axis()}, {"angle1", py::Value::from_int(360)},
                               {"angle2", py::Value::from_int(360)}, {"orientation", py::Value::from_bool(true)}}));
    TRY(double r, a.number("radius"));
    TRY(Vec3 p, to_vec3(ctx, a.get("pnt"), fn + "() argument 'pnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    TRY(double a1, a.number("angle1"));
    TRY(double a2, a.number("angle2"));
    Frame f = frame_from_dir(p, d);
    if (a1 == a2) return geom_shape(ctx, fn, kernel::make_circle(f, r));
    return geom_shape(ctx, fn, kernel::make_circle_arc(f, r, a1, a2));
  });
  cls->add_fn("makeSpline", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Edge.makeSpline";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"listOfVector", {"tangents", py::Value::none()}, {"periodic", py::Value::from_bool(false)},
                               {"parameters", py::Value::none()}, {"scale", py::Value::from_bool(true)},
                               {"tol", py::Value::none()}}));
    TRY(auto pts, to_points(ctx, a.get("listOfVector"), fn + "() argument 'listOfVector'"));
    std::vector<Vec3> tans;
    if (!a.is_none("tangents")) { TRY(tans, to_points(ctx, a.get("tangents"), fn + "() argument 'tangents'")); }
    TRY(bool periodic, a.boolean("periodic"));
    return geom_shape(ctx, fn, kernel::make_spline(pts, tans, periodic));
  });
  return py::Value::from_object(cls);
}

py::Value wire_class() {
  auto cls = std::make_shared<ClassObject>("Wire", nullptr);
  cls->add_fn("makePolygon", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Wire.makePolygon";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"listOfVertices", {"forConstruction", py::Value::from_bool(false)},
                               {"close", py::Value::from_bool(false)}}));
    TRY(auto pts, to_points(ctx, a.get("listOfVertices"), fn + "() argument 'listOfVertices'"));
    TRY(bool close, a.boolean("close"));
    // A repeated first point closes the polygon, as CadQuery's callers rely on.
    if (pts.size() > 2 && (pts.front() - pts.back()).norm() < 1e-9) {
      pts.pop_back();
      close = true;
    }
    return geom_shape(ctx, fn, kernel::make_polygon(pts, close));
  });
  cls->add_fn("makeCircle", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Wire.makeCircle";
    TRY(auto a, py::bind_args(ctx, fn, args, {"radius", {"center", zero3()}, {"normal", z_axis()}}));
    TRY(double r, a.number("radius"));
    TRY(Vec3 p, to_vec3(ctx, a.get("center"), fn + "() argument 'center'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("normal"), fn + "() argument 'normal'"));
    auto e = kernel::make_circle(frame_from_dir(p, d), r);
    if (!e) return at_call(ctx, fn, std::move(e).error());
    return geom_shape(ctx, fn, kernel::make_wire({*e}));
  });
  cls->add_fn("makeHelix", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Wire.makeHelix";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {"pitch", "height", "radius", {"center", zero3()}, {"dir", z_axis()},
                               {"angle", py::Value::from_float(360.0)}, {"lefthand", py::Value::from_bool(false)}}));
    TRY(double pitch, a.number("pitch"));
    TRY(double height, a.number("height"));
    TRY(double radius, a.number("radius"));
    TRY(Vec3 c, to_vec3(ctx, a.get("center"), fn + "() argument 'center'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    TRY(double angle, a.number("angle"));
    TRY(bool left, a.boolean("lefthand"));
    return geom_shape(ctx, fn, kernel::make_helix(pitch, height, radius, c, d, angle, left));
  });
  cls->add_fn("assembleEdges", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Wire.assembleEdges";
    TRY(auto a, py::bind_args(ctx, fn, args, {"listOfEdges"}));
    TRY(auto edges, to_shapes(ctx, a.get("listOfEdges"), fn + "() argument 'listOfEdges'"));
    return geom_shape(ctx, fn, kernel::make_wire(order_edges(edges)));
  });
  return py::Value::from_object(cls);
}

py::Value face_class() {
  auto cls = std::make_shared<ClassObject>("Face", nullptr);
  cls->add_fn("makeFromWires", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Face.makeFromWires";
    TRY(auto a, py::bind_args(ctx, fn, args, {"outerWire", {"innerWires", py::Value::from_list({})}}));
    TRY(auto outer, to_shapes(ctx, a.get("outerWire"), fn + "() argument 'outerWire'"));
    TRY(auto inner, to_shapes(ctx, a.get("innerWires"), fn + "() argument 'innerWires'"));
    outer.insert(outer.end(), inner.begin(), inner.end());
    auto faces = kernel::make_faces(outer);
    if (!faces) return at_call(ctx, fn, std::move(faces).error());
    if (faces->empty()) return ctx.error("geom.invalid_input", fn + ": no face could be built");
    return make_shape((*faces)[0]);
  });
  cls->add_fn("makePlane", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Face.makePlane";
    TRY(auto a, py::bind_args(ctx, fn, args,
                              {{"length", py::Value::none()}, {"width", py::Value::none()}, {"basePnt", zero3()},
                               {"dir", z_axis()}}));
    if (a.is_none("length") || a.is_none("width"))
      return ctx.error("unsupported.feature", fn + ": infinite planes are not supported; give length and width");
    TRY(double l, a.number("length"));
    TRY(double w, a.number("width"));
    TRY(Vec3 p, to_vec3(ctx, a.get("basePnt"), fn + "() argument 'basePnt'"));
    TRY(Vec3 d, to_vec3(ctx, a.get("dir"), fn + "() argument 'dir'"));
    Frame f = frame_from_dir(p, d);
    std::vector<Vec3> pts{f.to_world({-l / 2, -w / 2, 0}), f.to_world({l / 2, -w / 2, 0}), f.to_world({l / 2, w / 2, 0}),
                          f.to_world({-l / 2, w / 2, 0})};
    auto wire = kernel::make_polygon(pts, true);
    if (!wire) return at_call(ctx, fn, std::move(wire).error());
    auto faces = kernel::make_faces({*wire});
    if (!faces) return at_call(ctx, fn, std::move(faces).error());
    return make_shape((*faces)[0]);
  });
  return py::Value::from_object(cls);
}

py::Value vertex_class() {
  auto cls = std::make_shared<ClassObject>("Vertex", nullptr);
  cls->add_fn("makeVertex", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    TRY(auto a, py::bind_args(ctx, "Vertex.makeVertex", args, {"x", "y", "z"}));
    TRY(double x, a.number("x"));
    TRY(double y, a.number("y"));
    TRY(double z, a.number("z"));
    return make_shape(kernel::make_vertex({x, y, z}));
  });
  return py::Value::from_object(cls);
}

py::Value compound_class() {
  auto cls = std::make_shared<ClassObject>("Compound", nullptr);
  cls->add_fn("makeCompound", [](py::CallContext& ctx, py::Args& args) -> Result<py::Value> {
    const std::string fn = "Compound.makeCompound";
    TRY(auto a, py::bind_args(ctx, fn, args, {"listOfShapes"}));
    TRY(auto shapes, to_shapes(ctx, a.get("listOfShapes"), fn + "() argument 'listOfShapes'"));
    return geom_shape(ctx, fn, kernel::make_compound(shapes));
  });
  return py::Value::from_object(cls);
}

}  // namespace

py::Value make_cadquery_module() {
  auto m = std::make_shared<CadqueryModule>();
  py::Value wp = workplane_class();
  m->set("Workplane", wp);
  m->set("CQ", wp);
  m->set("Vector", vector_class());
  m->set("Plane", plane_class());
  m->set("Location", location_class());
  m->set("Sketch", make_sketch_class());
#ifdef CADSCRIBE_HAVE_ASSEMBLY
  m->set("Assembly", make_assembly_class());
  m->set("Color", make_color_class());
#endif
  m->set("selectors", make_selectors_module());
  for (const auto& n : selector_class_names()) {
    py::Value c = make_selector_class(n);
    if (!c.is_none()) m->set(n, c);
  }
  m->set("Solid", solid_class());
  m->set("Edge", edge_class());
  m->set("Wire", wire_class());
  m->set("Face", face_class());
  m->set("Vertex", vertex_class());
  m->set("Compound", compound_class());
  m->set("Shape", py::Value::from_object(std::make_shared<ClassObject>("Shape", nullptr)));
  return py::Value::from_object(m);
}

namespace {

// A CallContext for conversions run after the program: errors carry no span, callbacks are
// refused (nothing in a result conversion calls back into the program).
class DetachedContext : public py::CallContext {
 public:
  base::Budget& budget() override { return budget_; }
  Result<py::Value> call(const py::Value&, py::Args) override {
    return base::make_diag("unsupported.feature", "callbacks are not available outside a program run");
  }
  [[nodiscard]] base::Diag error(std::string code, std::string message) const override {
    return base::make_diag(std::move(code), std::move(message));
  }

 private:
  base::Budget budget_;
};

}  // namespace

Result<std::vector<Shape>> result_shapes(const py::Value& v) {
  DetachedContext ctx;
  return to_shapes(ctx, v, "result");
}

void register_cadquery(py::ModuleRegistry& registry) { registry.add("cadquery", [] { return make_cadquery_module(); }); }

}  // namespace cadscribe::cad
