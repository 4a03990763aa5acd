// Tests of the Sketch geometry helpers over the kernel (no interpreter).
#include <gtest/gtest.h>

#include <cmath>

#include "cad/sketch.h"

namespace cadscribe::cad::sketch_geom {
namespace {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

constexpr double kPi = 3.14159265358979323846;

double total_area(const std::vector<Shape>& faces) {
  double a = 0;
  for (const auto& f : faces) a += kernel::area(f);
  return a;
}

std::vector<Vec3> face_vertices(const Shape& f) {
  std::vector<Vec3> out;
  for (const auto& v : kernel::sub_shapes(f, ShapeType::kVertex)) out.push_back(kernel::vertex_point(v));
  return out;
}

TEST(SketchGeometry, Primitives) {
  auto r = rect(4, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->type(), ShapeType::kFace);
  EXPECT_NEAR(kernel::area(*r), 8, 1e-9);
  mesh::Box bb = kernel::bounding_box(*r);
  EXPECT_NEAR(bb.min.x, -2, 1e-6);
  EXPECT_NEAR(bb.max.y, 1, 1e-6);
  auto c = circle(1);
  ASSERT_TRUE(c.ok());
  EXPECT_NEAR(kernel::area(*c), kPi, 1e-6);
  auto e = ellipse(2, 1);
  ASSERT_TRUE(e.ok());
  EXPECT_NEAR(kernel::area(*e), 2 * kPi, 1e-6);
  auto s = slot(4, 2);  // a 4 x 2 rectangle plus two half discs of radius 1
  ASSERT_TRUE(s.ok());
  EXPECT_NEAR(kernel::area(*s), 8 + kPi, 1e-6);
  EXPECT_FALSE(rect(0, 1).ok());
  EXPECT_FALSE(circle(-1).ok());
}

TEST(SketchGeometry, PolygonDropsRepeatedClosingPoint) {
  auto p = polygon({{0, 0, 0}, {2, 0, 0}, {2, 2, 0}, {0, 0, 0}});
  ASSERT_TRUE(p.ok());
  EXPECT_NEAR(kernel::area(*p), 2, 1e-9);
  EXPECT_EQ(kernel::sub_shapes(*p, ShapeType::kEdge).size(), 3u);
  EXPECT_FALSE(polygon({{0, 0, 0}, {1, 0, 0}}).ok());
}

TEST(SketchGeometry, CombineModes) {
  auto a = rect(2, 2);
  auto b = kernel::transform(*rect(2, 2), math::Transform::translation({1, 0, 0}));
  ASSERT_TRUE(a.ok() && b.ok());
  auto fused = combine({*a}, {*b}, 'a');
  ASSERT_TRUE(fused.ok()) << fused.error().message;
  EXPECT_NEAR(total_area(*fused), 6, 1e-6);
  auto cut = combine({*a}, {*b}, 's');
  ASSERT_TRUE(cut.ok()) << cut.error().message;
  EXPECT_NEAR(total_area(*cut), 2, 1e-6);
  auto common = combine({*a}, {*b}, 'i');
  ASSERT_TRUE(common.ok()) << common.error().message;
  EXPECT_NEAR(total_area(*common), 2, 1e-6);
  auto replaced = combine({*a}, {*b}, 'r');
  ASSERT_TRUE(replaced.ok());
  ASSERT_EQ(replaced->size(), 1u);
  EXPECT_TRUE((*replaced)[0].is_same(*b));
  auto first = combine({}, {*a}, 'a');
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->size(), 1u);
  auto nothing = combine({}, {*a}, 's');
  ASSERT_TRUE(nothing.ok());
  EXPECT_TRUE(nothing->empty());
  EXPECT_FALSE(combine({*a}, {*b}, 'x').ok());
}

TEST(SketchGeometry, FilletCorners) {
  auto r = rect(4, 2);
  ASSERT_TRUE(r.ok());
  auto all = face_vertices(*r);
  ASSERT_EQ(all.size(), 4u);
  auto f = fillet_face(*r, all, 0.5, false);
  ASSERT_TRUE(f.ok()) << f.error().message;
  // Each corner loses a square of 0.25 minus a quarter disc: 0.25 - pi/16.
  EXPECT_NEAR(kernel::area(*f), 8 - 4 * (0.25 - kPi * 0.25 / 4), 1e-6);
  EXPECT_EQ(kernel::sub_shapes(*f, ShapeType::kEdge).size(), 8u);
  EXPECT_TRUE(kernel::check_validity(*f).brep_valid);
  // One corner only.
  auto one = fillet_face(*r, {all[0]}, 0.5, false);
  ASSERT_TRUE(one.ok()) << one.error().message;
  EXPECT_NEAR(kernel::area(*one), 8 - (0.25 - kPi * 0.25 / 4), 1e-6);
}

TEST(SketchGeometry, ChamferCorners) {
  auto r = rect(4, 2);
  ASSERT_TRUE(r.ok());
  auto f = fillet_face(*r, face_vertices(*r), 0.5, true);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_NEAR(kernel::area(*f), 8 - 4 * 0.125, 1e-6);
}

TEST(SketchGeometry, FilletOfATriangleAndTooLarge) {
  auto t = polygon({{0, 0, 0}, {4, 0, 0}, {0, 4, 0}});
  ASSERT_TRUE(t.ok());
  auto f = fillet_face(*t, face_vertices(*t), 0.2, false);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_LT(kernel::area(*f), 8);
  EXPECT_GT(kernel::area(*f), 7.8);
  auto big = fillet_face(*rect(4, 2), face_vertices(*rect(4, 2)), 1.5, false);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, "geom.fillet_failed");
}

