// csg/booleans.cpp — n-ary 3D booleans (ops.h boolean3): CGAL PMP corefinement on exact
// Surface_meshes, Nef_polyhedron_3 only where corefinement refuses.
//
// Design (decided by the 50-sphere union of issue 5, bench/csg_bench.cpp):
// - operands are converted to the exact kernel once, combined, and rounded once at the end;
// - union first groups the operands whose boxes are connected through overlaps; the groups are
//   disjoint and concatenated, not corefined. Within a group, a balanced binary tree over operands
//   sorted along the axis their centres spread most on, so each corefinement only meets its
//   neighbours; halves whose boxes do not touch are concatenated;
// - difference subtracts the union of the subtrahends that touch the first operand (one
//   corefinement instead of one per subtrahend); intersection is sequential, with an early exit
//   on disjoint boxes.
// - corefinement refuses non-manifold results (cubes sharing only an edge): those pairs are redone
//   with Nef polyhedra; a result that is not a 2-manifold stays a Nef polyhedron for the rest of
//   the tree (a mesh of it would touch itself at the pinch, which neither corefinement nor Nef's
//   mesh constructor accepts: 8 cubes filling the octants, openscad's mirror-tests), and only the
//   final one is made manifold by pairing the triangles around each shared edge by angle and
//   copying the points per fan (soup_manifold.cpp);
// - a self-intersecting operand is autorefined (CGAL keeps its outer surface) or else goes to Nef
//   as the union of its connected components (this is how a non-manifold result, its shared edges
//   copied, is used again); one component crossing or touching itself that autorefinement cannot
//   repair is refused (geom.boolean_failed), never handed to Nef, which assumes valid input.
// Kernel (measured on the 50-sphere union, balanced tree of PMP corefinements alone, 2 shared
// cores under load ~4): Epick 775–816 ms, Epeck 926–981 ms, both 30,216 faces, no failures, no
// self-intersection in the result. Epeck costs ~20% more and makes chained results exact (no
// rounded intersection points fed into the next corefinement), and Nef needs it: Epeck.
// Whole boolean3 call (conversions in and out included): 437–748 ms CPU, 635–1564 ms wall on the
// shared machine (csg_bench, load 4–5 on 2 cores); openscad 2021.01 takes ~29 s.
#include <CGAL/Polygon_mesh_processing/connected_components.h>
#include <CGAL/box_intersection_d.h>
#include <CGAL/Polygon_mesh_processing/corefinement.h>
#include <CGAL/Polygon_mesh_processing/self_intersections.h>
#include <CGAL/Polygon_mesh_processing/shape_predicates.h>
#include <CGAL/boost/graph/convert_nef_polyhedron_to_polygon_mesh.h>

#include <algorithm>
#include <exception>
#include <numeric>
#include <optional>

#include "csg/cgal_mesh.h"
#include "csg/exact_form.h"
#include "csg/nef.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace {

namespace PMP = CGAL::Polygon_mesh_processing;
using detail::Bounds3;
using detail::EMesh;
using detail::Nef;

// An operand or partial result: a mesh, or (after a Nef boolean whose result is not a 2-manifold)
// a Nef polyhedron.
struct Operand {
  EMesh mesh;
  std::optional<Nef> nef;
  Bounds3 box;
  // The unrounded surface `mesh` was read from (exact_form.h), where the input Solid had one: used
  // instead of `mesh` when that crosses itself.
  std::shared_ptr<const ExactForm> exact;
  [[nodiscard]] bool empty() const { return nef ? nef->is_empty() : mesh.number_of_faces() == 0; }
};

base::Diag failed(const std::string& why) {
  return base::make_diag("geom.boolean_failed", "3D boolean failed: " + why);
}

// The Nef polyhedron of a closed mesh, component by component (detail::nef_of_components keeps
// cavities, which CGAL's mesh constructor fills). Components may touch or cross one another
// (overlapping bodies in one polyhedron, or a non-manifold result whose shared edges or corners
// were duplicated to keep it manifold); one that crosses itself is refused, since Nef's
// constructor assumes valid input.
base::Result<Nef> nef_of(const EMesh& m) {
  std::vector<EMesh> parts;
  PMP::split_connected_components(m, parts);
  for (const auto& p : parts) {
    if (PMP::does_self_intersect(p)) return failed("an operand intersects itself");
  }
  return detail::nef_of_components(parts);
}

