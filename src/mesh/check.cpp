// mesh/check.cpp — inspect(), require_closed(), welded().
#include "mesh/check.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

#include "base/check.h"

namespace cadscribe::mesh {
namespace {

using math::Vec3;

Vec3 vec(const std::array<float, 3>& p) { return {p[0], p[1], p[2]}; }

uint32_t find_root(std::vector<uint32_t>& parent, uint32_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// LSD radix sort of keys whose significant bits are the low `bits`; 11-bit digits keep the
// histogram in L1 and need 3 passes for meshes up to ~16k vertices, 4 up to ~1M.
void radix_sort(std::vector<uint64_t>& keys, int bits) {
  constexpr int kDigit = 11;
  constexpr size_t kBuckets = size_t(1) << kDigit;
  std::vector<uint64_t> tmp(keys.size());
  std::vector<uint32_t> count(kBuckets);
  for (int shift = 0; shift < bits; shift += kDigit) {
    std::fill(count.begin(), count.end(), 0);
    for (uint64_t k : keys) ++count[(k >> shift) & (kBuckets - 1)];
    uint32_t sum = 0;
    for (auto& c : count) {
      uint32_t n = c;
      c = sum;
      sum += n;
    }
    for (uint64_t k : keys) tmp[count[(k >> shift) & (kBuckets - 1)]++] = k;
    keys.swap(tmp);
  }
}

// Tallies runs of equal undirected edges in a sorted sequence: size(), edge(i), forward(i).
template <typename Edge, typename Forward>
void tally_edges(size_t n, Edge edge, Forward forward, MeshReport& r) {
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && edge(j) == edge(i)) ++j;
    size_t uses = j - i;
    if (uses == 1) ++r.boundary_edges;
    else if (uses > 2) ++r.nonmanifold_edges;
    else if (forward(i) == forward(i + 1)) ++r.misoriented_edges;
    i = j;
  }
}

void count_edges(const Mesh& mesh, MeshReport& r) {
  const size_t nv = mesh.positions.size();
  const int vbits = std::max(1, static_cast<int>(std::bit_width(nv > 0 ? nv - 1 : 0)));
  if (2 * vbits + 1 <= 64) {
    // key = (low index, high index, direction bit): equal edges sort next to each other.
    std::vector<uint64_t> keys;
    keys.reserve(mesh.triangles.size() * 3);
    for (const auto& t : mesh.triangles)
      for (int i = 0; i < 3; ++i) {
        uint64_t a = t[i], b = t[(i + 1) % 3];
        if (a == b) continue;
        uint64_t lo = std::min(a, b), hi = std::max(a, b);
        keys.push_back((((lo << vbits) | hi) << 1) | (a < b ? 1 : 0));
      }
    radix_sort(keys, 2 * vbits + 1);
    tally_edges(
        keys.size(), [&](size_t i) { return keys[i] >> 1; }, [&](size_t i) { return keys[i] & 1; }, r);
    return;
  }
  std::vector<std::pair<uint64_t, bool>> edges;  // more than 2^31 vertices: no room to pack
  for (const auto& t : mesh.triangles)
    for (int i = 0; i < 3; ++i) {
      uint64_t a = t[i], b = t[(i + 1) % 3];
      if (a != b) edges.push_back({(std::min(a, b) << 32) | std::max(a, b), a < b});
    }
  std::sort(edges.begin(), edges.end());
  tally_edges(
      edges.size(), [&](size_t i) { return edges[i].first; }, [&](size_t i) { return edges[i].second; }, r);
}

int count_components(const Mesh& mesh) {
  const size_t nv = mesh.positions.size();
  std::vector<uint32_t> parent(nv);
  for (uint32_t i = 0; i < nv; ++i) parent[i] = i;
  auto unite = [&](uint32_t a, uint32_t b) {
    a = find_root(parent, a);
    b = find_root(parent, b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  };
  std::vector<uint8_t> used(nv, 0);
  for (const auto& t : mesh.triangles) {
    unite(t[0], t[1]);
    unite(t[0], t[2]);
    used[t[0]] = used[t[1]] = used[t[2]] = 1;
  }
  int n = 0;
  for (uint32_t i = 0; i < nv; ++i)
    if (used[i] && find_root(parent, i) == i) ++n;
  return n;
}

}  // namespace

MeshReport inspect(const Mesh& mesh) {
  MeshReport r;
  r.vertices = mesh.positions.size();
  r.triangles = mesh.triangles.size();
  for (const auto& p : mesh.positions)
    if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2])) r.finite = false;
  r.bounds = mesh.bounds();
  Vec3 size = r.bounds.size();
  const double min_area = 1e-12 * size.dot(size);
  double six_volume = 0;
  for (const auto& t : mesh.triangles) {
    CHECK(t[0] < r.vertices && t[1] < r.vertices && t[2] < r.vertices);
    Vec3 a = vec(mesh.positions[t[0]]), b = vec(mesh.positions[t[1]]), c = vec(mesh.positions[t[2]]);
    six_volume += a.dot(b.cross(c));
    double area = 0.5 * (b - a).cross(c - a).norm();
    if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2] || area < min_area || area == 0) ++r.degenerate_triangles;
  }
  r.volume = six_volume / 6;
  count_edges(mesh, r);
  r.components = count_components(mesh);
  r.closed = r.triangles > 0 && r.boundary_edges == 0 && r.nonmanifold_edges == 0;
  r.oriented = r.closed && r.misoriented_edges == 0;
  return r;
}

