// Less common Workplane methods, sketch integration, isinstance and construction from objects.
#include "cad/workplane_test_util.h"

#include <memory>

#include "cad/sketch.h"

namespace cadscribe::cad::testing {
namespace {

using kernel::bounding_box;
using kernel::volume;

double number_of(const std::string& program) {
  auto r = run_cq(program);
  EXPECT_TRUE(r.ok()) << diags_of(r);
  return result_number(r);
}

TEST(WorkplaneMisc, SketchFinalizeExtrude) {
  CQ_SHAPE(s, "result = cq.Workplane().sketch().rect(10, 10).vertices().fillet(1).finalize().extrude(2)\n");
  EXPECT_NEAR(volume(s), (100 - 4 * (1 - kPi / 4)) * 2, 1e-3);
}

TEST(WorkplaneMisc, PlaceSketchOnFace) {
  CQ_SHAPE(s, "sk = cq.Sketch().circle(2)\n"
              "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane().placeSketch(sk).cutBlind(-2)\n");
  EXPECT_NEAR(volume(s), 1000 - kPi * 4 * 2, 1e-3);
}

TEST(WorkplaneMisc, SketchAtPushedPoints) {
  CQ_SHAPE(s, "result = cq.Workplane().pushPoints([(0, 0), (10, 0)]).sketch().circle(1).finalize().extrude(1)\n");
  EXPECT_NEAR(volume(s), 2 * kPi, 1e-3);
  EXPECT_NEAR(bounding_box(s).max.x, 11, 1e-6);
}

TEST(WorkplaneMisc, IsInstance) {
  EXPECT_EQ(number_of("result = 1 if isinstance(cq.Workplane().box(1, 1, 1), cq.Workplane) else 0\n"), 1);
  EXPECT_EQ(number_of("result = 1 if isinstance(cq.Workplane().box(1, 1, 1).val(), cq.Solid) else 0\n"), 1);
  EXPECT_EQ(number_of("result = 1 if isinstance(cq.Vector(1, 2, 3), cq.Vector) else 0\n"), 1);
}

TEST(WorkplaneMisc, WorkplaneFromShapeObject) {
  CQ_SHAPE(s, "result = cq.Workplane(cq.Solid.makeBox(2, 2, 2)).faces('>Z').workplane(centerOption='CenterOfMass').hole(1)\n");
  EXPECT_NEAR(volume(s), 8 - kPi * 0.25 * 2, 1e-3);
}

TEST(WorkplaneMisc, ParametricCurve) {
  CQ_SHAPE(s, "result = cq.Workplane().parametricCurve(lambda t: (3 * math.cos(2 * math.pi * t), 3 * math.sin(2 * math.pi * t)), N=60).extrude(1)\n");
  EXPECT_NEAR(volume(s), 9 * kPi, 0.01);
}

TEST(WorkplaneMisc, RotateAboutCenter) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 2, 2).translate((5, 0, 0)).rotateAboutCenter((0, 0, 1), 90)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.center().x, 5, 1e-6);
  EXPECT_NEAR(b.size().y, 10, 1e-6);
}

TEST(WorkplaneMisc, CombineAndAdd) {
  CQ_SHAPE(s, "a = cq.Workplane().box(2, 2, 2)\n"
              "b = cq.Workplane().box(2, 2, 2).translate((1, 0, 0))\n"
              "result = cq.Workplane().add([a.val(), b.val()]).combine()\n");
  EXPECT_NEAR(volume(s), 12, 1e-6);
  EXPECT_EQ(face_count(s), 6u);
}

TEST(WorkplaneMisc, SelectionKinds) {
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).wires().size()\n"), 6);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).solids().size()\n"), 1);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).shells().size()\n"), 1);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).faces('>Z').edges().size()\n"), 4);
  EXPECT_EQ(number_of("result = cq.Workplane().box(1, 1, 1).edges(cq.selectors.ParallelDirSelector(cq.Vector(0, 0, 1))).size()\n"), 4);
}

TEST(WorkplaneMisc, FacesByTag) {
  EXPECT_EQ(number_of("w = cq.Workplane().box(1, 1, 1).tag('b')\n"
                      "result = w.faces('>Z').workplane().circle(0.2).extrude(1).faces('>Z', tag='b').size()\n"), 1);
}

TEST(WorkplaneMisc, PolarLineAndEllipseArc) {
  CQ_SHAPE(s, "result = cq.Workplane().polarLine(10, 0).polarLine(10, 120).close().extrude(1)\n");
  EXPECT_NEAR(volume(s), std::sqrt(3.0) / 4 * 100, 1e-6);
  CQ_SHAPE(e, "result = cq.Workplane().ellipseArc(4, 2, 0, 180, startAtCurrent=False).close().extrude(1)\n");
  EXPECT_NEAR(volume(e), kPi * 8 / 2, 1e-3);
}

