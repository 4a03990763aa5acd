// cad/selector_filter.cpp — applies a selector tree to a list of shapes (CadQuery's
// Selector.filter), using the kernel's geometric queries. See selector_ast.h for the semantics
// kept from cadquery/selectors.py. Shapes are compared by topology (IsSame), never by address.
#include <algorithm>
#include <cmath>
#include <optional>

#include "cad/selector_ast.h"

namespace cadscribe::cad {
namespace {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

constexpr double kPi = 3.14159265358979323846;

bool contains(const std::vector<Shape>& list, const Shape& s) {
  return std::any_of(list.begin(), list.end(), [&](const Shape& o) { return o.is_same(s); });
}

// Keeps the first occurrence of every distinct shape.
std::vector<Shape> unique(const std::vector<Shape>& in) {
  std::vector<Shape> out;
  for (const Shape& s : in) {
    if (!contains(out, s)) out.push_back(s);
  }
  return out;
}

// gp_Vec::Angle: the angle in [0, pi] between two non-zero vectors; NaN for a zero vector so
// that every comparison with it fails (OCCT would raise).
double angle_between(const Vec3& a, const Vec3& b) {
  double na = a.norm(), nb = b.norm();
  if (na == 0 || nb == 0) return std::nan("");
  double c = a.dot(b) / (na * nb);
  return std::acos(std::clamp(c, -1.0, 1.0));
}

// The vector a direction selector tests: the normal of a planar face, the tangent of a linear
// edge; nothing for other shapes (CadQuery skips them).
std::optional<Vec3> test_vector(const Shape& s) {
  if (s.type() == ShapeType::kFace && kernel::geom_type(s) == "PLANE") {
    auto n = kernel::face_normal(s);
    if (n) return *n;
  } else if (s.type() == ShapeType::kEdge && kernel::geom_type(s) == "LINE") {
    auto t = kernel::edge_tangent(s, 0.5);
    if (t) return *t;
  }
  return std::nullopt;
}

bool dir_test(const SelectorNode& sel, const Vec3& v) {
  switch (sel.kind) {
    case SelectorKind::kParallelDir: return sel.vec.cross(v.normalized()).norm() < sel.tolerance;
    case SelectorKind::kDirectionNth: return sel.vec.cross(v.normalized()).norm() < sel.tolerance;
    case SelectorKind::kDirection: return angle_between(sel.vec, v) < sel.tolerance;
    case SelectorKind::kPerpendicularDir: return std::abs(angle_between(sel.vec, v) - kPi / 2) < sel.tolerance;
    default: return true;
  }
}

std::vector<Shape> dir_filter(const SelectorNode& sel, const std::vector<Shape>& objs) {
  std::vector<Shape> out;
  for (const Shape& s : objs) {
    auto v = test_vector(s);
    if (v && dir_test(sel, *v)) out.push_back(s);
  }
  return out;
}

// Radius of a circular edge (or a wire made of one): the circumradius of three of its points.
std::optional<double> radius_of(const Shape& s) {
  Shape edge = s;
  if (s.type() == ShapeType::kWire) {
    auto edges = kernel::sub_shapes(s, ShapeType::kEdge);
    if (edges.size() != 1) return std::nullopt;
    edge = edges[0];
  } else if (s.type() != ShapeType::kEdge) {
    return std::nullopt;
  }
  if (kernel::geom_type(edge) != "CIRCLE") return std::nullopt;
  auto a = kernel::edge_point(edge, 0.0), b = kernel::edge_point(edge, 1.0 / 3), c = kernel::edge_point(edge, 2.0 / 3);
  if (!a || !b || !c) return std::nullopt;
  Vec3 ab = *b - *a, ac = *c - *a, bc = *c - *b;
  double cross = ab.cross(ac).norm();
  if (cross < 1e-15) return std::nullopt;
  return ab.norm() * ac.norm() * bc.norm() / (2 * cross);
}

// The Nth selectors' keys; nullopt drops the shape (CadQuery's key() raising ValueError).
std::optional<double> nth_key(const SelectorNode& sel, const Shape& s) {
  switch (sel.kind) {
    case SelectorKind::kRadiusNth: return radius_of(s);
    case SelectorKind::kLengthNth:
      if (s.type() == ShapeType::kEdge || s.type() == ShapeType::kWire) return kernel::length(s);
      return std::nullopt;
    case SelectorKind::kAreaNth:
      if (s.type() == ShapeType::kFace || s.type() == ShapeType::kShell || s.type() == ShapeType::kSolid) {
        return kernel::area(s);
      }
      if (s.type() == ShapeType::kWire) {
        auto faces = kernel::make_faces({s});
        if (!faces || faces->empty()) return std::nullopt;
        double a = 0;
        for (const Shape& f : *faces) a += kernel::area(f);
        return std::abs(a);
      }
      return std::nullopt;
    default:  // CenterNth, DirectionMinMax, DirectionNth: centre projected on the (raw) direction
      return kernel::center_of_mass(s).dot(sel.vec);
  }
}

Result<std::vector<Shape>> nth_filter(const SelectorNode& sel, const std::vector<Shape>& objs) {
  if (objs.empty()) return base::make_diag("runtime.value_error", "Can not return the Nth element of an empty list");
  std::vector<std::pair<double, Shape>> keyed;
  for (const Shape& s : objs) {
    if (auto k = nth_key(sel, s)) keyed.emplace_back(*k, s);
  }
  if (keyed.empty()) {
    return base::make_diag("runtime.index_error", std::string(selector_class_name(sel.kind)) +
                                                      ": no shape in the list has a " +
                                                      (sel.kind == SelectorKind::kRadiusNth   ? "radius"
                                                       : sel.kind == SelectorKind::kLengthNth ? "length"
                                                       : sel.kind == SelectorKind::kAreaNth   ? "area"
                                                                                              : "key"));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::vector<Shape>> clusters{{}};
  double start = keyed[0].first;
  for (const auto& [k, s] : keyed) {
    if (std::abs(k - start) <= sel.tolerance) {
      clusters.back().push_back(s);
    } else {
      clusters.push_back({s});
      start = k;
    }
  }
  if (!sel.flag) std::reverse(clusters.begin(), clusters.end());
  auto size = static_cast<int64_t>(clusters.size());
  int64_t i = sel.n < 0 ? sel.n + size : sel.n;
  if (i < 0 || i >= size) {
    return base::make_diag("runtime.index_error", "Attempted to access index " + std::to_string(sel.n) +
                                                      " of a list with length " + std::to_string(size));
  }
  return clusters[static_cast<size_t>(i)];
}

bool inside_box(const Vec3& p, const Vec3& a, const Vec3& b) {
  // XOR: between the corners whatever their order (strict, as CadQuery).
  return ((p.x < a.x) != (p.x < b.x)) && ((p.y < a.y) != (p.y < b.y)) && ((p.z < a.z) != (p.z < b.z));
}

}  // namespace

Result<std::vector<Shape>> filter_shapes(const SelectorNode& sel, const std::vector<Shape>& objs) {
  switch (sel.kind) {
    case SelectorKind::kAll: return objs;
    case SelectorKind::kString: return filter_shapes(*sel.left, objs);
    case SelectorKind::kNearestToPoint: {
      if (objs.empty()) return base::make_diag("runtime.value_error", "min() arg is an empty sequence");
      size_t best = 0;
      double best_d = 0;
      for (size_t i = 0; i < objs.size(); ++i) {
        double d = (kernel::center_of_mass(objs[i]) - sel.vec).norm();
        if (i == 0 || d < best_d) {
          best = i;
          best_d = d;
        }
      }
      return std::vector<Shape>{objs[best]};
    }
    case SelectorKind::kBox: {
      std::vector<Shape> out;
      for (const Shape& s : objs) {
        bool in;
        if (sel.flag) {
          mesh::Box bb = kernel::bounding_box(s);
          in = inside_box(bb.min, sel.vec, sel.vec2) && inside_box(bb.max, sel.vec, sel.vec2);
        } else {
          in = inside_box(kernel::center_of_mass(s), sel.vec, sel.vec2);
        }
        if (in) out.push_back(s);
      }
      return out;
    }
    case SelectorKind::kParallelDir:
    case SelectorKind::kDirection:
    case SelectorKind::kPerpendicularDir: return dir_filter(sel, objs);
    case SelectorKind::kType: {
      std::vector<Shape> out;
      for (const Shape& s : objs) {
        if (kernel::geom_type(s) == sel.type_name) out.push_back(s);
      }
      return out;
    }
    case SelectorKind::kDirectionNth: return nth_filter(sel, dir_filter(sel, objs));
    case SelectorKind::kCenterNth:
    case SelectorKind::kDirectionMinMax:
    case SelectorKind::kRadiusNth:
    case SelectorKind::kLengthNth:
    case SelectorKind::kAreaNth: return nth_filter(sel, objs);
    case SelectorKind::kAnd:
    case SelectorKind::kSum:
    case SelectorKind::kSubtract: {
      TRY(std::vector<Shape> l, filter_shapes(*sel.left, objs));
      TRY(std::vector<Shape> r, filter_shapes(*sel.right, objs));
      std::vector<Shape> out;
      if (sel.kind == SelectorKind::kSum) {
        out = l;
        out.insert(out.end(), r.begin(), r.end());
        return unique(out);
      }
      bool keep_common = sel.kind == SelectorKind::kAnd;
      for (const Shape& s : unique(l)) {
        if (contains(r, s) == keep_common) out.push_back(s);
      }
      return out;
    }
    case SelectorKind::kInverse: {
      TRY(std::vector<Shape> inner, filter_shapes(*sel.left, objs));
      std::vector<Shape> out;
      for (const Shape& s : unique(objs)) {
        if (!contains(inner, s)) out.push_back(s);
      }
      return out;
    }
  }
  return objs;
}

}  // namespace cadscribe::cad
