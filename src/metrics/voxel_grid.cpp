#include "metrics/voxel_grid.h"

#include <bit>

#include "base/check.h"

namespace cadscribe::metrics {

VoxelGrid::VoxelGrid(int n) : n_(n), wpr_((n + 63) / 64) {
  CHECK(n >= 1 && n <= 4096);
  last_mask_ = (n % 64 == 0) ? ~uint64_t{0} : (uint64_t{1} << (n % 64)) - 1;
  words_.assign(static_cast<size_t>(n) * n * wpr_, 0);
}

bool VoxelGrid::get(int x, int y, int z) const {
  CHECK(x >= 0 && x < n_ && y >= 0 && y < n_ && z >= 0 && z < n_);
  return (row(y, z)[x >> 6] >> (x & 63)) & 1;
}

void VoxelGrid::set(int x, int y, int z, bool v) {
  CHECK(x >= 0 && x < n_ && y >= 0 && y < n_ && z >= 0 && z < n_);
  uint64_t bit = uint64_t{1} << (x & 63);
  uint64_t& w = row(y, z)[x >> 6];
  w = v ? (w | bit) : (w & ~bit);
}

size_t VoxelGrid::count() const {
  size_t c = 0;
  for (uint64_t w : words_) c += std::popcount(w);
  return c;
}

size_t intersection_count(const VoxelGrid& a, const VoxelGrid& b) {
  CHECK(a.n() == b.n());
  const auto& wa = a.words();
  const auto& wb = b.words();
  size_t c = 0;
  for (size_t i = 0; i < wa.size(); ++i) c += std::popcount(wa[i] & wb[i]);
  return c;
}

size_t union_count(const VoxelGrid& a, const VoxelGrid& b) {
  CHECK(a.n() == b.n());
  const auto& wa = a.words();
  const auto& wb = b.words();
  size_t c = 0;
  for (size_t i = 0; i < wa.size(); ++i) c += std::popcount(wa[i] | wb[i]);
  return c;
}

}  // namespace cadscribe::metrics