TEST(WorkplaneMisc, SplineWithTangents) {
  CQ_SHAPE(s, "result = (cq.Workplane().spline([(0, 0), (10, 0)], tangents=[(1, 1), (1, -1)])\n"
              "          .close().extrude(1))\n");
  EXPECT_GT(volume(s), 5);
  EXPECT_GT(bounding_box(s).max.y, 1);
}

TEST(WorkplaneMisc, ToPendingAndConsolidate) {
  CQ_SHAPE(s, "e = cq.Workplane().polyline([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)], forConstruction=True)\n"
              "result = e.toPending().consolidateWires().extrude(2)\n");
  EXPECT_NEAR(volume(s), 32, 1e-6);
}

TEST(WorkplaneMisc, CutEachWithCallback) {
  CQ_SHAPE(s, "result = (cq.Workplane().box(10, 10, 2).faces('>Z').workplane().pushPoints([(2, 2), (-2, -2)])\n"
              "          .cutEach(lambda loc: cq.Solid.makeBox(1, 1, 1, (0, 0, -1)).moved(loc), useLocalCoords=True))\n");
  EXPECT_NEAR(volume(s), 200 - 2 * 1, 1e-6);
}

TEST(WorkplaneMisc, WorkplaneOnVertexUsesParentFace) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').vertices('>X and >Y').workplane(centerOption='CenterOfMass').circle(1).extrude(1, combine=False)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.center().x, 5, 1e-6);
  EXPECT_NEAR(b.min.z, 5, 1e-6);
}

TEST(WorkplaneMisc, LegacySpellings) {
  CQ_SHAPE(l, "result = cq.Workplane().rect(4, 4).workplane(offset=2).rect(2, 2).loft(filled=True)\n");
  EXPECT_NEAR(volume(l), 2.0 / 3.0 * (16 + 4 + 8), 1e-3);
  CQ_SHAPE(c, "a = cq.Workplane().box(2, 2, 2)\nb = cq.Workplane().box(2, 2, 2).translate((1, 0, 0))\n"
              "result = a.combineSolids(b)\n");
  EXPECT_NEAR(volume(c), 12, 1e-6);
  CQ_SHAPE(b, "result = cq.Workplane().box(4, 4, 4).faces('>Z').workplane().rect(2, 2).cutBlind(distanceToCut=-1)\n");
  EXPECT_NEAR(volume(b), 60, 1e-6);
}

TEST(WorkplaneMisc, ExtrudeSelectedFace) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 2).faces('>Z').extrude(3)\n");
  EXPECT_NEAR(volume(s), 500, 1e-6);
  EXPECT_EQ(face_count(s), 6u);
}

TEST(WorkplaneMisc, TextCutAndStandalone) {
  CQ_SHAPE(c, "result = cq.Workplane().box(20, 10, 2).faces('>Z').workplane().text('Hi', 5, -1)\n");
  EXPECT_LT(volume(c), 400 - 1);
  EXPECT_GT(volume(c), 400 - 50);
  CQ_SHAPE(t, "result = cq.Workplane().text('Hi', 5, 1)\n");
  EXPECT_EQ(solid_count(t), 3u);  // H, i and its dot
  EXPECT_NEAR(bounding_box(t).size().z, 1, 1e-6);
  CQ_SHAPE(a, "result = cq.Workplane().box(20, 10, 2).faces('>Z').workplane().text('Hi', 5, 1, cut=False, combine=True)\n");
  EXPECT_GT(volume(a), 401);
  EXPECT_NEAR(bounding_box(a).max.z, 2, 1e-6);
}

TEST(WorkplaneMisc, IterationOverWorkplane) {
  EXPECT_NEAR(number_of("result = sum(f.Area() for f in cq.Workplane().box(1, 2, 3).faces())\n"), 22, 1e-9);
  EXPECT_EQ(number_of("result = len(list(cq.Workplane().box(1, 1, 1).edges('|Z')))\n"), 4);
}

// CadQuery's text(): cut=True is the default, so a positive distance from a top-face workplane
// cuts nothing (the text sits above the face) and the box comes back unchanged; cut=False with
// combine=True fuses it; cut=False alone gives the text solids.
TEST(WorkplaneMisc, TextDefaultsFollowCadQuery) {
  CQ_SHAPE(b, "result = cq.Workplane().box(60, 20, 4).faces('>Z').workplane().text('Hello', 8, 1)\n");
  EXPECT_NEAR(volume(b), 60 * 20 * 4, 1e-3);
  EXPECT_EQ(face_count(b), 6u);
  CQ_SHAPE(f, "result = cq.Workplane().box(60, 20, 4).faces('>Z').workplane().text('Hello', 8, 1, cut=False, combine=True)\n");
  EXPECT_GT(volume(f), 60 * 20 * 4 + 5);
  EXPECT_EQ(solid_count(f), 1u);
  EXPECT_NEAR(bounding_box(f).max.z, 3, 1e-6);
  CQ_SHAPE(t, "result = cq.Workplane().box(60, 20, 4).faces('>Z').workplane().text('Hello', 8, 1, cut=False)\n");
  EXPECT_EQ(solid_count(t), 5u);
  EXPECT_NEAR(bounding_box(t).min.z, 2, 1e-6);
  EXPECT_NEAR(bounding_box(t).max.z, 3, 1e-6);
  CQ_SHAPE(c, "result = cq.Workplane().box(60, 20, 4).faces('>Z').workplane().text('Hello', 8, -1)\n");
  EXPECT_LT(volume(c), 60 * 20 * 4 - 5);
}

