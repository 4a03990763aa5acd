// csg/triangulate.cpp — constrained Delaunay triangulation of a 2D region (CGAL), exact-position
// welding, openscad's degree trigonometry, and triangulate2 (ops.h).
#include <CGAL/Constrained_Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Triangulation_face_base_with_info_2.h>
#include <CGAL/Triangulation_vertex_base_with_info_2.h>

#include <cmath>
#include <exception>
#include <list>
#include <map>
#include <set>
#include <tuple>

#include "csg/detail2d.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace detail {

namespace {

using K = CGAL::Exact_predicates_inexact_constructions_kernel;
struct FaceInfo {
  int nesting = -1;
};
using Vb = CGAL::Triangulation_vertex_base_with_info_2<uint32_t, K>;
using Fbi = CGAL::Triangulation_face_base_with_info_2<FaceInfo, K>;
using Fb = CGAL::Constrained_triangulation_face_base_2<K, Fbi>;
using Tds = CGAL::Triangulation_data_structure_2<Vb, Fb>;
using Cdt = CGAL::Constrained_Delaunay_triangulation_2<K, Tds, CGAL::Exact_predicates_tag>;

// Flood the faces from the infinite one: nesting level increases across each constraint; the
// region (even-odd fill) is the odd levels. This is CGAL's polygon_triangulation example's idea.
void mark_domains(Cdt& cdt) {
  for (auto f : cdt.all_face_handles()) f->info().nesting = -1;
  std::list<Cdt::Edge> border;
  auto flood = [&](Cdt::Face_handle start, int level) {
    std::list<Cdt::Face_handle> queue{start};
    while (!queue.empty()) {
      auto fh = queue.front();
      queue.pop_front();
      if (fh->info().nesting != -1) continue;
      fh->info().nesting = level;
      for (int i = 0; i < 3; ++i) {
        auto n = fh->neighbor(i);
        if (n->info().nesting != -1) continue;
        if (cdt.is_constrained(Cdt::Edge(fh, i))) {
          border.emplace_back(fh, i);
        } else {
          queue.push_back(n);
        }
      }
    }
  };
  flood(cdt.infinite_face(), 0);
  while (!border.empty()) {
    Cdt::Edge e = border.front();
    border.pop_front();
    auto n = e.first->neighbor(e.second);
    if (n->info().nesting == -1) flood(n, e.first->info().nesting + 1);
  }
}

}  // namespace

Triangulation2 triangulate_region(const Polygon2& p) {
  Triangulation2 out;
  for (const auto& r : p.rings) out.points.insert(out.points.end(), r.begin(), r.end());
  if (out.points.size() < 3) return out;
  try {
    Cdt cdt;
    uint32_t base = 0;
    std::vector<std::vector<Cdt::Vertex_handle>> handles;
    std::set<Cdt::Vertex_handle> assigned;
    for (const auto& r : p.rings) {
      std::vector<Cdt::Vertex_handle> vh;
      for (size_t i = 0; i < r.size(); ++i) {
        if (!std::isfinite(r[i].x) || !std::isfinite(r[i].y)) continue;
        auto v = cdt.insert(K::Point_2(r[i].x, r[i].y));
        if (assigned.insert(v).second) v->info() = base + static_cast<uint32_t>(i);
        vh.push_back(v);
      }
      handles.push_back(std::move(vh));
      base += static_cast<uint32_t>(r.size());
    }
    for (const auto& vh : handles) {
      for (size_t i = 0; i < vh.size(); ++i) {
        auto a = vh[i], b = vh[(i + 1) % vh.size()];
        if (a != b) cdt.insert_constraint(a, b);
      }
    }
    for (auto v : cdt.finite_vertex_handles()) {
      if (!assigned.count(v)) {  // a point where two rings cross
        v->info() = static_cast<uint32_t>(out.points.size());
        out.points.push_back({v->point().x(), v->point().y()});
      }
    }
    mark_domains(cdt);
    for (auto f : cdt.finite_face_handles()) {
      if (f->info().nesting % 2 != 1) continue;
      out.triangles.push_back({f->vertex(0)->info(), f->vertex(1)->info(), f->vertex(2)->info()});
    }
  } catch (const std::exception&) {
    out.triangles.clear();  // crossing constraints CGAL could not resolve: an empty cap
  }
  return out;
}

