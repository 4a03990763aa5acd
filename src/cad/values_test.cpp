// cq.Vector / cq.Plane / cq.Location / Shape objects and the cadquery module surface.
#include "cad/workplane_test_util.h"

namespace cadscribe::cad::testing {
namespace {

double number_of(const std::string& program) {
  auto r = run_cq(program);
  EXPECT_TRUE(r.ok()) << diags_of(r);
  return result_number(r);
}

TEST(CadValues, VectorArithmetic) {
  EXPECT_NEAR(number_of("v = cq.Vector(1, 2, 3) + cq.Vector(1, 1, 1)\nresult = v.x + 10 * v.y + 100 * v.z\n"), 432,
              1e-9);
  EXPECT_NEAR(number_of("result = cq.Vector(3, 4, 0).Length\n"), 5, 1e-12);
  EXPECT_NEAR(number_of("result = cq.Vector(1, 0, 0).cross(cq.Vector(0, 1, 0)).z\n"), 1, 1e-12);
  EXPECT_NEAR(number_of("result = (cq.Vector(1, 2, 3) * 2).dot(cq.Vector(1, 1, 1))\n"), 12, 1e-12);
  EXPECT_NEAR(number_of("result = cq.Vector((2, 0)).normalized().x\n"), 1, 1e-12);
}

TEST(CadValues, ShapeQueries) {
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).val().Volume()\n"), 6, 1e-9);
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).faces('>Z').findSolid().Volume()\n"), 6, 1e-9);
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).val().BoundingBox().zlen\n"), 3, 1e-6);
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).faces('>Z').val().Area()\n"), 2, 1e-9);
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).faces('>Z').val().Center().z\n"), 1.5, 1e-9);
  EXPECT_NEAR(number_of("result = cq.Workplane().box(1, 2, 3).faces('>Z').val().normalAt().z\n"), 1, 1e-9);
  EXPECT_NEAR(number_of("result = len(cq.Workplane().box(1, 2, 3).val().Edges())\n"), 12, 0);
}

TEST(CadValues, StackNavigation) {
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).faces('|Z').size()\n"), 2);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).edges().size()\n"), 12);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).vertices().size()\n"), 8);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).faces().item(2).end().size()\n"), 6);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).faces().last().size()\n"), 1);
  EXPECT_EQ(number_of("result = len(cq.Workplane().box(1, 1, 1).faces().vals())\n"), 6);
}

TEST(CadValues, LocationPushPoints) {
  CQ_SHAPE(s, "loc = cq.Location(cq.Vector(5, 0, 0))\nresult = cq.Workplane().pushPoints([loc]).box(1, 1, 1)\n");
  EXPECT_NEAR(kernel::bounding_box(s).center().x, 5, 1e-6);
  CQ_SHAPE(t, "result = cq.Workplane().pushPoints([cq.Location((0, 0, 0), (0, 0, 1), 90)]).rect(4, 2).extrude(1)\n");
  EXPECT_NEAR(kernel::bounding_box(t).size().y, 4, 1e-6);
}

TEST(CadValues, PlaneObjects) {
  CQ_SHAPE(s, "p = cq.Plane(origin=(0, 0, 5), xDir=(1, 0, 0), normal=(0, 0, 1))\nresult = cq.Workplane(p).box(1, 1, 1)\n");
  EXPECT_NEAR(kernel::bounding_box(s).center().z, 5, 1e-6);
  CQ_SHAPE(y, "result = cq.Workplane(cq.Plane.named('YZ')).rect(2, 2).extrude(3)\n");
  EXPECT_NEAR(kernel::bounding_box(y).max.x, 3, 1e-6);
  EXPECT_NEAR(number_of("result = cq.Plane.XZ().zDir.y\n"), -1, 1e-12);
  EXPECT_NEAR(number_of("result = cq.Plane.named('XY').toWorldCoords((1, 2)).y\n"), 2, 1e-12);
}

TEST(CadValues, SolidConstructors) {
  CQ_SHAPE(c, "result = cq.Solid.makeCylinder(1, 2)\n");
  EXPECT_NEAR(kernel::volume(c), 2 * kPi, 1e-6);
  CQ_SHAPE(b, "result = cq.Workplane().add(cq.Solid.makeBox(1, 2, 3)).translate((1, 0, 0))\n");
  EXPECT_NEAR(kernel::bounding_box(b).min.x, 1, 1e-6);
  CQ_SHAPE(w, "w = cq.Wire.makePolygon([(0, 0, 0), (2, 0, 0), (2, 2, 0), (0, 2, 0)], close=True)\n"
              "result = cq.Workplane().add(w).toPending().extrude(1)\n");
  EXPECT_NEAR(kernel::volume(w), 4, 1e-6);
}

TEST(CadValues, ModuleSurface) {
  EXPECT_TRUE(run_cq("s = cq.selectors.NearestToPointSelector((0, 0, 0))\nresult = 1\n").ok());
  EXPECT_TRUE(run_cq("result = cq.Workplane().box(2, 2, 2).faces(cq.selectors.DirectionMinMaxSelector(cq.Vector(0, 0, 1), True)).size()\n").ok());
  CQ_FAILS("cq.exporters.export(cq.Workplane().box(1, 1, 1), 'x.step')\n", "unsupported.feature");
}

TEST(CadValues, ResultShapesOutsideTheInterpreter) {
  auto r = run_cq("a = cq.Workplane().box(1, 1, 1)\n"
                  "b = cq.Workplane().sphere(1).translate((5, 0, 0))\n"
                  "assy = cq.Assembly().add(a).add(b)\n"
                  "result = [a, b.val()]\n");
  ASSERT_TRUE(r.ok()) << diags_of(r);
  auto shapes = result_shapes(*r.output->result());
  ASSERT_TRUE(shapes.ok()) << shapes.error().to_string();
  ASSERT_EQ(shapes->size(), 2u);
  EXPECT_NEAR(kernel::volume((*shapes)[0]), 1, 1e-9);
  for (const auto& [name, v] : r.output->globals) {
    if (name != "assy") continue;
    auto as = result_shapes(v);
    ASSERT_TRUE(as.ok()) << as.error().to_string();
    ASSERT_EQ(as->size(), 1u);
    EXPECT_NEAR(kernel::volume((*as)[0]), 1 + 4.0 / 3.0 * kPi, 0.01);
  }
  auto bad = result_shapes(lang::py::Value::from_int(3));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "runtime.type_error");
}

}  // namespace
}  // namespace cadscribe::cad::testing
