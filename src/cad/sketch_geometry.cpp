// cad/sketch_geometry.cpp — the geometry behind cq.Sketch: primitive faces, the mode booleans
// and locations along edges (2D fillets are in sketch_fillet.cpp). Pure functions over the
// kernel (no interpreter types). Sketch space is the local XY plane (z = 0), mm, degrees.
#include <algorithm>
#include <cmath>

#include "cad/sketch.h"

namespace cadscribe::cad::sketch_geom {

using kernel::Shape;
using kernel::ShapeType;
using math::Transform;
using math::Vec3;

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kPointTol = 1e-6;  // mm: two points closer than this are the same vertex

double rad(double deg) { return deg * kPi / 180.0; }

Result<Shape> single_or_compound(const std::vector<Shape>& shapes) {
  if (shapes.size() == 1) return shapes[0];
  return kernel::make_compound(shapes);
}

std::vector<Shape> faces_of(const Shape& s) {
  if (s.type() == ShapeType::kFace) return {s};
  return kernel::sub_shapes(s, ShapeType::kFace);
}
}  // namespace

Transform rot_z(double deg) { return Transform::rotation({0, 0, 0}, {0, 0, 1}, rad(deg)); }

Transform location_xyz(double x, double y, double z, double rx, double ry, double rz) {
  Transform r = Transform::rotation({0, 0, 0}, {0, 0, 1}, rad(rz)) *
                Transform::rotation({0, 0, 0}, {0, 1, 0}, rad(ry)) *
                Transform::rotation({0, 0, 0}, {1, 0, 0}, rad(rx));
  r.m[3] = x;
  r.m[7] = y;
  r.m[11] = z;
  return r;
}

Result<Shape> face_from_wires(const std::vector<Shape>& wires) {
  TRY(std::vector<Shape> faces, kernel::make_faces(wires));
  if (faces.empty()) return base::make_diag("geom.invalid_input", "Sketch: the wires enclose no face");
  return single_or_compound(faces);
}

Result<std::vector<Shape>> edges_to_wires(const std::vector<Shape>& edges) {
  struct Ends {
    Shape edge;
    Vec3 a, b;
  };
  std::vector<Ends> pool;
  for (const Shape& e : edges) {
    TRY(Vec3 a, kernel::edge_point(e, 0));
    TRY(Vec3 b, kernel::edge_point(e, 1));
    pool.push_back({e, a, b});
  }
  auto near = [](const Vec3& p, const Vec3& q) { return (p - q).norm() < kPointTol; };
  std::vector<Shape> wires;
  while (!pool.empty()) {
    std::vector<Shape> chain{pool.front().edge};
    Vec3 head = pool.front().a, tail = pool.front().b;
    pool.erase(pool.begin());
    for (bool grew = true; grew && !near(head, tail);) {
      grew = false;
      for (auto it = pool.begin(); it != pool.end(); ++it) {
        if (near(it->a, tail) || near(it->b, tail)) {
          tail = near(it->a, tail) ? it->b : it->a;
          chain.push_back(it->edge);
        } else if (near(it->a, head) || near(it->b, head)) {
          head = near(it->a, head) ? it->b : it->a;
          chain.insert(chain.begin(), it->edge);
        } else {
          continue;
        }
        pool.erase(it);
        grew = true;
        break;
      }
    }
    TRY(Shape w, kernel::make_wire(chain));
    wires.push_back(w);
  }
  return wires;
}

Result<Shape> polygon(const std::vector<Vec3>& pts_in) {
  std::vector<Vec3> pts = pts_in;
  // CadQuery closes the polygon itself; a repeated first point would make a zero-length edge.
  while (pts.size() > 1 && (pts.back() - pts.front()).norm() < kPointTol) pts.pop_back();
  if (pts.size() < 3) return base::make_diag("geom.invalid_input", "Sketch.polygon needs at least 3 distinct points");
  TRY(Shape wire, kernel::make_polygon(pts, true));
  return face_from_wires({wire});
}

Result<Shape> rect(double w, double h) {
  if (!(w > 0) || !(h > 0)) return base::make_diag("geom.invalid_input", "Sketch.rect: sizes must be > 0");
  return polygon({{-w / 2, -h / 2, 0}, {w / 2, -h / 2, 0}, {w / 2, h / 2, 0}, {-w / 2, h / 2, 0}});
}

