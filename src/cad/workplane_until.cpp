// cad/workplane_until.cpp — extrude(until="next"|"last"|Face) and cutBlind(until=...), CadQuery
// 2.x's "up to face" extrusions, for PLANAR limit faces.
//
// CadQuery casts a line from each sketch face's centre along the extrusion direction, sorts the
// solid's faces it crosses, and runs BRepFeat_MakeDPrism up to the chosen one. Here the crossing
// test is done against the planes of the solid's planar faces, accepting a hit when it lies in
// the face's bounding box (exact for axis-aligned faces, an approximation for slanted ones), and
// the prism is a long extrusion clipped by the limit face's plane. Curved limit faces fail with
// unsupported.feature.
#include <algorithm>
#include <cmath>

#include "cad/workplane.h"

namespace cadscribe::cad {

using kernel::Shape;
using kernel::ShapeType;
using math::Frame;
using math::Transform;
using math::Vec3;

namespace {

struct PlaneHit {
  double t;    // distance along the direction
  Vec3 point;  // a point of the limit plane
  Vec3 normal;
};

bool in_box(const mesh::Box& b, const Vec3& p, double tol) {
  return p.x >= b.min.x - tol && p.x <= b.max.x + tol && p.y >= b.min.y - tol && p.y <= b.max.y + tol &&
         p.z >= b.min.z - tol && p.z <= b.max.z + tol;
}

// Planar faces of `solid` crossed by the ray from `from` along `dir`, nearest first.
std::vector<PlaneHit> ray_hits(const Shape& solid, const Vec3& from, const Vec3& dir) {
  std::vector<PlaneHit> hits;
  for (const auto& f : kernel::sub_shapes(solid, ShapeType::kFace)) {
    if (kernel::geom_type(f) != "PLANE") continue;
    auto n = kernel::face_normal(f);
    if (!n) continue;
    double dn = dir.dot(*n);
    if (std::abs(dn) < 1e-9) continue;
    Vec3 q = kernel::center_of_mass(f);
    double t = (q - from).dot(*n) / dn;
    if (t <= 1e-7) continue;
    Vec3 p = from + dir * t;
    if (!in_box(kernel::bounding_box(f), p, 1e-6)) continue;
    hits.push_back({t, q, *n});
  }
  std::sort(hits.begin(), hits.end(), [](const PlaneHit& a, const PlaneHit& b) { return a.t < b.t; });
  // Coincident planes (a face split in two) count once.
  std::vector<PlaneHit> out;
  for (const auto& h : hits)
    if (out.empty() || h.t - out.back().t > 1e-7) out.push_back(h);
  return out;
}

// The face extruded along `dir` from its plane up to the plane (point q, normal m).
Result<Shape> prism_to_plane(py::CallContext& ctx, const std::string& fn, const Shape& face, const Vec3& dir,
                             const Vec3& q, const Vec3& m, double reach) {
  Vec3 c = kernel::center_of_mass(face);
  double dn = dir.dot(m);
  double t = (q - c).dot(m) / dn;
  if (t <= 0) return value_error(ctx, fn, "the limit face is behind the sketch");
  if (std::abs(std::abs(dn) - 1.0) < 1e-9) {  // parallel planes: a plain extrusion
    GEOM_TRY(Shape s, kernel::extrude({face}, dir * t, 0));
    return s;
  }
  GEOM_TRY(Shape longp, kernel::extrude({face}, dir * (t + reach), 0));
  // The half space on the sketch's side of the limit plane, as a big box.
  Vec3 away = (m.dot(dir) > 0) ? m : m * -1.0;
  Frame f = frame_from_dir(q, away);
  double b = 4 * reach + 4 * t;
  f.origin = f.to_world({-b / 2, -b / 2, -b});
  GEOM_TRY(Shape half, kernel::make_box(f, b, b, b));
  GEOM_TRY(Shape s, kernel::common(longp, half));
  return s;
}

}  // namespace

Result<std::vector<Shape>> extrude_until(WorkplaneObject& self, py::CallContext& ctx, const std::string& fn,
                                         const py::Value& until, bool additive, bool both) {
  TRY(Shape solid, self.find_solid(ctx, fn));
  std::optional<PlaneHit> fixed;
  int index = 0;  // 0 = next, -1 = last
  if (auto s = until.object_as<ShapeObject>()) {
    if (s->shape.type() != ShapeType::kFace) return value_error(ctx, fn, "until must be 'next', 'last' or a Face");
    if (kernel::geom_type(s->shape) != "PLANE")
      return ctx.error("unsupported.feature", fn + ": extruding until a non-planar face is not supported");
    GEOM_TRY(Vec3 n, kernel::face_normal(s->shape));
    fixed = PlaneHit{0, kernel::center_of_mass(s->shape), n};
  } else if (until.is_str() && until.as_str() == "last") {
    index = -1;
  } else if (!(until.is_str() && until.as_str() == "next")) {
    return value_error(ctx, fn, "until must be a number, 'next', 'last' or a Face");
  }
  TRY(auto faces, self.get_faces(ctx, fn));
  mesh::Box bb = kernel::loose_bounding_box(solid);  // only "far enough" matters
  double reach = bb.size().norm() + (bb.center() - self.plane.origin).norm() + 1.0;
  Vec3 n = self.plane.z_dir;
  std::vector<Shape> out;
  for (const auto& f : faces) {
    Vec3 c = kernel::center_of_mass(f);
    std::vector<Vec3> dirs{additive ? n : n * -1.0};
    if (both) dirs.push_back(dirs[0] * -1.0);
    for (const Vec3& d : dirs) {
      PlaneHit limit;
      if (fixed) {
        limit = *fixed;
      } else {
        auto hits = ray_hits(solid, c, d);
        if (hits.empty() && !both) {
          // CadQuery retries the other way: the workplane may face away from the solid.
          hits = ray_hits(solid, c, d * -1.0);
          if (!hits.empty()) {
            TRY(Shape s, prism_to_plane(ctx, fn, f, d * -1.0, (index == 0 ? hits.front() : hits.back()).point,
                                        (index == 0 ? hits.front() : hits.back()).normal, reach));
            out.push_back(s);
            continue;
          }
        }
        if (hits.empty())
          return value_error(ctx, fn, "Couldn't find a face to extrude/cut to. Check your workplane orientation.");
        // Like CadQuery: an additive "next" from inside the solid goes to the face after next.
        size_t k = index == 0 ? 0 : hits.size() - 1;
        if (index == 0 && additive && hits.size() > 1 && kernel::is_inside(solid, c)) k = 1;
        limit = hits[k];
      }
      TRY(Shape s, prism_to_plane(ctx, fn, f, d, limit.point, limit.normal, reach));
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace cadscribe::cad
