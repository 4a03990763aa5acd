#include "mesh/normalize.h"

#include <gtest/gtest.h>

#include "mesh/primitives.h"

namespace cadscribe::mesh {
namespace {

TEST(MeshNormalize, LongestSideIsExactlyOneAndCentred) {
  Mesh m = make_box({2, 1, -1}, {5, 2, 0.5});
  Normalization n = unit_cube_normalization(m);
  EXPECT_EQ(n.center.x, 3.5);
  EXPECT_EQ(n.center.y, 1.5);
  EXPECT_EQ(n.center.z, -0.25);
  EXPECT_DOUBLE_EQ(n.extent, 3);
  Box b = normalized(m).bounds();
  EXPECT_EQ(b.min.x, -0.5);
  EXPECT_EQ(b.max.x, 0.5);
  EXPECT_EQ(b.max.y, -b.min.y);
  EXPECT_EQ(b.max.z, -b.min.z);
  EXPECT_NEAR(b.max.y - b.min.y, 1.0 / 3, 1e-7);
}

TEST(MeshNormalize, ArbitraryMeshFitsTheUnitCube) {
  Mesh m = make_torus({10, -20, 30}, 7, 2.5, 40, 20);
  Box b = normalized(m).bounds();
  math::Vec3 s = b.size();
  EXPECT_NEAR(std::max({s.x, s.y, s.z}), 1.0, 1e-6);
  EXPECT_NEAR(b.center().x, 0, 1e-6);
  EXPECT_NEAR(b.center().y, 0, 1e-6);
  EXPECT_NEAR(b.center().z, 0, 1e-6);
  EXPECT_EQ(normalized(m).triangles, m.triangles);
}

TEST(MeshNormalize, DegenerateInputsKeepScaleOne) {
  EXPECT_EQ(unit_cube_normalization(Mesh{}).extent, 1);
  Mesh point;
  point.positions = {{1, 2, 3}, {1, 2, 3}};
  Normalization n = unit_cube_normalization(point);
  EXPECT_EQ(n.extent, 1);
  EXPECT_EQ(n.center.y, 2);
  EXPECT_EQ(normalized(point).positions[0], (std::array<float, 3>{0, 0, 0}));
}

}  // namespace
}  // namespace cadscribe::mesh
