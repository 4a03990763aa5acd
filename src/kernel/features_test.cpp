// kernel/features_test.cpp — extrude (plain, tapered, with holes), revolve, loft, sweep, twist.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

Shape square_face(double s) { return must(make_faces({rect_wire(-s / 2, -s / 2, s / 2, s / 2)}))[0]; }

TEST(Extrude, BoxFromSquare) {
  Shape s = must(extrude({square_face(10)}, {0, 0, 5}));
  EXPECT_EQ(s.type(), ShapeType::kSolid);
  EXPECT_NEAR(volume(s), 500, 1e-9);
  EXPECT_EQ(sub_shapes(s, ShapeType::kFace).size(), 6u);
}

TEST(Extrude, NegativeDirectionGivesPositiveVolume) {
  Shape s = must(extrude({rect_wire(0, 0, 10, 10)}, {0, 0, -5}));
  EXPECT_NEAR(volume(s), 500, 1e-9);
  EXPECT_NEAR(bounding_box(s).min.z, -5, 1e-6);
}

TEST(Extrude, WiresWithHoleAndIsland) {
  Shape s = must(extrude({rect_wire(-10, -10, 10, 10), circle_wire({0, 0, 0}, 5), rect_wire(-2, -2, 2, 2)}, {0, 0, 2}));
  EXPECT_EQ(s.type(), ShapeType::kCompound);
  EXPECT_EQ(sub_shapes(s, ShapeType::kSolid).size(), 2u);
  EXPECT_NEAR(volume(s), 2 * (400 - 25 * kPi + 16), 1e-6);
}

TEST(Extrude, TaperMakesFrustum) {
  const double a = 10, h = 10, taper = 5;
  double top = a - 2 * h * std::tan(taper * kPi / 180);
  double want = h / 3 * (a * a + top * top + a * top);
  Shape s = must(extrude({square_face(a)}, {0, 0, h}, taper));
  EXPECT_LT(rel_err(volume(s), want), 1e-6);
  EXPECT_TRUE(check_validity(s).brep_valid);
  // Negative taper flares outward and LocOpe_DPrism rounds the convex corners (cone faces, as in
  // CadQuery): the section at height z is the square offset by o = z tan(taper) with arcs,
  // area a^2 + 4 a o + pi o^2; integrated over z.
  double t = std::tan(taper * kPi / 180);
  Shape s2 = must(extrude({square_face(a)}, {0, 0, h}, -taper));
  EXPECT_LT(rel_err(volume(s2), a * a * h + 2 * a * t * h * h + kPi * t * t * h * h * h / 3), 1e-6);
  EXPECT_NEAR(bounding_box(s2).max.x, a / 2 + h * t, 1e-6);
}

TEST(Extrude, TaperWithHoleGrowsTheHole) {
  // Section offset inward by o = z tan(taper): outer square shrinks, circular hole widens.
  const double a = 20, r = 3, h = 5, t = std::tan(5 * kPi / 180);
  double top = a - 2 * h * t;
  double outer = h / 3 * (a * a + top * top + a * top);
  double hole = kPi * (r * r * h + r * t * h * h + t * t * h * h * h / 3);
  auto faces = must(make_faces({rect_wire(-10, -10, 10, 10), circle_wire({0, 0, 0}, r)}));
  Shape s = must(extrude(faces, {0, 0, h}, 5));
  EXPECT_LT(rel_err(volume(s), outer - hole), 1e-6);
  EXPECT_TRUE(check_validity(s).brep_valid);
}

TEST(Extrude, TaperAgainstFaceNormal) {
  const double a = 10, h = 4, taper = 10;
  double top = a - 2 * h * std::tan(taper * kPi / 180);
  Shape s = must(extrude({square_face(a)}, {0, 0, -h}, taper));
  EXPECT_LT(rel_err(volume(s), h / 3 * (a * a + top * top + a * top)), 1e-6);
  EXPECT_NEAR(bounding_box(s).min.z, -h, 1e-6);
}

TEST(Extrude, Errors) {
  EXPECT_EQ(code_of(extrude({square_face(1)}, {0, 0, 0})), "geom.invalid_input");
  EXPECT_EQ(code_of(extrude({square_face(1)}, {0, 0, INFINITY})), "geom.invalid_input");
  EXPECT_EQ(code_of(extrude({square_face(1)}, {0, 0, 1}, 90)), "geom.invalid_input");
  EXPECT_EQ(code_of(extrude({}, {0, 0, 1})), "geom.invalid_input");
  EXPECT_EQ(code_of(extrude({Shape()}, {0, 0, 1})), "geom.invalid_input");
}

TEST(Revolve, RectangleToCylinder) {
  // Rectangle in the XZ plane, x in [0, 5], z in [0, 10], about the z axis.
  Shape r = must(make_polygon({{0, 0, 0}, {5, 0, 0}, {5, 0, 10}, {0, 0, 10}}));
  Shape s = must(revolve({r}, {0, 0, 0}, {0, 0, 1}, 360));
  EXPECT_NEAR(volume(s), 250 * kPi, 1e-6);
  Shape half = must(revolve({r}, {0, 0, 0}, {0, 0, 1}, 180));
  EXPECT_NEAR(volume(half), 125 * kPi, 1e-6);
}

