// kernel/curves_faces_test.cpp — edges, wires, nested-wire faces and 2D offsets.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

TEST(Curves, LineLengthTypeAndEnds) {
  Shape e = must(make_line({0, 0, 0}, {3, 4, 0}));
  EXPECT_EQ(e.type(), ShapeType::kEdge);
  EXPECT_EQ(geom_type(e), "LINE");
  EXPECT_NEAR(length(e), 5, 1e-12);
  Vec3 p = must(edge_point(e, 0.5));
  EXPECT_NEAR(p.x, 1.5, 1e-9);
  EXPECT_NEAR(p.y, 2, 1e-9);
  Vec3 t = must(edge_tangent(e, 0));
  EXPECT_NEAR(t.x, 0.6, 1e-9);
  EXPECT_NEAR(t.y, 0.8, 1e-9);
  EXPECT_FALSE(is_closed(e));
}

TEST(Curves, CircleAndArcs) {
  Shape c = must(make_circle(xy({1, 1, 0}), 2));
  EXPECT_EQ(geom_type(c), "CIRCLE");
  EXPECT_NEAR(length(c), 4 * kPi, 1e-9);
  EXPECT_TRUE(is_closed(c));
  Shape arc = must(make_circle_arc(xy(), 2, 0, 90));
  EXPECT_NEAR(length(arc), kPi, 1e-9);
  Vec3 end = must(edge_point(arc, 1));
  EXPECT_NEAR(end.x, 0, 1e-9);
  EXPECT_NEAR(end.y, 2, 1e-9);
  Shape arc3 = must(make_arc_3pt({-1, 0, 0}, {0, 1, 0}, {1, 0, 0}));
  EXPECT_NEAR(length(arc3), kPi, 1e-9);
  EXPECT_EQ(geom_type(arc3), "CIRCLE");
}

TEST(Curves, EllipseBothAxisOrders) {
  // Ramanujan's approximation is exact to ~1e-5 relative for these ratios.
  auto perimeter = [](double a, double b) {
    double h = (a - b) * (a - b) / ((a + b) * (a + b));
    return kPi * (a + b) * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
  };
  Shape e1 = must(make_ellipse(xy(), 4, 2));
  Shape e2 = must(make_ellipse(xy(), 2, 4));
  EXPECT_EQ(geom_type(e1), "ELLIPSE");
  EXPECT_LT(rel_err(length(e1), perimeter(4, 2)), 1e-5);
  EXPECT_LT(rel_err(length(e2), perimeter(4, 2)), 1e-5);
  mesh::Box b2 = bounding_box(e2);
  EXPECT_NEAR(b2.size().x, 4, 1e-6);  // r1 = 2 along x
  EXPECT_NEAR(b2.size().y, 8, 1e-6);
  Shape arc = must(make_ellipse_arc(xy(), 2, 4, 0, 90));
  Vec3 end = must(edge_point(arc, 1));
  EXPECT_NEAR(end.x, 0, 1e-6);
  EXPECT_NEAR(end.y, 4, 1e-6);
}

TEST(Curves, SplineAndBezier) {
  Shape s = must(make_spline({{0, 0, 0}, {1, 1, 0}, {2, 0, 0}, {3, 1, 0}}));
  EXPECT_EQ(geom_type(s), "BSPLINE");
  Vec3 end = must(edge_point(s, 1));
  EXPECT_NEAR(end.x, 3, 1e-9);
  Shape st = must(make_spline({{0, 0, 0}, {5, 0, 0}}, {{0, 1, 0}, {0, 1, 0}}));
  Vec3 t0 = must(edge_tangent(st, 0));
  EXPECT_NEAR(t0.y, 1, 1e-6);
  Shape per = must(make_spline({{1, 0, 0}, {0, 1, 0}, {-1, 0, 0}, {0, -1, 0}}, {}, true));
  EXPECT_TRUE(is_closed(per));
  Shape bz = must(make_bezier({{0, 0, 0}, {1, 2, 0}, {2, 0, 0}}));
  EXPECT_EQ(geom_type(bz), "BEZIER");
}

