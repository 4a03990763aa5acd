// csg/cgal_mesh.cpp — Solid <-> exact Surface_mesh, soup repair, bounds (see cgal_mesh.h).
#include "csg/cgal_mesh.h"

#include <CGAL/Polygon_mesh_processing/orient_polygon_soup.h>
#include <CGAL/Polygon_mesh_processing/orientation.h>
#include <CGAL/Polygon_mesh_processing/polygon_soup_to_polygon_mesh.h>
#include <CGAL/Polygon_mesh_processing/repair_degeneracies.h>
#include <CGAL/Polygon_mesh_processing/repair_polygon_soup.h>
#include <CGAL/Polygon_mesh_processing/triangulate_faces.h>
#include <CGAL/boost/graph/helpers.h>

#include <cmath>
#include <exception>

namespace cadscribe::csg::detail {

namespace PMP = CGAL::Polygon_mesh_processing;

namespace {

// Zero-area triangles (collinear corners: openscad programs make them) break corefinement's
// preconditions: CGAL collapses them, keeping the mesh closed where it can.
bool remove_zero_area_faces(EMesh& m) {
  bool any = false;
  for (auto f : m.faces()) {
    auto h = m.halfedge(f);
    if (CGAL::collinear(m.point(m.source(h)), m.point(m.target(h)), m.point(m.target(m.next(h))))) {
      any = true;
      break;
    }
  }
  if (!any) return true;
  bool ok = PMP::remove_degenerate_faces(m);
  m.collect_garbage();
  return ok && CGAL::is_closed(m);
}

}  // namespace

void Bounds3::add(const Bounds3& o) {
  for (int i = 0; i < 3; ++i) {
    lo[i] = std::min(lo[i], o.lo[i]);
    hi[i] = std::max(hi[i], o.hi[i]);
  }
}

bool Bounds3::overlaps(const Bounds3& o) const {
  for (int i = 0; i < 3; ++i) {
    if (hi[i] < o.lo[i] || o.hi[i] < lo[i]) return false;
  }
  return true;
}

Bounds3 bounds_of(const Solid& s) {
  Bounds3 b;
  for (const auto& p : s.vertices) {
    const double c[3] = {p.x, p.y, p.z};
    for (int i = 0; i < 3; ++i) {
      b.lo[i] = std::min(b.lo[i], c[i]);
      b.hi[i] = std::max(b.hi[i], c[i]);
    }
  }
  return b;
}

Bounds3 bounds_of(const EMesh& m) {
  Bounds3 b;
  for (auto v : m.vertices()) {
    CGAL::Bbox_3 bb = m.point(v).bbox();  // interval bounds of the exact point: conservative
    const double l[3] = {bb.xmin(), bb.ymin(), bb.zmin()}, h[3] = {bb.xmax(), bb.ymax(), bb.zmax()};
    for (int i = 0; i < 3; ++i) {
      b.lo[i] = std::min(b.lo[i], l[i]);
      b.hi[i] = std::max(b.hi[i], h[i]);
    }
  }
  return b;
}

void append(EMesh& a, const EMesh& b) {
  if (b.number_of_faces() == 0) return;
  if (a.number_of_faces() == 0) {
    a = b;
    return;
  }
  a += b;  // Surface_mesh::operator+= copies b's elements with offset indices
}

base::Result<EMesh> soup_to_exact(std::vector<EPoint> points,
                                  std::vector<std::vector<size_t>> polygons,
                                  const std::string& fail_code) {
  try {
    PMP::repair_polygon_soup(points, polygons);
    if (polygons.empty()) {
      return base::make_diag(fail_code, "the mesh has no non-degenerate faces");
    }
    PMP::orient_polygon_soup(points, polygons);  // duplicates points where the soup is non-manifold
    EMesh m;
    PMP::polygon_soup_to_polygon_mesh(points, polygons, m);
    if (!CGAL::is_closed(m)) {
      return base::make_diag(fail_code, "the mesh is not closed (it has boundary edges)");
    }
    if (!CGAL::is_triangle_mesh(m) && !PMP::triangulate_faces(m)) {
      return base::make_diag(fail_code, "a face could not be triangulated");
    }
    if (!remove_zero_area_faces(m) || m.number_of_faces() == 0) {
      return base::make_diag(fail_code, "the mesh is degenerate (zero-area faces that cannot be collapsed)");
    }
    PMP::orient_to_bound_a_volume(m);
    return m;
  } catch (const std::exception& e) {
    return base::make_diag(fail_code, std::string("mesh repair failed: ") + e.what());
  }
}

base::Result<EMesh> to_exact(const Solid& s) {
  EMesh m;
  for (const auto& p : s.vertices) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
      return base::make_diag("geom.nonfinite", "a vertex has a NaN or infinite coordinate");
    }
  }
  m.reserve(s.vertices.size(), s.triangles.size() * 3 / 2, s.triangles.size());
  for (const auto& p : s.vertices) m.add_vertex(EPoint(p.x, p.y, p.z));
  bool ok = true;
  const bool inverted = s.volume() < 0;  // a consistently inverted operand is flipped
  const auto n = static_cast<uint32_t>(s.vertices.size());
  for (const auto& t : s.triangles) {
    if (t[0] >= n || t[1] >= n || t[2] >= n) {
      return base::make_diag("geom.not_closed", "a triangle index is out of range");
    }
    if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2]) continue;
    auto f = inverted ? m.add_face(EMesh::Vertex_index(t[0]), EMesh::Vertex_index(t[2]), EMesh::Vertex_index(t[1]))
                      : m.add_face(EMesh::Vertex_index(t[0]), EMesh::Vertex_index(t[1]), EMesh::Vertex_index(t[2]));
    if (f == EMesh::null_face()) {
      ok = false;
      break;
    }
  }
  if (ok && CGAL::is_closed(m)) {
    // Drop isolated vertices so vertex counts reflect the surface.
    bool isolated = false;
    for (auto v : m.vertices()) {
      if (m.is_isolated(v)) {
        m.remove_vertex(v);
        isolated = true;
      }
    }
    if (isolated) m.collect_garbage();
    try {
      if (remove_zero_area_faces(m)) return m;
    } catch (const std::exception&) {
    }
  }
  std::vector<EPoint> pts;
  pts.reserve(s.vertices.size());
  for (const auto& p : s.vertices) pts.emplace_back(p.x, p.y, p.z);
  std::vector<std::vector<size_t>> polys;
  polys.reserve(s.triangles.size());
  for (const auto& t : s.triangles) polys.push_back({t[0], t[1], t[2]});
  return soup_to_exact(std::move(pts), std::move(polys), "geom.not_closed");
}

Solid from_exact(const EMesh& m) {
  Solid s;
  s.vertices.reserve(m.number_of_vertices());
  std::vector<uint32_t> index(m.num_vertices(), 0);
  for (auto v : m.vertices()) {
    const EPoint& p = m.point(v);
    index[v.idx()] = static_cast<uint32_t>(s.vertices.size());
    s.vertices.emplace_back(CGAL::to_double(p.x()), CGAL::to_double(p.y()), CGAL::to_double(p.z()));
  }
  s.triangles.reserve(m.number_of_faces());
  for (auto f : m.faces()) {
    std::vector<uint32_t> loop;
    for (auto v : CGAL::vertices_around_face(m.halfedge(f), m)) loop.push_back(index[v.idx()]);
    for (size_t i = 1; i + 1 < loop.size(); ++i) s.triangles.push_back({loop[0], loop[i], loop[i + 1]});
  }
  return s;
}

}  // namespace cadscribe::csg::detail