// sense=-1 runs the counter-clockwise arc angle1..angle2 backwards (as CadQuery's
// GC_MakeArcOfEllipse with Sense=false): it starts (at the current point) where angle2 is and
// ends where angle1 is, which becomes the new current point.
TEST(WorkplaneMisc, EllipseArcNegativeSense) {
  // Arc (0,0) -> (4,-2) around centre (0,-2): a quarter ellipse closed by two lines.
  CQ_SHAPE(q, "result = cq.Workplane().ellipseArc(4, 2, 0, 90, sense=-1).lineTo(0, -2).close().extrude(1)\n");
  EXPECT_NEAR(volume(q), kPi * 4 * 2 / 4, 1e-3);
  auto bq = bounding_box(q);
  EXPECT_NEAR(bq.min.x, 0, 1e-6);
  EXPECT_NEAR(bq.max.x, 4, 1e-6);
  EXPECT_NEAR(bq.min.y, -2, 1e-6);
  EXPECT_NEAR(bq.max.y, 0, 1e-6);
  // The edge itself: starts at the current point (1, 1), ends at angle1 relative to the centre.
  auto r = run_cq("e = cq.Workplane().moveTo(1, 1).ellipseArc(3, 5, 30, 200, sense=-1).val()\n"
                  "s = e.startPoint()\n"
                  "p = e.endPoint()\n"
                  "c = (1 - 3 * math.cos(math.radians(200)), 1 - 5 * math.sin(math.radians(200)))\n"
                  "result = abs(s.x - 1) + abs(s.y - 1) + abs(p.x - (c[0] + 3 * math.cos(math.radians(30))))"
                  " + abs(p.y - (c[1] + 5 * math.sin(math.radians(30))))\n");
  EXPECT_NEAR(result_number(r), 0, 1e-6) << diags_of(r);
  // sense=1 is unchanged: the arc starts at angle1.
  CQ_SHAPE(p, "result = cq.Workplane().ellipseArc(4, 2, 0, 90).lineTo(-4, 0).close().extrude(1)\n");
  EXPECT_NEAR(volume(p), kPi * 4 * 2 / 4, 1e-3);
}

// Workplane.sketch() must not make a reference cycle: an unfinished sketch and its parent
// Workplane are freed with the program's output.
TEST(WorkplaneMisc, UnfinishedSketchIsFreed) {
  for (const char* program : {"result = cq.Workplane().box(4, 4, 4).faces('>Z').workplane().sketch().rect(1, 2)\n",
                              "sk = cq.Workplane().sketch().rect(1, 2)\nresult = sk.finalize()\n"}) {
    auto r = run_cq(program);
    ASSERT_TRUE(r.ok()) << diags_of(r);
    std::weak_ptr<lang::py::Object> sketch, parent;
    for (const auto& [name, v] : r.output->globals) {
      if (auto s = v.object_as<SketchObject>()) {
        sketch = s;
        if (s->parent.is_object()) parent = s->parent.object();
      }
      if (auto w = v.object_as<WorkplaneObject>()) parent = w;
    }
    ASSERT_FALSE(sketch.expired()) << program;
    ASSERT_FALSE(parent.expired()) << program;
    lang::py::discard_output(*r.output);
    r.output.reset();
    EXPECT_TRUE(sketch.expired()) << program;
    EXPECT_TRUE(parent.expired()) << program;
  }
}

TEST(WorkplaneMisc, SketchParentBeforeFinalize) {
  CQ_SHAPE(s, "sk = cq.Workplane().sketch().rect(2, 2)\n"
              "result = sk.parent.extrude(3)\n");
  EXPECT_NEAR(volume(s), 12, 1e-6);
  CQ_SHAPE(t, "sk = cq.Workplane().sketch().rect(2, 2)\n"
              "wp = sk.finalize()\n"
              "result = sk.rect(1, 1, mode='s').finalize().extrude(1)\n");
  EXPECT_NEAR(volume(t), 3, 1e-6);
}

}  // namespace
}  // namespace cadscribe::cad::testing