base::Status require_closed(const Mesh& mesh, const std::string& name) {
  MeshReport r = inspect(mesh);
  base::SourceSpan span;
  span.file = name;
  auto counts = [&r] {
    return " (" + std::to_string(r.triangles) + " triangles, " + std::to_string(r.boundary_edges) +
           " boundary edges, " + std::to_string(r.nonmanifold_edges) + " non-manifold edges)";
  };
  if (r.triangles == 0) return base::make_diag("validity.empty_mesh", "mesh '" + name + "' has no triangles", span);
  if (!r.finite)
    return base::make_diag("validity.nonfinite_mesh", "mesh '" + name + "' has NaN or infinite positions", span);
  if (r.boundary_edges > 0)
    return base::make_diag("validity.open_mesh", "mesh '" + name + "' is not closed" + counts(), span);
  if (r.nonmanifold_edges > 0)
    return base::make_diag("validity.nonmanifold_mesh", "mesh '" + name + "' is not manifold" + counts(), span);
  return base::ok_status();
}

namespace {

struct Cell {
  int64_t x, y, z;
  bool operator==(const Cell&) const = default;
};
struct CellHash {
  size_t operator()(const Cell& c) const {
    uint64_t h = uint64_t(c.x) * 0x9E3779B97F4A7C15ull ^ uint64_t(c.y) * 0xC2B2AE3D27D4EB4Full ^
                 uint64_t(c.z) * 0x165667B19E3779F9ull;
    return static_cast<size_t>(h ^ (h >> 31));
  }
};

int64_t cell_coord(double v) {
  constexpr double kLimit = 4.0e18;  // keep the conversion defined; far cells just share a bucket
  return static_cast<int64_t>(std::clamp(std::floor(v), -kLimit, kLimit));
}

}  // namespace

Mesh welded(const Mesh& mesh, double tolerance) {
  const size_t nv = mesh.positions.size();
  std::vector<uint32_t> remap(nv);
  Mesh out;
  // Cells of size 2·tolerance: everything within reach of a point lies in the 2×2×2 block of
  // cells on the side of the point's cell nearest to it. Lookups only; no iteration over the map.
  const bool exact = !(tolerance > 0);
  const double inv = exact ? 0 : 1 / (2 * tolerance);
  const double tol2 = exact ? 0 : tolerance * tolerance;
  std::unordered_map<Cell, std::vector<uint32_t>, CellHash> grid;  // kept vertex ids, ascending
  grid.reserve(nv);
  for (uint32_t i = 0; i < nv; ++i) {
    const auto& p = mesh.positions[i];
    bool finite = std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]);
    Cell home{};
    uint32_t best = UINT32_MAX;
    if (finite && exact) {
      home = {std::bit_cast<int32_t>(p[0] + 0.0f), std::bit_cast<int32_t>(p[1] + 0.0f),
              std::bit_cast<int32_t>(p[2] + 0.0f)};
      if (auto it = grid.find(home); it != grid.end()) best = it->second.front();
    } else if (finite) {
      double q[3] = {p[0] * inv, p[1] * inv, p[2] * inv};
      home = {cell_coord(q[0]), cell_coord(q[1]), cell_coord(q[2])};
      int64_t step[3];
      for (int k = 0; k < 3; ++k) step[k] = q[k] - std::floor(q[k]) < 0.5 ? -1 : 1;
      for (int n = 0; n < 8; ++n) {
        Cell c{home.x + ((n & 1) ? step[0] : 0), home.y + ((n & 2) ? step[1] : 0), home.z + ((n & 4) ? step[2] : 0)};
        auto it = grid.find(c);
        if (it == grid.end()) continue;
        for (uint32_t j : it->second) {
          if (j >= best) break;
          const auto& o = out.positions[j];
          double dx = double(o[0]) - p[0], dy = double(o[1]) - p[1], dz = double(o[2]) - p[2];
          if (dx * dx + dy * dy + dz * dz <= tol2) {
            best = j;
            break;
          }
        }
      }
    }
    if (best != UINT32_MAX) {
      remap[i] = best;
      continue;
    }
    remap[i] = static_cast<uint32_t>(out.positions.size());
    out.positions.push_back(p);
    if (finite) grid[home].push_back(remap[i]);
  }
  out.triangles.reserve(mesh.triangles.size());
  for (const auto& t : mesh.triangles) {
    uint32_t a = remap[t[0]], b = remap[t[1]], c = remap[t[2]];
    if (a != b && b != c && a != c) out.triangles.push_back({a, b, c});
  }
  return out;
}

}  // namespace cadscribe::mesh