// `o` on its exact form, when it has one (the rounded mesh crossed itself or Nef refused it).
Operand unrounded(Operand o) {
  if (!o.exact) return o;
  o.mesh = detail::materialise(*o.exact);
  o.exact = nullptr;
  return o;
}

// A Nef polyhedron's boundary as a closed mesh: pinched edges and corners get their points
// copied per fan, so the mesh is a 2-manifold that touches itself there.
base::Result<EMesh> mesh_of_nef(const Nef& r) {
  if (r.is_empty()) return EMesh{};
  std::vector<detail::EPoint> points;
  std::vector<std::vector<size_t>> polygons;
  CGAL::convert_nef_polyhedron_to_polygon_soup(r, points, polygons, true);
  if (polygons.empty()) return EMesh{};
  std::vector<std::array<size_t, 3>> tris;
  tris.reserve(polygons.size());
  for (const auto& poly : polygons) {
    for (size_t k = 1; k + 1 < poly.size(); ++k) tris.push_back({poly[0], poly[k], poly[k + 1]});
  }
  auto manifold = detail::oriented_soup_to_manifold(points, tris);
  if (manifold) return std::move(*manifold);
  return detail::soup_to_exact(std::move(points), std::move(polygons), "geom.boolean_failed");
}

// The pair through Nef polyhedra (handles touching and non-manifold configurations). A
// 2-manifold result goes back to a mesh, for the fast corefinement of what follows; any other
// stays a Nef polyhedron.
base::Result<Operand> nef_boolean_once(BoolOp op, const Operand& a, const Operand& b) {
  try {
    Nef na, nb;
    if (a.nef) na = *a.nef; else { TRY(na, nef_of(a.mesh)); }
    if (b.nef) nb = *b.nef; else { TRY(nb, nef_of(b.mesh)); }
    Nef r = op == BoolOp::kUnion ? na + nb : op == BoolOp::kDifference ? na - nb : na * nb;
    r.regularization();
    Operand out;
    if (r.is_empty()) return out;
    if (r.is_simple()) {
      TRY(out.mesh, mesh_of_nef(r));
    } else {
      out.nef = std::move(r);
    }
    return out;
  } catch (const std::exception& e) {
    return failed(std::string("Nef polyhedron: ") + e.what());
  }
}

base::Result<Operand> nef_boolean(BoolOp op, const Operand& a, const Operand& b) {
  auto r = nef_boolean_once(op, a, b);
  // Rounding may have made an operand cross itself, which Nef refuses; its exact form does not.
  if (!r && (a.exact || b.exact)) return nef_boolean_once(op, unrounded(a), unrounded(b));
  return r;
}

// The enclosed volume in doubles (the divergence theorem over the rounded points).
double approx_volume(const EMesh& m) {
  double v = 0;
  for (auto f : m.faces()) {
    std::array<std::array<double, 3>, 3> p{};
    int k = 0;
    for (auto u : CGAL::vertices_around_face(m.halfedge(f), m)) {
      if (k == 3) break;
      const auto& q = m.point(u);
      p[size_t(k++)] = {CGAL::to_double(q.x()), CGAL::to_double(q.y()), CGAL::to_double(q.z())};
    }
    v += p[0][0] * (p[1][1] * p[2][2] - p[1][2] * p[2][1]) - p[0][1] * (p[1][0] * p[2][2] - p[1][2] * p[2][0]) +
         p[0][2] * (p[1][0] * p[2][1] - p[1][1] * p[2][0]);
  }
  return v / 6;
}

