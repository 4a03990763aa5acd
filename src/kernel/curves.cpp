// kernel/curves.cpp — vertices, edges (lines, arcs, circles, ellipses, splines, Béziers) and wires.
// Angles are degrees, counter-clockwise about the frame's z from its x axis. Points must be finite
// and distinct where a curve needs them to be; violations are geom.invalid_input.
#include <BRepBuilderAPI_MakeEdge.hxx>
#include <BRepBuilderAPI_MakePolygon.hxx>
#include <BRepBuilderAPI_MakeVertex.hxx>
#include <BRepBuilderAPI_MakeWire.hxx>
#include <BRepLib.hxx>
#include <GCE2d_MakeSegment.hxx>
#include <Geom2d_Line.hxx>
#include <Geom2d_TrimmedCurve.hxx>
#include <Geom_ConicalSurface.hxx>
#include <Geom_CylindricalSurface.hxx>
#include <GC_MakeArcOfCircle.hxx>
#include <GC_MakeArcOfEllipse.hxx>
#include <GeomAPI_Interpolate.hxx>
#include <Geom_BezierCurve.hxx>
#include <Geom_BSplineCurve.hxx>
#include <Geom_TrimmedCurve.hxx>
#include <ShapeAnalysis_FreeBounds.hxx>
#include <TColStd_HArray1OfBoolean.hxx>
#include <TColgp_Array1OfPnt.hxx>
#include <TColgp_Array1OfVec.hxx>
#include <TColgp_HArray1OfPnt.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_HSequenceOfShape.hxx>
#include <TopTools_ListOfShape.hxx>
#include <TopoDS.hxx>
#include <gp_Circ.hxx>
#include <gp_Elips.hxx>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::deg2rad;
using detail::invalid;
using detail::occ;
using detail::pnt;
using detail::wrap;

namespace {
constexpr double kPointTol = 1e-7;  // mm: points closer than this are "the same point"

std::optional<base::Diag> points_ok(const char* fn, const std::vector<Vec3>& pts) {
  for (const auto& p : pts)
    if (!detail::finite(p)) return invalid(std::string(fn) + ": non-finite point");
  return std::nullopt;
}

Result<Shape> edge_from(const char* fn, BRepBuilderAPI_MakeEdge& mk) {
  if (!mk.IsDone()) return base::make_diag("geom.construction_failed", std::string(fn) + ": edge not built");
  return wrap(mk.Edge());
}
}  // namespace

Shape make_vertex(const Vec3& p) {
  try {
    return wrap(BRepBuilderAPI_MakeVertex(pnt(p)).Vertex());
  } catch (...) {
    return Shape();
  }
}

Result<Shape> make_line(const Vec3& a, const Vec3& b) {
  KERNEL_CHECK(points_ok("make_line", {a, b}));
  if ((b - a).norm() < kPointTol) return invalid("make_line: start and end points coincide");
  return detail::guard("geom.construction_failed", "make_line", [&]() -> Result<Shape> {
    BRepBuilderAPI_MakeEdge mk(pnt(a), pnt(b));
    return edge_from("make_line", mk);
  });
}

Result<Shape> make_arc_3pt(const Vec3& a, const Vec3& mid, const Vec3& b) {
  KERNEL_CHECK(points_ok("make_arc_3pt", {a, mid, b}));
  if ((mid - a).norm() < kPointTol || (b - mid).norm() < kPointTol || (b - a).norm() < kPointTol)
    return invalid("make_arc_3pt: points coincide");
  if ((mid - a).cross(b - a).norm() < kPointTol * (b - a).norm())
    return invalid("make_arc_3pt: points are collinear");
  return detail::guard("geom.construction_failed", "make_arc_3pt", [&]() -> Result<Shape> {
    GC_MakeArcOfCircle arc(pnt(a), pnt(mid), pnt(b));
    if (!arc.IsDone()) return base::make_diag("geom.construction_failed", "make_arc_3pt: arc not built");
    BRepBuilderAPI_MakeEdge mk(arc.Value());
    return edge_from("make_arc_3pt", mk);
  });
}

