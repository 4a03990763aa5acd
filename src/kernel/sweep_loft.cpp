// kernel/sweep_loft.cpp — lofts through sections (BRepOffsetAPI_ThruSections) and sweeps of
// profiles along paths (BRepOffsetAPI_MakePipeShell), following CadQuery's Solid.makeLoft and
// Solid.sweep / sweep_multi: frenet=false means corrected Frenet; inner profile wires are swept separately
// and cut from the outer sweep. Failures: geom.loft_failed, geom.sweep_failed.
#include <BRepAlgoAPI_Cut.hxx>
#include <BRepOffsetAPI_MakePipeShell.hxx>
#include <BRepOffsetAPI_ThruSections.hxx>
#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_ListOfShape.hxx>

#include <optional>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

Result<Shape> loft(const std::vector<Shape>& sections, bool ruled, bool make_solid) {
  if (sections.size() < 2) return invalid("loft: needs at least 2 sections");
  for (size_t i = 0; i < sections.size(); ++i) {
    const Shape& s = sections[i];
    if (s.is_null()) return invalid("loft: null section");
    bool end = i == 0 || i + 1 == sections.size();
    ShapeType t = s.type();
    if (!(t == ShapeType::kWire || t == ShapeType::kEdge || t == ShapeType::kFace || (end && t == ShapeType::kVertex)))
      return invalid("loft: sections must be wires or faces (vertices allowed at the ends)");
  }
  return detail::guard("geom.loft_failed", "loft", [&]() -> Result<Shape> {
    BRepOffsetAPI_ThruSections mk(make_solid, ruled, 1e-6);
    for (const auto& s : sections) {
      const TopoDS_Shape& o = occ(s);
      if (o.ShapeType() == TopAbs_VERTEX) {
        mk.AddVertex(TopoDS::Vertex(o));
      } else if (o.ShapeType() == TopAbs_FACE) {
        mk.AddWire(BRepTools::OuterWire(TopoDS::Face(o)));
      } else {
        TRY(TopoDS_Wire w, detail::as_wire(s, "loft"));
        mk.AddWire(w);
      }
    }
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.loft_failed", "loft: sections could not be lofted");
    return detail::checked(mk.Shape(), "geom.loft_failed", "loft");
  });
}

namespace {

// How the profile's orientation follows the path (CadQuery's _setSweepMode).
struct PipeMode {
  bool frenet = false;              // false: corrected Frenet (CadQuery's default)
  std::optional<gp_Ax2> fixed;      // `normal`: a fixed trihedron
  std::optional<TopoDS_Wire> aux;   // `auxSpine`: the profile's x axis follows this wire
};

TopoDS_Shape pipe(const TopoDS_Wire& profile, const TopoDS_Wire& path, const PipeMode& pm,
                  BRepBuilderAPI_TransitionMode mode, bool make_solid) {
  BRepOffsetAPI_MakePipeShell mk(path);
  mk.SetTransitionMode(mode);
  bool rotate = false;  // guided modes re-orient the profile to the path's start (as CadQuery)
  if (pm.fixed) {
    mk.SetMode(*pm.fixed);
    rotate = true;
  } else if (pm.aux) {
    mk.SetMode(*pm.aux, /*CurvilinearEquivalence=*/true);
    rotate = true;
  } else {
    mk.SetMode(pm.frenet);
  }
  mk.Add(profile, /*WithContact=*/false, /*WithCorrection=*/rotate);
  mk.Build();
  if (!mk.IsDone()) return TopoDS_Shape();
  if (make_solid) mk.MakeSolid();
  return mk.Shape();
}

Result<Shape> sweep_impl(const std::vector<Shape>& profile, const Shape& path, const PipeMode& pm,
                         const std::string& transition, bool make_solid);

Result<Shape> sweep_impl(const std::vector<Shape>& profile, const Shape& path, const PipeMode& pm,
                         const std::string& transition, bool make_solid) {
  if (profile.empty()) return invalid("sweep: no profile");
  BRepBuilderAPI_TransitionMode mode;
  if (transition == "right") mode = BRepBuilderAPI_RightCorner;
  else if (transition == "round") mode = BRepBuilderAPI_RoundCorner;
  else if (transition == "transformed") mode = BRepBuilderAPI_Transformed;
  else return invalid("sweep: transition must be \"right\", \"round\" or \"transformed\", got \"" + transition + "\"");
  TRY(TopoDS_Wire path_wire, detail::as_wire(path, "sweep"));
  // Group the profile into (outer, inner...) sets: faces carry their holes; closed wires are
  // nested like make_faces; open wires sweep alone (a shell, never a solid).
  std::vector<std::vector<TopoDS_Wire>> groups;
  bool all_closed = true;
  for (const auto& p : profile) {
    if (p.is_null()) return invalid("sweep: null profile");
    if ((p.type() == ShapeType::kWire || p.type() == ShapeType::kEdge) && !is_closed(p)) all_closed = false;
  }
  if (all_closed) {
    TRY(auto faces, detail::collect_faces(profile, "sweep"));
    for (const auto& f : faces) {
      std::vector<TopoDS_Wire> g{BRepTools::OuterWire(f)};
      for (TopExp_Explorer ex(f, TopAbs_WIRE); ex.More(); ex.Next())
        if (!ex.Current().IsSame(g[0])) g.push_back(TopoDS::Wire(ex.Current()));
      groups.push_back(g);
    }
  } else {
    make_solid = false;
    for (const auto& p : profile) {
      TRY(TopoDS_Wire w, detail::as_wire(p, "sweep"));
      groups.push_back({w});
    }
  }
  return detail::guard("geom.sweep_failed", "sweep", [&]() -> Result<Shape> {
    std::vector<TopoDS_Shape> results;
    for (const auto& g : groups) {
      TopoDS_Shape outer = pipe(g[0], path_wire, pm, mode, make_solid);
      if (outer.IsNull()) return base::make_diag("geom.sweep_failed", "sweep: profile could not be swept along the path");
      if (g.size() > 1 && make_solid) {
        TopTools_ListOfShape args, tools;
        args.Append(outer);
        for (size_t i = 1; i < g.size(); ++i) {
          TopoDS_Shape inner = pipe(g[i], path_wire, pm, mode, true);
          if (inner.IsNull()) return base::make_diag("geom.sweep_failed", "sweep: inner profile could not be swept");
          tools.Append(inner);
        }
        BRepAlgoAPI_Cut cut;
        cut.SetArguments(args);
        cut.SetTools(tools);
        cut.SetRunParallel(false);
        cut.Build();
        if (!cut.IsDone()) return base::make_diag("geom.sweep_failed", "sweep: cutting inner profiles failed");
        outer = cut.Shape();
      }
      results.push_back(outer);
    }
    TopoDS_Shape r = results[0];
    if (results.size() > 1) {
      BRep_Builder b;
      TopoDS_Compound c;
      b.MakeCompound(c);
      for (const auto& s : results) b.Add(c, s);
      r = c;
    }
    return detail::checked(r, "geom.sweep_failed", "sweep");
  });
}

}  // namespace

