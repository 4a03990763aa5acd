// kernel/features.cpp — solids from planar faces: linear extrusion (optionally tapered),
// revolution, and twisted extrusion (CadQuery's extrudeLinearWithRotation).
// Inputs may be faces or closed wires (nested into faces by make_faces semantics). Several
// faces give a compound of solids (the caller fuses when it wants one solid). Angles: degrees.
#include <BRepAlgoAPI_Cut.hxx>
#include <BRepBuilderAPI_MakeEdge.hxx>
#include <BRepBuilderAPI_MakeFace.hxx>
#include <BRepBuilderAPI_MakeWire.hxx>
#include <BRepGProp_Face.hxx>
#include <BRepOffsetAPI_MakePipeShell.hxx>
#include <BRepPrimAPI_MakePrism.hxx>
#include <BRepPrimAPI_MakeRevol.hxx>
#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <LocOpe_DPrism.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_ListOfShape.hxx>
#include <gp_Ax1.hxx>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::wrap;

namespace {

// One solid as itself, several as a compound.
TopoDS_Shape combine(const std::vector<TopoDS_Shape>& shapes) {
  if (shapes.size() == 1) return shapes[0];
  BRep_Builder b;
  TopoDS_Compound c;
  b.MakeCompound(c);
  for (const auto& s : shapes) b.Add(c, s);
  return c;
}

gp_Vec face_normal_at_centre(const TopoDS_Face& f) {
  double u0, u1, v0, v1;
  BRepTools::UVBounds(f, u0, u1, v0, v1);
  BRepGProp_Face gf(f);
  gp_Pnt p;
  gp_Vec n;
  gf.Normal(0.5 * (u0 + u1), 0.5 * (v0 + v1), p, n);
  return n;
}

// LocOpe_DPrism of one face along its normal, on the side `vec` points to. Its height is
// measured along the drafted side, so divide by cos(taper) to reach the requested distance
// (CadQuery >= 2.4 does the same). Null on failure.
TopoDS_Shape draft_prism(const TopoDS_Face& f, const Vec3& vec, double taper_deg) {
  gp_Vec n = face_normal_at_centre(f);
  double d = n.Dot(detail::gvec(vec)) >= 0 ? 1.0 : -1.0;
  double taper = detail::deg2rad(taper_deg);
  LocOpe_DPrism mk(f, d * vec.norm() / std::cos(taper), d * taper);
  return mk.Shape();
}

// Tapered extrusion of a face with holes: the whole section is offset inward as it rises, so the
// outer boundary shrinks and the holes grow. LocOpe_DPrism mishandles inner wires (the hole comes
// out with no volume), so each hole is drafted on its own with the opposite taper and cut out.
TopoDS_Shape tapered_prism(const TopoDS_Face& f, const Vec3& vec, double taper_deg) {
  TopoDS_Wire outer = BRepTools::OuterWire(f);
  std::vector<TopoDS_Wire> inner;
  for (TopExp_Explorer ex(f, TopAbs_WIRE); ex.More(); ex.Next())
    if (!ex.Current().IsSame(outer)) inner.push_back(TopoDS::Wire(ex.Current()));
  if (inner.empty()) return draft_prism(f, vec, taper_deg);
  BRepBuilderAPI_MakeFace outer_face(outer, /*OnlyPlane=*/true);
  if (!outer_face.IsDone()) return TopoDS_Shape();
  TopoDS_Shape solid = draft_prism(outer_face.Face(), vec, taper_deg);
  if (solid.IsNull()) return solid;
  TopTools_ListOfShape args, tools;
  args.Append(solid);
  for (const auto& w : inner) {
    BRepBuilderAPI_MakeFace hole_face(w, true);
    if (!hole_face.IsDone()) return TopoDS_Shape();
    TopoDS_Shape hole = draft_prism(hole_face.Face(), vec, -taper_deg);
    if (hole.IsNull()) return hole;
    tools.Append(hole);
  }
  BRepAlgoAPI_Cut cut;
  cut.SetArguments(args);
  cut.SetTools(tools);
  cut.SetRunParallel(false);
  cut.Build();
  if (!cut.IsDone() || cut.HasErrors()) return TopoDS_Shape();
  return cut.Shape();
}

}  // namespace

Result<Shape> extrude(const std::vector<Shape>& faces_in, const Vec3& vec, double taper_deg) {
  if (!detail::finite(vec)) return invalid("extrude: non-finite direction");
  if (vec.norm() < 1e-9) return invalid("extrude: distance must be non-zero");
  if (!std::isfinite(taper_deg) || std::abs(taper_deg) >= 90) return invalid("extrude: taper must be in (-90, 90) degrees");
  TRY(auto faces, detail::collect_faces(faces_in, "extrude"));
  return detail::guard("geom.construction_failed", "extrude", [&]() -> Result<Shape> {
    std::vector<TopoDS_Shape> solids;
    for (const auto& f : faces) {
      if (taper_deg == 0) {
        BRepPrimAPI_MakePrism mk(f, detail::gvec(vec), /*copy=*/true);
        if (!mk.IsDone()) return base::make_diag("geom.construction_failed", "extrude: prism failed");
        solids.push_back(mk.Shape());
      } else {
        TopoDS_Shape s = tapered_prism(f, vec, taper_deg);
        if (s.IsNull()) return base::make_diag("geom.construction_failed", "extrude: tapered prism failed");
        solids.push_back(s);
      }
    }
    return detail::checked(combine(solids), "geom.construction_failed", "extrude");
  });
}

