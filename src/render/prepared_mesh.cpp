#include "render/prepared_mesh.h"

#include <cmath>
#include <numbers>

namespace cadscribe::render {
namespace {

using math::Vec3;

// Open-addressing map from a 64-bit key to a dense id (ids in first-insertion order, so results
// never depend on hashing). Key ~0 is reserved as "empty".
class IdMap {
 public:
  explicit IdMap(size_t expected) {
    size_t cap = 16;
    shift_ = 60;
    while (cap < expected * 2) cap <<= 1, --shift_;
    slots_.assign(cap, {kEmpty, 0});
    mask_ = cap - 1;
  }
  // Returns {id, inserted}.
  std::pair<uint32_t, bool> insert(uint64_t key, uint32_t next_id) {
    size_t i = size_t((key * 0x9E3779B97F4A7C15ull) >> shift_);  // Fibonacci hashing: top bits
    while (slots_[i].key != kEmpty) {
      if (slots_[i].key == key) return {slots_[i].id, false};
      i = (i + 1) & mask_;
    }
    slots_[i] = {key, next_id};
    return {next_id, true};
  }

 private:
  static constexpr uint64_t kEmpty = ~0ull;
  struct Slot {
    uint64_t key;
    uint32_t id;
  };
  std::vector<Slot> slots_;
  size_t mask_;
  int shift_;
};

Vec3 vec(const std::array<float, 3>& p) { return {p[0], p[1], p[2]}; }

}  // namespace

PreparedMesh prepare_mesh(const mesh::Mesh& mesh, double crease_degrees) {
  PreparedMesh pm;
  mesh::Box box = mesh.bounds();
  if (box.empty) return pm;
  pm.center = box.center();
  double diag = box.size().norm();
  pm.radius = diag > 0 ? diag / 2 : 1;

  // Weld on a grid; 21 bits per axis covers the 1e6 cells across the box.
  double cell = diag > 0 ? diag * 1e-6 : 1;
  std::vector<uint32_t> remap(mesh.positions.size());
  IdMap weld(mesh.positions.size());
  for (size_t i = 0; i < mesh.positions.size(); ++i) {
    Vec3 q = (vec(mesh.positions[i]) - box.min) / cell;
    uint64_t key = uint64_t(q.x + 0.5) | uint64_t(q.y + 0.5) << 21 | uint64_t(q.z + 0.5) << 42;
    auto [id, inserted] = weld.insert(key, uint32_t(pm.positions.size()));
    if (inserted) pm.positions.push_back(mesh.positions[i]);
    remap[i] = id;
  }

  // Triangles with welded ids; drop degenerate ones. Area vectors kept for normal averaging.
  std::vector<Vec3> area;  // cross product (2 × area × unit normal)
  pm.triangles.reserve(mesh.triangles.size());
  for (const auto& t : mesh.triangles) {
    std::array<uint32_t, 3> w{remap[t[0]], remap[t[1]], remap[t[2]]};
    if (w[0] == w[1] || w[1] == w[2] || w[0] == w[2]) continue;
    Vec3 p0 = vec(pm.positions[w[0]]);
    Vec3 n = (vec(pm.positions[w[1]]) - p0).cross(vec(pm.positions[w[2]]) - p0);
    double len = n.norm();
    if (!(len > 0)) continue;
    pm.triangles.push_back(w);
    area.push_back(n);
    Vec3 u = n / len;
    pm.face_normals.push_back({float(u.x), float(u.y), float(u.z)});
  }
  size_t nt = pm.triangles.size();
  if (nt == 0) return pm;

  double cos_crease = std::cos(crease_degrees * std::numbers::pi / 180);
  auto face_dot = [&](uint32_t a, uint32_t b) {
    const auto& u = pm.face_normals[a];
    const auto& v = pm.face_normals[b];
    return double(u[0]) * v[0] + double(u[1]) * v[1] + double(u[2]) * v[2];
  };

  // Vertex -> incident triangles (CSR, in increasing triangle order).
  size_t nv = pm.positions.size();
  std::vector<uint32_t> start(nv + 1, 0), incident(nt * 3);
  for (const auto& t : pm.triangles)
    for (uint32_t v : t) ++start[v + 1];
  for (size_t v = 0; v < nv; ++v) start[v + 1] += start[v];
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (uint32_t t = 0; t < nt; ++t)
      for (uint32_t v : pm.triangles[t]) incident[fill[v]++] = t;
  }

