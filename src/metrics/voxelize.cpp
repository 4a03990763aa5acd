#include "metrics/voxelize.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "base/check.h"
#include "metrics/unit_cube.h"

namespace cadscribe::metrics {

namespace {

struct P2 {
  double u, v;
};

bool lex_less(const P2& a, const P2& b) { return a.u < b.u || (a.u == b.u && a.v < b.v); }

// Edge function E(a, b, p) = (b − a) × (p − a), evaluated for the canonical order of the edge's
// end points so both triangles sharing the edge compute the same bits (negated for the other
// order). `left` is the sign of E at p + (ε, ε²) (u displaced more than v): never a tie.
struct EdgeEval {
  double e;
  bool left;
};

EdgeEval edge_eval(const P2& a, const P2& b, const P2& p) {
  bool swap = lex_less(b, a);
  const P2& s = swap ? b : a;
  const P2& t = swap ? a : b;
  double e = (t.u - s.u) * (p.v - s.v) - (t.v - s.v) * (p.u - s.u);
  bool left;
  if (e != 0) {
    left = e > 0;
  } else if (t.v != s.v) {
    left = t.v < s.v;  // first-order term −(t.v − s.v)·ε
  } else {
    left = t.u > s.u;  // second-order term (t.u − s.u)·ε²
  }
  return swap ? EdgeEval{-e, !left} : EdgeEval{e, left};
}

// First grid index whose centre is ≥ lo, and last whose centre is ≤ hi, clamped to [0, n−1]
// (an empty range has first > last).
int first_at_or_above(double lo, int n) {
  double f = std::ceil((lo + 0.5) * n - 0.5);
  int k = f < 0 ? 0 : f > n ? n : static_cast<int>(f);
  while (k > 0 && voxel_center(k - 1, n) >= lo) --k;
  while (k < n && voxel_center(k, n) < lo) ++k;
  return k;
}
int last_at_or_below(double hi, int n) {
  double f = std::floor((hi + 0.5) * n - 0.5);
  int k = f < -1 ? -1 : f > n - 1 ? n - 1 : static_cast<int>(f);
  while (k < n - 1 && voxel_center(k + 1, n) <= hi) ++k;
  while (k >= 0 && voxel_center(k, n) > hi) --k;
  return k;
}

// Parity of crossings along one axis, as toggles then a prefix XOR.
struct AxisParity {
  VoxelGrid parity;            // inside by parity of crossings below the centre
  std::vector<uint8_t> odd;    // per ray row (u + v·n): total crossing count is odd ⇒ abstain
};

// Ray axis d; the projected 2D coordinates are (u, v) with u the lower axis index, matching the
// global displacement order ε_x ≫ ε_y ≫ ε_z.
AxisParity axis_parity(const mesh::Mesh& m, int n, int d) {
  const int u = d == 0 ? 1 : 0;
  const int v = d == 2 ? 1 : 2;
  AxisParity out{VoxelGrid(n), std::vector<uint8_t>(static_cast<size_t>(n) * n, 0)};
  std::vector<uint8_t> beyond(static_cast<size_t>(n) * n, 0);
  auto& words = out.parity.mutable_words();
  const int wpr = out.parity.words_per_row();

  for (const auto& t : m.triangles) {
    const auto& pa = m.positions[t[0]];
    const auto& pb = m.positions[t[1]];
    const auto& pc = m.positions[t[2]];
    double A[3] = {pa[0], pa[1], pa[2]}, B[3] = {pb[0], pb[1], pb[2]}, C[3] = {pc[0], pc[1], pc[2]};
    P2 a{A[u], A[v]}, b{B[u], B[v]}, c{C[u], C[v]};
    double area2 = (b.u - a.u) * (c.v - a.v) - (b.v - a.v) * (c.u - a.u);
    if (area2 == 0 || !std::isfinite(area2)) continue;  // edge-on: the displaced ray misses it
    if (area2 < 0) {
      std::swap(b, c);
      std::swap(B, C);
    }
    // Tie along the ray (centre exactly on the triangle's plane): the displaced centre is above
    // the crossing iff ε_d − Σ_{a≠d} g_a ε_a > 0 with g_a = −n_a / n_d the plane's slope.
    double ab[3] = {B[0] - A[0], B[1] - A[1], B[2] - A[2]};
    double ac[3] = {C[0] - A[0], C[1] - A[1], C[2] - A[2]};
    double nrm[3] = {ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2],
                     ab[0] * ac[1] - ab[1] * ac[0]};
    bool tie_above = true;
    for (int k = 0; k < 3; ++k) {
      if (k == d) break;
      if (nrm[k] != 0) {
        tie_above = (nrm[k] > 0) == (nrm[d] > 0);
        break;
      }
    }
    double dmin = std::min({A[d], B[d], C[d]}), dmax = std::max({A[d], B[d], C[d]});
    int i0 = first_at_or_above(std::min({a.u, b.u, c.u}), n);
    int i1 = last_at_or_below(std::max({a.u, b.u, c.u}), n);
    int j0 = first_at_or_above(std::min({a.v, b.v, c.v}), n);
    int j1 = last_at_or_below(std::max({a.v, b.v, c.v}), n);
    for (int j = j0; j <= j1; ++j) {
      double pv = voxel_center(j, n);
      for (int i = i0; i <= i1; ++i) {
        P2 p{voxel_center(i, n), pv};
        EdgeEval e2 = edge_eval(a, b, p);
        if (!e2.left) continue;
        EdgeEval e0 = edge_eval(b, c, p);
        if (!e0.left) continue;
        EdgeEval e1 = edge_eval(c, a, p);
        if (!e1.left) continue;
        // Crossing coordinate along d; relative to A so a plane d = const gives it exactly.
        double sum = e0.e + e1.e + e2.e;
        double cross = A[d] + (e1.e * (B[d] - A[d]) + e2.e * (C[d] - A[d])) / sum;
        cross = std::clamp(cross, dmin, dmax);
        auto above = [&](int k) {
          double ck = voxel_center(k, n);
          return ck > cross || (ck == cross && tie_above);
        };
        double f = std::ceil((cross + 0.5) * n - 0.5);
        int k0 = f < 0 ? 0 : f > n ? n : static_cast<int>(f);
        while (k0 > 0 && above(k0 - 1)) --k0;
        while (k0 < n && !above(k0)) ++k0;
        if (k0 == n) {
          beyond[static_cast<size_t>(j) * n + i] ^= 1;
          continue;
        }
        int xyz[3];
        xyz[d] = k0;
        xyz[u] = i;
        xyz[v] = j;
        words[out.parity.row_offset(xyz[1], xyz[2]) + (xyz[0] >> 6)] ^= uint64_t{1} << (xyz[0] & 63);
      }
    }
  }

