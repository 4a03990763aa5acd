// End-to-end tests of cq.Sketch: CadQuery programs run through the interpreter.
#include <gtest/gtest.h>

#include <cmath>

#include "cad/module.h"
#include "cad/sketch.h"
#include "cad/workplane_test_util.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad {
namespace {

using lang::py::RunReport;
using lang::py::Value;
using testing::error_code;
using testing::global_number;
using testing::global_value;
using testing::kPi;

RunReport run(const std::string& body) { return testing::run_cq(body, testing::kCqPrelude); }

// Faces and total area of the Sketch in global `name`.
struct Faces {
  size_t count = 0;
  double area = 0;
};
Faces sketch_stats(const RunReport& r, const std::string& name) {
  Value v = global_value(r, name);
  auto s = v.object_as<SketchObject>();
  EXPECT_TRUE(s) << name << " is " << v.type_name();
  Faces f;
  if (!s) return f;
  f.count = s->faces.size();
  for (const auto& face : s->faces) f.area += kernel::area(face);
  return f;
}

TEST(SketchProgram, Primitives) {
  auto r = run(
      "a = cq.Sketch().rect(4, 2)\n"
      "b = cq.Sketch().circle(1)\n"
      "c = cq.Sketch().ellipse(2, 1, angle=30)\n"
      "d = cq.Sketch().slot(4, 2)\n"
      "e = cq.Sketch().regularPolygon(1, 6)\n"
      "f = cq.Sketch().polygon([(0, 0), (2, 0), (2, 2), (0, 0)])\n"
      "g = cq.Sketch().trapezoid(6, 2, 45)\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 8, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "c").area, 2 * kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "d").area, 8 + kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "e").area, 1.5 * std::sqrt(3.0), 1e-6);
  EXPECT_NEAR(sketch_stats(r, "f").area, 2, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "g").area, (6 + 2) * 2 / 2.0, 1e-6);  // top width 6 - 2*2 = 2
}

TEST(SketchProgram, ClockwisePolygonCombinesWithRect) {
  auto r = run(
      "a = cq.Sketch().polygon([(0, 0), (0, 2), (2, 2), (2, 0)]).push([(2, 1)]).rect(2, 2).reset().clean()\n"
      "b = cq.Sketch().polygon([(0, 0), (0, 2), (2, 2), (2, 0)]).push([(2, 1)]).rect(2, 2, mode='s')\n"
      "c = cq.Workplane('XY').placeSketch(b).extrude(1).val().Volume()\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 6, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, 2, 1e-6);
  EXPECT_NEAR(global_number(r, "c"), 2, 1e-6);
}

TEST(SketchProgram, RectAngleRotates) {
  auto r = run(
      "s = cq.Sketch().rect(4, 2, angle=90)\n"
      "bb = s._faces.BoundingBox()\n"
      "w = bb.xlen\n"
      "h = bb.ylen\n");
  EXPECT_NEAR(global_number(r, "w"), 2, 1e-6);
  EXPECT_NEAR(global_number(r, "h"), 4, 1e-6);
}

TEST(SketchProgram, ModesAndPush) {
  auto r = run(
      "a = cq.Sketch().rect(10, 10).push([(2, 2), (-2, -2)]).circle(1, mode='s')\n"
      "b = cq.Sketch().rect(4, 4).push([(2, 0)]).rect(4, 4, mode='i')\n"
      "c = cq.Sketch().rect(4, 4).push([(2, 0)]).rect(4, 4, mode='a').reset().clean()\n"
      "d = cq.Sketch().rect(4, 4).push([(1, 0)]).circle(1, mode='c', tag='hole')\n"
      "e = cq.Sketch().rect(4, 4).push([(9, 0)]).rect(1, 1, mode='r')\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 100 - 2 * kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, 8, 1e-6);
  Faces c = sketch_stats(r, "c");
  EXPECT_NEAR(c.area, 24, 1e-6);
  EXPECT_EQ(c.count, 1u);
  EXPECT_NEAR(sketch_stats(r, "d").area, 16, 1e-6);  // construction geometry is not added
  EXPECT_NEAR(sketch_stats(r, "e").area, 1, 1e-6);
}

TEST(SketchProgram, Arrays) {
  auto r = run(
      "a = cq.Sketch().rarray(3, 3, 2, 2).circle(1)\n"
      "b = cq.Sketch().parray(5, 0, 360, 6).rect(1, 2)\n"
      "c = cq.Sketch().rect(20, 20).rarray(5, 5, 3, 3).rect(1, 1, mode='s')\n"
      "d = cq.Sketch().circle(5, mode='c', tag='c').edges(tag='c').distribute(4).rect(1, 1)\n"
      "n = len(list(a))\n");
  Faces a = sketch_stats(r, "a");
  EXPECT_EQ(a.count, 4u);
  EXPECT_NEAR(a.area, 4 * kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, 12, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "c").area, 400 - 9, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "d").area, 4, 1e-6);
  EXPECT_EQ(global_number(r, "n"), 4);
}

TEST(SketchProgram, ParrayRotatesWithAngle) {
  auto r = run(
      "s = cq.Sketch().parray(10, 90, 360, 1).rect(4, 1)\n"
      "bb = s._faces.BoundingBox()\n"
      "w = bb.xlen\n"
      "cy = (bb.ymin + bb.ymax) / 2\n");
  EXPECT_NEAR(global_number(r, "w"), 1, 1e-6);  // rotated by 90 degrees at the 90-degree position
  EXPECT_NEAR(global_number(r, "cy"), 10, 1e-6);
}

TEST(SketchProgram, VertexFilletAndChamfer) {
  auto r = run(
      "a = cq.Sketch().rect(4, 2).vertices().fillet(0.5)\n"
      "b = cq.Sketch().rect(4, 2).vertices('>X').chamfer(0.5)\n"
      "c = cq.Sketch().trapezoid(4, 3, 90).vertices().circle(0.5, mode='s')\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 8 - 4 * (0.25 - kPi / 16), 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, 8 - 2 * 0.125, 1e-6);
  Faces c = sketch_stats(r, "c");  // quarter discs cut at the four corners
  EXPECT_EQ(c.count, 1u);
  EXPECT_NEAR(c.area, 12 - kPi * 0.25, 1e-6);
}

TEST(SketchProgram, FilletNextToAnEllipse) {
  // Corners on an ellipse go to OCCT's 2D fillet, which (as in CadQuery) cannot round them;
  // the straight corners of the same face are fine.
  auto r = run(
      "a = cq.Sketch().rect(4, 4).push([(2, 2)]).ellipse(1.5, 0.8, mode='s').reset()\n"
      "before = a._faces.Area()\n"
      "a.vertices('<X').fillet(0.1)\n"
      "after = a._faces.Area()\n");
  double before = global_number(r, "before"), after = global_number(r, "after");
  EXPECT_NEAR(before - after, 2 * (0.01 - kPi * 0.01 / 4), 1e-9);
  EXPECT_EQ(sketch_stats(r, "a").count, 1u);
  auto bad = run("a = cq.Sketch().rect(4, 4).push([(2, 2)]).ellipse(1.5, 0.8, mode='s').reset().vertices().fillet(0.1)\n");
  EXPECT_EQ(error_code(bad), "geom.fillet_failed");
}

TEST(SketchProgram, SelectionTagsAndDelete) {
  auto r = run(
      "s = cq.Sketch().push([(-3, 0), (3, 0)]).rect(2, 2).reset()\n"
      "a = len(s.faces().vals())\n"
      "b = len(s.edges().vals())\n"
      "c = len(s.vertices('>X').vals())\n"
      "s.reset().faces('>X').tag('right')\n"
      "d = len(s.reset().select('right').vals())\n"
      "s.reset().faces('<X').delete()\n"
      "e = len(s.faces().vals())\n"
      "f = len(s.reset().vals())\n");
  EXPECT_EQ(global_number(r, "a"), 2);
  EXPECT_EQ(global_number(r, "b"), 8);
  EXPECT_EQ(global_number(r, "c"), 2);
  EXPECT_EQ(global_number(r, "d"), 1);
  EXPECT_EQ(global_number(r, "e"), 1);
  EXPECT_EQ(global_number(r, "f"), 1);
}

TEST(SketchProgram, EdgeBasedConstruction) {
  auto r = run(
      "s = (cq.Sketch().segment((0, 0), (2, 0)).segment((2, 2)).arc((1, 3), (0, 2)).close().assemble())\n"
      "t = cq.Sketch().segment((0, 0), (3, 0)).segment(3, 90).segment((0, 0)).assemble(tag='tri')\n");
  EXPECT_NEAR(sketch_stats(r, "s").area, 4 + kPi / 2, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "t").area, 4.5, 1e-6);
}

TEST(SketchProgram, CopiesAndLocations) {
  auto r = run(
      "s = cq.Sketch().rect(2, 2)\n"
      "m = s.moved(cq.Location(cq.Vector(10, 0, 0)))\n"
      "x = m._faces.Center().x\n"
      "k = s.moved(x=5, rz=45)\n"
      "kx = k._faces.Center().x\n"
      "c = s.copy()\n"
      "l = s.located(cq.Location(cq.Vector(0, 7, 0)))\n"
      "ly = list(l)[0].Center().y\n"
      "two = s.moved([cq.Location(cq.Vector(5, 0, 0)), cq.Location(cq.Vector(-5, 0, 0))])\n");
  EXPECT_NEAR(global_number(r, "x"), 10, 1e-6);
  EXPECT_NEAR(global_number(r, "kx"), 5, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "c").area, 4, 1e-6);
  EXPECT_NEAR(global_number(r, "ly"), 7, 1e-6);
  EXPECT_EQ(sketch_stats(r, "two").count, 2u);
}