// CGAL's autorefinement of a self-intersecting mesh: true (and `m` replaced) when it yields a
// closed manifold without self-intersections (the outer surface of a self-crossing one); a clean
// mesh is left as it is.
bool autorefined(EMesh& m) {
  if (!PMP::does_self_intersect(m)) return true;
  // CGAL's autorefinement crashes on a surface that encloses nothing (a polyhedron whose points
  // all lie in one plane: openscad's builtin-invalid-range-test) or has degenerate triangles;
  // such an operand goes to the Nef path, which refuses it with a diagnostic.
  const Bounds3 box = detail::bounds_of(m);
  double diagonal = 0;
  for (int k = 0; k < 3; ++k) diagonal = std::max(diagonal, box.hi[k] - box.lo[k]);
  if (!(std::abs(approx_volume(m)) > 1e-9 * diagonal * diagonal * diagonal)) return false;
  for (auto f : m.faces())
    if (PMP::is_degenerate_triangle_face(f, m)) return false;
  EMesh refined = m;
  if (PMP::experimental::autorefine_and_remove_self_intersections(refined) && CGAL::is_closed(refined) &&
      !PMP::does_self_intersect(refined)) {
    m = std::move(refined);
    return true;
  }
  return false;
}

// Whether a corefinement result's volume is possible for the operation on operands of volumes
// va and vb (1e-6 relative slack for rounding). Corefinement's preconditions (operands that bound
// volumes) cannot all be checked up front; where an operand only nearly satisfies them, CGAL has
// returned success with a few stray triangles (openscad's example021: two disjoint slices united
// to 12 triangles of volume 0). Such a result goes to the Nef fallback instead.
bool plausible_volume(BoolOp op, double va, double vb, double v) {
  const double slack = 1e-6 * (std::abs(va) + std::abs(vb)) + 1e-12;
  switch (op) {
    case BoolOp::kUnion: return v >= std::max(va, vb) - slack && v <= va + vb + slack;
    case BoolOp::kDifference: return v >= va - vb - slack && v <= va + slack;
    case BoolOp::kIntersection: return v >= -slack && v <= std::min(va, vb) + slack;
  }
  return true;
}

base::Result<EMesh> corefine(BoolOp op, EMesh& a, EMesh& b, bool& ok) {
  EMesh out;
  auto np = PMP::parameters::throw_on_self_intersection(true);
  switch (op) {
    case BoolOp::kUnion: ok = PMP::corefine_and_compute_union(a, b, out, np, np); break;
    case BoolOp::kDifference: ok = PMP::corefine_and_compute_difference(a, b, out, np, np); break;
    case BoolOp::kIntersection: ok = PMP::corefine_and_compute_intersection(a, b, out, np, np); break;
  }
  return out;
}

// a op b, consuming both (boxes are the caller's). Corefinement first; where it refuses a
// non-manifold result, or an operand is already a Nef polyhedron, Nef polyhedra; where an operand
// self-intersects, autorefinement and corefinement again, else Nef polyhedra of its components.
base::Result<Operand> pair_boolean(BoolOp op, Operand a, Operand b, bool refined = false) {
  if (a.nef || b.nef) return nef_boolean(op, a, b);
  // Corefinement changes its inputs; the copies (cheap: points are shared handles) keep the
  // operands for the fallbacks.
  Operand a0 = a, b0 = b;
  try {
    bool ok = false;
    const double va = approx_volume(a.mesh), vb = approx_volume(b.mesh);
    TRY(EMesh out, corefine(op, a.mesh, b.mesh, ok));
    if (ok && plausible_volume(op, va, vb, approx_volume(out))) return Operand{std::move(out), std::nullopt, {}};
    return nef_boolean(op, a0, b0);
  } catch (const PMP::Corefinement::Self_intersection_exception&) {
    if (a0.exact || b0.exact) return pair_boolean(op, unrounded(std::move(a0)), unrounded(std::move(b0)), refined);
    if (refined) return nef_boolean(op, a0, b0);
  } catch (const std::exception& e) {
    return failed(std::string("corefinement: ") + e.what());
  }
  try {
    Operand ra = a0, rb = b0;
    if (autorefined(ra.mesh) && autorefined(rb.mesh)) return pair_boolean(op, std::move(ra), std::move(rb), true);
  } catch (const std::exception&) {
    // CGAL's autorefinement gives up on some configurations ("Non-handled triple intersection of
    // input triangles": openscad's issue1215c, issue1000); Nef polyhedra may still take them.
  }
  return nef_boolean(op, a0, b0);
}