  // Prefix XOR along d turns "a crossing starts here" toggles into parity.
  const uint64_t last = out.parity.last_word_mask();
  if (d == 0) {
    for (int z = 0; z < n; ++z)
      for (int y = 0; y < n; ++y) {
        uint64_t* row = out.parity.row(y, z);
        uint64_t carry = 0;
        for (int w = 0; w < wpr; ++w) {
          uint64_t x = row[w];
          x ^= x << 1;
          x ^= x << 2;
          x ^= x << 4;
          x ^= x << 8;
          x ^= x << 16;
          x ^= x << 32;
          x ^= carry;
          carry = (x >> 63) ? ~uint64_t{0} : 0;
          row[w] = x;
        }
        row[wpr - 1] &= last;
      }
  } else if (d == 1) {
    for (int z = 0; z < n; ++z)
      for (int y = 1; y < n; ++y) {
        uint64_t* row = out.parity.row(y, z);
        const uint64_t* prev = out.parity.row(y - 1, z);
        for (int w = 0; w < wpr; ++w) row[w] ^= prev[w];
      }
  } else {
    size_t plane = static_cast<size_t>(n) * wpr;
    for (size_t k = plane; k < words.size(); ++k) words[k] ^= words[k - plane];
  }

  // Total parity of a ray row = parity at its last voxel XOR the crossings beyond the grid.
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      int xyz[3];
      xyz[d] = n - 1;
      xyz[u] = i;
      xyz[v] = j;
      size_t r = static_cast<size_t>(j) * n + i;
      out.odd[r] = static_cast<uint8_t>(out.parity.get(xyz[0], xyz[1], xyz[2]) ^ beyond[r]);
    }
  return out;
}

}  // namespace

VoxelGrid voxelize(const mesh::Mesh& m, int n) {
  CHECK(n >= 1 && n <= 4096);
  AxisParity px = axis_parity(m, n, 0);  // rows (u, v) = (y, z)
  AxisParity py = axis_parity(m, n, 1);  // rows (u, v) = (x, z)
  AxisParity pz = axis_parity(m, n, 2);  // rows (u, v) = (x, y)
  const int wpr = px.parity.words_per_row();
  const uint64_t last = px.parity.last_word_mask();

  // "Row is known" masks in x-bit layout: for the y rays per z, for the z rays per y.
  std::vector<uint64_t> known_y(static_cast<size_t>(n) * wpr, 0), known_z(known_y.size(), 0);
  for (int j = 0; j < n; ++j)
    for (int x = 0; x < n; ++x) {
      uint64_t bit = uint64_t{1} << (x & 63);
      size_t r = static_cast<size_t>(j) * n + x;
      if (!py.odd[r]) known_y[static_cast<size_t>(j) * wpr + (x >> 6)] |= bit;
      if (!pz.odd[r]) known_z[static_cast<size_t>(j) * wpr + (x >> 6)] |= bit;
    }

  VoxelGrid out(n);
  for (int z = 0; z < n; ++z)
    for (int y = 0; y < n; ++y) {
      const uint64_t* rx = px.parity.row(y, z);
      const uint64_t* ry = py.parity.row(y, z);
      const uint64_t* rz = pz.parity.row(y, z);
      uint64_t* ro = out.row(y, z);
      bool x_known = !px.odd[static_cast<size_t>(z) * n + y];
      for (int w = 0; w < wpr; ++w) {
        uint64_t valid = w == wpr - 1 ? last : ~uint64_t{0};
        uint64_t kx = x_known ? valid : 0;
        uint64_t ky = known_y[static_cast<size_t>(z) * wpr + w];
        uint64_t kz = known_z[static_cast<size_t>(y) * wpr + w];
        uint64_t ix = rx[w] & kx, iy = ry[w] & ky, iz = rz[w] & kz;
        uint64_t ox = ~rx[w] & kx, oy = ~ry[w] & ky, oz = ~rz[w] & kz;
        // More "in" than "out" votes: at least two in, or some in and no out.
        uint64_t two_in = (ix & iy) | (ix & iz) | (iy & iz);
        uint64_t some_in_no_out = (ix | iy | iz) & ~(ox | oy | oz);
        ro[w] = (two_in | some_in_no_out) & valid;
      }
    }
  return out;
}

VoxelGrid voxelize_normalized(const mesh::Mesh& m, int n) {
  auto unit = to_unit_cube(m);
  if (!unit) return VoxelGrid(n);
  return voxelize(*unit, n);
}

}  // namespace cadscribe::metrics
