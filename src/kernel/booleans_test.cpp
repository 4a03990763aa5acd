// kernel/booleans_test.cpp — fuse / cut / common / split / section / clean and their errors.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

TEST(Booleans, BoxMinusCylinder) {
  Shape b = box(10, 10, 10);
  Shape c = must(make_cylinder(xy({5, 5, -1}), 2, 12));
  Shape r = must(cut(b, c));
  EXPECT_NEAR(volume(r), 1000 - 40 * kPi, 1e-6);
  EXPECT_EQ(sub_shapes(r, ShapeType::kFace).size(), 7u);
  Validity v = check_validity(r);
  EXPECT_TRUE(v.brep_valid);
  EXPECT_TRUE(v.connected);
}

TEST(Booleans, FuseAndCommonOfOverlappingBoxes) {
  Shape a = box(10, 10, 10), b = box(10, 10, 10, {5, 0, 0});
  EXPECT_NEAR(volume(must(fuse(a, b))), 1500, 1e-6);
  EXPECT_NEAR(volume(must(common(a, b))), 500, 1e-6);
  EXPECT_NEAR(volume(must(cut(a, b))), 500, 1e-6);
}

TEST(Booleans, CutAllTakesOverlappingToolsInOneOperation) {
  // A 10 x 10 x 2 plate minus two overlapping cylinders and one apart: the same solid as three
  // cuts in a row, faces and volume.
  Shape plate = box(10, 10, 2);
  std::vector<Shape> tools = {must(make_cylinder(xy({3, 3, -1}), 1.5, 4)),
                              must(make_cylinder(xy({4, 3, -1}), 1.5, 4)),
                              must(make_cylinder(xy({7, 7, -1}), 1, 4))};
  Shape at_once = must(cut_all(plate, tools));
  Shape in_turn = plate;
  for (const auto& t : tools) in_turn = must(cut(in_turn, t));
  EXPECT_NEAR(volume(at_once), volume(in_turn), 1e-6);
  EXPECT_EQ(sub_shapes(at_once, ShapeType::kFace).size(), sub_shapes(in_turn, ShapeType::kFace).size());
  EXPECT_EQ(sub_shapes(at_once, ShapeType::kSolid).size(), 1u);
  EXPECT_TRUE(check_validity(at_once).brep_valid);
  EXPECT_EQ(code_of(cut_all(plate, {})), "geom.invalid_input");
  EXPECT_EQ(code_of(cut_all(plate, {tools[0], Shape()})), "geom.invalid_input");
}

TEST(Booleans, FuseAllInOneOperation) {
  std::vector<Shape> boxes;
  for (int i = 0; i < 5; ++i) boxes.push_back(box(2, 2, 2, {1.0 * i, 0, 0}));
  Shape r = must(fuse_all(boxes));
  EXPECT_NEAR(volume(r), 6 * 2 * 2, 1e-6);
  EXPECT_EQ(sub_shapes(r, ShapeType::kSolid).size(), 1u);
  Shape single = must(fuse_all({boxes[0]}));
  EXPECT_TRUE(single.is_same(boxes[0]));
}

TEST(Booleans, DisjointFuseKeepsBothSolids) {
  Shape r = must(fuse(box(1, 1, 1), box(1, 1, 1, {5, 0, 0})));
  EXPECT_EQ(sub_shapes(r, ShapeType::kSolid).size(), 2u);
  Validity v = check_validity(r);
  EXPECT_EQ(v.solids, 2);
  EXPECT_FALSE(v.connected);
}

TEST(Booleans, EmptyResultIsAnError) {
  EXPECT_EQ(code_of(common(box(1, 1, 1), box(1, 1, 1, {5, 0, 0}))), "geom.boolean_failed");
  EXPECT_EQ(code_of(cut(box(1, 1, 1), box(3, 3, 3, {-1, -1, -1}))), "geom.boolean_failed");
}

TEST(Booleans, NullInputsAreInvalid) {
  EXPECT_EQ(code_of(fuse(Shape(), box(1, 1, 1))), "geom.invalid_input");
  EXPECT_EQ(code_of(cut(box(1, 1, 1), Shape())), "geom.invalid_input");
  EXPECT_EQ(code_of(common(Shape(), Shape())), "geom.invalid_input");
  EXPECT_EQ(code_of(fuse_all({})), "geom.invalid_input");
  EXPECT_EQ(code_of(fuse_all({box(1, 1, 1), Shape()})), "geom.invalid_input");
  EXPECT_EQ(code_of(split(box(1, 1, 1), {})), "geom.invalid_input");
  EXPECT_EQ(code_of(section(Shape(), xy())), "geom.invalid_input");
  EXPECT_EQ(code_of(clean(Shape())), "geom.invalid_input");
}

TEST(Booleans, OcctRefusalBecomesDiagWithAlertNote) {
  // OCCT does not fuse a solid with a face: the alert's name travels in the Diag's notes.
  Shape face = must(make_faces({rect_wire(0, 0, 5, 5, 20)}))[0];
  auto r = fuse(box(10, 10, 10), face);
  ASSERT_EQ(code_of(r), "geom.boolean_failed");
  ASSERT_FALSE(r.error().notes.empty());
  EXPECT_NE(r.error().notes[0].find("BOPAlgo_Alert"), std::string::npos);
}

TEST(Booleans, SplitByPlaneFace) {
  Shape b = box(10, 10, 10);
  Shape cutter = must(make_faces({rect_wire(-1, -1, 11, 11, 4)}))[0];
  Shape r = must(split(b, {cutter}));
  auto solids = sub_shapes(r, ShapeType::kSolid);
  ASSERT_EQ(solids.size(), 2u);
  EXPECT_NEAR(volume(solids[0]) + volume(solids[1]), 1000, 1e-6);
  EXPECT_NEAR(std::min(volume(solids[0]), volume(solids[1])), 400, 1e-6);
}

TEST(Booleans, SectionOfSolidGivesFace) {
  Shape c = must(make_cylinder(xy(), 3, 10));
  Shape s = must(section(c, xy({0, 0, 5})));
  auto faces = sub_shapes(s, ShapeType::kFace);
  ASSERT_EQ(faces.size(), 1u);
  EXPECT_NEAR(area(faces[0]), 9 * kPi, 1e-6);
  EXPECT_NEAR(center_of_mass(faces[0]).z, 5, 1e-9);
}

TEST(Booleans, SectionOfFaceGivesEdges) {
  Shape f = must(make_faces({rect_wire(0, 0, 10, 10)}))[0];
  Shape s = must(section(f, Frame{{5, 0, 0}, {0, 1, 0}, {1, 0, 0}}));
  EXPECT_NEAR(length(s), 10, 1e-6);
}

TEST(Booleans, CleanMergesCoplanarFaces) {
  Shape r = must(fuse(box(10, 10, 10), box(10, 10, 10, {10, 0, 0})));
  EXPECT_GT(sub_shapes(r, ShapeType::kFace).size(), 6u);
  Shape c = must(clean(r));
  EXPECT_EQ(sub_shapes(c, ShapeType::kFace).size(), 6u);
  EXPECT_NEAR(volume(c), 2000, 1e-6);
}

TEST(Booleans, CleanIsIdentityOnCleanShapes) {
  Shape b = box(1, 2, 3);
  Shape c = must(clean(b));
  EXPECT_EQ(sub_shapes(c, ShapeType::kFace).size(), 6u);
  EXPECT_NEAR(volume(c), 6, 1e-9);
}

}  // namespace
}  // namespace cadscribe::kernel