// Union of operands[lo, hi) by a balanced tree; disjoint halves are concatenated.
base::Result<Operand> union_tree(std::vector<Operand>& ops, size_t lo, size_t hi) {
  if (hi - lo == 1) return std::move(ops[lo]);
  size_t mid = lo + (hi - lo) / 2;
  TRY(Operand a, union_tree(ops, lo, mid));
  TRY(Operand b, union_tree(ops, mid, hi));
  if (a.empty()) return b;
  if (b.empty()) return a;
  Bounds3 box = a.box;
  box.add(b.box);
  if (!a.box.overlaps(b.box) && !a.nef && !b.nef) {
    detail::append(a.mesh, b.mesh);  // (the operands' exact forms are not carried into the concatenation)
    return Operand{std::move(a.mesh), std::nullopt, box};
  }
  TRY(Operand m, pair_boolean(BoolOp::kUnion, std::move(a), std::move(b)));
  m.box = box;
  return m;
}

// The final result as a solid (a Nef polyhedron is meshed here, once), rounded to doubles, with
// the exact mesh attached (exact_form.h).
base::Result<Solid> solid_of(Operand o) {
  if (o.nef) { TRY(o.mesh, mesh_of_nef(*o.nef)); }
  Solid s = detail::from_exact(o.mesh);
  detail::attach_exact(s, std::make_shared<const EMesh>(std::move(o.mesh)));
  return s;
}

// Union of operands whose boxes are connected through overlaps: a balanced tree over them sorted
// along the axis on which their centres spread most, so that neighbours in the tree are
// neighbours in space and disjoint ones are concatenated early.
base::Result<Operand> union_connected(std::vector<Operand> ops) {
  Bounds3 centres;
  for (const auto& o : ops) {
    Bounds3 c;
    for (int i = 0; i < 3; ++i) c.lo[i] = c.hi[i] = 0.5 * (o.box.lo[i] + o.box.hi[i]);
    centres.add(c);
  }
  int axis = 0;
  for (int i = 1; i < 3; ++i) {
    if (centres.hi[i] - centres.lo[i] > centres.hi[axis] - centres.lo[axis]) axis = i;
  }
  std::stable_sort(ops.begin(), ops.end(), [axis](const Operand& a, const Operand& b) {
    return a.box.lo[axis] + a.box.hi[axis] < b.box.lo[axis] + b.box.hi[axis];
  });
  return union_tree(ops, 0, ops.size());
}

// Groups of operand indices whose boxes are connected through overlaps (touching counts), in
// order of their first member. Solids of different groups are disjoint: a point of one inside
// another would lie inside some member's box. CGAL's box intersection finds the overlapping
// pairs in O(n log^3 n + pairs), where a grid of 88,209 separate cubes (openscad's issue2342)
// defeated the tree alone: halves split inside a row overlap, and were corefined whole.
std::vector<std::vector<size_t>> overlap_groups(std::vector<Operand>& ops) {
  using Box = CGAL::Box_intersection_d::Box_with_handle_d<double, 3, Operand*,
                                                          CGAL::Box_intersection_d::ID_FROM_HANDLE>;
  std::vector<Box> boxes;
  boxes.reserve(ops.size());
  for (auto& o : ops) boxes.emplace_back(CGAL::Bbox_3(o.box.lo[0], o.box.lo[1], o.box.lo[2], o.box.hi[0],
                                                      o.box.hi[1], o.box.hi[2]), &o);
  std::vector<size_t> parent(ops.size());
  std::iota(parent.begin(), parent.end(), size_t(0));
  auto root = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  CGAL::box_self_intersection_d(boxes.begin(), boxes.end(), [&](const Box& a, const Box& b) {
    size_t ra = root(size_t(a.handle() - ops.data())), rb = root(size_t(b.handle() - ops.data()));
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  });
  std::vector<std::vector<size_t>> groups;
  std::vector<size_t> group_of(ops.size(), SIZE_MAX);
  for (size_t i = 0; i < ops.size(); ++i) {
    size_t r = root(i);
    if (group_of[r] == SIZE_MAX) {
      group_of[r] = groups.size();
      groups.emplace_back();
    }
    groups[group_of[r]].push_back(i);
  }
  return groups;
}

