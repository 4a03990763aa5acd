// kernel/modifiers_test.cpp — fillet, chamfer and shell volumes vs. hand-computed values.
#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

// Edges of a box parallel to the z axis (the 4 vertical ones).
std::vector<Shape> vertical_edges(const Shape& s) {
  std::vector<Shape> out;
  for (const auto& e : sub_shapes(s, ShapeType::kEdge)) {
    Vec3 t = must(edge_tangent(e));
    if (std::abs(std::abs(t.z) - 1) < 1e-9) out.push_back(e);
  }
  return out;
}

Shape face_at_max_z(const Shape& s) {
  Shape best;
  double z = -1e300;
  for (const auto& f : sub_shapes(s, ShapeType::kFace))
    if (center_of_mass(f).z > z) z = center_of_mass(f).z, best = f;
  return best;
}

TEST(Fillet, FourVerticalEdges) {
  Shape b = box(10, 10, 10);
  auto edges = vertical_edges(b);
  ASSERT_EQ(edges.size(), 4u);
  Shape r = must(fillet(b, edges, 1));
  EXPECT_NEAR(volume(r), 1000 - 4 * (1 - kPi / 4) * 10, 1e-6);
  EXPECT_EQ(sub_shapes(r, ShapeType::kFace).size(), 10u);
  int cylinders = 0;
  for (const auto& f : sub_shapes(r, ShapeType::kFace)) cylinders += geom_type(f) == "CYLINDER";
  EXPECT_EQ(cylinders, 4);
}

TEST(Fillet, Errors) {
  Shape b = box(10, 10, 10);
  auto edges = vertical_edges(b);
  EXPECT_EQ(code_of(fillet(b, edges, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet(b, edges, std::nan(""))), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet(b, {}, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(fillet(Shape(), edges, 1)), "geom.invalid_input");
  // An edge of another shape is not an edge of this one.
  EXPECT_EQ(code_of(fillet(b, vertical_edges(box(1, 1, 1, {50, 0, 0})), 0.1)), "geom.invalid_input");
  // Radius larger than the faces allow.
  EXPECT_EQ(code_of(fillet(b, sub_shapes(b, ShapeType::kEdge), 6)), "geom.fillet_failed");
}

TEST(Chamfer, SymmetricAndAsymmetric) {
  Shape b = box(10, 10, 10);
  auto edges = vertical_edges(b);
  EXPECT_NEAR(volume(must(chamfer(b, edges, 1))), 1000 - 4 * 0.5 * 1 * 1 * 10, 1e-6);
  EXPECT_NEAR(volume(must(chamfer(b, edges, 1, 2))), 1000 - 4 * 0.5 * 1 * 2 * 10, 1e-6);
  EXPECT_NEAR(volume(must(chamfer(b, edges, 1, 1.0))), 1000 - 4 * 0.5 * 10, 1e-6);
}

TEST(Chamfer, Errors) {
  Shape b = box(10, 10, 10);
  auto edges = vertical_edges(b);
  EXPECT_EQ(code_of(chamfer(b, edges, -1)), "geom.invalid_input");
  EXPECT_EQ(code_of(chamfer(b, edges, 1, 0.0)), "geom.invalid_input");
  EXPECT_EQ(code_of(chamfer(b, {}, 1)), "geom.invalid_input");
  EXPECT_EQ(code_of(chamfer(b, sub_shapes(b, ShapeType::kEdge), 7)), "geom.chamfer_failed");
}

TEST(Shell, InwardWithOpenTop) {
  Shape b = box(10, 10, 10);
  Shape r = must(shell(b, {face_at_max_z(b)}, -1));
  EXPECT_NEAR(volume(r), 1000 - 8 * 8 * 9, 1e-6);
  EXPECT_TRUE(check_validity(r).brep_valid);
}

TEST(Shell, OutwardIntersectionWithOpenTop) {
  Shape b = box(10, 10, 10);
  Shape r = must(shell(b, {face_at_max_z(b)}, 1, "intersection"));
  EXPECT_NEAR(volume(r), 12 * 12 * 11 - 1000, 1e-6);
}

TEST(Shell, ClosedInwardMakesVoid) {
  Shape b = box(10, 10, 10);
  Shape r = must(shell(b, {}, -1));
  EXPECT_NEAR(volume(r), 1000 - 512, 1e-6);
  Validity v = check_validity(r);
  EXPECT_TRUE(v.brep_valid);
  EXPECT_EQ(v.solids, 1);
  EXPECT_TRUE(v.connected);
}

TEST(Shell, Errors) {
  Shape b = box(10, 10, 10);
  EXPECT_EQ(code_of(shell(b, {face_at_max_z(b)}, 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(shell(b, {face_at_max_z(b)}, -1, "tangent")), "geom.invalid_input");
  EXPECT_EQ(code_of(shell(b, {face_at_max_z(box(1, 1, 1))}, -1)), "geom.invalid_input");
  EXPECT_EQ(code_of(shell(b, {face_at_max_z(b)}, -6)), "geom.shell_failed");
}

}  // namespace
}  // namespace cadscribe::kernel
