// kernel/modifiers.cpp — fillet, chamfer and shell (hollowing) of solids.
// Edges and faces passed in must belong to the solid (IsSame); sizes must be finite and > 0
// (shell: non-zero, negative = inward as CadQuery). Failures: geom.fillet_failed,
// geom.chamfer_failed, geom.shell_failed; bad arguments: geom.invalid_input.
#include <BRepBuilderAPI_MakeSolid.hxx>
#include <BRepFilletAPI_MakeChamfer.hxx>
#include <BRepFilletAPI_MakeFillet.hxx>
#include <BRepOffsetAPI_MakeThickSolid.hxx>
#include <ShapeFix_Solid.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedDataMapOfShapeListOfShape.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopTools_ListOfShape.hxx>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

namespace {

// All `items` must be sub-shapes of `solid` of the given type.
std::optional<base::Diag> members(const Shape& solid, const std::vector<Shape>& items, TopAbs_ShapeEnum type,
                                  const char* fn, const char* what) {
  TopTools_IndexedMapOfShape map;
  TopExp::MapShapes(occ(solid), type, map);
  for (const auto& it : items) {
    if (it.is_null() || occ(it).ShapeType() != type) return invalid(std::string(fn) + ": every element must be " + what);
    if (!map.Contains(occ(it))) return invalid(std::string(fn) + ": " + what + " does not belong to the shape");
  }
  return std::nullopt;
}

std::optional<base::Diag> solid_input(const Shape& s, const char* fn) {
  if (s.is_null()) return invalid(std::string(fn) + ": null shape");
  if (!TopExp_Explorer(occ(s), TopAbs_SOLID).More()) return invalid(std::string(fn) + ": shape has no solid");
  return std::nullopt;
}

}  // namespace

Result<Shape> fillet(const Shape& solid, const std::vector<Shape>& edges, double radius) {
  KERNEL_CHECK(solid_input(solid, "fillet"));
  if (!std::isfinite(radius) || radius <= 0) return invalid("fillet: radius must be a finite number > 0");
  if (edges.empty()) return invalid("fillet: no edges selected");
  KERNEL_CHECK(members(solid, edges, TopAbs_EDGE, "fillet", "an edge"));
  return detail::guard("geom.fillet_failed", "fillet", [&]() -> Result<Shape> {
    BRepFilletAPI_MakeFillet mk(occ(solid));
    for (const auto& e : edges) mk.Add(radius, TopoDS::Edge(occ(e)));
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.fillet_failed", "fillet: radius too large or edges unsuitable");
    return detail::checked(mk.Shape(), "geom.fillet_failed", "fillet", detail::CheckLevel::kTopology);
  });
}

Result<Shape> chamfer(const Shape& solid, const std::vector<Shape>& edges, double d1, std::optional<double> d2) {
  KERNEL_CHECK(solid_input(solid, "chamfer"));
  if (!std::isfinite(d1) || d1 <= 0) return invalid("chamfer: length must be a finite number > 0");
  if (d2 && (!std::isfinite(*d2) || *d2 <= 0)) return invalid("chamfer: length2 must be a finite number > 0");
  if (edges.empty()) return invalid("chamfer: no edges selected");
  KERNEL_CHECK(members(solid, edges, TopAbs_EDGE, "chamfer", "an edge"));
  return detail::guard("geom.chamfer_failed", "chamfer", [&]() -> Result<Shape> {
    BRepFilletAPI_MakeChamfer mk(occ(solid));
    // Asymmetric chamfers measure d1 on a reference face: the edge's first adjacent face, as CadQuery.
    TopTools_IndexedDataMapOfShapeListOfShape edge_faces;
    TopExp::MapShapesAndAncestors(occ(solid), TopAbs_EDGE, TopAbs_FACE, edge_faces);
    for (const auto& e : edges) {
      const TopoDS_Edge& edge = TopoDS::Edge(occ(e));
      if (d2 && *d2 != d1) {
        const TopTools_ListOfShape& fl = edge_faces.FindFromKey(edge);
        if (fl.IsEmpty()) return invalid("chamfer: edge has no adjacent face");
        mk.Add(d1, *d2, edge, TopoDS::Face(fl.First()));
      } else {
        mk.Add(d1, edge);
      }
    }
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.chamfer_failed", "chamfer: length too large or edges unsuitable");
    return detail::checked(mk.Shape(), "geom.chamfer_failed", "chamfer", detail::CheckLevel::kTopology);
  });
}

Result<Shape> shell(const Shape& solid, const std::vector<Shape>& faces, double thickness, const std::string& kind) {
  KERNEL_CHECK(solid_input(solid, "shell"));
  if (!std::isfinite(thickness) || thickness == 0) return invalid("shell: thickness must be finite and non-zero");
  GeomAbs_JoinType join;
  if (kind == "arc") join = GeomAbs_Arc;
  else if (kind == "intersection") join = GeomAbs_Intersection;
  else return invalid("shell: kind must be \"arc\" or \"intersection\", got \"" + kind + "\"");
  KERNEL_CHECK(members(solid, faces, TopAbs_FACE, "shell", "a face"));
  return detail::guard("geom.shell_failed", "shell", [&]() -> Result<Shape> {
    TopTools_ListOfShape closing;
    for (const auto& f : faces) closing.Append(occ(f));
    BRepOffsetAPI_MakeThickSolid mk;
    mk.MakeThickSolidByJoin(occ(solid), closing, thickness, 1e-4, BRepOffset_Skin, /*Intersection=*/true,
                            /*SelfInter=*/false, join);
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.shell_failed", "shell: offset failed (thickness too large?)");
    if (!faces.empty()) return detail::checked(mk.Shape(), "geom.shell_failed", "shell");
    // No opening: OCCT returns only the offset surface; build the hollow solid from both shells,
    // outer first (which one is outer depends on the sign), then let ShapeFix orient them.
    TopExp_Explorer s1(mk.Shape(), TopAbs_SHELL), s2(occ(solid), TopAbs_SHELL);
    if (!s1.More() || !s2.More()) return base::make_diag("geom.shell_failed", "shell: no offset shell");
    TopoDS_Shell offset = TopoDS::Shell(s1.Current()), original = TopoDS::Shell(s2.Current());
    BRepBuilderAPI_MakeSolid ms;
    ms.Add(thickness > 0 ? offset : original);
    ms.Add(thickness > 0 ? original : offset);
    if (!ms.IsDone()) return base::make_diag("geom.shell_failed", "shell: hollow solid not built");
    ShapeFix_Solid fix(ms.Solid());
    fix.Perform();
    return detail::checked(fix.Solid(), "geom.shell_failed", "shell");
  });
}

}  // namespace cadscribe::kernel