Result<Shape> make_circle(const Frame& frame, double r) { return make_circle_arc(frame, r, 0, 0); }

Result<Shape> make_circle_arc(const Frame& frame, double r, double a0_deg, double a1_deg) {
  if (!detail::frame_ok(frame)) return invalid("make_circle: degenerate or non-finite frame");
  if (!std::isfinite(r) || r <= 0) return invalid("make_circle: radius must be a finite number > 0");
  if (!std::isfinite(a0_deg) || !std::isfinite(a1_deg)) return invalid("make_circle: non-finite angle");
  return detail::guard("geom.construction_failed", "make_circle", [&]() -> Result<Shape> {
    gp_Circ circ(detail::ax2(frame), r);
    if (a0_deg == a1_deg || std::abs(a1_deg - a0_deg) >= 360.0) {
      BRepBuilderAPI_MakeEdge mk(circ);
      return edge_from("make_circle", mk);
    }
    GC_MakeArcOfCircle arc(circ, deg2rad(a0_deg), deg2rad(a1_deg), /*sense=*/true);
    if (!arc.IsDone()) return base::make_diag("geom.construction_failed", "make_circle_arc: arc not built");
    BRepBuilderAPI_MakeEdge mk(arc.Value());
    return edge_from("make_circle_arc", mk);
  });
}

Result<Shape> make_ellipse(const Frame& frame, double r1, double r2) { return make_ellipse_arc(frame, r1, r2, 0, 0); }

Result<Shape> make_ellipse_arc(const Frame& frame, double r1, double r2, double a0_deg, double a1_deg) {
  if (!detail::frame_ok(frame)) return invalid("make_ellipse: degenerate or non-finite frame");
  if (!std::isfinite(r1) || r1 <= 0) return invalid("make_ellipse: x radius must be a finite number > 0");
  if (!std::isfinite(r2) || r2 <= 0) return invalid("make_ellipse: y radius must be a finite number > 0");
  if (!std::isfinite(a0_deg) || !std::isfinite(a1_deg)) return invalid("make_ellipse: non-finite angle");
  return detail::guard("geom.construction_failed", "make_ellipse", [&]() -> Result<Shape> {
    // gp_Elips needs major >= minor along its x axis: when r2 > r1 put the major axis on frame y
    // and shift the parametric angles by 90 degrees (as CadQuery's makeEllipse).
    double correction = 0;
    Frame f = frame;
    double major = r1, minor = r2;
    if (r2 > r1) {
      correction = 90.0;
      f.x_dir = frame.y_dir();
      major = r2;
      minor = r1;
    }
    gp_Elips el(detail::ax2(f), major, minor);
    if (a0_deg == a1_deg || std::abs(a1_deg - a0_deg) >= 360.0) {
      BRepBuilderAPI_MakeEdge mk(el);
      return edge_from("make_ellipse", mk);
    }
    GC_MakeArcOfEllipse arc(el, deg2rad(a0_deg - correction), deg2rad(a1_deg - correction), true);
    if (!arc.IsDone()) return base::make_diag("geom.construction_failed", "make_ellipse_arc: arc not built");
    BRepBuilderAPI_MakeEdge mk(arc.Value());
    return edge_from("make_ellipse_arc", mk);
  });
}

