// csg/polygon2d.cpp — 2D regions through Clipper 6.4.2, as openscad 2021.01 does (ops.h):
// booleans, offset, minkowski, polygon(points, paths); hull by Andrew's monotone chain.
//
// Scaling: Clipper works on 64-bit integers; coordinates are multiplied by 2^bits where bits is
// chosen from the largest magnitude (frexp exponent e) so that it maps to about 2^60 (openscad
// picks the power of two the same way, below Clipper's hiRange of 2^62). Powers of two make the
// scaling exact; the round trip loses only bits below 2^-60 of the largest coordinate.
#include <polyclipping/clipper.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

#include "csg/detail2d.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace {

namespace CL = ClipperLib;
constexpr int kTargetBits = 60;

int scaling_bits(double max_abs) {
  if (!(max_abs > 0) || !std::isfinite(max_abs)) return 0;
  int e = 0;
  std::frexp(max_abs, &e);  // max_abs < 2^e
  return kTargetBits - e;
}

double max_abs_of(const std::vector<Ring>& rings) {
  double m = 0;
  for (const auto& r : rings) {
    for (const auto& p : r) {
      if (std::isfinite(p.x)) m = std::max(m, std::fabs(p.x));
      if (std::isfinite(p.y)) m = std::max(m, std::fabs(p.y));
    }
  }
  return m;
}

CL::Paths to_paths(const std::vector<Ring>& rings, int bits) {
  CL::Paths out;
  out.reserve(rings.size());
  for (const auto& r : rings) {
    CL::Path path;
    path.reserve(r.size());
    for (const auto& p : r) {
      if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;  // NaN points are dropped
      path.emplace_back(static_cast<CL::cInt>(std::llround(std::ldexp(p.x, bits))),
                        static_cast<CL::cInt>(std::llround(std::ldexp(p.y, bits))));
    }
    if (path.size() >= 3) out.push_back(std::move(path));
  }
  return out;
}

Ring to_ring(const CL::Path& path, int bits) {
  Ring r;
  r.reserve(path.size());
  for (const auto& p : path) {
    r.push_back({std::ldexp(static_cast<double>(p.X), -bits), std::ldexp(static_cast<double>(p.Y), -bits)});
  }
  return r;
}

// Outer rings CCW, holes CW (Clipper's solution orientation: outers have positive area).
Polygon2 from_tree(const CL::PolyTree& tree, int bits) {
  Polygon2 out;
  for (CL::PolyNode* n = tree.GetFirst(); n != nullptr; n = n->GetNext()) {
    if (n->Contour.size() < 3) continue;
    Ring r = to_ring(n->Contour, bits);
    bool ccw = CL::Orientation(n->Contour);
    if (ccw == n->IsHole()) std::reverse(r.begin(), r.end());
    out.rings.push_back(std::move(r));
  }
  return out;
}

Polygon2 execute(CL::Clipper& c, CL::ClipType type, CL::PolyFillType fill, int bits) {
  CL::PolyTree tree;
  try {
    c.Execute(type, tree, fill, fill);
  } catch (const std::exception&) {
    return {};  // Clipper's range error: cannot happen with the scaling above
  }
  return from_tree(tree, bits);
}