Result<Shape> circle(double r) {
  if (!(r > 0)) return base::make_diag("geom.invalid_input", "Sketch.circle: radius must be > 0");
  TRY(Shape edge, kernel::make_circle(math::Frame{}, r));
  TRY(Shape wire, kernel::make_wire({edge}));
  return face_from_wires({wire});
}

Result<Shape> ellipse(double a1, double a2) {
  if (!(a1 > 0) || !(a2 > 0)) return base::make_diag("geom.invalid_input", "Sketch.ellipse: radii must be > 0");
  TRY(Shape edge, kernel::make_ellipse(math::Frame{}, a1, a2));
  TRY(Shape wire, kernel::make_wire({edge}));
  return face_from_wires({wire});
}

Result<Shape> slot(double w, double h) {
  if (!(h > 0) || !(w >= 0)) return base::make_diag("geom.invalid_input", "Sketch.slot: sizes must be > 0");
  if (w == 0) return circle(h / 2);
  Vec3 p1{-w / 2, h / 2, 0}, p2{w / 2, h / 2, 0}, p3{-w / 2, -h / 2, 0}, p4{w / 2, -h / 2, 0};
  Vec3 p5{-w / 2 - h / 2, 0, 0}, p6{w / 2 + h / 2, 0, 0};
  TRY(Shape e1, kernel::make_line(p1, p2));
  TRY(Shape e2, kernel::make_arc_3pt(p2, p6, p4));
  TRY(Shape e3, kernel::make_line(p4, p3));
  TRY(Shape e4, kernel::make_arc_3pt(p3, p5, p1));
  TRY(Shape wire, kernel::make_wire({e1, e2, e3, e4}));
  return face_from_wires({wire});
}

Result<std::vector<Shape>> combine(const std::vector<Shape>& faces, const std::vector<Shape>& tools, char mode) {
  switch (mode) {
    case 'r': return tools;
    case 'a': {
      std::vector<Shape> all = faces;
      all.insert(all.end(), tools.begin(), tools.end());
      if (all.size() <= 1) return all;
      TRY(Shape fused, kernel::fuse_all(all));
      return faces_of(fused);
    }
    case 's': {
      if (faces.empty() || tools.empty()) return faces;
      TRY(Shape obj, single_or_compound(faces));
      // Every tool its own argument of one cut, as CadQuery's faces.cut(*tools): overlapping
      // tools are fine there (a compound of them would not be a valid argument).
      TRY(obj, kernel::cut_all(obj, tools));
      return faces_of(obj);
    }
    case 'i': {
      if (faces.empty()) return faces;
      if (tools.empty()) return std::vector<Shape>{};
      TRY(Shape obj, single_or_compound(faces));
      Shape tool = tools[0];
      if (tools.size() > 1) {
        TRY(tool, kernel::fuse_all(tools));
      }
      TRY(Shape common, kernel::common(obj, tool));
      return faces_of(common);
    }
    default: return base::make_diag("runtime.value_error", std::string("Invalid mode: ") + mode);
  }
}

// ---------------------------------------------------------------- locations along edges

Result<Transform> edge_location(const Shape& edge, double t, bool rotate) {
  TRY(Vec3 p, kernel::edge_point(edge, t));
  if (!rotate) return Transform::translation(p);
  TRY(Vec3 tangent, kernel::edge_tangent(edge, t));
  tangent = Vec3{tangent.x, tangent.y, 0}.normalized();
  Vec3 z{0, 0, 1};
  Vec3 x = z.cross(tangent);  // left normal: the Frenet normal of a counter-clockwise curve
  // The curvature vector decides the side on curved edges (Frenet normal points to the centre).
  constexpr double h = 1e-3;
  double tc = std::clamp(t, h, 1 - h);
  auto a = kernel::edge_point(edge, tc - h), b = kernel::edge_point(edge, tc), c = kernel::edge_point(edge, tc + h);
  if (a && b && c) {
    Vec3 curv = *a + *c - *b * 2;
    if (curv.norm() > 1e-12 && curv.dot(x) < 0) x = -x;
  }
  Vec3 y = z.cross(x);
  Transform r;
  r.m = {x.x, y.x, z.x, p.x, x.y, y.y, z.y, p.y, x.z, y.z, z.z, p.z};
  return r;
}

}  // namespace cadscribe::cad::sketch_geom
