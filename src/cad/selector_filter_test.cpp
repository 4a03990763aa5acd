// Tests of the geometric selector filter on kernel shapes (no interpreter).
#include <gtest/gtest.h>

#include <algorithm>

#include "cad/selector_ast.h"

namespace cadscribe::cad {
namespace {

using kernel::Shape;
using kernel::ShapeType;
using math::Vec3;

// A 10 x 20 x 30 box with a corner at the origin.
Shape box() {
  auto b = kernel::make_box(math::Frame{}, 10, 20, 30);
  EXPECT_TRUE(b.ok());
  return *b;
}

std::vector<Shape> select(const std::vector<Shape>& objs, std::string_view sel) {
  auto s = parse_selector(sel);
  EXPECT_TRUE(s.ok()) << sel;
  if (!s) return {};
  auto r = filter_shapes(**s, objs);
  EXPECT_TRUE(r.ok()) << sel << ": " << r.error().message;
  return r ? *r : std::vector<Shape>{};
}

Vec3 center(const Shape& s) { return kernel::center_of_mass(s); }

TEST(SelectorFilter, FacesMinMax) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  ASSERT_EQ(faces.size(), 6u);
  auto top = select(faces, ">Z");
  ASSERT_EQ(top.size(), 1u);
  EXPECT_NEAR(center(top[0]).z, 30, 1e-9);
  auto bottom = select(faces, "<Z");
  ASSERT_EQ(bottom.size(), 1u);
  EXPECT_NEAR(center(bottom[0]).z, 0, 1e-9);
  auto right = select(faces, "right");
  ASSERT_EQ(right.size(), 1u);
  EXPECT_NEAR(center(right[0]).x, 10, 1e-9);
}

TEST(SelectorFilter, ParallelPerpendicularDirection) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  EXPECT_EQ(select(faces, "|Z").size(), 2u);   // normals parallel to Z
  EXPECT_EQ(select(faces, "#Z").size(), 4u);   // normals perpendicular to Z
  auto up = select(faces, "+Z");
  ASSERT_EQ(up.size(), 1u);
  EXPECT_NEAR(center(up[0]).z, 30, 1e-9);
  auto down = select(faces, "-Z");
  ASSERT_EQ(down.size(), 1u);
  EXPECT_NEAR(center(down[0]).z, 0, 1e-9);
  auto edges = kernel::sub_shapes(box(), ShapeType::kEdge);
  ASSERT_EQ(edges.size(), 12u);
  EXPECT_EQ(select(edges, "|Z").size(), 4u);
  EXPECT_EQ(select(edges, "#Z").size(), 8u);
}

TEST(SelectorFilter, MinMaxClustersEdges) {
  auto edges = kernel::sub_shapes(box(), ShapeType::kEdge);
  EXPECT_EQ(select(edges, ">Z").size(), 4u);  // the 4 top edges share the max centre height
  EXPECT_EQ(select(edges, "<X").size(), 4u);
  auto verts = kernel::sub_shapes(box(), ShapeType::kVertex);
  EXPECT_EQ(select(verts, ">Z").size(), 4u);
  EXPECT_EQ(select(verts, ">Z and >X and >Y").size(), 1u);
}

TEST(SelectorFilter, NthIndexing) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  // |Z faces sorted ascending by z: [bottom, top]; >Z[-1] = top, >Z[0] = bottom.
  auto last = select(faces, ">Z[-1]");
  ASSERT_EQ(last.size(), 1u);
  EXPECT_NEAR(center(last[0]).z, 30, 1e-9);
  auto first = select(faces, ">Z[0]");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_NEAR(center(first[0]).z, 0, 1e-9);
  // `<` reverses the order: <Z[-1] is the lowest, <Z[0] the highest.
  EXPECT_NEAR(center(select(faces, "<Z[-1]")[0]).z, 0, 1e-9);
  EXPECT_NEAR(center(select(faces, "<Z[0]")[0]).z, 30, 1e-9);
  // Faces whose normal is parallel to X sit at x = 0 and x = 10: >X[-2] is the x = 0 one.
  auto x2 = select(faces, ">X[-2]");
  ASSERT_EQ(x2.size(), 1u);
  EXPECT_NEAR(center(x2[0]).x, 0, 1e-9);
  // Edges parallel to X all have centre x = 5: one cluster, so only [0] / [-1] exist.
  auto edges = kernel::sub_shapes(box(), ShapeType::kEdge);
  EXPECT_EQ(select(edges, ">X[0]").size(), 4u);
}

TEST(SelectorFilter, NthOutOfRange) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  auto s = parse_selector(">Z[5]");
  ASSERT_TRUE(s.ok());
  auto r = filter_shapes(**s, faces);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "runtime.index_error");
  EXPECT_NE(r.error().message.find("index 5"), std::string::npos);
  auto empty = filter_shapes(**s, {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "runtime.value_error");
}

