// Workplane primitives and 2D sketching, checked by volume, face count and bounding box.
#include "cad/workplane_test_util.h"

namespace cadscribe::cad::testing {
namespace {

using kernel::bounding_box;
using kernel::volume;

TEST(WorkplanePrimitives, BoxCentered) {
  CQ_SHAPE(s, "result = cq.Workplane('XY').box(10, 20, 30)\n");
  EXPECT_NEAR(volume(s), 6000, 1e-6);
  EXPECT_EQ(face_count(s), 6u);
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.x, -5, 1e-6);
  EXPECT_NEAR(b.min.y, -10, 1e-6);
  EXPECT_NEAR(b.max.z, 15, 1e-6);
}

TEST(WorkplanePrimitives, BoxNotCentered) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 20, 30, centered=False)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.x, 0, 1e-6);
  EXPECT_NEAR(b.min.z, 0, 1e-6);
  EXPECT_NEAR(b.max.y, 20, 1e-6);
}

TEST(WorkplanePrimitives, BoxCenteredTuple) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 20, 30, centered=(True, False, False))\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.x, -5, 1e-6);
  EXPECT_NEAR(b.min.y, 0, 1e-6);
  EXPECT_NEAR(b.min.z, 0, 1e-6);
}

TEST(WorkplanePrimitives, Cylinder) {
  CQ_SHAPE(s, "result = cq.Workplane().cylinder(10, 3)\n");
  EXPECT_NEAR(volume(s), kPi * 9 * 10, 1e-3);
  EXPECT_EQ(face_count(s), 3u);
  EXPECT_NEAR(bounding_box(s).min.z, -5, 1e-6);
}

TEST(WorkplanePrimitives, Sphere) {
  CQ_SHAPE(s, "result = cq.Workplane().sphere(5)\n");
  EXPECT_NEAR(volume(s), 4.0 / 3.0 * kPi * 125, 0.05);
  EXPECT_NEAR(bounding_box(s).max.x, 5, 1e-3);
}

TEST(WorkplanePrimitives, Wedge) {
  CQ_SHAPE(s, "result = cq.Workplane().wedge(10, 10, 10, 0, 0, 10, 0)\n");
  EXPECT_NEAR(volume(s), 500, 1e-3);
}

TEST(WorkplanePrimitives, BoxesAtPointsCombine) {
  CQ_SHAPE(s, "result = cq.Workplane().pushPoints([(0, 0), (20, 0)]).box(5, 5, 5)\n");
  EXPECT_NEAR(volume(s), 250, 1e-6);
  EXPECT_EQ(solid_count(s), 2u);
}

TEST(WorkplanePrimitives, CombineFalseKeepsSeparateObjects) {
  auto r = run_cq("result = cq.Workplane().pushPoints([(0, 0), (20, 0)]).box(5, 5, 5, combine=False).size()\n");
  ASSERT_TRUE(r.ok()) << diags_of(r);
  EXPECT_EQ(result_number(r), 2);
}

TEST(WorkplaneSketch2d, RectExtrude) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(10, 20).extrude(5)\n");
  EXPECT_NEAR(volume(s), 1000, 1e-6);
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.z, 0, 1e-6);
  EXPECT_NEAR(b.max.z, 5, 1e-6);
}

TEST(WorkplaneSketch2d, ExtrudeLegacyKeyword) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(2, 2).extrude(distance=3)\n");
  EXPECT_NEAR(volume(s), 12, 1e-6);
}

TEST(WorkplaneSketch2d, CircleExtrude) {
  CQ_SHAPE(s, "result = cq.Workplane().circle(5).extrude(10)\n");
  EXPECT_NEAR(volume(s), kPi * 250, 1e-3);
  EXPECT_EQ(face_count(s), 3u);
}

TEST(WorkplaneSketch2d, ConcentricCirclesMakeARing) {
  CQ_SHAPE(s, "result = cq.Workplane().circle(10).circle(5).extrude(2)\n");
  EXPECT_NEAR(volume(s), kPi * 75 * 2, 1e-3);
}