Solid weld_exact(const Solid& s) {
  struct Key {
    double x, y, z;
    bool operator<(const Key& o) const { return std::tie(x, y, z) < std::tie(o.x, o.y, o.z); }
  };
  std::map<Key, uint32_t> index;
  Solid out;
  std::vector<uint32_t> remap(s.vertices.size());
  for (size_t i = 0; i < s.vertices.size(); ++i) {
    const auto& p = s.vertices[i];
    Key k{p.x + 0.0, p.y + 0.0, p.z + 0.0};  // -0 + 0 = +0
    auto [it, inserted] = index.try_emplace(k, static_cast<uint32_t>(out.vertices.size()));
    if (inserted) out.vertices.push_back(p);
    remap[i] = it->second;
  }
  std::map<std::array<uint32_t, 3>, size_t> seen;  // canonical rotation -> position in out
  std::vector<bool> dead;
  for (const auto& t : s.triangles) {
    std::array<uint32_t, 3> r{remap[t[0]], remap[t[1]], remap[t[2]]};
    if (r[0] == r[1] || r[1] == r[2] || r[0] == r[2]) continue;
    // canonical rotation (smallest first) and its reverse
    auto rot = [](std::array<uint32_t, 3> a) {
      while (a[0] > a[1] || a[0] > a[2]) a = {a[1], a[2], a[0]};
      return a;
    };
    auto c = rot(r);
    auto rev = rot({r[0], r[2], r[1]});
    auto it = seen.find(rev);
    if (it != seen.end() && !dead[it->second]) {  // two opposite copies: both go
      dead[it->second] = true;
      seen.erase(it);
      continue;
    }
    seen[c] = out.triangles.size();
    out.triangles.push_back(r);
    dead.push_back(false);
  }
  Solid fin;
  fin.vertices = std::move(out.vertices);
  for (size_t i = 0; i < out.triangles.size(); ++i) {
    if (!dead[i]) fin.triangles.push_back(out.triangles[i]);
  }
  return fin;
}

double sin_deg(double x) {
  if (!std::isfinite(x)) return std::nan("");
  x = std::fmod(x, 360.0);
  if (x < 0) x += 360.0;
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) x = 180.0 - x;
  double r;
  if (x < 45.0) {
    r = x == 30.0 ? 0.5 : std::sin(M_PI * x / 180.0);
  } else if (x == 45.0) {
    r = M_SQRT1_2;
  } else {
    r = std::cos(M_PI * (90.0 - x) / 180.0);
  }
  return oppose ? -r : r;
}

double cos_deg(double x) {
  if (!std::isfinite(x)) return std::nan("");
  x = std::fmod(x, 360.0);
  if (x < 0) x += 360.0;
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) {
    x = 180.0 - x;
    oppose = !oppose;
  }
  double r;
  if (x > 45.0) {
    r = x == 60.0 ? 0.5 : std::sin(M_PI * (90.0 - x) / 180.0);
  } else if (x == 45.0) {
    r = M_SQRT1_2;
  } else {
    r = std::cos(M_PI * x / 180.0);
  }
  return oppose ? -r : r;
}

}  // namespace detail

Solid triangulate2(const Polygon2& p) {
  detail::Triangulation2 t = detail::triangulate_region(p);
  Solid s;
  s.vertices.reserve(t.points.size());
  for (const auto& q : t.points) s.vertices.emplace_back(q.x, q.y, 0.0);
  s.triangles = std::move(t.triangles);
  return s;
}

}  // namespace cadscribe::csg