// Union of all operands: each group of box-connected operands is united by corefinement, and
// the disjoint group results are concatenated (a Nef result, rare, is united by Nef instead).
base::Result<Operand> union_all(std::vector<Operand> ops) {
  if (ops.empty()) return Operand{};
  auto groups = overlap_groups(ops);
  if (groups.size() == 1) return union_connected(std::move(ops));
  Operand acc;
  std::vector<Operand> nefs;
  for (const auto& g : groups) {
    std::vector<Operand> members;
    members.reserve(g.size());
    for (size_t i : g) members.push_back(std::move(ops[i]));
    Operand u;
    if (members.size() == 1) {
      u = std::move(members[0]);
    } else {
      TRY(u, union_connected(std::move(members)));
    }
    if (u.empty()) continue;
    if (u.nef) {
      nefs.push_back(std::move(u));
      continue;
    }
    detail::append(acc.mesh, u.mesh);
    acc.box.add(u.box);
  }
  for (auto& n : nefs) {
    Bounds3 box = acc.box;
    box.add(n.box);
    if (acc.empty()) {
      acc = std::move(n);
      continue;
    }
    TRY(acc, pair_boolean(BoolOp::kUnion, std::move(acc), std::move(n)));
    acc.box = box;
  }
  return acc;
}

}  // namespace

base::Result<Solid> boolean3(BoolOp op, std::vector<Solid> operands) {
  if (operands.empty()) return Solid{};
  if (op == BoolOp::kIntersection) {
    for (const auto& s : operands) {
      if (s.empty()) return Solid{};
    }
  }
  if (op == BoolOp::kDifference && operands[0].empty()) return Solid{};
  // Which operands take part (non-empty; for a difference, touching the first one's box).
  std::vector<Operand> ops;
  ops.reserve(operands.size());
  Bounds3 first_box = detail::bounds_of(operands[0]);
  for (size_t i = 0; i < operands.size(); ++i) {
    if (operands[i].empty()) continue;
    Bounds3 box = detail::bounds_of(operands[i]);
    if (op == BoolOp::kDifference && i > 0 && !box.overlaps(first_box)) continue;
    if (op == BoolOp::kIntersection && !box.overlaps(first_box)) return Solid{};
    auto m = detail::to_exact(operands[i]);
    if (!m) {
      base::Diag d = std::move(m).error();
      d.message = "operand " + std::to_string(i + 1) + ": " + d.message;
      return d;
    }
    ops.push_back(Operand{std::move(*m), std::nullopt, box, detail::valid_exact_form(operands[i])});
  }
  if (ops.empty()) return Solid{};
  if (ops.size() == 1) return solid_of(std::move(ops[0]));
  if (op == BoolOp::kUnion) {
    TRY(Operand u, union_all(std::move(ops)));
    return solid_of(u);
  }
  if (op == BoolOp::kDifference) {
    Operand first = std::move(ops[0]);
    ops.erase(ops.begin());
    TRY(Operand cut, union_all(std::move(ops)));
    TRY(Operand m, pair_boolean(BoolOp::kDifference, std::move(first), std::move(cut)));
    return solid_of(m);
  }
  // Intersection: sequential, smallest boxes first would change nothing exact; keep order.
  Operand acc = std::move(ops[0]);
  for (size_t i = 1; i < ops.size(); ++i) {
    if (!acc.box.overlaps(ops[i].box)) return Solid{};
    Bounds3 box = ops[i].box;
    TRY(Operand m, pair_boolean(BoolOp::kIntersection, std::move(acc), std::move(ops[i])));
    if (m.empty()) return Solid{};
    // A mesh result's box is its own; a Nef one's is bounded by the last operand's.
    m.box = m.nef ? box : detail::bounds_of(m.mesh);
    acc = std::move(m);
  }
  return solid_of(acc);
}

}  // namespace cadscribe::csg