TEST(WorkplaneSketch2d, RectWithCircleHole) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(20, 20).circle(5).extrude(3)\n");
  EXPECT_NEAR(volume(s), (400 - 25 * kPi) * 3, 1e-3);
}

TEST(WorkplaneSketch2d, Polygon) {
  CQ_SHAPE(s, "result = cq.Workplane().polygon(6, 10).extrude(1)\n");
  EXPECT_NEAR(volume(s), 1.5 * std::sqrt(3.0) * 25, 1e-6);
  EXPECT_EQ(face_count(s), 8u);
}

TEST(WorkplaneSketch2d, PolygonCircumscribed) {
  CQ_SHAPE(s, "result = cq.Workplane().polygon(4, 10, circumscribed=True).extrude(1)\n");
  EXPECT_NEAR(volume(s), 100, 1e-6);
  EXPECT_NEAR(bounding_box(s).max.x, 5, 1e-6);
}

TEST(WorkplaneSketch2d, PolylineClose) {
  CQ_SHAPE(s, "result = cq.Workplane().polyline([(0, 0), (10, 0), (0, 10)]).close().extrude(2)\n");
  EXPECT_NEAR(volume(s), 100, 1e-6);
}

TEST(WorkplaneSketch2d, LinesAndClose) {
  CQ_SHAPE(s, "result = cq.Workplane().moveTo(0, 0).hLine(10).vLine(5).hLineTo(0).close().extrude(1)\n");
  EXPECT_NEAR(volume(s), 50, 1e-6);
}

TEST(WorkplaneSketch2d, ThreePointArc) {
  CQ_SHAPE(s, "result = cq.Workplane().lineTo(10, 0).threePointArc((15, 5), (10, 10)).lineTo(0, 10).close().extrude(1)\n");
  EXPECT_NEAR(volume(s), 100 + kPi * 12.5, 1e-3);
}

TEST(WorkplaneSketch2d, TangentArcPoint) {
  CQ_SHAPE(s, "result = cq.Workplane().lineTo(10, 0).tangentArcPoint((0, 10)).lineTo(0, 10).close().extrude(1)\n");
  EXPECT_NEAR(volume(s), 100 + kPi * 12.5, 1e-3);
}

TEST(WorkplaneSketch2d, SagittaArcSegment) {
  CQ_SHAPE(s, "result = cq.Workplane().lineTo(10, 0).sagittaArc((0, 0), 2).close().extrude(1)\n");
  double r = (25.0 + 4.0) / 4.0;  // chord 10, sagitta 2
  double seg = r * r * std::acos((r - 2) / r) - (r - 2) * std::sqrt(2 * r * 2 - 4);
  EXPECT_NEAR(volume(s), seg, 1e-3);
}

TEST(WorkplaneSketch2d, RadiusArcSegment) {
  CQ_SHAPE(s, "result = cq.Workplane().lineTo(10, 0).radiusArc((0, 0), 7.25).close().extrude(1)\n");
  double r = 7.25;
  double seg = r * r * std::acos((r - 2) / r) - (r - 2) * std::sqrt(2 * r * 2 - 4);
  EXPECT_NEAR(volume(s), seg, 1e-3);
}

TEST(WorkplaneSketch2d, Ellipse) {
  CQ_SHAPE(s, "result = cq.Workplane().ellipse(5, 3).extrude(2)\n");
  EXPECT_NEAR(volume(s), kPi * 15 * 2, 1e-3);
}

TEST(WorkplaneSketch2d, Slot) {
  CQ_SHAPE(s, "result = cq.Workplane().slot2D(10, 4).extrude(1)\n");
  EXPECT_NEAR(volume(s), 6 * 4 + kPi * 4, 1e-3);
}