TEST(Revolve, CircleToTorus) {
  Shape s = must(revolve({circle_wire({10, 0, 0}, 2, {0, 1, 0})}, {0, 0, 0}, {0, 0, 1}, 360));
  EXPECT_NEAR(volume(s), 2 * kPi * kPi * 10 * 4, 1e-6);
}

TEST(Revolve, Errors) {
  Shape r = rect_wire(1, 0, 2, 1);
  EXPECT_EQ(code_of(revolve({r}, {0, 0, 0}, {0, 0, 0}, 360)), "geom.invalid_input");
  EXPECT_EQ(code_of(revolve({r}, {0, 0, 0}, {0, 1, 0}, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(revolve({r}, {0, 0, 0}, {0, 1, 0}, std::nan(""))), "geom.invalid_input");
}

TEST(Loft, CirclesMakeFrustum) {
  Shape s = must(loft({circle_wire({0, 0, 0}, 5), circle_wire({0, 0, 10}, 2)}, true));
  EXPECT_EQ(s.type(), ShapeType::kSolid);
  EXPECT_LT(rel_err(volume(s), kPi * 10 / 3 * (25 + 10 + 4)), 1e-4);
  Shape smooth = must(loft({circle_wire({0, 0, 0}, 5), circle_wire({0, 0, 10}, 2)}, false));
  EXPECT_LT(rel_err(volume(smooth), kPi * 10 / 3 * (25 + 10 + 4)), 1e-4);
}

TEST(Loft, SquaresMakePyramidFrustum) {
  Shape s = must(loft({rect_wire(-5, -5, 5, 5, 0), rect_wire(-3, -3, 3, 3, 10)}, true));
  EXPECT_LT(rel_err(volume(s), 10.0 / 3 * (100 + 36 + 60)), 1e-6);
  EXPECT_EQ(sub_shapes(s, ShapeType::kFace).size(), 6u);
}

TEST(Loft, ToApexVertex) {
  Shape s = must(loft({rect_wire(-5, -5, 5, 5, 0), make_vertex({0, 0, 6})}, true));
  EXPECT_LT(rel_err(volume(s), 100 * 6 / 3.0), 1e-6);
}

TEST(Revolve, ProfileCrossingTheAxisFails) {
  EXPECT_EQ(code_of(revolve({rect_wire(-1, 0, 1, 1)}, {0, 0, 0}, {0, 1, 0}, 360)), "geom.construction_failed");
}

TEST(Loft, OpenAndClosedSectionsFailWithOcctMessage) {
  // ThruSections throws Standard_DomainError here: guard() turns it into a Diag.
  auto r = loft({rect_wire(0, 0, 1, 1), must(make_polygon({{0, 0, 1}, {1, 0, 1}, {1, 1, 1}}, false))}, false);
  EXPECT_EQ(code_of(r), "geom.loft_failed");
  EXPECT_NE(r.error().message.find("Standard_DomainError"), std::string::npos);
}

TEST(Loft, Errors) {
  EXPECT_EQ(code_of(loft({circle_wire({0, 0, 0}, 5)}, false)), "geom.invalid_input");
  EXPECT_EQ(code_of(loft({circle_wire({0, 0, 0}, 5), box(1, 1, 1)}, false)), "geom.invalid_input");
}

TEST(Sweep, CircleAlongLineIsCylinder) {
  Shape path = must(make_line({0, 0, 0}, {0, 0, 10}));
  Shape s = must(sweep({circle_wire({0, 0, 0}, 2)}, path, false, "transformed"));
  EXPECT_LT(rel_err(volume(s), 40 * kPi), 1e-6);
  Shape f = must(sweep({circle_wire({0, 0, 0}, 2)}, path, true, "right"));
  EXPECT_LT(rel_err(volume(f), 40 * kPi), 1e-6);
}

TEST(Sweep, CircleAlongArcIsTorusSection) {
  // Quarter arc of radius 10 starting at the origin heading +z; profile r = 2 in the XY plane.
  double c = 10 - 10 * std::cos(kPi / 4), s45 = 10 * std::sin(kPi / 4);
  Shape arc = must(make_arc_3pt({0, 0, 0}, {c, 0, s45}, {10, 0, 10}));
  Shape s = must(sweep({circle_wire({0, 0, 0}, 2)}, arc, true, "transformed"));
  EXPECT_LT(rel_err(volume(s), 4 * kPi * (kPi / 2 * 10)), 1e-4);  // Pappus
  EXPECT_TRUE(check_validity(s).brep_valid);
}

TEST(Sweep, TubeWithInnerProfile) {
  Shape path = must(make_line({0, 0, 0}, {0, 0, 10}));
  Shape s = must(sweep({circle_wire({0, 0, 0}, 3), circle_wire({0, 0, 0}, 2)}, path, false, "transformed"));
  EXPECT_LT(rel_err(volume(s), (9 - 4) * kPi * 10), 1e-6);
}

TEST(Sweep, SquareAlongPolylineWithCorners) {
  Shape path = must(make_polygon({{0, 0, 0}, {0, 0, 10}, {10, 0, 10}}, false));
  for (const char* mode : {"right", "round"}) {
    auto r = sweep({rect_wire(-1, -1, 1, 1)}, path, false, mode);
    ASSERT_TRUE(r.ok()) << mode << ": " << r.error().to_string();
    EXPECT_GT(volume(*r), 0) << mode;
    EXPECT_TRUE(check_validity(*r).brep_valid) << mode;
  }
  // "transformed" at a sharp corner makes a self-intersecting pipe: it must come back as a
  // Diag (or a valid solid), never as a broken shape.
  auto t = sweep({rect_wire(-1, -1, 1, 1)}, path, false, "transformed");
  if (t.ok()) EXPECT_TRUE(check_validity(*t).brep_valid);
  else EXPECT_EQ(t.error().code, "geom.sweep_failed");
}

TEST(SweepGuided, FixedNormalAndAuxSpine) {
  Shape path = must(make_line({0, 0, 0}, {0, 0, 10}));
  SweepGuide normal;
  normal.normal = Vec3{0, 0, 1};
  Shape prism = must(sweep_guided({rect_wire(-1, -1, 1, 1)}, path, normal));
  EXPECT_LT(rel_err(volume(prism), 40), 1e-6);
  // A quarter-turn helix as auxiliary spine twists the square like twist_extrude.
  SweepGuide aux;
  aux.aux_spine = must(make_helix(40, 10, 1));
  Shape twisted = must(sweep_guided({rect_wire(-1, -1, 1, 1)}, path, aux));
  EXPECT_LT(rel_err(volume(twisted), 40), 1e-3);
  mesh::Box bb = bounding_box(twisted);
  EXPECT_GT(bb.max.x, 1.2);  // the top square is rotated by 90 degrees -> corners sweep past x = 1
  EXPECT_EQ(code_of(sweep_guided({rect_wire(-1, -1, 1, 1)}, path, SweepGuide{})), "geom.invalid_input");
}

TEST(SweepMulti, CirclesAlongLineMakeFrustum) {
  Shape path = must(make_line({0, 0, 0}, {0, 0, 10}));
  Shape s = must(sweep_multi({circle_wire({0, 0, 0}, 5), circle_wire({0, 0, 10}, 2)}, path, false));
  EXPECT_LT(rel_err(volume(s), kPi * 10 / 3 * (25 + 10 + 4)), 1e-3);
  EXPECT_TRUE(check_validity(s).brep_valid);
  EXPECT_EQ(code_of(sweep_multi({circle_wire({0, 0, 0}, 5)}, path, false)), "geom.invalid_input");
}

TEST(Sweep, Errors) {
  Shape path = must(make_line({0, 0, 0}, {0, 0, 10}));
  EXPECT_EQ(code_of(sweep({circle_wire({0, 0, 0}, 2)}, path, false, "bogus")), "geom.invalid_input");
  EXPECT_EQ(code_of(sweep({}, path, false, "right")), "geom.invalid_input");
  EXPECT_EQ(code_of(sweep({circle_wire({0, 0, 0}, 2)}, box(1, 1, 1), false, "right")), "geom.invalid_input");
}

TEST(TwistExtrude, KeepsCrossSectionArea) {
  Shape s = must(twist_extrude({rect_wire(-5, -5, 5, 5)}, {0, 0, 10}, {0, 0, 0}, 45));
  EXPECT_LT(rel_err(volume(s), 1000), 1e-3);
  EXPECT_TRUE(check_validity(s).brep_valid);
  // The top section is rotated by 45 degrees: its corner reaches 5*sqrt(2) along x.
  mesh::Box bb = bounding_box(s);
  EXPECT_NEAR(bb.max.x, 5 * std::sqrt(2.0), 1e-2);
  EXPECT_NEAR(bb.max.z, 10, 1e-6);
}

TEST(TwistExtrude, WithHole) {
  Shape s = must(twist_extrude({rect_wire(-5, -5, 5, 5), rect_wire(-2, -2, 2, 2)}, {0, 0, 10}, {0, 0, 0}, -30));
  EXPECT_LT(rel_err(volume(s), (100 - 16) * 10), 1e-3);
}

TEST(TwistExtrude, ZeroAngleIsPlainExtrude) {
  Shape s = must(twist_extrude({rect_wire(-5, -5, 5, 5)}, {0, 0, 10}, {0, 0, 0}, 0));
  EXPECT_NEAR(volume(s), 1000, 1e-9);
  EXPECT_EQ(code_of(twist_extrude({rect_wire(-5, -5, 5, 5)}, {0, 0, 0}, {0, 0, 0}, 10)), "geom.invalid_input");
}

}  // namespace
}  // namespace cadscribe::kernel
