#include "mesh/primitives.h"

#include <cmath>
#include <numbers>

#include "base/check.h"

namespace cadscribe::mesh {

using math::Vec3;

namespace {

uint32_t add_vertex(Mesh& m, const Vec3& p) {
  m.positions.push_back({float(p.x), float(p.y), float(p.z)});
  return static_cast<uint32_t>(m.positions.size() - 1);
}

// A closed surface of revolution around Z from a profile (r, z) listed from bottom to top; a
// profile point with r == 0 is a pole and becomes a single vertex.
Mesh revolve_profile(const Vec3& c, const std::vector<std::pair<double, double>>& profile, int segments) {
  Mesh m;
  std::vector<std::vector<uint32_t>> rings;
  for (auto [r, z] : profile) {
    std::vector<uint32_t> ring;
    if (r == 0) {
      ring.assign(segments, add_vertex(m, c + Vec3{0, 0, z}));
    } else {
      for (int i = 0; i < segments; ++i) {
        double a = 2 * std::numbers::pi * i / segments;
        ring.push_back(add_vertex(m, c + Vec3{r * std::cos(a), r * std::sin(a), z}));
      }
    }
    rings.push_back(ring);
  }
  for (size_t k = 0; k + 1 < rings.size(); ++k) {
    const auto& lo = rings[k];
    const auto& hi = rings[k + 1];
    for (int i = 0; i < segments; ++i) {
      int j = (i + 1) % segments;
      if (lo[i] != lo[j]) m.triangles.push_back({lo[i], lo[j], hi[j]});
      if (hi[i] != hi[j]) m.triangles.push_back({lo[i], hi[j], hi[i]});
    }
  }
  return m;
}

}  // namespace

Mesh make_box(const Vec3& lo, const Vec3& hi) {
  Mesh m;
  for (int i = 0; i < 8; ++i)
    add_vertex(m, {(i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z});
  // Corner index = x | y<<1 | z<<2; each face as two counter-clockwise triangles seen from outside.
  const uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
  for (const auto& q : quads) {
    m.triangles.push_back({q[0], q[1], q[2]});
    m.triangles.push_back({q[0], q[2], q[3]});
  }
  return m;
}

Mesh make_sphere(const Vec3& center, double radius, int segments, int rings) {
  CHECK(segments >= 3 && rings >= 2);
  std::vector<std::pair<double, double>> profile;
  for (int k = 0; k <= rings; ++k) {
    double phi = std::numbers::pi * k / rings;  // from the south pole up
    double r = k == 0 || k == rings ? 0.0 : radius * std::sin(phi);
    profile.emplace_back(r, -radius * std::cos(phi));
  }
  return revolve_profile(center, profile, segments);
}

Mesh make_cylinder(const Vec3& base, double radius, double height, int segments, double top_radius) {
  CHECK(segments >= 3);
  if (top_radius < 0) top_radius = radius;
  return revolve_profile(base, {{0, 0}, {radius, 0}, {top_radius, height}, {0, height}}, segments);
}

Mesh make_torus(const Vec3& center, double major, double minor, int segments, int tube_segments) {
  CHECK(segments >= 3 && tube_segments >= 3 && minor < major);
  Mesh m;
  for (int i = 0; i < segments; ++i) {
    double a = 2 * std::numbers::pi * i / segments;
    for (int k = 0; k < tube_segments; ++k) {
      double b = 2 * std::numbers::pi * k / tube_segments;
      double r = major + minor * std::cos(b);
      add_vertex(m, center + Vec3{r * std::cos(a), r * std::sin(a), minor * std::sin(b)});
    }
  }
  auto id = [&](int i, int k) {
    return static_cast<uint32_t>((i % segments) * tube_segments + (k % tube_segments));
  };
  for (int i = 0; i < segments; ++i)
    for (int k = 0; k < tube_segments; ++k) {
      m.triangles.push_back({id(i, k), id(i + 1, k), id(i + 1, k + 1)});
      m.triangles.push_back({id(i, k), id(i + 1, k + 1), id(i, k + 1)});
    }
  return m;
}

Mesh transformed(const Mesh& mesh, const math::Transform& t) {
  Mesh out = mesh;
  for (auto& p : out.positions) {
    Vec3 q = t.apply({p[0], p[1], p[2]});
    p = {float(q.x), float(q.y), float(q.z)};
  }
  const auto& a = t.m;  // determinant of the linear part decides mirroring
  double det = a[0] * (a[5] * a[10] - a[6] * a[9]) - a[1] * (a[4] * a[10] - a[6] * a[8]) +
               a[2] * (a[4] * a[9] - a[5] * a[8]);
  if (det < 0)
    for (auto& tri : out.triangles) std::swap(tri[1], tri[2]);
  return out;
}

}  // namespace cadscribe::mesh