  // Undirected edges, each emitted by the lowest-numbered triangle using it. Its users are
  // found in the incidence list of the endpoint with fewer triangles (fan centres are
  // visited only from their rim vertices).
  pm.closed = true;
  for (uint32_t t = 0; t < nt; ++t) {
    for (int k = 0; k < 3; ++k) {
      uint32_t a = pm.triangles[t][k], b = pm.triangles[t][(k + 1) % 3];
      uint32_t x = start[a + 1] - start[a] <= start[b + 1] - start[b] ? a : b;
      uint32_t count = 0, other = t;
      int balance = 0;
      bool lowest = true;
      for (uint32_t i = start[x]; i < start[x + 1]; ++i) {
        const auto& u = pm.triangles[incident[i]];
        for (int m = 0; m < 3; ++m) {
          uint32_t p = u[m], q = u[(m + 1) % 3];
          if (p == a && q == b) ++balance;
          else if (p == b && q == a) --balance;
          else continue;
          ++count;
          if (incident[i] < t) lowest = false;
          if (incident[i] != t && other == t) other = incident[i];
        }
      }
      if (!lowest) continue;
      if (balance != 0) pm.closed = false;
      FeatureEdge fe{std::min(a, b), std::max(a, b), t, other, FeatureEdge::kBoundary};
      if (count > 2) {
        fe.kind = FeatureEdge::kCrease;  // non-manifold: always a feature
      } else if (count == 2) {
        // Neighbours listing the edge in the same direction disagree on orientation: compare
        // their normals as if one were flipped.
        double d = face_dot(t, other) * (balance == 0 ? 1 : -1);
        fe.kind = d < cos_crease ? FeatureEdge::kCrease : FeatureEdge::kSmooth;
      }
      pm.edges.push_back(fe);
    }
  }

  // Corner normals, vertex by vertex. Triangles of a vertex with bitwise-equal face normals get
  // the same result, computed once: fans (cylinder caps) would otherwise cost valence².
  pm.corner_normals.resize(nt);
  struct Known {
    std::array<float, 3> face;
    Vec3 normal;
  };
  std::vector<Known> known;
  for (uint32_t v = 0; v < nv; ++v) {
    known.clear();
    for (uint32_t i = start[v]; i < start[v + 1]; ++i) {
      uint32_t t = incident[i];
      const Known* hit = nullptr;
      for (const Known& k : known)
        if (k.face == pm.face_normals[t]) hit = &k;
      Vec3 n;
      if (hit) {
        n = hit->normal;
      } else {
        Vec3 sum;
        for (uint32_t j = start[v]; j < start[v + 1]; ++j) {
          uint32_t u = incident[j];
          if (u == t || face_dot(t, u) >= cos_crease) sum += area[u];
        }
        n = sum.normalized();
        if (!(n.norm() > 0.5)) n = vec(pm.face_normals[t]);  // opposite normals cancelled out
        known.push_back({pm.face_normals[t], n});
      }
      int k = pm.triangles[t][0] == v ? 0 : pm.triangles[t][1] == v ? 1 : 2;
      pm.corner_normals[t][k * 3 + 0] = float(n.x);
      pm.corner_normals[t][k * 3 + 1] = float(n.y);
      pm.corner_normals[t][k * 3 + 2] = float(n.z);
    }
  }
  return pm;
}

}  // namespace cadscribe::render
