#include "mesh/primitives.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace cadscribe::mesh {
namespace {

using math::Vec3;

TEST(Primitives, BoxIsClosedWithExactVolume) {
  Mesh m = make_box({0, 0, 0}, {1, 2, 3});
  EXPECT_TRUE(m.is_closed_oriented());
  EXPECT_NEAR(m.signed_volume(), 6.0, 1e-9);
  EXPECT_NEAR(m.surface_area(), 22.0, 1e-9);
}

TEST(Primitives, SphereApproachesAnalyticVolume) {
  Mesh m = make_sphere({1, 2, 3}, 2.0, 64, 32);
  EXPECT_TRUE(m.is_closed_oriented());
  double exact = 4.0 / 3.0 * std::numbers::pi * 8;
  EXPECT_NEAR(m.signed_volume(), exact, exact * 0.01);
}

TEST(Primitives, CylinderConeAndTorusAreClosedAndOutward) {
  Mesh cyl = make_cylinder({0, 0, 0}, 1, 2, 48);
  EXPECT_TRUE(cyl.is_closed_oriented());
  EXPECT_NEAR(cyl.signed_volume(), std::numbers::pi * 2, 0.02);
  Mesh cone = make_cylinder({0, 0, 0}, 1, 3, 48, 0);
  EXPECT_TRUE(cone.is_closed_oriented());
  EXPECT_NEAR(cone.signed_volume(), std::numbers::pi, 0.02);
  Mesh torus = make_torus({0, 0, 0}, 3, 1, 64, 32);
  EXPECT_TRUE(torus.is_closed_oriented());
  double exact = 2 * std::numbers::pi * std::numbers::pi * 3;
  EXPECT_NEAR(torus.signed_volume(), exact, exact * 0.01);
}

TEST(Primitives, MirroringKeepsOutwardOrientation) {
  Mesh m = transformed(make_box({0, 0, 0}, {1, 1, 1}), math::Transform::mirror({0, 0, 0}, {1, 0, 0}));
  EXPECT_TRUE(m.is_closed_oriented());
  EXPECT_NEAR(m.signed_volume(), 1.0, 1e-9);
}

}  // namespace
}  // namespace cadscribe::mesh
