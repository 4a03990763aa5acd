// kernel/faces.cpp — planar faces from closed wires (nesting wires into outer boundaries, holes
// and islands, as CadQuery's sortWiresByBuildOrder + Face.makeFromWires) and 2D wire offsets.
// Invariant: every face returned has its outer wire counter-clockwise about the face normal and
// its holes clockwise (checked by the wires' own winding, not by ShapeFix_Face::FixOrientation,
// which turned some non-convex outlines inside out), and faces come out in the order of their
// outer wires in the input.
#include <BRepAdaptor_Curve.hxx>
#include <BRepBuilderAPI_MakeFace.hxx>
#include <BRepFilletAPI_MakeFillet2d.hxx>
#include <BRepBuilderAPI_MakeWire.hxx>
#include <BRepClass_FaceClassifier.hxx>
#include <BRepGProp.hxx>
#include <BRepOffsetAPI_MakeOffset.hxx>
#include <BRepTools.hxx>
#include <BRepTools_WireExplorer.hxx>
#include <BRep_Tool.hxx>
#include <GProp_GProps.hxx>
#include <Geom_Plane.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedDataMapOfShapeListOfShape.hxx>
#include <TopTools_IndexedMapOfShape.hxx>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

namespace detail {

Result<TopoDS_Wire> as_wire(const Shape& s, const char* fn) {
  if (s.is_null()) return invalid(std::string(fn) + ": null shape where a wire was expected");
  const TopoDS_Shape& o = occ(s);
  if (o.ShapeType() == TopAbs_WIRE) return TopoDS::Wire(o);
  if (o.ShapeType() == TopAbs_EDGE) {
    BRepBuilderAPI_MakeWire mk(TopoDS::Edge(o));
    if (!mk.IsDone()) return invalid(std::string(fn) + ": cannot make a wire from the edge");
    return mk.Wire();
  }
  return invalid(std::string(fn) + ": expected a wire or an edge, got a " + shape_type_name(s.type()));
}

}  // namespace detail

namespace {

// A point well inside the wire's first edge (vertices may touch other wires).
gp_Pnt sample_point(const TopoDS_Wire& w) {
  TopExp_Explorer ex(w, TopAbs_EDGE);
  BRepAdaptor_Curve c(TopoDS::Edge(ex.Current()));
  return c.Value(0.5 * (c.FirstParameter() + c.LastParameter()));
}

// The wire's winding normal (Newell's formula over points sampled along its edges in traversal
// order): the direction about which the wire runs counter-clockwise, scaled by twice its area.
gp_Vec winding_normal(const TopoDS_Wire& w) {
  std::vector<gp_Pnt> pts;
  for (BRepTools_WireExplorer ex(w); ex.More(); ex.Next()) {
    BRepAdaptor_Curve c(ex.Current());
    const bool reversed = ex.Current().Orientation() == TopAbs_REVERSED;
    constexpr int kSamples = 16;  // enough for arcs and splines to keep their sense
    for (int i = 0; i < kSamples; ++i) {
      double t = double(i) / kSamples;
      if (reversed) t = 1 - t;
      pts.push_back(c.Value(c.FirstParameter() + t * (c.LastParameter() - c.FirstParameter())));
    }
  }
  gp_Vec n(0, 0, 0);
  for (size_t i = 0; i < pts.size(); ++i) {
    const gp_Pnt& a = pts[i];
    const gp_Pnt& b = pts[(i + 1) % pts.size()];
    n += gp_Vec((a.Y() - b.Y()) * (a.Z() + b.Z()), (a.Z() - b.Z()) * (a.X() + b.X()), (a.X() - b.X()) * (a.Y() + b.Y()));
  }
  return n;
}

// The outward normal of a planar face (its plane's normal, flipped when the face is reversed).
gp_Vec face_normal(const TopoDS_Face& f) {
  Handle(Geom_Plane) pl = Handle(Geom_Plane)::DownCast(BRep_Tool::Surface(f));
  gp_Vec n(pl->Pln().Axis().Direction());
  return f.Orientation() == TopAbs_REVERSED ? -n : n;
}

struct WireInfo {
  TopoDS_Wire wire;
  TopoDS_Face face;  // the wire's own planar face (no holes)
  gp_Pln plane;
  double area = 0;
  gp_Pnt sample;
};

Result<std::vector<TopoDS_Face>> faces_from_wires(const std::vector<TopoDS_Wire>& wires, const char* fn) {
  std::vector<WireInfo> info;
  for (const auto& w : wires) {
    if (!BRep_Tool::IsClosed(w)) {
      TopoDS_Vertex a, b;
      TopExp::Vertices(w, a, b);
      if (a.IsNull() || !a.IsSame(b)) return invalid(std::string(fn) + ": wire is not closed");
    }
    BRepBuilderAPI_MakeFace mk(w, /*OnlyPlane=*/true);
    if (!mk.IsDone()) return invalid(std::string(fn) + ": wire is not planar");
    WireInfo wi;
    wi.wire = w;
    wi.face = mk.Face();
    Handle(Geom_Plane) pl = Handle(Geom_Plane)::DownCast(BRep_Tool::Surface(wi.face));
    if (pl.IsNull()) return invalid(std::string(fn) + ": wire is not planar");
    wi.plane = pl->Pln();
    GProp_GProps p;
    BRepGProp::SurfaceProperties(wi.face, p);
    wi.area = std::abs(p.Mass());
    if (wi.area < 1e-12) return invalid(std::string(fn) + ": wire encloses no area");
    wi.sample = sample_point(w);
    info.push_back(wi);
  }
  const size_t n = info.size();
  // contains[i][j]: wire j lies inside wire i (same plane, smaller, sample point classified IN).
  std::vector<std::vector<bool>> contains(n, std::vector<bool>(n, false));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      if (i == j || info[j].area >= info[i].area) continue;
      if (info[i].plane.Distance(info[j].sample) > 1e-6 * (1 + std::sqrt(info[i].area))) continue;
      BRepClass_FaceClassifier cls(info[i].face, info[j].sample, 1e-7);
      contains[i][j] = cls.State() == TopAbs_IN;
    }
  }
  std::vector<int> depth(n, 0), parent(n, -1);
  for (size_t j = 0; j < n; ++j) {
    for (size_t i = 0; i < n; ++i) {
      if (!contains[i][j]) continue;
      ++depth[j];
      if (parent[j] < 0 || info[i].area < info[parent[j]].area) parent[j] = static_cast<int>(i);
    }
  }
  std::vector<TopoDS_Face> out;
  for (size_t i = 0; i < n; ++i) {
    if (depth[i] % 2 != 0) continue;  // odd depth: a hole of its parent
    // The outer wire runs counter-clockwise about the face normal: build on the wire as given
    // when it winds that way about the plane MakeFace chose, else on the reversed wire.
    const gp_Vec plane_normal = face_normal(info[i].face);
    TopoDS_Wire outer = info[i].wire;
    if (winding_normal(outer).Dot(plane_normal) < 0) outer = TopoDS::Wire(outer.Reversed());
    BRepBuilderAPI_MakeFace mk(Handle(Geom_Plane)::DownCast(BRep_Tool::Surface(info[i].face))->Pln(), outer);
    for (size_t j = 0; j < n; ++j) {
      if (parent[j] != static_cast<int>(i) || depth[j] % 2 != 1) continue;
      TopoDS_Wire hole = info[j].wire;
      if (winding_normal(hole).Dot(plane_normal) > 0) hole = TopoDS::Wire(hole.Reversed());
      mk.Add(hole);
    }
    if (!mk.IsDone()) return base::make_diag("geom.construction_failed", std::string(fn) + ": face not built");
    TopoDS_Face face = mk.Face();
    if (face_normal(face).Dot(plane_normal) < 0) face.Reverse();
    out.push_back(face);
  }
  return out;
}

}  // namespace

