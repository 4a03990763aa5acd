// kernel/queries.cpp — geometric measures of shapes: CadQuery geomType names, centres,
// mass properties, face normals, edge points/tangents, closedness, and DESIGN.md §5 validity.
// Units: mm, mm², mm³. Edge parameters t in [0, 1] are by arc length (as CadQuery's
// mode="length") and orientation-aware (t = 0 is the start of the edge as oriented).
#include <BRepAdaptor_CompCurve.hxx>
#include <BRepAdaptor_Curve.hxx>
#include <BRepAdaptor_Surface.hxx>
#include <BRepCheck_Analyzer.hxx>
#include <BRepClass3d.hxx>
#include <BRepClass3d_SolidClassifier.hxx>
#include <BRepGProp.hxx>
#include <BRepGProp_Face.hxx>
#include <BRepTools.hxx>
#include <BRep_Tool.hxx>
#include <GCPnts_AbscissaPoint.hxx>
#include <GProp_GProps.hxx>
#include <GeomAPI_ProjectPointOnSurf.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>

#include <algorithm>
#include <cmath>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::occ;
using detail::vec3;

std::string geom_type(const Shape& shape) {
  if (shape.is_null()) return "Null";
  try {
    const TopoDS_Shape& s = occ(shape);
    if (s.ShapeType() == TopAbs_FACE) {
      BRepAdaptor_Surface a(TopoDS::Face(s), /*restriction=*/false);
      switch (a.GetType()) {
        case GeomAbs_Plane: return "PLANE";
        case GeomAbs_Cylinder: return "CYLINDER";
        case GeomAbs_Cone: return "CONE";
        case GeomAbs_Sphere: return "SPHERE";
        case GeomAbs_Torus: return "TORUS";
        case GeomAbs_BezierSurface: return "BEZIER";
        case GeomAbs_BSplineSurface: return "BSPLINE";
        case GeomAbs_SurfaceOfRevolution: return "REVOLUTION";
        case GeomAbs_SurfaceOfExtrusion: return "EXTRUSION";
        case GeomAbs_OffsetSurface: return "OFFSET";
        default: return "OTHER";
      }
    }
    if (s.ShapeType() == TopAbs_EDGE) {
      if (BRep_Tool::Degenerated(TopoDS::Edge(s))) return "OTHER";
      BRepAdaptor_Curve a(TopoDS::Edge(s));
      switch (a.GetType()) {
        case GeomAbs_Line: return "LINE";
        case GeomAbs_Circle: return "CIRCLE";
        case GeomAbs_Ellipse: return "ELLIPSE";
        case GeomAbs_Hyperbola: return "HYPERBOLA";
        case GeomAbs_Parabola: return "PARABOLA";
        case GeomAbs_BezierCurve: return "BEZIER";
        case GeomAbs_BSplineCurve: return "BSPLINE";
        case GeomAbs_OffsetCurve: return "OFFSET";
        default: return "OTHER";
      }
    }
  } catch (...) {
    return "OTHER";
  }
  // CadQuery answers the shape type for everything that is neither face nor edge.
  return shape_type_name(shape.type());
}

namespace {

// Highest topological dimension present: 3 solids, 2 faces, 1 edges, 0 vertices, -1 nothing.
int dimension(const TopoDS_Shape& s) {
  if (TopExp_Explorer(s, TopAbs_SOLID).More()) return 3;
  if (TopExp_Explorer(s, TopAbs_FACE).More()) return 2;
  if (TopExp_Explorer(s, TopAbs_EDGE).More()) return 1;
  if (TopExp_Explorer(s, TopAbs_VERTEX).More()) return 0;
  return -1;
}

GProp_GProps props(const TopoDS_Shape& s, int dim) {
  GProp_GProps p;
  if (dim == 3) BRepGProp::VolumeProperties(s, p);
  else if (dim == 2) BRepGProp::SurfaceProperties(s, p);
  else if (dim == 1) BRepGProp::LinearProperties(s, p);
  return p;
}

}  // namespace

Vec3 center_of_mass(const Shape& shape) {
  if (shape.is_null()) return {};
  try {
    const TopoDS_Shape& s = occ(shape);
    int dim = dimension(s);
    if (dim <= 0) {
      TopTools_IndexedMapOfShape vs;
      TopExp::MapShapes(s, TopAbs_VERTEX, vs);
      Vec3 sum;
      for (int i = 1; i <= vs.Extent(); ++i) sum += vec3(BRep_Tool::Pnt(TopoDS::Vertex(vs(i))));
      return vs.Extent() ? sum / vs.Extent() : sum;
    }
    return vec3(props(s, dim).CentreOfMass());
  } catch (...) {
    return {};
  }
}

Vec3 bbox_center(const Shape& shape) { return bounding_box(shape).center(); }

