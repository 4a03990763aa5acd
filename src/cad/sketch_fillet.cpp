// cad/sketch_fillet.cpp — 2D fillets and chamfers of a planar face's corners (what
// BRepFilletAPI_MakeFillet2d does for CadQuery's Sketch.fillet / Sketch.chamfer), computed here
// analytically for corners between straight edges and circular arcs.
//
// Method: walk every wire of the face head to tail; at a selected corner P between the incoming
// curve c1 and the outgoing curve c2, the fillet circle of radius r lies in the sector between
// the two tangent directions leaving P. Its centre is the intersection (nearest P) of the two
// curves offset by r towards that sector: a line offsets to a parallel line, an arc of radius R
// to a concentric circle of radius R - r or R + r. Tangent points trim the curves; the wire is
// rebuilt from trimmed lines/arcs plus the fillet arcs (or chamfer lines, at distance d along
// each curve) and the face is rebuilt from its wires. Units: mm, z = 0 (sketch plane).
// Corners touching other curve types (splines, ellipses) give unsupported.feature.
#include <algorithm>
#include <cmath>
#include <optional>

#include "cad/sketch.h"

namespace cadscribe::cad::sketch_geom {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kPointTol = 1e-6;

struct Curve {
  Shape edge;
  Vec3 start, end, mid;
  enum Kind { kLine, kArc, kOther } kind = kOther;
  Vec3 center;       // arcs
  double radius = 0;
  double a0 = 0;     // angle of `start` about the centre
  double sweep = 0;  // signed angle from start to end through mid
};

double angle_of(const Vec3& p, const Vec3& c) { return std::atan2(p.y - c.y, p.x - c.x); }
double wrap_pos(double a) {  // [0, 2pi)
  a = std::fmod(a, 2 * kPi);
  return a < 0 ? a + 2 * kPi : a;
}

// Fills centre/radius/a0/sweep of an arc from its start, mid and end points.
bool fit_arc(Curve& c) {
  Vec3 a = c.start, b = c.mid, e = c.end;
  double d = 2 * (a.x * (b.y - e.y) + b.x * (e.y - a.y) + e.x * (a.y - b.y));
  if (std::abs(d) < 1e-14) return false;
  double a2 = a.dot(a), b2 = b.dot(b), e2 = e.dot(e);
  c.center = {(a2 * (b.y - e.y) + b2 * (e.y - a.y) + e2 * (a.y - b.y)) / d,
              (a2 * (e.x - b.x) + b2 * (a.x - e.x) + e2 * (b.x - a.x)) / d, a.z};
  c.radius = (a - c.center).norm();
  c.a0 = angle_of(a, c.center);
  double tm = wrap_pos(angle_of(b, c.center) - c.a0), te = wrap_pos(angle_of(e, c.center) - c.a0);
  c.sweep = tm < te ? te : te - 2 * kPi;
  return true;
}

// Signed angle of p from the arc's start, measured in the arc's direction.
double arc_param(const Curve& c, const Vec3& p) {
  double t = wrap_pos(angle_of(p, c.center) - c.a0);
  if (c.sweep < 0) t = t > 1e-12 ? t - 2 * kPi : 0;
  return t;
}

Vec3 arc_point(const Curve& c, double t) {
  return c.center + Vec3{c.radius * std::cos(c.a0 + t), c.radius * std::sin(c.a0 + t), 0};
}

Result<std::vector<Curve>> chain(const Shape& wire) {
  std::vector<Curve> pool;
  for (const Shape& e : kernel::sub_shapes(wire, ShapeType::kEdge)) {
    Curve c;
    c.edge = e;
    TRY(c.start, kernel::edge_point(e, 0));
    TRY(c.end, kernel::edge_point(e, 1));
    TRY(c.mid, kernel::edge_point(e, 0.5));
    std::string g = kernel::geom_type(e);
    c.kind = g == "LINE" ? Curve::kLine : g == "CIRCLE" ? Curve::kArc : Curve::kOther;
    pool.push_back(c);
  }
  if (pool.empty()) return base::make_diag("geom.fillet_failed", "Sketch fillet: a wire without edges");
  std::vector<Curve> out{pool[0]};
  pool.erase(pool.begin());
  while (!pool.empty()) {
    Vec3 end = out.back().end;
    auto it = std::find_if(pool.begin(), pool.end(), [&](const Curve& c) {
      return (c.start - end).norm() < kPointTol || (c.end - end).norm() < kPointTol;
    });
    if (it == pool.end()) return base::make_diag("geom.fillet_failed", "Sketch fillet: the face's wire is not connected");
    Curve c = *it;
    pool.erase(it);
    if ((c.start - end).norm() >= kPointTol) std::swap(c.start, c.end);
    out.push_back(c);
  }
  for (Curve& c : out) {
    if (c.kind == Curve::kArc && !fit_arc(c)) c.kind = Curve::kOther;
  }
  return out;
}

// Unit tangent at P = c.end (incoming, at_end) or c.start, pointing INTO the curve.
Vec3 tangent_into(const Curve& c, bool at_end) {
  Vec3 p = at_end ? c.end : c.start;
  if (c.kind == Curve::kLine) return ((at_end ? c.start : c.end) - p).normalized();
  Vec3 r = p - c.center;
  Vec3 t = Vec3{-r.y, r.x, 0}.normalized();
  return t.dot(c.mid - p) < 0 ? -t : t;
}

// Point at distance d from P along the curve (into it).
Vec3 along(const Curve& c, bool at_end, double d) {
  Vec3 p = at_end ? c.end : c.start;
  Vec3 dir = tangent_into(c, at_end);
  if (c.kind == Curve::kLine) return p + dir * d;
  double a = d / c.radius;
  Vec3 r = p - c.center;
  for (double s : {1.0, -1.0}) {
    double ca = std::cos(s * a), sa = std::sin(s * a);
    Vec3 q = c.center + Vec3{r.x * ca - r.y * sa, r.x * sa + r.y * ca, 0};
    if ((q - p).dot(dir) > 0) return q;
  }
  return p;
}

// Candidate fillet centres of one curve offset by r towards `b`: a line (point + direction) or a
// circle (centre + radius).
struct Offset {
  bool line;
  Vec3 p, u;  // line
  Vec3 o;     // circle
  double rad = 0;
};

Offset offset_towards(const Curve& c, const Vec3& P, const Vec3& into, const Vec3& b, double r) {
  Offset off{};
  if (c.kind == Curve::kLine) {
    Vec3 n = (b - into * b.dot(into)).normalized();
    off.line = true;
    off.p = P + n * r;
    off.u = into;
  } else {
    Vec3 inward = (c.center - P).normalized();
    off.line = false;
    off.o = c.center;
    off.rad = inward.dot(b) > 0 ? c.radius - r : c.radius + r;
  }
  return off;
}

std::vector<Vec3> intersect(const Offset& a, const Offset& b) {
  std::vector<Vec3> out;
  if (a.line && b.line) {
    double det = a.u.x * (-b.u.y) - a.u.y * (-b.u.x);
    if (std::abs(det) < 1e-14) return out;
    Vec3 d = b.p - a.p;
    double s = (d.x * (-b.u.y) - d.y * (-b.u.x)) / det;
    out.push_back(a.p + a.u * s);
  } else if (a.line != b.line) {
    const Offset& l = a.line ? a : b;
    const Offset& c = a.line ? b : a;
    if (c.rad <= 0) return out;
    Vec3 q = l.p - c.o;
    double bq = l.u.dot(q), cq = q.dot(q) - c.rad * c.rad, disc = bq * bq - cq;
    if (disc < 0) return out;
    for (double s : {-bq - std::sqrt(disc), -bq + std::sqrt(disc)}) out.push_back(l.p + l.u * s);
  } else {
    if (a.rad <= 0 || b.rad <= 0) return out;
    Vec3 d = b.o - a.o;
    double dist = d.norm();
    if (dist < 1e-14) return out;
    double x = (dist * dist + a.rad * a.rad - b.rad * b.rad) / (2 * dist);
    double h2 = a.rad * a.rad - x * x;
    if (h2 < 0) return out;
    Vec3 e = d / dist, n{-e.y, e.x, 0};
    for (double s : {-1.0, 1.0}) out.push_back(a.o + e * x + n * (s * std::sqrt(h2)));
  }
  return out;
}

Vec3 foot(const Curve& c, const Vec3& P, const Vec3& C) {
  if (c.kind == Curve::kLine) {
    Vec3 u = (c.end - c.start).normalized();
    return P + u * (C - P).dot(u);
  }
  return c.center + (C - c.center).normalized() * c.radius;
}

struct Corner {
  Vec3 t1, t2, mid;
  bool round = false;
};

Result<std::optional<Corner>> solve_corner(const Curve& c1, const Curve& c2, double d, bool chamfer, const char* what) {
  Vec3 P = c2.start;
  Vec3 d1 = tangent_into(c1, true), d2 = tangent_into(c2, false);
  double theta = std::acos(std::clamp(d1.dot(d2), -1.0, 1.0));
  if (theta < 1e-9 || std::abs(theta - kPi) < 1e-9) return std::optional<Corner>();  // smooth: nothing to do
  Corner k;
  if (chamfer) {
    k.t1 = along(c1, true, d);
    k.t2 = along(c2, false, d);
    return std::optional<Corner>(k);
  }
  Vec3 b = (d1 + d2).normalized();
  auto centres = intersect(offset_towards(c1, P, d1, b, d), offset_towards(c2, P, d2, b, d));
  if (centres.empty()) {
    return base::make_diag("geom.fillet_failed", std::string(what) + ": no fillet of radius " + std::to_string(d) +
                                                     " fits this corner");
  }
  Vec3 C = *std::min_element(centres.begin(), centres.end(),
                             [&](const Vec3& x, const Vec3& y) { return (x - P).norm() < (y - P).norm(); });
  k.t1 = foot(c1, P, C);
  k.t2 = foot(c2, P, C);
  Vec3 m = ((k.t1 - C).normalized() + (k.t2 - C).normalized()).normalized();
  k.mid = C + m * d;
  k.round = true;
  return std::optional<Corner>(k);
}

bool selected(const Vec3& p, const std::vector<Vec3>& vertices) {
  return std::any_of(vertices.begin(), vertices.end(), [&](const Vec3& v) { return (v - p).norm() < kPointTol; });
}

// The curve between new end points `s` and `e` (which lie on it, in its direction), or an error
// when the trims overlap (the fillet is too large for the edge).
Result<std::optional<Shape>> trimmed(const Curve& c, const Vec3& s, const Vec3& e, const char* what, const char* code) {
  bool same = (s - c.start).norm() < kPointTol && (e - c.end).norm() < kPointTol;
  if (same) return std::optional<Shape>(c.edge);
  auto too_big = [&] {
    return base::make_diag(code, std::string(what) + ": the size is too large for an edge of the face");
  };
  if (c.kind == Curve::kLine) {
    Vec3 u = c.end - c.start;
    double len = u.norm(), ps = (s - c.start).dot(u) / len, pe = (e - c.start).dot(u) / len;
    if (ps < -kPointTol || pe > len + kPointTol || pe < ps - kPointTol) return too_big();
    if (pe - ps < kPointTol) return std::optional<Shape>();
    TRY(Shape l, kernel::make_line(s, e));
    return std::optional<Shape>(l);
  }
  if (c.kind != Curve::kArc) return std::optional<Shape>(c.edge);
  double ts = (s - c.start).norm() < kPointTol ? 0 : arc_param(c, s);
  double te = (e - c.end).norm() < kPointTol ? c.sweep : arc_param(c, e);
  double lo = std::min(0.0, c.sweep), hi = std::max(0.0, c.sweep);
  if (ts < lo - 1e-9 || ts > hi + 1e-9 || te < lo - 1e-9 || te > hi + 1e-9 || (te - ts) * c.sweep < -1e-12) {
    return too_big();
  }
  if (std::abs(te - ts) * c.radius < kPointTol) return std::optional<Shape>();
  TRY(Shape a, kernel::make_arc_3pt(s, arc_point(c, (ts + te) / 2), e));
  return std::optional<Shape>(a);
}

}  // namespace

