// csg/geometry.cpp — measures, conversions and transforms of the plain csg data (geometry.h).
// No CGAL or Clipper here: this file is cheap to compile and is what cad/ links first.
#include "csg/geometry.h"

#include <algorithm>
#include <cmath>

namespace cadscribe::csg {

using math::Vec3;

double Polygon2::area() const {
  double a = 0;
  for (const auto& ring : rings) {
    size_t n = ring.size();
    for (size_t i = 0; i < n; ++i) {
      const Point2& p = ring[i];
      const Point2& q = ring[(i + 1) % n];
      a += p.x * q.y - q.x * p.y;
    }
  }
  return a * 0.5;
}

double Solid::volume() const {
  // Divergence theorem about the bounding-box centre: smaller terms, less cancellation.
  Vec3 c = bounds().center();
  double v = 0;
  for (const auto& t : triangles) {
    Vec3 a = vertices[t[0]] - c, b = vertices[t[1]] - c, d = vertices[t[2]] - c;
    v += a.dot(b.cross(d));
  }
  return v / 6.0;
}

mesh::Box Solid::bounds() const {
  mesh::Box b;
  for (const auto& p : vertices) b.add(p);
  return b;
}

mesh::Mesh to_mesh(const Solid& s) {
  mesh::Mesh m;
  m.positions.reserve(s.vertices.size());
  for (const auto& p : s.vertices) {
    m.positions.push_back({static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(p.z)});
  }
  m.triangles = s.triangles;
  return m;
}

Solid from_mesh(const mesh::Mesh& m) {
  Solid s;
  s.vertices.reserve(m.positions.size());
  for (const auto& p : m.positions) s.vertices.emplace_back(p[0], p[1], p[2]);
  s.triangles = m.triangles;
  return s;
}

// Solid transformed(): exact_form.cpp (it carries the exact form along).

Polygon2 transformed(const Polygon2& p, const Matrix4& m) {
  Polygon2 out;
  out.rings.reserve(p.rings.size());
  // The x/y part: [m0 m1 m3; m4 m5 m7]. A mirror reverses every ring so outer rings stay CCW.
  double det = m[0] * m[5] - m[1] * m[4];
  for (const auto& ring : p.rings) {
    Ring r;
    r.reserve(ring.size());
    for (const auto& q : ring) {
      r.push_back({m[0] * q.x + m[1] * q.y + m[3], m[4] * q.x + m[5] * q.y + m[7]});
    }
    if (det < 0) std::reverse(r.begin(), r.end());
    out.rings.push_back(std::move(r));
  }
  return out;
}

}  // namespace cadscribe::csg
