// Plain IoU, the cube24 group as exact word-wise grid permutations, alignment names, describe().
#include "metrics/iou.h"

#include <bit>
#include <cstdio>

#include "base/check.h"

namespace cadscribe::metrics {

namespace {

const char* const kAxisNames[3] = {"x", "y", "z"};

double ratio(size_t inter, size_t uni) {
  return uni == 0 ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

// A signed axis permutation: output axis i takes source axis perm[i] with sign sign[i].
struct AxisMap {
  int perm[3];
  int sign[3];
};

AxisMap axis_map(const Rotation& r) {
  CHECK(r.is_axis_permutation());
  AxisMap a{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      if (r.m[i * 3 + j] != 0) {
        a.perm[i] = j;
        a.sign[i] = r.m[i * 3 + j] > 0 ? 1 : -1;
      }
  return a;
}

// In-place transpose of a 64×64 bit matrix (bit j of word i ↔ bit i of word j).
void transpose64(uint64_t a[64]) {
  uint64_t m = 0x00000000FFFFFFFFull;
  for (int j = 32; j != 0; j >>= 1, m ^= (m << j)) {
    for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
      uint64_t t = ((a[k] >> j) ^ a[k | j]) & m;
      a[k] ^= t << j;
      a[k | j] ^= t;
    }
  }
}

// Transposes an n×n bit slice: rows r at src + r·src_stride (bits = columns), written so that
// dst row c holds, at bit r, source row r's bit c. 64×64 blocks; padding stays zero.
void transpose_slice(const uint64_t* src, size_t src_stride, uint64_t* dst, size_t dst_stride, int n,
                     int wpr) {
  uint64_t block[64];
  for (int rb = 0; rb < wpr; ++rb)
    for (int cb = 0; cb < wpr; ++cb) {
      for (int k = 0; k < 64; ++k) {
        int r = rb * 64 + k;
        block[k] = r < n ? src[static_cast<size_t>(r) * src_stride + cb] : 0;
      }
      transpose64(block);
      for (int k = 0; k < 64; ++k) {
        int c = cb * 64 + k;
        if (c < n) dst[static_cast<size_t>(c) * dst_stride + rb] = block[k];
      }
    }
}

uint64_t reverse_bits(uint64_t x) {
  x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
  x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
  x = ((x >> 4) & 0x0F0F0F0F0F0F0F0Full) | ((x & 0x0F0F0F0F0F0F0F0Full) << 4);
  return __builtin_bswap64(x);
}

// Row with bit x moved to bit n−1−x.
void reverse_row(const uint64_t* in, uint64_t* out, int n, int wpr) {
  for (int w = 0; w < wpr; ++w) out[w] = reverse_bits(in[wpr - 1 - w]);
  int shift = wpr * 64 - n;  // the reversed padding now sits at the bottom: shift it out
  if (shift == 0) return;
  for (int w = 0; w < wpr; ++w) {
    uint64_t hi = w + 1 < wpr ? out[w + 1] << (64 - shift) : 0;
    out[w] = (out[w] >> shift) | hi;
  }
}

// base[a] = the grid with axes x and a swapped; base[3 + a] = the same with x reversed.
std::array<VoxelGrid, 6> base_grids(const VoxelGrid& g) {
  int n = g.n(), wpr = g.words_per_row();
  std::array<VoxelGrid, 6> b{g, VoxelGrid(n), VoxelGrid(n), VoxelGrid(n), VoxelGrid(n), VoxelGrid(n)};
  for (int z = 0; z < n; ++z)  // x ↔ y within each z slice
    transpose_slice(g.row(0, z), wpr, b[1].row(0, z), wpr, n, wpr);
  for (int y = 0; y < n; ++y)  // x ↔ z within each y slice
    transpose_slice(g.row(y, 0), static_cast<size_t>(n) * wpr, b[2].row(y, 0),
                    static_cast<size_t>(n) * wpr, n, wpr);
  for (int a = 0; a < 3; ++a)
    for (int z = 0; z < n; ++z)
      for (int y = 0; y < n; ++y) reverse_row(b[a].row(y, z), b[3 + a].row(y, z), n, wpr);
  return b;
}

// For rotation `map`, the base grid and the base row index (y, z) that output row (o1, o2) reads.
struct RowSource {
  int base;
  int axis[2];  // which output coordinate (1 or 2) feeds base row coordinates y and z
  bool flip[2];
};

RowSource row_source(const AxisMap& map) {
  int inv_axis[3], inv_sign[3];  // source axis k comes from output axis inv_axis[k]
  for (int i = 0; i < 3; ++i) {
    inv_axis[map.perm[i]] = i;
    inv_sign[map.perm[i]] = map.sign[i];
  }
  int a = map.perm[0];
  // Base grid a holds source axes swapped (x ↔ a): its y and z are these source axes.
  const int others[3][2] = {{1, 2}, {0, 2}, {1, 0}};
  RowSource s{};
  s.base = (map.sign[0] > 0 ? 0 : 3) + a;
  for (int k = 0; k < 2; ++k) {
    int src_axis = others[a][k];
    s.axis[k] = inv_axis[src_axis];
    s.flip[k] = inv_sign[src_axis] < 0;
  }
  return s;
}

}  // namespace

std::string_view alignment_name(Alignment a) {
  switch (a) {
    case Alignment::none: return "none";
    case Alignment::cube24: return "cube24";
    case Alignment::euler45: return "euler45";
  }
  return "none";
}

base::Result<Alignment> parse_alignment(std::string_view text) {
  for (Alignment a : {Alignment::none, Alignment::cube24, Alignment::euler45})
    if (text == alignment_name(a)) return a;
  return base::make_diag("metrics.bad_alignment", "unknown alignment '" + std::string(text) +
                                                       "' (expected none, cube24 or euler45)");
}

bool Rotation::is_identity() const { return m == Rotation{}.m; }

bool Rotation::is_axis_permutation() const {
  for (int i = 0; i < 3; ++i) {
    int nonzero = 0;
    for (int j = 0; j < 3; ++j) {
      double v = m[i * 3 + j];
      if (v == 1 || v == -1) ++nonzero;
      else if (v != 0) return false;
    }
    if (nonzero != 1) return false;
  }
  for (int j = 0; j < 3; ++j)
    if (m[j] == 0 && m[3 + j] == 0 && m[6 + j] == 0) return false;
  return true;
}

std::string Rotation::describe() const {
  if (is_identity()) return "identity";
  if (euler_deg) {
    const auto& e = *euler_deg;
    return "Rz(" + std::to_string(e[0]) + ") Ry(" + std::to_string(e[1]) + ") Rx(" +
           std::to_string(e[2]) + ")";
  }
  std::string s;
  if (is_axis_permutation()) {
    for (int j = 0; j < 3; ++j)
      for (int i = 0; i < 3; ++i)
        if (m[i * 3 + j] != 0) {
          if (!s.empty()) s += ", ";
          s += std::string(kAxisNames[j]) + "→" + (m[i * 3 + j] < 0 ? "−" : "") + kAxisNames[i];
        }
    return s;
  }
  char buf[160];
  std::snprintf(buf, sizeof buf, "[%.4g %.4g %.4g; %.4g %.4g %.4g; %.4g %.4g %.4g]", m[0], m[1],
                m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  return buf;
}

double iou(const VoxelGrid& a, const VoxelGrid& b) {
  return ratio(intersection_count(a, b), union_count(a, b));
}

const std::vector<Rotation>& cube24_rotations() {
  static const std::vector<Rotation> rotations = [] {
    const int perms[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    const int parity[6] = {1, -1, -1, 1, 1, -1};
    std::vector<Rotation> out;
    for (int p = 0; p < 6; ++p)
      for (int s = 0; s < 8; ++s) {
        int sign[3] = {(s & 1) ? -1 : 1, (s & 2) ? -1 : 1, (s & 4) ? -1 : 1};
        if (parity[p] * sign[0] * sign[1] * sign[2] != 1) continue;
        Rotation r;
        r.m.fill(0);
        for (int i = 0; i < 3; ++i) r.m[i * 3 + perms[p][i]] = sign[i];
        out.push_back(r);
      }
    return out;
  }();
  return rotations;
}

VoxelGrid rotate_grid(const VoxelGrid& g, const Rotation& r) {
  AxisMap map = axis_map(r);
  int n = g.n(), wpr = g.words_per_row();
  auto bases = base_grids(g);
  RowSource s = row_source(map);
  const VoxelGrid& base = bases[s.base];
  VoxelGrid out(n);
  for (int o2 = 0; o2 < n; ++o2)
    for (int o1 = 0; o1 < n; ++o1) {
      int o[3] = {0, o1, o2};
      int by = s.flip[0] ? n - 1 - o[s.axis[0]] : o[s.axis[0]];
      int bz = s.flip[1] ? n - 1 - o[s.axis[1]] : o[s.axis[1]];
      const uint64_t* src = base.row(by, bz);
      uint64_t* dst = out.row(o1, o2);
      for (int w = 0; w < wpr; ++w) dst[w] = src[w];
    }
  return out;
}

IouResult best_iou_cube24(const VoxelGrid& pred, const VoxelGrid& gt) {
  CHECK(pred.n() == gt.n());
  int n = pred.n(), wpr = pred.words_per_row();
  size_t count_pred = pred.count(), count_gt = gt.count();
  IouResult best;
  best.alignment = Alignment::cube24;
  best.resolution = n;
  if (count_pred + count_gt == 0) {
    best.both_empty = true;
    return best;
  }
  auto bases = base_grids(pred);
  bool first = true;
  for (const Rotation& r : cube24_rotations()) {
    RowSource s = row_source(axis_map(r));
    const VoxelGrid& base = bases[s.base];
    // |R·A| = |A|, so the union follows from the intersection alone.
    size_t inter = 0;
    for (int o2 = 0; o2 < n; ++o2)
      for (int o1 = 0; o1 < n; ++o1) {
        int o[3] = {0, o1, o2};
        int by = s.flip[0] ? n - 1 - o[s.axis[0]] : o[s.axis[0]];
        int bz = s.flip[1] ? n - 1 - o[s.axis[1]] : o[s.axis[1]];
        const uint64_t* a = base.row(by, bz);
        const uint64_t* b = gt.row(o1, o2);
        for (int w = 0; w < wpr; ++w) inter += std::popcount(a[w] & b[w]);
      }
    double v = ratio(inter, count_pred + count_gt - inter);
    if (first || v > best.iou) {
      best.iou = v;
      best.rotation = r;
      first = false;
    }
  }
  return best;
}

}  // namespace cadscribe::metrics