Result<Shape> fillet_face(const Shape& face, const std::vector<Vec3>& vertices, double d, bool chamfer) {
  const char* what = chamfer ? "Sketch.chamfer" : "Sketch.fillet";
  const char* code = chamfer ? "geom.chamfer_failed" : "geom.fillet_failed";
  if (!(d > 0)) return base::make_diag("geom.invalid_input", std::string(what) + ": size must be > 0");
  std::vector<Shape> new_wires;
  for (const Shape& wire : kernel::sub_shapes(face, ShapeType::kWire)) {
    TRY(std::vector<Curve> curves, chain(wire));
    size_t n = curves.size();
    std::vector<std::optional<Corner>> corners(n);  // corner k: end of curve k-1, start of curve k
    std::vector<Vec3> new_start(n), new_end(n);
    for (size_t k = 0; k < n; ++k) {
      new_start[k] = curves[k].start;
      new_end[k] = curves[k].end;
    }
    for (size_t k = 0; k < n && n > 1; ++k) {
      if (!selected(curves[k].start, vertices)) continue;
      const Curve& in = curves[(k + n - 1) % n];
      const Curve& out = curves[k];
      if (in.kind == Curve::kOther || out.kind == Curve::kOther) {
        return base::make_diag("unsupported.feature",
                               std::string(what) + ": only corners between straight edges and circular arcs are supported");
      }
      TRY(corners[k], solve_corner(in, out, d, chamfer, what));
      if (corners[k]) {
        new_end[(k + n - 1) % n] = corners[k]->t1;
        new_start[k] = corners[k]->t2;
      }
    }
    std::vector<Shape> edges;
    for (size_t k = 0; k < n; ++k) {
      TRY(std::optional<Shape> e, trimmed(curves[k], new_start[k], new_end[k], what, code));
      if (e) edges.push_back(*e);
      const auto& next = corners[(k + 1) % n];
      if (next) {
        TRY(Shape c, next->round ? kernel::make_arc_3pt(next->t1, next->mid, next->t2)
                                 : kernel::make_line(next->t1, next->t2));
        edges.push_back(c);
      }
    }
    TRY(Shape w, kernel::make_wire(edges));
    new_wires.push_back(w);
  }
  return face_from_wires(new_wires);
}

}  // namespace cadscribe::cad::sketch_geom