Result<Shape> revolve(const std::vector<Shape>& faces_in, const Vec3& axis_point, const Vec3& axis_dir,
                      double angle_deg) {
  if (!detail::finite(axis_point) || !detail::finite(axis_dir)) return invalid("revolve: non-finite axis");
  if (axis_dir.norm() < 1e-12) return invalid("revolve: zero axis direction");
  if (!std::isfinite(angle_deg) || angle_deg == 0 || std::abs(angle_deg) > 360)
    return invalid("revolve: angle must be non-zero and within [-360, 360] degrees");
  TRY(auto faces, detail::collect_faces(faces_in, "revolve"));
  return detail::guard("geom.construction_failed", "revolve", [&]() -> Result<Shape> {
    gp_Ax1 axis(detail::pnt(axis_point), gp_Dir(detail::gvec(axis_dir)));
    std::vector<TopoDS_Shape> solids;
    for (const auto& f : faces) {
      BRepPrimAPI_MakeRevol mk(f, axis, detail::deg2rad(angle_deg), /*copy=*/true);
      if (!mk.IsDone()) return base::make_diag("geom.construction_failed", "revolve: revolution failed");
      solids.push_back(mk.Shape());
    }
    return detail::checked(combine(solids), "geom.construction_failed", "revolve");
  });
}

namespace {

// Sweeps `wire` along `spine` keeping its orientation tied to the helix `aux` (the twist).
TopoDS_Shape sweep_aux_spine(const TopoDS_Wire& wire, const TopoDS_Wire& spine, const TopoDS_Wire& aux) {
  BRepOffsetAPI_MakePipeShell mk(spine);
  mk.SetMode(aux, /*CurvilinearEquivalence=*/false);
  mk.Add(wire);
  mk.Build();
  if (!mk.IsDone()) return TopoDS_Shape();
  mk.MakeSolid();
  return mk.Shape();
}

}  // namespace

Result<Shape> twist_extrude(const std::vector<Shape>& wires, const Vec3& vec, const Vec3& center, double angle_deg) {
  if (!detail::finite(vec) || !detail::finite(center)) return invalid("twist_extrude: non-finite vector");
  if (vec.norm() < 1e-9) return invalid("twist_extrude: distance must be non-zero");
  if (!std::isfinite(angle_deg)) return invalid("twist_extrude: non-finite angle");
  if (angle_deg == 0) return extrude(wires, vec, 0);
  TRY(auto faces, detail::collect_faces(wires, "twist_extrude"));
  return detail::guard("geom.construction_failed", "twist_extrude", [&]() -> Result<Shape> {
    gp_Pnt c = detail::pnt(center);
    gp_Pnt c2 = detail::pnt(center + vec);
    TopoDS_Wire spine = BRepBuilderAPI_MakeWire(BRepBuilderAPI_MakeEdge(c, c2).Edge()).Wire();
    double pitch = 360.0 / angle_deg * vec.norm();
    TopoDS_Wire aux = detail::helix_wire(pitch, vec.norm(), 1.0, c, gp_Dir(detail::gvec(vec)), 360, false);
    std::vector<TopoDS_Shape> solids;
    for (const auto& f : faces) {
      TopoDS_Wire outer = BRepTools::OuterWire(f);
      TopoDS_Shape solid = sweep_aux_spine(outer, spine, aux);
      if (solid.IsNull()) return base::make_diag("geom.sweep_failed", "twist_extrude: sweep of outer wire failed");
      TopTools_ListOfShape holes;
      for (TopExp_Explorer ex(f, TopAbs_WIRE); ex.More(); ex.Next()) {
        if (ex.Current().IsSame(outer)) continue;
        TopoDS_Shape h = sweep_aux_spine(TopoDS::Wire(ex.Current()), spine, aux);
        if (h.IsNull()) return base::make_diag("geom.sweep_failed", "twist_extrude: sweep of inner wire failed");
        holes.Append(h);
      }
      if (!holes.IsEmpty()) {
        BRepAlgoAPI_Cut cut;
        TopTools_ListOfShape args;
        args.Append(solid);
        cut.SetArguments(args);
        cut.SetTools(holes);
        cut.SetRunParallel(false);
        cut.Build();
        if (!cut.IsDone()) return base::make_diag("geom.boolean_failed", "twist_extrude: cutting holes failed");
        solid = cut.Shape();
      }
      solids.push_back(solid);
    }
    return detail::checked(combine(solids), "geom.sweep_failed", "twist_extrude");
  });
}

}  // namespace cadscribe::kernel
