// kernel/additions_test.cpp — helix, 2D fillet/chamfer, edge radius, point containment.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

TEST(Helix, LengthEndsAndHandedness) {
  Shape h = must(make_helix(2, 10, 5));
  EXPECT_EQ(h.type(), ShapeType::kWire);
  EXPECT_LT(rel_err(length(h), 5 * std::sqrt(std::pow(2 * kPi * 5, 2) + 4)), 1e-4);
  Vec3 a = must(edge_point(h, 0)), b = must(edge_point(h, 1));
  EXPECT_NEAR((a - Vec3{5, 0, 0}).norm(), 0, 1e-6);
  EXPECT_NEAR((b - Vec3{5, 0, 10}).norm(), 0, 1e-4);
  // A quarter turn: right-handed goes to +y, left-handed to -y.
  Vec3 r = must(edge_point(must(make_helix(2, 0.5, 5)), 1));
  Vec3 l = must(edge_point(must(make_helix(2, 0.5, 5, {0, 0, 0}, {0, 0, 1}, 360, true)), 1));
  EXPECT_NEAR(r.y, 5, 1e-4);
  EXPECT_NEAR(l.y, -5, 1e-4);
}

TEST(Helix, ConicalWidens) {
  Shape h = must(make_helix(2, 10, 5, {0, 0, 0}, {0, 0, 1}, 10));
  mesh::Box bb = bounding_box(h);
  EXPECT_GT(bb.max.x, 5 + 10 * std::tan(10 * kPi / 180) - 0.1);
}

TEST(Helix, SpringSweep) {
  // Wire radius 0.5 on a helix of radius 5, pitch 3, 2 turns: volume ~ pi r^2 * length.
  Shape path = must(make_helix(3, 6, 5));
  Shape profile = circle_wire({5, 0, 0}, 0.5, {0, 2 * kPi * 5, 3});
  Shape spring = must(sweep({profile}, path, true, "right"));
  EXPECT_LT(rel_err(volume(spring), kPi * 0.25 * length(path)), 1e-2);
  EXPECT_TRUE(check_validity(spring).brep_valid);
}

TEST(Helix, Errors) {
  EXPECT_EQ(code_of(make_helix(0, 10, 5)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_helix(1, -1, 5)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_helix(1, 10, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_helix(1, 10, 5, {0, 0, 0}, {0, 0, 0})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_helix(1, 10, 5, {0, 0, 0}, {0, 0, 1}, 95)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_helix(0.001, 10, 5)), "limit.size");
}

TEST(Corners2d, FilletAndChamferAreas) {
  Shape f = must(make_faces({rect_wire(0, 0, 10, 10)}))[0];
  auto vs = sub_shapes(f, ShapeType::kVertex);
  ASSERT_EQ(vs.size(), 4u);
  Shape filleted = must(fillet_2d(f, vs, 1));
  EXPECT_NEAR(area(filleted), 100 - 4 * (1 - kPi / 4), 1e-6);
  EXPECT_EQ(filleted.type(), ShapeType::kFace);
  Shape chamfered = must(chamfer_2d(f, {vs[0], vs[1]}, 1));
  EXPECT_NEAR(area(chamfered), 100 - 2 * 0.5, 1e-6);
  EXPECT_NEAR(volume(must(extrude({filleted}, {0, 0, 2}))), 2 * area(filleted), 1e-6);
}

TEST(Corners2d, Errors) {
  Shape f = must(make_faces({rect_wire(0, 0, 10, 10)}))[0];
  auto vs = sub_shapes(f, ShapeType::kVertex);
  EXPECT_EQ(code_of(fillet_2d(f, vs, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet_2d(f, {}, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet_2d(box(1, 1, 1), vs, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet_2d(f, {make_vertex({0, 0, 0})}, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet_2d(f, vs, 6)), "geom.fillet_failed");
  EXPECT_EQ(code_of(chamfer_2d(f, vs, -1)), "geom.invalid_input");
  EXPECT_EQ(code_of(chamfer_2d(f, vs, 11)), "geom.chamfer_failed");
}

TEST(EdgeRadius, CirclesOnly) {
  EXPECT_NEAR(must(edge_radius(must(make_circle(xy(), 3)))), 3, 1e-12);
  EXPECT_NEAR(must(edge_radius(must(make_circle_arc(xy(), 2, 0, 45)))), 2, 1e-12);
  EXPECT_EQ(code_of(edge_radius(must(make_line({0, 0, 0}, {1, 0, 0})))), "geom.invalid_input");
  EXPECT_EQ(code_of(edge_radius(box(1, 1, 1))), "geom.invalid_input");
}

TEST(IsInside, ClassifiesPoints) {
  Shape b = box(10, 10, 10);
  EXPECT_TRUE(is_inside(b, {5, 5, 5}));
  EXPECT_TRUE(is_inside(b, {10, 5, 5}));  // on the boundary
  EXPECT_FALSE(is_inside(b, {20, 5, 5}));
  Shape drilled = must(cut(b, must(make_cylinder(xy({5, 5, -1}), 2, 12))));
  EXPECT_FALSE(is_inside(drilled, {5, 5, 5}));
  EXPECT_FALSE(is_inside(must(make_faces({rect_wire(0, 0, 1, 1)}))[0], {0.5, 0.5, 0}));
  EXPECT_FALSE(is_inside(b, {std::nan(""), 0, 0}));
}

}  // namespace
}  // namespace cadscribe::kernel
