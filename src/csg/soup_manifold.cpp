// csg/soup_manifold.cpp — a closed, consistently oriented triangle soup (Nef polyhedra's output)
// made into a 2-manifold Surface_mesh by splitting it where it is not one (see cgal_mesh.h).
//
// At an edge shared by 2k triangles (solids touching along it), the triangles are sorted by the
// angle of their fins around the edge; going round in the positive sense, the solid lies after
// each triangle that runs the edge backwards, so each such triangle is glued to the next one
// (which runs it forwards). Corners glued through those pairings form the fans around each
// vertex; every fan becomes its own vertex (the points are copied), so the mesh is manifold and
// keeps every triangle. The copies coincide in space: the mesh touches itself there, as the solid
// does.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "csg/cgal_mesh.h"
#include "csg/detail2d.h"

namespace cadscribe::csg::detail {

namespace {

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(size_t a, size_t b) { parent[find(a)] = find(b); }
};

struct Vec {
  double x, y, z;
};
Vec sub(const Vec& a, const Vec& b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
Vec cross(const Vec& a, const Vec& b) { return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; }
double dot(const Vec& a, const Vec& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

// The fan (class) of every corner (3 * triangle + i) of a closed, consistently oriented soup.
base::Result<std::vector<size_t>> corner_fans(const std::vector<Vec>& p,
                                              const std::vector<std::array<size_t, 3>>& tris) {
  // halfedge id = 3 * triangle + corner (from tris[t][i] to tris[t][(i+1)%3])
  std::map<std::pair<size_t, size_t>, std::vector<size_t>> edges;  // undirected (lo, hi) -> halfedges
  for (size_t t = 0; t < tris.size(); ++t) {
    for (size_t i = 0; i < 3; ++i) {
      size_t a = tris[t][i], b = tris[t][(i + 1) % 3];
      if (a == b) return base::make_diag("geom.boolean_failed", "degenerate triangle in a closed mesh");
      edges[{std::min(a, b), std::max(a, b)}].push_back(3 * t + i);
    }
  }
  std::vector<size_t> partner(tris.size() * 3, SIZE_MAX);
  for (auto& [key, hs] : edges) {
    auto [lo, hi] = key;
    auto forward = [&](size_t h) { return tris[h / 3][h % 3] == lo; };
    size_t nf = static_cast<size_t>(std::count_if(hs.begin(), hs.end(), forward));
    if (nf * 2 != hs.size()) return base::make_diag("geom.boolean_failed", "the mesh is not closed");
    if (hs.size() == 2) {
      partner[hs[0]] = hs[1];
      partner[hs[1]] = hs[0];
      continue;
    }
    Vec e = sub(p[hi], p[lo]);
    Vec ref = std::fabs(e.x) < std::fabs(e.y) ? (std::fabs(e.x) < std::fabs(e.z) ? Vec{1, 0, 0} : Vec{0, 0, 1})
                                              : (std::fabs(e.y) < std::fabs(e.z) ? Vec{0, 1, 0} : Vec{0, 0, 1});
    Vec u1 = cross(e, ref), u2 = cross(e, u1);  // (u1, u2, e) right-handed up to scale
    std::vector<std::pair<double, size_t>> fins;
    for (size_t h : hs) {
      const auto& t = tris[h / 3];
      size_t c = t[(h % 3 + 2) % 3];
      Vec d = sub(p[c], p[lo]);
      fins.push_back({std::atan2(dot(d, u2), dot(d, u1)), h});
    }
    std::sort(fins.begin(), fins.end());
    for (size_t k = 0; k < fins.size(); ++k) {
      size_t h = fins[k].second;
      if (forward(h)) continue;
      size_t next = fins[(k + 1) % fins.size()].second;
      if (!forward(next)) return base::make_diag("geom.boolean_failed", "the mesh's edge fins do not alternate (inconsistent orientation)");
      partner[h] = next;
      partner[next] = h;
    }
  }
  UnionFind corners(tris.size() * 3);  // corner id = 3 * triangle + i (the vertex tris[t][i])
  for (size_t h = 0; h < partner.size(); ++h) {
    size_t g = partner[h];
    if (g == SIZE_MAX) return base::make_diag("geom.boolean_failed", "the mesh's edges do not pair");
    size_t t = h / 3, i = h % 3, s = g / 3, j = g % 3;
    corners.join(3 * t + i, 3 * s + (j + 1) % 3);
    corners.join(3 * t + (i + 1) % 3, 3 * s + j);
  }
  std::vector<size_t> fan(tris.size() * 3);
  for (size_t c = 0; c < fan.size(); ++c) fan[c] = corners.find(c);
  return fan;
}

}  // namespace

base::Result<EMesh> oriented_soup_to_manifold(const std::vector<EPoint>& points,
                                              const std::vector<std::array<size_t, 3>>& tris) {
  std::vector<Vec> p;
  p.reserve(points.size());
  for (const auto& q : points) p.push_back({CGAL::to_double(q.x()), CGAL::to_double(q.y()), CGAL::to_double(q.z())});
  TRY(std::vector<size_t> fan, corner_fans(p, tris));
  EMesh m;
  std::map<size_t, EMesh::Vertex_index> vertex_of_class;
  std::vector<EMesh::Vertex_index> vid(tris.size() * 3);
  for (size_t c = 0; c < vid.size(); ++c) {
    auto it = vertex_of_class.find(fan[c]);
    if (it == vertex_of_class.end()) it = vertex_of_class.emplace(fan[c], m.add_vertex(points[tris[c / 3][c % 3]])).first;
    vid[c] = it->second;
  }
  for (size_t t = 0; t < tris.size(); ++t) {
    if (m.add_face(vid[3 * t], vid[3 * t + 1], vid[3 * t + 2]) == EMesh::null_face()) {
      return base::make_diag("geom.boolean_failed", "a Nef result could not be made manifold");
    }
  }
  if (!CGAL::is_closed(m)) return base::make_diag("geom.boolean_failed", "a Nef result is not closed");
  return m;
}

Solid split_nonmanifold(const Solid& s) {
  std::vector<Vec> p;
  p.reserve(s.vertices.size());
  for (const auto& q : s.vertices) p.push_back({q.x, q.y, q.z});
  std::vector<std::array<size_t, 3>> tris;
  tris.reserve(s.triangles.size());
  for (const auto& t : s.triangles) tris.push_back({t[0], t[1], t[2]});
  auto fan = corner_fans(p, tris);
  if (!fan) return s;
  Solid out;
  std::map<size_t, uint32_t> vertex_of_class;
  out.triangles.resize(s.triangles.size());
  for (size_t c = 0; c < tris.size() * 3; ++c) {
    auto it = vertex_of_class.find((*fan)[c]);
    if (it == vertex_of_class.end()) {
      it = vertex_of_class.emplace((*fan)[c], static_cast<uint32_t>(out.vertices.size())).first;
      out.vertices.push_back(s.vertices[tris[c / 3][c % 3]]);
    }
    out.triangles[c / 3][c % 3] = it->second;
  }
  return out;
}

}  // namespace cadscribe::csg::detail