TEST(SketchProgram, OperatorsBetweenSketches) {
  auto r = run(
      "a = cq.Sketch().rect(4, 4)\n"
      "b = cq.Sketch().push([(2, 0)]).rect(4, 4).reset()\n"
      "u = a + b\n"
      "d = a - b\n"
      "i = a * b\n");
  EXPECT_NEAR(sketch_stats(r, "u").area, 24, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "d").area, 8, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "i").area, 8, 1e-6);
}

TEST(SketchProgram, LocationSelectionCannotBeCombined) {
  // As in CadQuery: val() of a sketch whose selection is a pushed location is not a shape.
  auto r = run("a = cq.Sketch().rect(1, 1)\nb = cq.Sketch().push([(2, 0)]).rect(1, 1)\nu = a + b\n");
  EXPECT_EQ(error_code(r), "runtime.value_error");
}

TEST(SketchProgram, WorkplaneIntegration) {
  auto r = run(
      "s = cq.Sketch().rect(4, 2).vertices().fillet(0.5)\n"
      "a = cq.Workplane('XY').placeSketch(s).extrude(3).val().Volume()\n"
      "b = cq.Workplane('XY').sketch().circle(1).finalize().extrude(2).val().Volume()\n"
      "c = (cq.Workplane('XY').box(10, 10, 2).faces('>Z').sketch()\n"
      "     .rect(4, 4).finalize().cutBlind(-1).val().Volume())\n");
  EXPECT_NEAR(global_number(r, "a"), 3 * (8 - 4 * (0.25 - kPi / 16)), 1e-4);
  EXPECT_NEAR(global_number(r, "b"), 2 * kPi, 1e-4);
  EXPECT_NEAR(global_number(r, "c"), 200 - 16, 1e-4);
}