TEST(Curves, BadCurveInputs) {
  EXPECT_EQ(code_of(make_line({0, 0, 0}, {0, 0, 0})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_line({0, 0, 0}, {std::nan(""), 0, 0})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_arc_3pt({0, 0, 0}, {1, 0, 0}, {2, 0, 0})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_circle(xy(), 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_ellipse(xy(), 1, -1)), "geom.invalid_input");
  EXPECT_EQ(code_of(make_spline({{0, 0, 0}})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_spline({{0, 0, 0}, {0, 0, 0}, {1, 0, 0}})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_spline({{0, 0, 0}, {1, 0, 0}, {2, 1, 0}}, {{1, 0, 0}})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_bezier({{0, 0, 0}})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_polygon({{0, 0, 0}, {1, 0, 0}})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_wire({})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_wire({box(1, 1, 1)})), "geom.invalid_input");
}

TEST(Wires, PolygonAndEdgeAssembly) {
  Shape sq = rect_wire(0, 0, 10, 10);
  EXPECT_EQ(sq.type(), ShapeType::kWire);
  EXPECT_TRUE(is_closed(sq));
  EXPECT_NEAR(length(sq), 40, 1e-9);
  Shape open = must(make_polygon({{0, 0, 0}, {1, 0, 0}, {1, 1, 0}}, false));
  EXPECT_FALSE(is_closed(open));
  // Edges given out of order still make one closed wire.
  Shape w = must(make_wire({must(make_line({0, 0, 0}, {1, 0, 0})), must(make_line({1, 1, 0}, {0, 0, 0})),
                            must(make_line({1, 0, 0}, {1, 1, 0}))}));
  EXPECT_TRUE(is_closed(w));
  EXPECT_EQ(sub_shapes(w, ShapeType::kEdge).size(), 3u);
}

TEST(Wires, DisconnectedEdgesFail) {
  auto r = make_wire({must(make_line({0, 0, 0}, {1, 0, 0})), must(make_line({5, 5, 0}, {6, 5, 0}))});
  EXPECT_EQ(code_of(r), "geom.construction_failed");
}

TEST(Faces, SingleSquare) {
  auto faces = must(make_faces({rect_wire(0, 0, 10, 10)}));
  ASSERT_EQ(faces.size(), 1u);
  EXPECT_NEAR(area(faces[0]), 100, 1e-9);
  EXPECT_EQ(geom_type(faces[0]), "PLANE");
}

TEST(Faces, SquareWithCircularHole) {
  auto faces = must(make_faces({circle_wire({0, 0, 0}, 5), rect_wire(-10, -10, 10, 10)}));
  ASSERT_EQ(faces.size(), 1u);
  EXPECT_NEAR(area(faces[0]), 400 - 25 * kPi, 1e-6);
  EXPECT_EQ(sub_shapes(faces[0], ShapeType::kWire).size(), 2u);
  EXPECT_TRUE(check_validity(faces[0]).brep_valid);
}

TEST(Faces, IslandInsideHoleBecomesSecondFace) {
  auto faces = must(make_faces({rect_wire(-10, -10, 10, 10), circle_wire({0, 0, 0}, 5), rect_wire(-2, -2, 2, 2)}));
  ASSERT_EQ(faces.size(), 2u);
  EXPECT_NEAR(area(faces[0]), 400 - 25 * kPi, 1e-6);
  EXPECT_NEAR(area(faces[1]), 16, 1e-9);
}

TEST(Faces, DisjointWiresGiveSeparateFacesAndTwoHoles) {
  auto faces = must(make_faces({rect_wire(0, 0, 10, 10), rect_wire(20, 0, 30, 10), circle_wire({5, 5, 0}, 1),
                                circle_wire({25, 5, 0}, 2)}));
  ASSERT_EQ(faces.size(), 2u);
  EXPECT_NEAR(area(faces[0]) + area(faces[1]), 200 - kPi - 4 * kPi, 1e-6);
}

TEST(Faces, Errors) {
  EXPECT_EQ(code_of(make_faces({})), "geom.invalid_input");
  Shape open = must(make_polygon({{0, 0, 0}, {1, 0, 0}, {1, 1, 0}}, false));
  EXPECT_EQ(code_of(make_faces({open})), "geom.invalid_input");
  Shape skew = must(make_polygon({{0, 0, 0}, {1, 0, 0}, {1, 1, 1}, {0, 1, 0}}));
  EXPECT_EQ(code_of(make_faces({skew})), "geom.invalid_input");
  EXPECT_EQ(code_of(make_faces({box(1, 1, 1)})), "geom.invalid_input");
}

TEST(Offset2d, SquareGrowsAndShrinks) {
  Shape sq = rect_wire(0, 0, 10, 10);
  auto grown = must(offset_wire_2d(sq, 1, "intersection"));
  ASSERT_EQ(grown.size(), 1u);
  EXPECT_NEAR(length(grown[0]), 48, 1e-6);
  auto arc = must(offset_wire_2d(sq, 1, "arc"));
  ASSERT_EQ(arc.size(), 1u);
  EXPECT_NEAR(length(arc[0]), 40 + 2 * kPi, 1e-6);
  auto shrunk = must(offset_wire_2d(sq, -1, "arc"));
  ASSERT_EQ(shrunk.size(), 1u);
  EXPECT_NEAR(length(shrunk[0]), 32, 1e-6);
  EXPECT_EQ(code_of(offset_wire_2d(sq, 1, "bogus")), "geom.invalid_input");
  EXPECT_EQ(code_of(offset_wire_2d(sq, std::nan(""), "arc")), "geom.invalid_input");
}

}  // namespace
}  // namespace cadscribe::kernel
