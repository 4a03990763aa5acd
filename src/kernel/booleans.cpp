// kernel/booleans.cpp — fuse / cut / common / split / section via BRepAlgoAPI (serial: results
// must not depend on thread timing), and clean() via ShapeUpgrade_UnifySameDomain.
// Invariant: a boolean either returns a non-empty shape that passes BRepCheck's topological
// checks or a Diag (geom.boolean_failed); it never returns a silently empty or broken shape.
// Booleans skip BRepCheck's geometric checks (see CheckLevel in shape_impl.h for the figures).
#include <BRepAlgoAPI_Common.hxx>
#include <BRepAlgoAPI_Cut.hxx>
#include <BRepAlgoAPI_Fuse.hxx>
#include <BRepAlgoAPI_Section.hxx>
#include <BRepAlgoAPI_Splitter.hxx>
#include <BRepBuilderAPI_MakeFace.hxx>
#include <BRepCheck_Analyzer.hxx>
#include <ShapeUpgrade_UnifySameDomain.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopTools_ListOfShape.hxx>
#include <gp_Pln.hxx>

#include <sstream>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

namespace detail {

Result<Shape> checked(const TopoDS_Shape& s, const char* code, const char* what, CheckLevel level) {
  if (s.IsNull()) return base::make_diag(code, std::string(what) + ": result is null");
  if (!TopExp_Explorer(s, TopAbs_VERTEX).More())
    return base::make_diag(code, std::string(what) + ": result is empty");
  BRepCheck_Analyzer an(s, /*GeomControls=*/level == CheckLevel::kFull);
  if (!an.IsValid()) return base::make_diag(code, std::string(what) + ": result is not a valid B-rep");
  return wrap(s);
}

}  // namespace detail

namespace {

std::optional<base::Diag> need(const Shape& s, const char* fn, const char* arg) {
  if (s.is_null()) return invalid(std::string(fn) + ": " + arg + " is a null shape");
  return std::nullopt;
}

// A Diag naming OCCT's alerts (e.g. "BOPAlgo_AlertSelfInterferingShape") so failures can be tallied.
template <typename Op>
base::Diag failure(Op& op, const char* fn) {
  std::ostringstream os;
  op.DumpErrors(os);
  std::string detail = os.str();
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  base::Diag d = base::make_diag("geom.boolean_failed", std::string(fn) + ": operation failed");
  if (!detail.empty()) d.notes.push_back(detail);
  return d;
}

// Runs a BRepAlgoAPI boolean with explicit argument and tool lists.
template <typename Op>
Result<Shape> run_boolean(Op& op, const std::vector<Shape>& args, const std::vector<Shape>& tools, const char* fn) {
  return detail::guard("geom.boolean_failed", fn, [&]() -> Result<Shape> {
    TopTools_ListOfShape a, t;
    for (const auto& s : args) a.Append(occ(s));
    for (const auto& s : tools) t.Append(occ(s));
    op.SetArguments(a);
    op.SetTools(t);
    op.SetRunParallel(false);
    op.Build();
    if (!op.IsDone() || op.HasErrors()) return failure(op, fn);
    return detail::checked(op.Shape(), "geom.boolean_failed", fn, detail::CheckLevel::kTopology);
  });
}

// Whether a unification result passes the full BRepCheck, checking geometry only where it can
// have changed. The geometric checks (curve-on-surface deviation, wires crossing in a face) are
// local to a face and its edges, and a face whose wires or edges were unified comes out as a new
// TShape; a face still IsSame one of the input's was carried over untouched. So: topology over
// the whole result, geometry over its new faces only. A defect carried over from the input is
// left, as it would be without clean(), to check_validity()'s full analysis. On the
// synth families this cut the check after clean() from 10.6 to ~3 ms an attempt (most faces of
// a cleaned part are carried over).
bool unified_valid(const TopoDS_Shape& input, const TopoDS_Shape& result) {
  if (!BRepCheck_Analyzer(result, /*GeomControls=*/false).IsValid()) return false;
  TopTools_IndexedMapOfShape before;
  TopExp::MapShapes(input, TopAbs_FACE, before);
  TopTools_IndexedMapOfShape after;
  TopExp::MapShapes(result, TopAbs_FACE, after);
  for (int i = 1; i <= after.Extent(); ++i) {
    if (before.Contains(after(i))) continue;
    if (!BRepCheck_Analyzer(after(i), /*GeomControls=*/true).IsValid()) return false;
  }
  return true;
}

}  // namespace

Result<Shape> fuse(const Shape& a, const Shape& b) {
  KERNEL_CHECK(need(a, "fuse", "first shape"));
  KERNEL_CHECK(need(b, "fuse", "second shape"));
  BRepAlgoAPI_Fuse op;
  return run_boolean(op, {a}, {b}, "fuse");
}

