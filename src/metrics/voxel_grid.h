// metrics/voxel_grid.h — a bit-packed N×N×N occupancy grid over the unit cube [−0.5, 0.5]³.
//
// Voxel (x, y, z) stands for its CENTRE ((x+0.5)/N − 0.5, (y+0.5)/N − 0.5, (z+0.5)/N − 0.5); the
// metrics protocol (DESIGN.md §5) sets a voxel when that centre is inside the solid.
// Storage: one "row" per (y, z) holding the x bits in words_per_row() 64-bit words, rows ordered
// by y then z (row index z·N + y). Bit x of a row is bit (x & 63) of word (x >> 6).
// Invariant: padding bits (x ≥ N in the last word of a row) are always zero, so counts, AND/OR
// and equality can work word-wise. Depends on nothing but the standard library and base.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cadscribe::metrics {

class VoxelGrid {
 public:
  explicit VoxelGrid(int n = 64);

  [[nodiscard]] int n() const { return n_; }
  [[nodiscard]] int words_per_row() const { return wpr_; }
  [[nodiscard]] bool get(int x, int y, int z) const;
  void set(int x, int y, int z, bool v = true);
  // Number of set voxels.
  [[nodiscard]] size_t count() const;

  // Word-level access for the fast paths (voxelisation, cube24 permutations).
  [[nodiscard]] size_t row_offset(int y, int z) const {
    return (static_cast<size_t>(z) * n_ + y) * wpr_;
  }
  [[nodiscard]] const uint64_t* row(int y, int z) const { return words_.data() + row_offset(y, z); }
  [[nodiscard]] uint64_t* row(int y, int z) { return words_.data() + row_offset(y, z); }
  [[nodiscard]] const std::vector<uint64_t>& words() const { return words_; }
  [[nodiscard]] std::vector<uint64_t>& mutable_words() { return words_; }
  // Mask of the valid bits of the last word of a row (all ones when N is a multiple of 64).
  [[nodiscard]] uint64_t last_word_mask() const { return last_mask_; }

  [[nodiscard]] bool operator==(const VoxelGrid& o) const { return n_ == o.n_ && words_ == o.words_; }

 private:
  int n_;
  int wpr_;
  uint64_t last_mask_;
  std::vector<uint64_t> words_;
};

// |A ∩ B| and |A ∪ B| by word-wise AND / OR and popcount. Both grids must have the same N.
[[nodiscard]] size_t intersection_count(const VoxelGrid& a, const VoxelGrid& b);
[[nodiscard]] size_t union_count(const VoxelGrid& a, const VoxelGrid& b);

// The coordinate of voxel centre i on any axis: (i + 0.5)/N − 0.5. The single definition that
// voxelisation, its tie rules and the tests share.
[[nodiscard]] inline double voxel_center(int i, int n) { return (i + 0.5) / n - 0.5; }

}  // namespace cadscribe::metrics