Result<Shape> sweep(const std::vector<Shape>& profile, const Shape& path, bool frenet, const std::string& transition,
                    bool make_solid) {
  PipeMode pm;
  pm.frenet = frenet;
  return sweep_impl(profile, path, pm, transition, make_solid);
}

Result<Shape> sweep_guided(const std::vector<Shape>& profile, const Shape& path, const SweepGuide& guide,
                           const std::string& transition, bool make_solid) {
  if (guide.normal.has_value() == !guide.aux_spine.is_null())
    return invalid("sweep_guided: give exactly one of normal and aux_spine");
  PipeMode pm;
  if (guide.normal) {
    if (!detail::finite(*guide.normal) || guide.normal->norm() < 1e-12)
      return invalid("sweep_guided: normal must be finite and non-zero");
    TRY(TopoDS_Wire w, detail::as_wire(path, "sweep_guided"));
    TRY(Vec3 start, edge_point(detail::wrap(w), 0));
    gp_Ax2 ax;
    ax.SetLocation(detail::pnt(start));
    ax.SetDirection(gp_Dir(detail::gvec(*guide.normal)));
    pm.fixed = ax;
  } else {
    TRY(TopoDS_Wire aux, detail::as_wire(guide.aux_spine, "sweep_guided"));
    pm.aux = aux;
  }
  return sweep_impl(profile, path, pm, transition, make_solid);
}

Result<Shape> sweep_multi(const std::vector<Shape>& sections, const Shape& path, bool frenet, bool make_solid) {
  if (sections.size() < 2) return invalid("sweep_multi: needs at least 2 sections");
  TRY(TopoDS_Wire path_wire, detail::as_wire(path, "sweep_multi"));
  std::vector<TopoDS_Shape> profiles;
  for (size_t i = 0; i < sections.size(); ++i) {
    const Shape& s = sections[i];
    if (s.is_null()) return invalid("sweep_multi: null section");
    bool end = i == 0 || i + 1 == sections.size();
    if (s.type() == ShapeType::kVertex && end) {
      profiles.push_back(occ(s));
    } else if (s.type() == ShapeType::kFace) {
      profiles.push_back(BRepTools::OuterWire(TopoDS::Face(occ(s))));
    } else {
      TRY(TopoDS_Wire w, detail::as_wire(s, "sweep_multi"));
      profiles.push_back(w);
    }
  }
  return detail::guard("geom.sweep_failed", "sweep_multi", [&]() -> Result<Shape> {
    BRepOffsetAPI_MakePipeShell mk(path_wire);
    mk.SetMode(frenet);
    for (const auto& p : profiles) mk.Add(p, /*WithContact=*/false, /*WithCorrection=*/false);
    mk.Build();
    if (!mk.IsDone()) return base::make_diag("geom.sweep_failed", "sweep_multi: sections could not be swept");
    if (make_solid && !mk.MakeSolid())
      return base::make_diag("geom.sweep_failed", "sweep_multi: swept surface is not closed");
    return detail::checked(mk.Shape(), "geom.sweep_failed", "sweep_multi");
  });
}

}  // namespace cadscribe::kernel
