// Primitives, fragment rule and transforms of the OpenSCAD binding, checked against figures
// measured on openscad 2021.01's STL export (tools/scad_parity.py measure; float32 STL, hence
// the 1e-5 relative tolerance).
#include <gtest/gtest.h>

#include <cmath>

#include "cad/scad_calc.h"
#include "cad/scad_primitives.h"
#include "cad/scad_transform.h"
#include "mesh/check.h"

namespace cadscribe::cad::scad {
namespace {

void expect_closed(const csg::Solid& s) {
  auto r = mesh::inspect(csg::to_mesh(s));
  EXPECT_TRUE(r.closed);
  EXPECT_TRUE(r.oriented);
  EXPECT_EQ(r.components, 1);
  EXPECT_GT(r.volume, 0);
}

TEST(ScadCalc, FragmentRule) {
  EXPECT_EQ(fragments_from_r(5, 0, 2, 12), 16);     // min(30, 15.7) → 16
  EXPECT_EQ(fragments_from_r(100, 0, 2, 12), 30);   // 360/12
  EXPECT_EQ(fragments_from_r(0.1, 0, 2, 12), 5);    // at least 5
  EXPECT_EQ(fragments_from_r(1, 6, 2, 12), 6);
  EXPECT_EQ(fragments_from_r(1, 2, 2, 12), 3);      // $fn < 3 → 3
  EXPECT_EQ(fragments_from_r(1, 7.9, 2, 12), 7);    // truncated
  EXPECT_EQ(fragments_from_r(1e-7, 100, 2, 12), 3); // below GRID_FINE
  EXPECT_EQ(fragments_from_r(1, std::nan(""), 2, 12), 3);
  EXPECT_EQ(fragments_from_r(1, 1e9, 2, 12), 1e9);  // representable, for the budget check
}

TEST(ScadCalc, ExactDegrees) {
  EXPECT_EQ(sin_degrees(90), 1.0);
  EXPECT_EQ(sin_degrees(180), 0.0);
  EXPECT_EQ(sin_degrees(30), 0.5);
  EXPECT_EQ(sin_degrees(-90), -1.0);
  EXPECT_EQ(cos_degrees(90), 0.0);
  EXPECT_EQ(cos_degrees(60), 0.5);
  EXPECT_EQ(cos_degrees(180), -1.0);
  EXPECT_EQ(cos_degrees(720), 1.0);
  EXPECT_NEAR(sin_degrees(17), std::sin(17 * M_PI / 180), 1e-15);
  EXPECT_NEAR(cos_degrees(200), std::cos(200 * M_PI / 180), 1e-15);
}

TEST(ScadPrimitives, CubeMatchesOpenscad) {
  csg::Solid c = make_cube(1, 2, 3, true);
  EXPECT_EQ(c.triangles.size(), 12u);
  EXPECT_NEAR(c.volume(), 6.0, 1e-12);
  auto b = c.bounds();
  EXPECT_DOUBLE_EQ(b.min.x, -0.5);
  EXPECT_DOUBLE_EQ(b.max.z, 1.5);
  expect_closed(c);
  auto u = make_cube(2, 2, 2, false).bounds();
  EXPECT_DOUBLE_EQ(u.min.x, 0);
  EXPECT_DOUBLE_EQ(u.max.y, 2);
}

TEST(ScadPrimitives, SphereMatchesOpenscad) {
  // sphere(r=5): 16 fragments, 8 rings → 252 triangles, volume 490.91747, extent ±4.90393.
  csg::Solid s = make_sphere(5, int(fragments_from_r(5, 0, 2, 12)));
  EXPECT_EQ(s.triangles.size(), 252u);
  EXPECT_NEAR(s.volume(), 490.917470, 490.9 * 1e-5);
  EXPECT_NEAR(s.bounds().max.z, 4.90393, 1e-5);
  expect_closed(s);
  // sphere(r=5, $fn=7): 4 rings → 52 triangles, volume 390.499664.
  csg::Solid s7 = make_sphere(5, 7);
  EXPECT_EQ(s7.triangles.size(), 52u);
  EXPECT_NEAR(s7.volume(), 390.499664, 390.5 * 1e-5);
  EXPECT_NEAR(s7.bounds().min.x, -4.16193, 1e-5);
  EXPECT_NEAR(s7.bounds().max.y, 4.50358, 1e-5);
  expect_closed(s7);
}

TEST(ScadPrimitives, CylinderMatchesOpenscad) {
  csg::Solid hex = make_cylinder(2, 1, 1, false, 6);  // $fn=6: a hexagonal prism
  EXPECT_EQ(hex.triangles.size(), 20u);
  EXPECT_NEAR(hex.volume(), 2 * 1.5 * std::sqrt(3.0), 1e-12);
  expect_closed(hex);
  csg::Solid cone = make_cylinder(10, 3, 0, false, 12);  // apex on top
  EXPECT_EQ(cone.triangles.size(), 22u);
  EXPECT_NEAR(cone.volume(), 90.000131, 90 * 1e-5);
  expect_closed(cone);
  csg::Solid inverted = make_cylinder(10, 0, 3, true, 12);  // apex at the bottom
  EXPECT_EQ(inverted.triangles.size(), 22u);
  EXPECT_NEAR(inverted.volume(), 90.000131, 90 * 1e-5);
  EXPECT_DOUBLE_EQ(inverted.bounds().min.z, -5);
  expect_closed(inverted);
  // cylinder(h=4, d=6, center=true): 10 fragments → 36 triangles, volume 105.801406.
  csg::Solid c = make_cylinder(4, 3, 3, true, int(fragments_from_r(3, 0, 2, 12)));
  EXPECT_EQ(c.triangles.size(), 36u);
  EXPECT_NEAR(c.volume(), 105.801406, 105.8 * 1e-5);
  EXPECT_NEAR(c.bounds().max.y, 2.85317, 1e-5);
  // cylinder(h=5, r1=2, r2=4, $fa=5, $fs=0.5): 51 fragments → 200 triangles, volume 146.237027.
  int f = int(fragments_from_r(4, 0, 0.5, 5));
  EXPECT_EQ(f, 51);
  csg::Solid frustum = make_cylinder(5, 2, 4, false, f);
  EXPECT_EQ(frustum.triangles.size(), 200u);
  EXPECT_NEAR(frustum.volume(), 146.237027, 146.2 * 1e-5);
  expect_closed(frustum);
}

TEST(ScadPrimitives, TwoD) {
  auto sq = make_square(2, 3, true);
  ASSERT_EQ(sq.rings.size(), 1u);
  EXPECT_EQ(sq.rings[0][0], (csg::Point2{-1, -1.5}));
  EXPECT_EQ(sq.rings[0][2], (csg::Point2{1, 1.5}));
  auto c = make_circle(2, 4);
  ASSERT_EQ(c.rings[0].size(), 4u);
  EXPECT_DOUBLE_EQ(c.rings[0][0].x, 2);
  EXPECT_NEAR(c.rings[0][1].y, 2, 1e-15);
}

TEST(ScadTransform, RotationsAndMirrors) {
  auto apply = [](const csg::Matrix4& m, double x, double y, double z) {
    return std::array<double, 3>{m[0] * x + m[1] * y + m[2] * z + m[3], m[4] * x + m[5] * y + m[6] * z + m[7],
                                 m[8] * x + m[9] * y + m[10] * z + m[11]};
  };
  auto p = apply(rotation_axis(90, 0, 0, 1), 1, 0, 0);  // rotate(90)
  EXPECT_EQ(p[0], 0.0);
  EXPECT_EQ(p[1], 1.0);
  // rotate([90, 0, 90]): x first, then z: (0,1,0) → (0,0,1) → (0,0,1); (1,0,0) → (1,0,0) → (0,1,0)
  auto m = rotation_xyz(90, 0, 90);
  auto q = apply(m, 0, 1, 0);
  EXPECT_NEAR(q[2], 1, 1e-15);
  auto r = apply(m, 1, 0, 0);
  EXPECT_NEAR(r[1], 1, 1e-15);
  // axis-angle about x equals rotate([a,0,0])
  auto ax = rotation_axis(37, 2, 0, 0), rx = rotation_xyz(37, 0, 0);
  for (size_t i = 0; i < 16; ++i) EXPECT_NEAR(ax[i], rx[i], 1e-15);
  auto mir = mirroring(1, 1, 0);
  auto s = apply(mir, 1, 0, 0);
  EXPECT_NEAR(s[0], 0, 1e-15);
  EXPECT_NEAR(s[1], -1, 1e-15);
  EXPECT_LT(determinant3(mir), 0);
  EXPECT_EQ(mirroring(0, 0, 0), identity4());
  auto t = multiply(translation(1, 2, 3), scaling(2, 2, 2));
  auto u = apply(t, 1, 1, 1);
  EXPECT_EQ(u[0], 3);
  EXPECT_EQ(u[2], 5);
}

TEST(ScadTransform, ResizeFactors) {
  // resize([20, 0, 0], auto=true) of a 10 x 5 x 2 box: all axes ×2
  auto f = resize_factors({10, 5, 2}, {20, 0, 0}, {true, true, true}, 3);
  EXPECT_EQ(f.scale, (std::array<double, 3>{2, 2, 2}));
  // without auto only x changes; a flat axis has no effect
  auto g = resize_factors({10, 5, 0}, {20, 0, 4}, {false, false, false}, 3);
  EXPECT_EQ(g.scale, (std::array<double, 3>{2, 1, 1}));
  EXPECT_TRUE(g.no_effect[2]);
  // auto on z only follows the largest requested size
  auto h = resize_factors({10, 5, 2}, {20, 30, 0}, {false, false, true}, 3);
  EXPECT_EQ(h.scale, (std::array<double, 3>{2, 6, 6}));
}

}  // namespace
}  // namespace cadscribe::cad::scad