TEST(SelectorFilter, BooleanCombinations) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  EXPECT_EQ(select(faces, "|Z or |X").size(), 4u);
  EXPECT_EQ(select(faces, "not |Z").size(), 4u);
  EXPECT_EQ(select(faces, "#Z exc >X").size(), 3u);
  EXPECT_EQ(select(faces, "|Z and >Z").size(), 1u);
  EXPECT_EQ(select(faces, ">Z or >Z").size(), 1u);  // deduplicated
  auto edges = kernel::sub_shapes(box(), ShapeType::kEdge);
  EXPECT_EQ(select(edges, "|Z or <Z").size(), 8u);  // CadQuery's doc example: 4 vertical + 4 bottom
}

TEST(SelectorFilter, Types) {
  auto cyl = kernel::make_cylinder(math::Frame{}, 5, 10);
  ASSERT_TRUE(cyl.ok());
  auto faces = kernel::sub_shapes(*cyl, ShapeType::kFace);
  EXPECT_EQ(select(faces, "%PLANE").size(), 2u);
  EXPECT_EQ(select(faces, "%CYLINDER").size(), 1u);
  auto edges = kernel::sub_shapes(*cyl, ShapeType::kEdge);
  EXPECT_EQ(select(edges, "%CIRCLE").size(), 2u);
  EXPECT_EQ(select(edges, "%CIRCLE and >Z").size(), 1u);
  // Faces that are not planar are skipped by direction selectors.
  EXPECT_EQ(select(faces, "#Z").size(), 0u);
}

TEST(SelectorFilter, ObjectSelectors) {
  auto b = box();
  auto verts = kernel::sub_shapes(b, ShapeType::kVertex);
  auto nearest = filter_shapes(*make_nearest_selector({11, 21, 31}), verts);
  ASSERT_TRUE(nearest.ok());
  ASSERT_EQ(nearest->size(), 1u);
  Vec3 p = kernel::vertex_point((*nearest)[0]);
  EXPECT_NEAR(p.x, 10, 1e-9);
  EXPECT_NEAR(p.y, 20, 1e-9);
  EXPECT_NEAR(p.z, 30, 1e-9);
  // Box around the top face's centre only (strict inside test, corners in any order).
  auto faces = kernel::sub_shapes(b, ShapeType::kFace);
  auto boxed = filter_shapes(*make_box_selector({20, 20, 35}, {-1, -1, 25}, false), faces);
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->size(), 1u);
  auto with_bb = filter_shapes(*make_box_selector({-1, -1, 25}, {20, 30, 35}, true), faces);
  ASSERT_TRUE(with_bb.ok());
  EXPECT_EQ(with_bb->size(), 1u);
  // CenterNth along X on faces: 3 clusters (x = 0, 5, 10).
  auto mid = filter_shapes(*make_nth_selector(SelectorKind::kCenterNth, {1, 0, 0}, 1, true), faces);
  ASSERT_TRUE(mid.ok());
  EXPECT_EQ(mid->size(), 4u);
}

TEST(SelectorFilter, LengthRadiusAreaNth) {
  auto b = box();
  auto edges = kernel::sub_shapes(b, ShapeType::kEdge);
  auto longest = filter_shapes(*make_nth_selector(SelectorKind::kLengthNth, {}, -1, true), edges);
  ASSERT_TRUE(longest.ok());
  ASSERT_EQ(longest->size(), 4u);
  EXPECT_NEAR(kernel::length((*longest)[0]), 30, 1e-9);
  auto faces = kernel::sub_shapes(b, ShapeType::kFace);
  auto smallest = filter_shapes(*make_nth_selector(SelectorKind::kAreaNth, {}, 0, true), faces);
  ASSERT_TRUE(smallest.ok());
  ASSERT_EQ(smallest->size(), 2u);
  EXPECT_NEAR(kernel::area((*smallest)[0]), 200, 1e-6);
  auto c1 = kernel::make_circle(math::Frame{}, 2);
  auto c2 = kernel::make_circle(math::Frame{}, 5);
  ASSERT_TRUE(c1.ok() && c2.ok());
  std::vector<Shape> circles{*c2, *c1, edges[0]};  // the line is ignored (no radius)
  auto small = filter_shapes(*make_nth_selector(SelectorKind::kRadiusNth, {}, 0, true), circles);
  ASSERT_TRUE(small.ok());
  ASSERT_EQ(small->size(), 1u);
  EXPECT_TRUE((*small)[0].is_same(*c1));
}

TEST(SelectorFilter, InverseAndSubtractKeepInputOrder) {
  auto faces = kernel::sub_shapes(box(), ShapeType::kFace);
  auto r = select(faces, "not >Z");
  ASSERT_EQ(r.size(), 5u);
  size_t j = 0;
  for (const auto& f : faces) {
    if (j < r.size() && f.is_same(r[j])) ++j;
  }
  EXPECT_EQ(j, r.size());  // a subsequence of the input
}

}  // namespace
}  // namespace cadscribe::cad
