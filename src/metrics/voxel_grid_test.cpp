#include "metrics/voxel_grid.h"

#include <gtest/gtest.h>

namespace cadscribe::metrics {
namespace {

TEST(VoxelGrid, SetGetCountAcrossWordBoundaries) {
  VoxelGrid g(100);  // two words per row, 36 padding bits
  EXPECT_EQ(g.n(), 100);
  EXPECT_EQ(g.words_per_row(), 2);
  EXPECT_EQ(g.count(), 0u);
  g.set(0, 0, 0);
  g.set(63, 5, 7);
  g.set(64, 5, 7);
  g.set(99, 99, 99);
  EXPECT_TRUE(g.get(0, 0, 0));
  EXPECT_TRUE(g.get(63, 5, 7));
  EXPECT_TRUE(g.get(64, 5, 7));
  EXPECT_TRUE(g.get(99, 99, 99));
  EXPECT_FALSE(g.get(65, 5, 7));
  EXPECT_FALSE(g.get(7, 5, 63));
  EXPECT_EQ(g.count(), 4u);
  g.set(63, 5, 7, false);
  EXPECT_FALSE(g.get(63, 5, 7));
  EXPECT_EQ(g.count(), 3u);
  EXPECT_EQ(g.last_word_mask(), (uint64_t{1} << 36) - 1);
}

TEST(VoxelGrid, IntersectionAndUnionCounts) {
  VoxelGrid a(64), b(64);
  for (int x = 0; x < 64; ++x) a.set(x, 1, 2);  // a full row
  for (int y = 0; y < 64; ++y) b.set(10, y, 2);  // a column crossing it once
  EXPECT_EQ(intersection_count(a, b), 1u);
  EXPECT_EQ(union_count(a, b), 127u);
  EXPECT_FALSE(a == b);
  VoxelGrid c = a;
  EXPECT_TRUE(a == c);
}

TEST(VoxelGrid, CentresAreSymmetricInTheUnitCube) {
  EXPECT_DOUBLE_EQ(voxel_center(0, 64), -0.5 + 0.5 / 64);
  EXPECT_DOUBLE_EQ(voxel_center(63, 64), 0.5 - 0.5 / 64);
  for (int i = 0; i < 64; ++i) EXPECT_EQ(voxel_center(i, 64), -voxel_center(63 - i, 64));
}

}  // namespace
}  // namespace cadscribe::metrics
