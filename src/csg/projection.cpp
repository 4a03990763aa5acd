// csg/projection.cpp — projection() (ops.h).
// Shadow (cut=false): the union of the up-facing triangles' projections on z=0 (non-zero fill), as
// openscad unions the projected faces. Section (cut=true): the loops where triangles cross z=0,
// chained by the crossed edges and even-odd filled, once with points at z=0 counted as below and
// once as above, united (a face lying in z=0 is in the section on either side, as openscad shows).
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "csg/detail2d.h"
#include "csg/ops.h"

namespace cadscribe::csg {

namespace {

Polygon2 shadow(const Solid& s) {
  std::vector<Ring> rings;
  rings.reserve(s.triangles.size());
  for (const auto& t : s.triangles) {
    Ring r;
    for (uint32_t k : t) r.push_back({s.vertices[k].x, s.vertices[k].y});
    double a = (r[1].x - r[0].x) * (r[2].y - r[0].y) - (r[1].y - r[0].y) * (r[2].x - r[0].x);
    // On a closed outward mesh the up-facing triangles (CCW seen from +z) cover the shadow.
    if (!(a > 0)) continue;
    rings.push_back(std::move(r));
  }
  return detail::fill_rings(rings, false);
}

// The section just above z=0 (points at z=0 count as below) or just below it.
Polygon2 section_near(const Solid& s, bool just_above) {
  auto above = [&](uint32_t k) { return just_above ? s.vertices[k].z > 0 : s.vertices[k].z >= 0; };
  using Edge = std::pair<uint32_t, uint32_t>;
  auto key = [](uint32_t a, uint32_t b) { return a < b ? Edge{a, b} : Edge{b, a}; };
  // Each crossing triangle contributes one segment between two crossed edges.
  std::map<Edge, std::vector<Edge>> links;
  for (const auto& t : s.triangles) {
    std::vector<Edge> crossed;
    for (int i = 0; i < 3; ++i) {
      uint32_t a = t[i], b = t[(i + 1) % 3];
      if (above(a) != above(b)) crossed.push_back(key(a, b));
    }
    if (crossed.size() != 2) continue;
    links[crossed[0]].push_back(crossed[1]);
    links[crossed[1]].push_back(crossed[0]);
  }
  auto point = [&](const Edge& e) {
    const auto& p = s.vertices[e.first];
    const auto& q = s.vertices[e.second];
    double u = p.z / (p.z - q.z);
    return Point2{p.x + (q.x - p.x) * u, p.y + (q.y - p.y) * u};
  };
  std::map<Edge, bool> used;
  std::vector<Ring> rings;
  for (const auto& [start, _] : links) {
    if (used[start]) continue;
    Ring r;
    Edge prev = start, cur = start;
    while (!used[cur]) {
      used[cur] = true;
      r.push_back(point(cur));
      const auto& next = links[cur];
      Edge nxt = cur;
      for (const auto& n : next) {
        if (!used[n]) {
          nxt = n;
          break;
        }
      }
      if (nxt == cur) break;
      prev = cur;
      cur = nxt;
    }
    (void)prev;
    if (r.size() >= 3) rings.push_back(std::move(r));
  }
  return detail::fill_rings(rings, true);
}

// openscad intersects with the plane itself: a face lying in z=0 is in the section whichever side
// the solid is on, so the sections just above and just below are united.
Polygon2 section(const Solid& s) {
  return boolean2(BoolOp::kUnion, {section_near(s, true), section_near(s, false)});
}

}  // namespace

Polygon2 projection(const Solid& s, bool cut) {
  if (s.empty()) return {};
  for (const auto& p : s.vertices) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) return {};
  }
  return cut ? section(s) : shadow(s);
}

}  // namespace cadscribe::csg