Result<Shape> make_spline(const std::vector<Vec3>& points_in, const std::vector<Vec3>& tangents, bool periodic) {
  KERNEL_CHECK(points_ok("make_spline", points_in));
  KERNEL_CHECK(points_ok("make_spline", tangents));
  std::vector<Vec3> points = points_in;
  // A periodic spline closes itself: a repeated first point would be a zero-length span.
  if (periodic && points.size() > 2 && (points.back() - points.front()).norm() < kPointTol) points.pop_back();
  if (points.size() < 2) return invalid("make_spline: needs at least 2 points");
  for (size_t i = 1; i < points.size(); ++i)
    if ((points[i] - points[i - 1]).norm() < kPointTol) return invalid("make_spline: consecutive points coincide");
  if (!tangents.empty() && tangents.size() != 2 && tangents.size() != points.size())
    return invalid("make_spline: give 2 tangents (start, end) or one per point");
  for (const auto& t : tangents)
    if (t.norm() < 1e-12) return invalid("make_spline: zero tangent");
  return detail::guard("geom.construction_failed", "make_spline", [&]() -> Result<Shape> {
    Handle(TColgp_HArray1OfPnt) arr = new TColgp_HArray1OfPnt(1, static_cast<int>(points.size()));
    for (size_t i = 0; i < points.size(); ++i) arr->SetValue(static_cast<int>(i) + 1, pnt(points[i]));
    GeomAPI_Interpolate interp(arr, periodic, 1e-6);
    if (tangents.size() == 2 && points.size() != 2) {
      interp.Load(detail::gvec(tangents[0]), detail::gvec(tangents[1]), /*scale=*/true);
    } else if (!tangents.empty()) {
      TColgp_Array1OfVec tv(1, static_cast<int>(tangents.size()));
      Handle(TColStd_HArray1OfBoolean) flags = new TColStd_HArray1OfBoolean(1, static_cast<int>(tangents.size()));
      for (size_t i = 0; i < tangents.size(); ++i) {
        tv.SetValue(static_cast<int>(i) + 1, detail::gvec(tangents[i]));
        flags->SetValue(static_cast<int>(i) + 1, true);
      }
      interp.Load(tv, flags, /*scale=*/true);
    }
    interp.Perform();
    if (!interp.IsDone()) return base::make_diag("geom.construction_failed", "make_spline: interpolation failed");
    BRepBuilderAPI_MakeEdge mk(interp.Curve());
    return edge_from("make_spline", mk);
  });
}

Result<Shape> make_bezier(const std::vector<Vec3>& poles) {
  KERNEL_CHECK(points_ok("make_bezier", poles));
  if (poles.size() < 2) return invalid("make_bezier: needs at least 2 poles");
  if (poles.size() > 26) return invalid("make_bezier: at most 26 poles (degree 25)");
  return detail::guard("geom.construction_failed", "make_bezier", [&]() -> Result<Shape> {
    TColgp_Array1OfPnt arr(1, static_cast<int>(poles.size()));
    for (size_t i = 0; i < poles.size(); ++i) arr.SetValue(static_cast<int>(i) + 1, pnt(poles[i]));
    Handle(Geom_BezierCurve) c = new Geom_BezierCurve(arr);
    BRepBuilderAPI_MakeEdge mk(c);
    return edge_from("make_bezier", mk);
  });
}

namespace detail {

TopoDS_Wire helix_wire(double pitch, double height, double radius, const gp_Pnt& center, const gp_Dir& dir,
                       double angle_deg, bool lefthand) {
  // A straight segment in the (u, v) domain of a cylinder or cone is a helix in 3D (as CadQuery).
  // A negative pitch walks the line backwards: still up the axis, turning the other way.
  gp_Ax3 ax(center, dir);
  Handle(Geom_Surface) surf;
  if (angle_deg == 360) surf = new Geom_CylindricalSurface(ax, radius);
  else surf = new Geom_ConicalSurface(ax, deg2rad(angle_deg), radius);
  Handle(Geom2d_Line) line = new Geom2d_Line(gp_Pnt2d(0, 0), gp_Dir2d(lefthand ? -2 * kPi : 2 * kPi, pitch));
  double turns = height / pitch;
  gp_Pnt2d a = line->Value(0.0);
  gp_Pnt2d b = line->Value(turns * std::sqrt(4 * kPi * kPi + pitch * pitch));
  Handle(Geom2d_TrimmedCurve) seg = GCE2d_MakeSegment(a, b).Value();
  TopoDS_Edge e = BRepBuilderAPI_MakeEdge(seg, surf).Edge();
  TopoDS_Wire w = BRepBuilderAPI_MakeWire(e).Wire();
  BRepLib::BuildCurves3d(w, 1e-6, GeomAbs_C1, 14, 2000);
  return w;
}

}  // namespace detail

