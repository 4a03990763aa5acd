// kernel/primitives_test.cpp — primitive volumes vs. analytic values, placement, input checks.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

TEST(Primitives, BoxVolumeAreaAndTopology) {
  Shape b = box(10, 20, 30);
  EXPECT_EQ(b.type(), ShapeType::kSolid);
  EXPECT_NEAR(volume(b), 6000, 1e-9);
  EXPECT_NEAR(area(b), 2 * (200 + 300 + 600), 1e-9);
  EXPECT_EQ(sub_shapes(b, ShapeType::kFace).size(), 6u);
  EXPECT_EQ(sub_shapes(b, ShapeType::kEdge).size(), 12u);
  EXPECT_EQ(sub_shapes(b, ShapeType::kVertex).size(), 8u);
}

TEST(Primitives, BoxInRotatedFrameSpansFrameAxes) {
  Frame f{{1, 2, 3}, {0, 1, 0}, {0, 0, 1}};  // x along world y, so y along world -x
  Shape b = must(make_box(f, 10, 20, 30));
  mesh::Box bb = bounding_box(b);
  EXPECT_NEAR(bb.min.x, 1 - 20, 1e-6);
  EXPECT_NEAR(bb.max.x, 1, 1e-6);
  EXPECT_NEAR(bb.min.y, 2, 1e-6);
  EXPECT_NEAR(bb.max.y, 12, 1e-6);
  EXPECT_NEAR(bb.max.z, 33, 1e-6);
}

TEST(Primitives, CylinderVolume) {
  EXPECT_NEAR(volume(must(make_cylinder(xy(), 5, 10))), 250 * kPi, 1e-6);
  EXPECT_NEAR(volume(must(make_cylinder(xy(), 5, 10, 180))), 125 * kPi, 1e-6);
}

TEST(Primitives, ConeVolume) {
  EXPECT_NEAR(volume(must(make_cone(xy(), 5, 2, 10))), kPi * 10 / 3 * (25 + 10 + 4), 1e-6);
  EXPECT_NEAR(volume(must(make_cone(xy(), 5, 0, 10))), kPi * 10 / 3 * 25, 1e-6);
  EXPECT_NEAR(volume(must(make_cone(xy(), 0, 4, 3))), kPi * 3 / 3 * 16, 1e-6);
  // Equal radii degrade to a cylinder instead of failing.
  EXPECT_NEAR(volume(must(make_cone(xy(), 3, 3, 2))), kPi * 9 * 2, 1e-6);
}

TEST(Primitives, SphereVolume) {
  EXPECT_NEAR(volume(must(make_sphere(xy(), 3))), 4.0 / 3 * kPi * 27, 1e-6);
  EXPECT_NEAR(volume(must(make_sphere(xy(), 3, 0, 90))), 2.0 / 3 * kPi * 27, 1e-6);
  EXPECT_NEAR(volume(must(make_sphere(xy(), 3, -90, 90, 90))), 1.0 / 3 * kPi * 27, 1e-6);
}

TEST(Primitives, TorusVolume) {
  EXPECT_NEAR(volume(must(make_torus(xy(), 10, 2))), 2 * kPi * kPi * 10 * 4, 1e-6);
}

TEST(Primitives, WedgeVolume) {
  // Prismatoid: h/6 (A0 + 4 Am + A1) with A0 = 10x10, A1 = 6x6, Am = 8x8.
  Shape w = must(make_wedge(xy(), 10, 10, 10, 2, 2, 8, 8));
  EXPECT_NEAR(volume(w), 10.0 / 6 * (100 + 4 * 64 + 36), 1e-6);
  Shape tri = must(make_wedge(xy(), 10, 10, 10, 0, 0, 0, 10));  // ramp: half the box
  EXPECT_NEAR(volume(tri), 500, 1e-6);
}

TEST(Primitives, RejectsZeroNegativeNanInfSizes) {
  const double nan = std::nan(""), inf = INFINITY;
  for (double bad : {0.0, -1.0, nan, inf}) {
    EXPECT_EQ(code_of(make_box(xy(), bad, 1, 1)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_box(xy(), 1, 1, bad)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_cylinder(xy(), bad, 1)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_sphere(xy(), bad)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_torus(xy(), 5, bad)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_cone(xy(), 1, 1, bad)), "geom.invalid_input") << bad;
    EXPECT_EQ(code_of(make_wedge(xy(), bad, 1, 1, 0, 0, 1, 1)), "geom.invalid_input") << bad;
  }
  EXPECT_EQ(code_of(make_cone(xy(), 0, 0, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_cylinder(xy(), 1, 1, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_cylinder(xy(), 1, 1, 400)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_sphere(xy(), 1, 10, -10)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_wedge(xy(), 1, 1, 1, 2, 0, 1, 1)), "geom.invalid_input");
}

TEST(Primitives, DiagNamesTheArgument) {
  auto r = make_box(xy(), 1, 0, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("dy"), std::string::npos) << r.error().message;
}

TEST(Primitives, RejectsDegenerateFrames) {
  Frame parallel{{0, 0, 0}, {0, 0, 1}, {0, 0, 1}};
  Frame zero{{0, 0, 0}, {0, 0, 0}, {0, 0, 1}};
  Frame nan{{std::nan(""), 0, 0}, {1, 0, 0}, {0, 0, 1}};
  for (const Frame& f : {parallel, zero, nan}) {
    EXPECT_EQ(code_of(make_box(f, 1, 1, 1)), "geom.invalid_input");
    EXPECT_EQ(code_of(make_cylinder(f, 1, 1)), "geom.invalid_input");
    EXPECT_EQ(code_of(make_circle(f, 1)), "geom.invalid_input");
  }
}

}  // namespace
}  // namespace cadscribe::kernel