Result<Shape> fuse_all(const std::vector<Shape>& shapes) {
  if (shapes.empty()) return invalid("fuse_all: no shapes");
  for (const auto& s : shapes) KERNEL_CHECK(need(s, "fuse_all", "an element"));
  if (shapes.size() == 1) return shapes[0];
  // One multi-argument fuse: much faster and more robust than a chain of pairwise fuses.
  BRepAlgoAPI_Fuse op;
  return run_boolean(op, {shapes[0]}, std::vector<Shape>(shapes.begin() + 1, shapes.end()), "fuse_all");
}

Result<Shape> cut(const Shape& a, const Shape& tool) {
  KERNEL_CHECK(need(a, "cut", "shape"));
  KERNEL_CHECK(need(tool, "cut", "tool"));
  BRepAlgoAPI_Cut op;
  return run_boolean(op, {a}, {tool}, "cut");
}

Result<Shape> cut_all(const Shape& a, const std::vector<Shape>& tools) {
  KERNEL_CHECK(need(a, "cut_all", "shape"));
  if (tools.empty()) return invalid("cut_all: no tools");
  for (const auto& t : tools) KERNEL_CHECK(need(t, "cut_all", "a tool"));
  BRepAlgoAPI_Cut op;
  return run_boolean(op, {a}, tools, "cut_all");
}

Result<Shape> common(const Shape& a, const Shape& b) {
  KERNEL_CHECK(need(a, "common", "first shape"));
  KERNEL_CHECK(need(b, "common", "second shape"));
  BRepAlgoAPI_Common op;
  return run_boolean(op, {a}, {b}, "common");
}

Result<Shape> split(const Shape& shape, const std::vector<Shape>& tools) {
  KERNEL_CHECK(need(shape, "split", "shape"));
  if (tools.empty()) return invalid("split: no tools");
  for (const auto& t : tools) KERNEL_CHECK(need(t, "split", "a tool"));
  BRepAlgoAPI_Splitter op;
  return run_boolean(op, {shape}, tools, "split");
}

Result<Shape> section(const Shape& shape, const Frame& plane) {
  KERNEL_CHECK(need(shape, "section", "shape"));
  if (!detail::frame_ok(plane)) return invalid("section: degenerate or non-finite plane");
  return detail::guard("geom.boolean_failed", "section", [&]() -> Result<Shape> {
    gp_Pln pln(detail::ax3(plane));
    const TopoDS_Shape& s = occ(shape);
    if (TopExp_Explorer(s, TopAbs_SOLID).More()) {
      // Solids: intersect with a plane face larger than the shape, giving the cut faces.
      mesh::Box box = loose_bounding_box(shape);
      Vec3 c = box.center();
      double r = box.size().norm() + (c - plane.origin).norm() + 1.0;
      Vec3 lc = plane.to_local(c);
      BRepBuilderAPI_MakeFace mkf(pln, lc.x - r, lc.x + r, lc.y - r, lc.y + r);
      if (!mkf.IsDone()) return base::make_diag("geom.boolean_failed", "section: plane face failed");
      BRepAlgoAPI_Common op;
      TopTools_ListOfShape a, t;
      a.Append(s);
      t.Append(mkf.Face());
      op.SetArguments(a);
      op.SetTools(t);
      op.SetRunParallel(false);
      op.Build();
      if (!op.IsDone() || op.HasErrors()) return failure(op, "section");
      return detail::checked(op.Shape(), "geom.boolean_failed", "section", detail::CheckLevel::kTopology);
    }
    BRepAlgoAPI_Section op(s, pln, /*PerformNow=*/false);
    op.SetRunParallel(false);
    op.Build();
    if (!op.IsDone() || op.HasErrors()) return failure(op, "section");
    return detail::checked(op.Shape(), "geom.boolean_failed", "section", detail::CheckLevel::kTopology);
  });
}

Result<Shape> clean(const Shape& shape) {
  KERNEL_CHECK(need(shape, "clean", "shape"));
  // clean() is cosmetic (fewer faces, same solid): when unification fails or breaks the shape,
  // keep the input rather than fail the whole program, as a user of CadQuery would see it.
  try {
    ShapeUpgrade_UnifySameDomain u(occ(shape), /*UnifyEdges=*/true, /*UnifyFaces=*/true, /*ConcatBSplines=*/true);
    u.AllowInternalEdges(false);
    u.Build();
    TopoDS_Shape r = u.Shape();
    // Nothing unified (r IsSame the input): the input as it came, not checked a second time.
    if (r.IsNull() || r.IsSame(occ(shape)) || !unified_valid(occ(shape), r)) return shape;
    return wrap(r);
  } catch (...) {
    return shape;
  }
}

}  // namespace cadscribe::kernel