Result<Shape> make_helix(double pitch, double height, double radius, const Vec3& center, const Vec3& dir,
                         double angle_deg, bool lefthand) {
  if (!std::isfinite(pitch) || pitch == 0) return invalid("make_helix: pitch must be finite and non-zero");
  if (!std::isfinite(height) || height <= 0) return invalid("make_helix: height must be a finite number > 0");
  if (!std::isfinite(radius) || radius <= 0) return invalid("make_helix: radius must be a finite number > 0");
  if (!detail::finite(center) || !detail::finite(dir) || dir.norm() < 1e-12)
    return invalid("make_helix: center and dir must be finite, dir non-zero");
  if (!std::isfinite(angle_deg) || angle_deg <= -90 || angle_deg >= 90) {
    if (angle_deg != 360) return invalid("make_helix: angle must be 360 (cylinder) or a cone half-angle in (-90, 90)");
  }
  if (height / std::abs(pitch) > 1000) return base::make_diag("limit.size", "make_helix: more than 1000 turns");
  return detail::guard("geom.construction_failed", "make_helix", [&]() -> Result<Shape> {
    return wrap(detail::helix_wire(pitch, height, radius, pnt(center), gp_Dir(detail::gvec(dir)), angle_deg, lefthand));
  });
}

Result<Shape> make_wire(const std::vector<Shape>& edges) {
  if (edges.empty()) return invalid("make_wire: no edges");
  for (const auto& e : edges)
    if (e.is_null() || (e.type() != ShapeType::kEdge && e.type() != ShapeType::kWire))
      return invalid("make_wire: every element must be an edge or a wire");
  return detail::guard("geom.construction_failed", "make_wire", [&]() -> Result<Shape> {
    TopTools_ListOfShape list;
    for (const auto& e : edges) {
      for (TopExp_Explorer ex(occ(e), TopAbs_EDGE); ex.More(); ex.Next()) list.Append(ex.Current());
    }
    BRepBuilderAPI_MakeWire mk;
    mk.Add(list);
    if (mk.IsDone()) return wrap(mk.Wire());
    // Small gaps: let ShapeAnalysis connect the edges with a looser tolerance.
    Handle(TopTools_HSequenceOfShape) seq = new TopTools_HSequenceOfShape;
    for (const auto& s : list) seq->Append(s);
    Handle(TopTools_HSequenceOfShape) wires;
    ShapeAnalysis_FreeBounds::ConnectEdgesToWires(seq, 1e-4, /*shared=*/false, wires);
    if (!wires.IsNull() && wires->Length() == 1) return wrap(wires->Value(1));
    return base::make_diag("geom.construction_failed", "make_wire: edges do not connect into one wire");
  });
}

Result<Shape> make_polygon(const std::vector<Vec3>& points_in, bool close) {
  KERNEL_CHECK(points_ok("make_polygon", points_in));
  std::vector<Vec3> points;
  for (const auto& p : points_in)
    if (points.empty() || (p - points.back()).norm() >= kPointTol) points.push_back(p);
  if (close && points.size() > 2 && (points.back() - points.front()).norm() < kPointTol) points.pop_back();
  if (points.size() < (close ? 3u : 2u))
    return invalid(std::string("make_polygon: needs at least ") + (close ? "3" : "2") + " distinct points");
  return detail::guard("geom.construction_failed", "make_polygon", [&]() -> Result<Shape> {
    BRepBuilderAPI_MakePolygon mk;
    for (const auto& p : points) mk.Add(pnt(p));
    if (close) mk.Close();
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.construction_failed", "make_polygon: not built");
    return wrap(mk.Wire());
  });
}

}  // namespace cadscribe::kernel