namespace detail {

Result<std::vector<TopoDS_Face>> collect_faces(const std::vector<Shape>& shapes, const char* fn) {
  return guard("geom.construction_failed", fn, [&]() -> Result<std::vector<TopoDS_Face>> {
    std::vector<TopoDS_Face> faces;
    std::vector<TopoDS_Wire> wires;
    for (const auto& s : shapes) {
      if (s.is_null()) return invalid(std::string(fn) + ": null shape");
      const TopoDS_Shape& o = occ(s);
      switch (o.ShapeType()) {
        case TopAbs_WIRE:
        case TopAbs_EDGE: {
          TRY(TopoDS_Wire w, as_wire(s, fn));
          wires.push_back(w);
          break;
        }
        case TopAbs_FACE:
          faces.push_back(TopoDS::Face(o));
          break;
        default: {
          bool any = false;
          for (TopExp_Explorer ex(o, TopAbs_FACE); ex.More(); ex.Next()) {
            faces.push_back(TopoDS::Face(ex.Current()));
            any = true;
          }
          if (!any) return invalid(std::string(fn) + ": expected faces or closed wires");
        }
      }
    }
    if (!wires.empty()) {
      TRY(auto more, faces_from_wires(wires, fn));
      faces.insert(faces.end(), more.begin(), more.end());
    }
    if (faces.empty()) return invalid(std::string(fn) + ": no faces or wires given");
    return faces;
  });
}

}  // namespace detail

Result<std::vector<Shape>> make_faces(const std::vector<Shape>& wires) {
  if (wires.empty()) return invalid("make_faces: no wires");
  for (const auto& w : wires)
    if (w.is_null() || (w.type() != ShapeType::kWire && w.type() != ShapeType::kEdge))
      return invalid("make_faces: every element must be a closed wire");
  TRY(auto faces, detail::collect_faces(wires, "make_faces"));
  std::vector<Shape> out;
  for (const auto& f : faces) out.push_back(wrap(f));
  return out;
}