double volume(const Shape& shape) {
  if (shape.is_null()) return 0;
  try {
    const TopoDS_Shape& s = occ(shape);
    if (!TopExp_Explorer(s, TopAbs_SOLID).More()) {
      // Only closed shells enclose a volume; BRepGProp would integrate open faces anyway.
      bool closed_shell = false;
      for (TopExp_Explorer ex(s, TopAbs_SHELL); ex.More() && !closed_shell; ex.Next())
        closed_shell = BRep_Tool::IsClosed(ex.Current());
      if (!closed_shell) return 0;
    }
    return props(s, 3).Mass();
  } catch (...) {
    return 0;
  }
}

double area(const Shape& shape) {
  if (shape.is_null()) return 0;
  try { return props(occ(shape), 2).Mass(); } catch (...) { return 0; }
}

double length(const Shape& shape) {
  if (shape.is_null()) return 0;
  // Adaptive arc length per distinct edge (as CadQuery's Edge.Length): BRepGProp's fixed Gauss
  // rule is off by ~1e-3 on ellipses.
  try {
    TopTools_IndexedMapOfShape edges;
    TopExp::MapShapes(occ(shape), TopAbs_EDGE, edges);
    double total = 0;
    for (int i = 1; i <= edges.Extent(); ++i) {
      const TopoDS_Edge& e = TopoDS::Edge(edges(i));
      if (BRep_Tool::Degenerated(e)) continue;
      BRepAdaptor_Curve c(e);
      total += GCPnts_AbscissaPoint::Length(c, c.FirstParameter(), c.LastParameter(), 1e-9);
    }
    return total;
  } catch (...) {
    return 0;
  }
}

Result<Vec3> face_normal(const Shape& face, std::optional<Vec3> at) {
  if (face.is_null() || face.type() != ShapeType::kFace) return detail::invalid("face_normal: not a face");
  if (at && !detail::finite(*at)) return detail::invalid("face_normal: non-finite point");
  return detail::guard("geom.invalid_input", "face_normal", [&]() -> Result<Vec3> {
    const TopoDS_Face& f = TopoDS::Face(occ(face));
    gp_Pnt target;
    if (at) {
      target = detail::pnt(*at);
    } else {
      GProp_GProps p;
      BRepGProp::SurfaceProperties(f, p);
      target = p.CentreOfMass();
    }
    // Project onto the surface to get (u, v); BRepGProp_Face::Normal applies the face orientation.
    Handle(Geom_Surface) surf = BRep_Tool::Surface(f);
    GeomAPI_ProjectPointOnSurf proj(target, surf);
    double u, v;
    if (proj.NbPoints() > 0) {
      proj.LowerDistanceParameters(u, v);
    } else {
      double u0, u1, v0, v1;
      BRepTools::UVBounds(f, u0, u1, v0, v1);
      u = 0.5 * (u0 + u1);
      v = 0.5 * (v0 + v1);
    }
    BRepGProp_Face gf(f);
    gp_Pnt p;
    gp_Vec n;
    gf.Normal(u, v, p, n);
    if (n.Magnitude() < 1e-12) {
      // Singular point (a sphere's pole, a cone's apex): step toward the middle of the face's
      // parameter box until the normal is defined.
      double u0, u1, v0, v1;
      BRepTools::UVBounds(f, u0, u1, v0, v1);
      double uc = 0.5 * (u0 + u1), vc = 0.5 * (v0 + v1);
      for (double step = 1e-7; step < 1 && n.Magnitude() < 1e-12; step *= 10)
        gf.Normal(u + (uc - u) * step, v + (vc - v) * step, p, n);
    }
    if (n.Magnitude() < 1e-12) return base::make_diag("geom.invalid_input", "face_normal: degenerate point");
    return vec3(n.Normalized());
  });
}

namespace {

// Evaluates point or first derivative at arc-length fraction t along an edge or wire, honouring
// the edge's orientation.
Result<Vec3> curve_eval(const Shape& shape, double t, bool tangent, const char* what) {
  if (shape.is_null() || (shape.type() != ShapeType::kEdge && shape.type() != ShapeType::kWire))
    return detail::invalid(std::string(what) + ": not an edge or wire");
  if (!std::isfinite(t)) return detail::invalid(std::string(what) + ": non-finite parameter");
  return detail::guard("geom.invalid_input", what, [&]() -> Result<Vec3> {
    const TopoDS_Shape& s = occ(shape);
    std::unique_ptr<Adaptor3d_Curve> curve;
    bool reversed = false;
    if (s.ShapeType() == TopAbs_EDGE) {
      const TopoDS_Edge& e = TopoDS::Edge(s);
      if (BRep_Tool::Degenerated(e)) return detail::invalid(std::string(what) + ": degenerate edge");
      curve = std::make_unique<BRepAdaptor_Curve>(e);
      reversed = e.Orientation() == TopAbs_REVERSED;
    } else {
      // CompCurve walks the wire in its own order and orientation already.
      curve = std::make_unique<BRepAdaptor_CompCurve>(TopoDS::Wire(s), /*knotByCurvilinearAbcissa=*/true);
    }
    double f = curve->FirstParameter(), l = curve->LastParameter();
    double tt = std::clamp(t, 0.0, 1.0);
    if (reversed) tt = 1.0 - tt;
    double total = GCPnts_AbscissaPoint::Length(*curve, f, l);
    double param = f;
    if (tt >= 1.0) {
      param = l;
    } else if (tt > 0.0) {
      GCPnts_AbscissaPoint ap(*curve, tt * total, f);
      param = ap.IsDone() ? ap.Parameter() : f + tt * (l - f);
    }
    gp_Pnt p;
    gp_Vec d;
    curve->D1(param, p, d);
    if (!tangent) return vec3(p);
    if (d.Magnitude() < 1e-15) return detail::invalid(std::string(what) + ": zero tangent");
    Vec3 dir = vec3(d.Normalized());
    return reversed ? -dir : dir;
  });
}

}  // namespace