TEST(WorkplaneSketch2d, Spline) {
  CQ_SHAPE(s, "result = cq.Workplane().spline([(0, 0), (5, 3), (10, 0)]).close().extrude(1)\n");
  EXPECT_GT(volume(s), 10);
  EXPECT_LT(volume(s), 40);
  EXPECT_TRUE(kernel::check_validity(s).brep_valid);
}

TEST(WorkplaneSketch2d, RarrayCircles) {
  CQ_SHAPE(s, "result = cq.Workplane().rarray(10, 10, 3, 2).circle(1).extrude(1)\n");
  EXPECT_NEAR(volume(s), 6 * kPi, 1e-3);
  EXPECT_EQ(solid_count(s), 6u);
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.x, -11, 1e-6);
  EXPECT_NEAR(b.max.y, 6, 1e-6);
}

TEST(WorkplaneSketch2d, PolarArrayCircles) {
  CQ_SHAPE(s, "result = cq.Workplane().polarArray(10, 0, 360, 6).circle(1).extrude(1)\n");
  EXPECT_NEAR(volume(s), 6 * kPi, 1e-3);
  auto b = bounding_box(s);
  EXPECT_NEAR(b.max.x, 11, 1e-6);
  EXPECT_NEAR(b.min.x, -11, 1e-6);
}

TEST(WorkplaneSketch2d, NamedPlaneXZExtrudesTowardMinusY) {
  CQ_SHAPE(s, "result = cq.Workplane('XZ').rect(10, 10).extrude(5)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.y, -5, 1e-6);
  EXPECT_NEAR(b.max.y, 0, 1e-6);
}

TEST(WorkplaneSketch2d, OriginArgument) {
  CQ_SHAPE(s, "result = cq.Workplane('XY', origin=(0, 0, 10)).box(1, 1, 1)\n");
  EXPECT_NEAR(bounding_box(s).center().z, 10, 1e-6);
}

TEST(WorkplaneSketch2d, ExtrudeBoth) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(2, 2).extrude(3, both=True)\n");
  EXPECT_NEAR(volume(s), 24, 1e-6);
  EXPECT_NEAR(bounding_box(s).min.z, -3, 1e-6);
}

TEST(WorkplaneSketch2d, ExtrudeTaper) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(10, 10).extrude(5, taper=10)\n");
  double top = 10 - 2 * 5 * std::tan(10 * kPi / 180);
  double a1 = 100, a2 = top * top;
  EXPECT_NEAR(volume(s), 5.0 / 3.0 * (a1 + a2 + std::sqrt(a1 * a2)), 0.05);
}

TEST(WorkplaneSketch2d, Offset2DIntersection) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(10, 10).offset2D(1, 'intersection').extrude(1)\n");
  EXPECT_NEAR(volume(s), 144, 1e-6);
}

// Disabled until kernel::offset_wire_2d builds 3D curves for the corner arcs it inserts
// (BRepLib::BuildCurves3d); today the extruded face is rejected as an invalid B-rep.
TEST(WorkplaneSketch2d, Offset2DArc) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(10, 10).offset2D(1).extrude(1)\n");
  EXPECT_NEAR(volume(s), 144 - (4 - kPi), 1e-3);
}

TEST(WorkplaneSketch2d, MirrorY) {
  CQ_SHAPE(s, "result = cq.Workplane().moveTo(0, 0).lineTo(3, 0).lineTo(3, 5).lineTo(0, 5).mirrorY().extrude(1)\n");
  EXPECT_NEAR(volume(s), 30, 1e-6);
  auto b = bounding_box(s);
  EXPECT_NEAR(b.min.x, -3, 1e-6);
}

TEST(WorkplaneSketch2d, MirrorX) {
  CQ_SHAPE(s, "result = cq.Workplane().lineTo(0, 2).lineTo(4, 2).lineTo(4, 0).mirrorX().extrude(1)\n");
  EXPECT_NEAR(volume(s), 16, 1e-6);
}

}  // namespace
}  // namespace cadscribe::cad::testing