namespace {

// Shared checks of fillet_2d / chamfer_2d: a face and vertices of it.
std::optional<base::Diag> corner_inputs(const Shape& face, const std::vector<Shape>& vertices, const char* fn) {
  if (face.is_null() || face.type() != ShapeType::kFace) return invalid(std::string(fn) + ": not a face");
  if (vertices.empty()) return invalid(std::string(fn) + ": no vertices selected");
  TopTools_IndexedMapOfShape map;
  TopExp::MapShapes(occ(face), TopAbs_VERTEX, map);
  for (const auto& v : vertices)
    if (v.is_null() || v.type() != ShapeType::kVertex || !map.Contains(occ(v)))
      return invalid(std::string(fn) + ": every element must be a vertex of the face");
  return std::nullopt;
}

}  // namespace

Result<Shape> fillet_2d(const Shape& face, const std::vector<Shape>& vertices, double radius) {
  KERNEL_CHECK(corner_inputs(face, vertices, "fillet_2d"));
  if (!std::isfinite(radius) || radius <= 0) return invalid("fillet_2d: radius must be a finite number > 0");
  return detail::guard("geom.fillet_failed", "fillet_2d", [&]() -> Result<Shape> {
    BRepFilletAPI_MakeFillet2d mk(TopoDS::Face(occ(face)));
    for (const auto& v : vertices) {
      mk.AddFillet(TopoDS::Vertex(occ(v)), radius);
      if (mk.Status() != ChFi2d_IsDone)
        return base::make_diag("geom.fillet_failed", "fillet_2d: radius too large or corner unsuitable");
    }
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.fillet_failed", "fillet_2d: failed");
    return detail::checked(mk.Shape(), "geom.fillet_failed", "fillet_2d");
  });
}

Result<Shape> chamfer_2d(const Shape& face, const std::vector<Shape>& vertices, double d) {
  KERNEL_CHECK(corner_inputs(face, vertices, "chamfer_2d"));
  if (!std::isfinite(d) || d <= 0) return invalid("chamfer_2d: length must be a finite number > 0");
  return detail::guard("geom.chamfer_failed", "chamfer_2d", [&]() -> Result<Shape> {
    TopTools_IndexedDataMapOfShapeListOfShape vertex_edges;
    TopExp::MapShapesAndUniqueAncestors(occ(face), TopAbs_VERTEX, TopAbs_EDGE, vertex_edges);
    BRepFilletAPI_MakeFillet2d mk(TopoDS::Face(occ(face)));
    for (const auto& v : vertices) {
      const TopTools_ListOfShape& edges = vertex_edges.FindFromKey(occ(v));
      if (edges.Extent() != 2) return invalid("chamfer_2d: vertex does not join exactly two edges");
      mk.AddChamfer(TopoDS::Edge(edges.First()), TopoDS::Edge(edges.Last()), d, d);
      if (mk.Status() != ChFi2d_IsDone)
        return base::make_diag("geom.chamfer_failed", "chamfer_2d: length too large or corner unsuitable");
    }
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.chamfer_failed", "chamfer_2d: failed");
    return detail::checked(mk.Shape(), "geom.chamfer_failed", "chamfer_2d");
  });
}

Result<std::vector<Shape>> offset_wire_2d(const Shape& wire, double distance, const std::string& kind) {
  if (!std::isfinite(distance)) return invalid("offset_wire_2d: distance must be finite");
  GeomAbs_JoinType join;
  if (kind == "arc") join = GeomAbs_Arc;
  else if (kind == "intersection") join = GeomAbs_Intersection;
  else if (kind == "tangent") join = GeomAbs_Tangent;
  else return invalid("offset_wire_2d: kind must be \"arc\", \"intersection\" or \"tangent\", got \"" + kind + "\"");
  TRY(TopoDS_Wire w, detail::as_wire(wire, "offset_wire_2d"));
  if (distance == 0) return std::vector<Shape>{wrap(w)};
  return detail::guard("geom.construction_failed", "offset_wire_2d", [&]() -> Result<std::vector<Shape>> {
    BRepOffsetAPI_MakeOffset mk;
    mk.Init(join);
    mk.AddWire(w);
    mk.Perform(distance);
    if (!mk.IsDone()) return base::make_diag("geom.construction_failed", "offset_wire_2d: offset failed");
    std::vector<Shape> out;
    for (TopExp_Explorer ex(mk.Shape(), TopAbs_WIRE); ex.More(); ex.Next()) {
      // MakeOffset's wires can carry edge orientations that make face building bound the
      // outside (negative area); re-assembling the edges in connection order normalises them.
      BRepBuilderAPI_MakeWire rebuilt;
      for (BRepTools_WireExplorer we(TopoDS::Wire(ex.Current())); we.More(); we.Next()) rebuilt.Add(we.Current());
      out.push_back(wrap(rebuilt.IsDone() ? TopoDS_Shape(rebuilt.Wire()) : ex.Current()));
    }
    if (out.empty()) return base::make_diag("geom.construction_failed", "offset_wire_2d: offset vanished");
    return out;
  });
}

}  // namespace cadscribe::kernel