Result<Vec3> edge_tangent(const Shape& edge, double t) { return curve_eval(edge, t, true, "edge_tangent"); }
Result<Vec3> edge_point(const Shape& edge, double t) { return curve_eval(edge, t, false, "edge_point"); }

Vec3 vertex_point(const Shape& vertex) {
  if (vertex.is_null() || vertex.type() != ShapeType::kVertex) return {};
  return vec3(BRep_Tool::Pnt(TopoDS::Vertex(occ(vertex))));
}

bool is_closed(const Shape& s) {
  if (s.is_null()) return false;
  try {
    const TopoDS_Shape& o = occ(s);
    if (o.ShapeType() == TopAbs_EDGE) {
      TopoDS_Vertex a, b;
      TopExp::Vertices(TopoDS::Edge(o), a, b);
      return !a.IsNull() && a.IsSame(b);
    }
    if (o.ShapeType() == TopAbs_WIRE) {
      TopoDS_Vertex a, b;
      TopExp::Vertices(TopoDS::Wire(o), a, b);
      return !a.IsNull() && a.IsSame(b);
    }
    return BRep_Tool::IsClosed(o);
  } catch (...) {
    return false;
  }
}

Result<double> edge_radius(const Shape& edge) {
  if (edge.is_null() || edge.type() != ShapeType::kEdge) return detail::invalid("edge_radius: not an edge");
  return detail::guard("geom.invalid_input", "edge_radius", [&]() -> Result<double> {
    BRepAdaptor_Curve c(TopoDS::Edge(occ(edge)));
    if (c.GetType() != GeomAbs_Circle) return detail::invalid("edge_radius: edge is not a circle or arc");
    return c.Circle().Radius();
  });
}

bool is_inside(const Shape& solid, const Vec3& p, double tol) {
  if (solid.is_null() || !detail::finite(p) || !TopExp_Explorer(occ(solid), TopAbs_SOLID).More()) return false;
  try {
    BRepClass3d_SolidClassifier cls(occ(solid), detail::pnt(p), tol);
    TopAbs_State st = cls.State();
    return st == TopAbs_IN || st == TopAbs_ON;
  } catch (...) {
    return false;
  }
}

Validity check_validity(const Shape& shape) {
  Validity v;
  if (shape.is_null()) return v;
  try {
    const TopoDS_Shape& s = occ(shape);
    BRepCheck_Analyzer an(s);
    v.brep_valid = an.IsValid();
    TopTools_IndexedMapOfShape m;
    TopExp::MapShapes(s, TopAbs_SOLID, m);
    v.solids = m.Extent();
    m.Clear();
    TopExp::MapShapes(s, TopAbs_FACE, m);
    v.faces = m.Extent();
    m.Clear();
    TopExp::MapShapes(s, TopAbs_EDGE, m);
    v.edges = m.Extent();
    m.Clear();
    TopExp::MapShapes(s, TopAbs_VERTEX, m);
    v.vertices = m.Extent();
    v.volume = volume(shape);
    if (v.solids == 1) {
      // One solid is connected when it has a single outer shell; extra shells must be voids,
      // i.e. enclosed by the outer one (a void makes the solid's volume smaller than its outer shell's).
      TopExp_Explorer se(s, TopAbs_SOLID);
      const TopoDS_Solid& solid = TopoDS::Solid(se.Current());
      TopTools_IndexedMapOfShape shells;
      TopExp::MapShapes(solid, TopAbs_SHELL, shells);
      if (shells.Extent() == 1) {
        v.connected = true;
      } else {
        TopoDS_Shell outer = BRepClass3d::OuterShell(solid);
        GProp_GProps po;
        BRepGProp::VolumeProperties(outer, po);
        v.connected = !outer.IsNull() && std::abs(v.volume) < std::abs(po.Mass());
      }
    }
  } catch (...) {
    v.brep_valid = false;
  }
  return v;
}

}  // namespace cadscribe::kernel