CL::Paths normalised(const Polygon2& p, int bits) {
  // An operand as well-formed paths: its even-odd fill, outers CCW, holes CW.
  CL::Clipper c;
  CL::Paths in = to_paths(p.rings, bits);
  CL::Paths out;
  try {
    c.AddPaths(in, CL::ptSubject, true);
    c.Execute(CL::ctUnion, out, CL::pftEvenOdd, CL::pftEvenOdd);
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

double max_abs_all(const std::vector<Polygon2>& ps) {
  double m = 0;
  for (const auto& p : ps) m = std::max(m, max_abs_of(p.rings));
  return m;
}

}  // namespace

namespace detail {

Polygon2 fill_rings(const std::vector<Ring>& rings, bool even_odd) {
  int bits = scaling_bits(max_abs_of(rings));
  CL::Clipper c;
  try {
    c.AddPaths(to_paths(rings, bits), CL::ptSubject, true);
  } catch (const std::exception&) {
    return {};
  }
  return execute(c, CL::ctUnion, even_odd ? CL::pftEvenOdd : CL::pftNonZero, bits);
}

}  // namespace detail

Polygon2 boolean2(BoolOp op, const std::vector<Polygon2>& operands) {
  // Clipper throws only on out-of-range coordinates, which the scaling rules out; an empty
  // region is the answer if it ever does.
  try {
    if (operands.empty()) return {};
    int bits = scaling_bits(max_abs_all(operands));
    CL::Clipper c;
    if (op == BoolOp::kUnion) {
      for (const auto& p : operands) c.AddPaths(normalised(p, bits), CL::ptSubject, true);
      return execute(c, CL::ctUnion, CL::pftNonZero, bits);
    }
    if (op == BoolOp::kDifference) {
      c.AddPaths(normalised(operands[0], bits), CL::ptSubject, true);
      for (size_t i = 1; i < operands.size(); ++i) c.AddPaths(normalised(operands[i], bits), CL::ptClip, true);
      return execute(c, CL::ctDifference, CL::pftNonZero, bits);
    }
    CL::Paths acc = normalised(operands[0], bits);
    for (size_t i = 1; i < operands.size() && !acc.empty(); ++i) {
      CL::Clipper ci;
      ci.AddPaths(acc, CL::ptSubject, true);
      ci.AddPaths(normalised(operands[i], bits), CL::ptClip, true);
      CL::Paths next;
      ci.Execute(CL::ctIntersection, next, CL::pftNonZero, CL::pftNonZero);
      acc = std::move(next);
    }
    c.AddPaths(acc, CL::ptSubject, true);
    return execute(c, CL::ctUnion, CL::pftNonZero, bits);
  } catch (const std::exception&) {
    return {};
  }
}

Polygon2 polygon_from_paths(const std::vector<Point2>& points, const std::vector<std::vector<int64_t>>& paths) {
  std::vector<Ring> rings;
  if (paths.empty()) {
    rings.push_back(points);
  } else {
    for (const auto& path : paths) {
      Ring r;
      for (int64_t i : path) {
        if (i >= 0 && static_cast<size_t>(i) < points.size()) r.push_back(points[static_cast<size_t>(i)]);
      }
      rings.push_back(std::move(r));
    }
  }
  return detail::fill_rings(rings, true);
}

Polygon2 hull2(const std::vector<Polygon2>& operands) {
  std::vector<Point2> pts;
  for (const auto& p : operands) {
    for (const auto& r : p.rings) {
      for (const auto& q : r) {
        if (std::isfinite(q.x) && std::isfinite(q.y)) pts.push_back(q);
      }
    }
  }
  std::sort(pts.begin(), pts.end(), [](const Point2& a, const Point2& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  if (pts.size() < 3) return {};
  auto cross = [](const Point2& o, const Point2& a, const Point2& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  };
  std::vector<Point2> h(2 * pts.size());
  size_t k = 0;
  for (const auto& p : pts) {  // lower chain
    while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) --k;
    h[k++] = p;
  }
  for (size_t i = pts.size() - 1, t = k + 1; i-- > 0;) {  // upper chain
    while (k >= t && cross(h[k - 2], h[k - 1], pts[i]) <= 0) --k;
    h[k++] = pts[i];
  }
  h.resize(k - 1);
  if (h.size() < 3) return {};
  Polygon2 out;
  out.rings.push_back(std::move(h));
  return out;
}

Polygon2 minkowski2(const std::vector<Polygon2>& operands) {
  // Clipper throws only on out-of-range coordinates, which the scaling rules out; an empty
  // region is the answer if it ever does.
  try {
    if (operands.empty()) return {};
    for (const auto& p : operands) {
      if (p.empty()) return {};
    }
    if (operands.size() == 1) return boolean2(BoolOp::kUnion, operands);
    // Coordinates of the sum reach the sum of the operands' magnitudes.
    double total = 0;
    for (const auto& p : operands) total += max_abs_of(p.rings);
    int bits = scaling_bits(total);
    CL::Paths lhs = normalised(operands[0], bits);
    auto fill_insides = [](const CL::Paths& a, const CL::Paths& b, CL::Paths& target) {
      // Where b is wider than a, the convolution of outlines misses a's interior translated.
      for (const auto& b_path : b) {
        if (b_path.empty() || !CL::Orientation(b_path)) continue;
        const CL::IntPoint d = b_path[0];
        for (const auto& path : a) {
          CL::Path moved = path;
          for (auto& q : moved) {
            q.X += d.X;
            q.Y += d.Y;
          }
          target.push_back(std::move(moved));
        }
      }
    };
    for (size_t i = 1; i < operands.size(); ++i) {
      CL::Paths rhs = normalised(operands[i], bits);
      CL::Paths terms;
      for (const auto& r : rhs) {
        for (const auto& l : lhs) {
          CL::Paths part;
          CL::MinkowskiSum(l, r, part, true);
          terms.insert(terms.end(), part.begin(), part.end());
        }
      }
      fill_insides(lhs, rhs, terms);
      fill_insides(rhs, lhs, terms);
      CL::Clipper c;
      c.AddPaths(terms, CL::ptSubject, true);
      if (i + 1 == operands.size()) return execute(c, CL::ctUnion, CL::pftNonZero, bits);
      lhs.clear();
      c.Execute(CL::ctUnion, lhs, CL::pftNonZero, CL::pftNonZero);
    }
    return {};
  } catch (const std::exception&) {
    return {};
  }
}

Polygon2 offset2(const Polygon2& p, const OffsetParams& params) {
  if (p.empty() || !std::isfinite(params.amount)) return {};
  if (params.amount == 0) return boolean2(BoolOp::kUnion, {p});
  double extent = max_abs_of(p.rings) + std::fabs(params.amount);
  int bits = scaling_bits(extent);
  CL::JoinType join = params.round ? CL::jtRound : params.chamfer ? CL::jtSquare : CL::jtMiter;
  // openscad: arc_tolerance = |r| (1 - cos(180°/n)) with n fragments for the radius, so a full
  // circle of the join gets n points; miter limit 1e6 (sharp corners stay sharp).
  double arc_tol = 0.25;
  if (params.round) {
    int n = std::max(params.fragments, 3);
    arc_tol = std::fabs(params.amount) * (1 - detail::cos_deg(180.0 / n));
  }
  CL::ClipperOffset co(1000000.0, std::ldexp(arc_tol, bits));
  CL::PolyTree tree;
  try {
    co.AddPaths(normalised(p, bits), join, CL::etClosedPolygon);
    co.Execute(tree, std::ldexp(params.amount, bits));
  } catch (const std::exception&) {
    return {};
  }
  return from_tree(tree, bits);
}

}  // namespace cadscribe::csg