TEST(SketchGeometry, FilletSkipsSmoothJunctions) {
  auto s = slot(4, 2);  // lines meet the arcs tangentially: nothing to round
  ASSERT_TRUE(s.ok());
  auto f = fillet_face(*s, face_vertices(*s), 0.1, false);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_NEAR(kernel::area(*f), kernel::area(*s), 1e-9);
}

TEST(SketchGeometry, FilletBetweenLineAndArc) {
  // A square with a disc cut at one corner: two corners join a line and a concave arc.
  auto sq = rect(4, 4);
  auto disc = kernel::transform(*circle(1), math::Transform::translation({2, 2, 0}));
  ASSERT_TRUE(sq.ok() && disc.ok());
  auto cut = combine({*sq}, {*disc}, 's');
  ASSERT_TRUE(cut.ok());
  ASSERT_EQ(cut->size(), 1u);
  Shape face = (*cut)[0];
  double before = kernel::area(face);
  auto f = fillet_face(face, {{1, 2, 0}, {2, 1, 0}}, 0.2, false);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_TRUE(kernel::check_validity(*f).brep_valid);
  EXPECT_EQ(kernel::sub_shapes(*f, ShapeType::kEdge).size(), kernel::sub_shapes(face, ShapeType::kEdge).size() + 2);
  double after = kernel::area(*f);
  EXPECT_LT(after, before);
  EXPECT_GT(after, before - 0.05);
  // The fillet centre (1 - sqrt(1.4) + 1, 1.8) is 0.2 from the line y = 2 and 1.2 from (2, 2).
  auto c = fillet_face(face, {{1, 2, 0}, {2, 1, 0}}, 0.2, true);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_LT(kernel::area(*c), before);
}

TEST(SketchGeometry, FilletNeedsLinesOrArcs) {
  auto sq = rect(4, 4);
  auto el = kernel::transform(*ellipse(1.5, 0.8), math::Transform::translation({2, 2, 0}));
  ASSERT_TRUE(sq.ok() && el.ok());
  auto cut = combine({*sq}, {*el}, 's');
  ASSERT_TRUE(cut.ok());
  ASSERT_EQ(cut->size(), 1u);
  auto f = fillet_face((*cut)[0], face_vertices((*cut)[0]), 0.1, false);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, "unsupported.feature");
}

TEST(SketchGeometry, FilletOfFaceWithHole) {
  auto outer = rect(10, 10);
  auto hole = rect(2, 2);
  ASSERT_TRUE(outer.ok() && hole.ok());
  auto cut = combine({*outer}, {*hole}, 's');
  ASSERT_TRUE(cut.ok());
  ASSERT_EQ(cut->size(), 1u);
  std::vector<Vec3> corners{{5, 5, 0}, {-5, -5, 0}};
  auto f = fillet_face((*cut)[0], corners, 1, false);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_NEAR(kernel::area(*f), 96 - 2 * (1 - kPi / 4), 1e-6);
}

TEST(SketchGeometry, Locations) {
  math::Transform r = rot_z(90);
  Vec3 p = r.apply({1, 0, 0});
  EXPECT_NEAR(p.x, 0, 1e-12);
  EXPECT_NEAR(p.y, 1, 1e-12);
  // Extrinsic XYZ: rotate about X first, then Z.
  math::Transform l = location_xyz(1, 2, 3, 90, 0, 90);
  Vec3 q = l.apply({0, 1, 0});  // X-rot: (0,0,1); Z-rot leaves it; + translation
  EXPECT_NEAR(q.x, 1, 1e-12);
  EXPECT_NEAR(q.y, 2, 1e-12);
  EXPECT_NEAR(q.z, 4, 1e-12);
}

TEST(SketchGeometry, EdgeLocationOnCircle) {
  auto c = kernel::make_circle(math::Frame{}, 2);
  ASSERT_TRUE(c.ok());
  auto loc = edge_location(*c, 0, true);
  ASSERT_TRUE(loc.ok());
  Vec3 o = loc->apply({0, 0, 0});
  EXPECT_NEAR(o.x, 2, 1e-9);
  EXPECT_NEAR(o.y, 0, 1e-9);
  Vec3 x = loc->apply_vector({1, 0, 0});  // Frenet normal: towards the centre
  EXPECT_NEAR(x.x, -1, 1e-6);
  EXPECT_NEAR(x.y, 0, 1e-6);
  auto plain = edge_location(*c, 0.25, false);
  ASSERT_TRUE(plain.ok());
  Vec3 p = plain->apply({0, 0, 0});
  EXPECT_NEAR(p.x, 0, 1e-6);
  EXPECT_NEAR(p.y, 2, 1e-6);
}

}  // namespace
}  // namespace cadscribe::cad::sketch_geom