// The three Sketch examples of CadQuery's documentation (sketch.rst).
TEST(SketchProgram, DocumentationFaceBasedExample) {
  auto r = run(
      "result = (cq.Sketch().trapezoid(4, 3, 90).vertices().circle(0.5, mode='s').reset()\n"
      "          .vertices().fillet(0.25).reset().rarray(0.6, 1, 5, 1).slot(1.5, 0.4, mode='s', angle=90))\n");
  Faces f = sketch_stats(r, "result");
  EXPECT_EQ(f.count, 1u);
  double slots = 5 * (1.5 * 0.4 + kPi * 0.04);
  EXPECT_LT(f.area, 12 - kPi * 0.25 - slots);
  EXPECT_GT(f.area, 12 - kPi * 0.25 - slots - 0.1);
}

TEST(SketchProgram, DocumentationConstructionExample) {
  auto r = run(
      "result = (cq.Sketch().rect(1, 2, mode='c', tag='base').vertices(tag='base').circle(0.7).reset()\n"
      "          .edges('|Y', tag='base').ellipse(1.2, 1, mode='i').reset().rect(2, 2, mode='i').clean())\n");
  Faces f = sketch_stats(r, "result");
  EXPECT_GE(f.count, 1u);
  EXPECT_GT(f.area, 1);
  EXPECT_LT(f.area, 4);
}

TEST(SketchProgram, DocumentationEdgeBasedExample) {
  auto r = run(
      "result = (cq.Sketch().segment((0.0, 0), (0.0, 2.0)).segment((2.0, 0)).close()\n"
      "          .arc((0.6, 0.6), 0.4, 0.0, 360.0).assemble(tag='face')\n"
      "          .edges('%LINE', tag='face').vertices().chamfer(0.2))\n");
  Faces f = sketch_stats(r, "result");
  EXPECT_EQ(f.count, 1u);
  // Triangle 2 minus the hole 0.16 pi minus three chamfered corners.
  EXPECT_LT(f.area, 2 - 0.16 * kPi);
  EXPECT_GT(f.area, 2 - 0.16 * kPi - 0.1);
}

TEST(SketchProgram, EachOffsetAndValues) {
  auto r = run(
      "a = cq.Sketch().push([(0, 0), (5, 0)]).each(lambda loc: cq.Sketch().rect(1, 1).moved(loc))\n"
      "b = cq.Sketch().rect(2, 2).wires().offset(1)\n"
      "c = cq.Sketch().rect(2, 2).reset()\n"
      "n_vals = len(c.vals())\n"
      "n_sel = len(c.vertices().vals())\n"
      "v = c.vertices('>X and >Y').val()\n"
      "vx = v.X\n"
      "parent = cq.Sketch(parent=7).rect(1, 1).finalize()\n"
      "i1 = len(c.reset().vertices()[0].vals())\n"
      "i2 = len(c.reset().vertices()[[0, -1]].vals())\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 2, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, 16 - 4 + kPi, 1e-4);  // rounded offset of the square
  EXPECT_EQ(global_number(r, "n_vals"), 1);
  EXPECT_EQ(global_number(r, "n_sel"), 4);
  EXPECT_NEAR(global_number(r, "vx"), 1, 1e-9);
  EXPECT_EQ(global_number(r, "parent"), 7);
  EXPECT_EQ(global_number(r, "i1"), 1);
  EXPECT_EQ(global_number(r, "i2"), 2);
}

TEST(SketchProgram, MoreEdges) {
  auto r = run(
      "a = cq.Sketch().arc((0, 0), 2, 0, 360).assemble()\n"
      "b = cq.Sketch().segment((0, 0), (2, 0)).arc((1, 0), 1, 0, 180).assemble()\n"
      "c = cq.Sketch().segment((0, 0), (2, 0)).bezier([(2, 0), (1, 2), (0, 0)]).assemble()\n"
      "d = cq.Sketch().spline([(0, 0), (1, 1), (2, 0)]).segment((0, 0)).assemble()\n"
      "e = cq.Sketch().segment((0, 0), (1, 0), 'base', True).segment((1, 1)).segment((0, 1)).segment((0, 0))\n"
      "n = len(e.edges(tag='base').vals())\n");
  EXPECT_NEAR(sketch_stats(r, "a").area, 4 * kPi, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "b").area, kPi / 2, 1e-6);
  EXPECT_NEAR(sketch_stats(r, "c").area, 2.0 / 3.0 * 2, 1e-6);  // quadratic Bezier: 2/3 of its triangle
  EXPECT_GT(sketch_stats(r, "d").area, 0.5);
  EXPECT_EQ(global_number(r, "n"), 1);
}

TEST(SketchProgram, FinalizeTwiceReturnsTheSameParent) {
  auto r = run(
      "s = cq.Workplane('XY').sketch().rect(2, 2)\n"
      "a = s.finalize().extrude(1)\n"
      "b = s.finalize().extrude(2)\n"
      "va = a.val().Volume()\n"
      "vb = b.val().Volume()\n");
  EXPECT_NEAR(global_number(r, "va"), 4, 1e-6);
  EXPECT_NEAR(global_number(r, "vb"), 8, 1e-6);
}

TEST(SketchProgram, Errors) {
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1, mode='q')\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().circle(1, mode='c')\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect('a', 1)\n")), "runtime.type_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1).hull()\n")), "unsupported.method");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1).fillet(0.1)\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1).edges().tag('x').select('y')\n")), "runtime.key_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1).frobnicate()\n")), "runtime.attribute_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1, tg='x')\n")), "runtime.type_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().rect(1, 1).faces('>Q')\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("s = cq.Sketch().segment(1, 0)\n")), "runtime.value_error");  // no free edges
}

}  // namespace
}  // namespace cadscribe::cad
