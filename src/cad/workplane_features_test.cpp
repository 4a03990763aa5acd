// Workplane features on a context solid (holes, cuts, fillets, shells, booleans, revolve, loft,
// sweep, split, section), checked against hand-computed volumes.
#include "cad/workplane_test_util.h"

namespace cadscribe::cad::testing {
namespace {

using kernel::bounding_box;
using kernel::volume;

TEST(WorkplaneFeatures, HoleThroughTopFace) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().hole(5)\n");
  EXPECT_NEAR(volume(s), 4000 - kPi * 6.25 * 10, 1e-3);
  EXPECT_EQ(face_count(s), 7u);
}

TEST(WorkplaneFeatures, BlindHole) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().hole(4, 3)\n");
  EXPECT_NEAR(volume(s), 4000 - kPi * 4 * 3, 1e-3);
}

TEST(WorkplaneFeatures, CboreHole) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().cboreHole(4, 8, 2)\n");
  EXPECT_NEAR(volume(s), 4000 - (kPi * 4 * 10 + kPi * 12 * 2), 1e-3);
}

TEST(WorkplaneFeatures, CskHole) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().cskHole(4, 8, 90)\n");
  double cone_outside = kPi * (24 - 16 + 8.0 / 3.0);  // integral of pi((4-z)^2 - 4), z in [0, 2]
  EXPECT_NEAR(volume(s), 4000 - (kPi * 4 * 10 + cone_outside), 1e-3);
}

TEST(WorkplaneFeatures, CutBlind) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().rect(10, 10).cutBlind(-3)\n");
  EXPECT_NEAR(volume(s), 3700, 1e-3);
}

TEST(WorkplaneFeatures, CutThruAll) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().circle(3).cutThruAll()\n");
  EXPECT_NEAR(volume(s), 4000 - kPi * 9 * 10, 1e-3);
}

TEST(WorkplaneFeatures, PushPointsHoles) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 5).faces('>Z').workplane().pushPoints([(-5, -5), (5, 5)]).hole(2)\n");
  EXPECT_NEAR(volume(s), 2000 - 2 * kPi * 5, 1e-3);
}

TEST(WorkplaneFeatures, ConstructionRectVerticesHoles) {
  CQ_SHAPE(s, "result = (cq.Workplane().box(20, 20, 5).faces('>Z').workplane()\n"
              "          .rect(10, 10, forConstruction=True).vertices().hole(2))\n");
  EXPECT_NEAR(volume(s), 2000 - 4 * kPi * 5, 1e-3);
  EXPECT_EQ(face_count(s), 10u);
}

TEST(WorkplaneFeatures, BossOnTopFace) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane().circle(2).extrude(5)\n");
  EXPECT_NEAR(volume(s), 1000 + kPi * 4 * 5, 1e-3);
  EXPECT_NEAR(bounding_box(s).max.z, 10, 1e-6);
  EXPECT_EQ(solid_count(s), 1u);
}

TEST(WorkplaneFeatures, BottomFaceWorkplaneExtrudesDown) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('<Z').workplane().circle(1).extrude(2)\n");
  EXPECT_NEAR(bounding_box(s).min.z, -7, 1e-6);
}

TEST(WorkplaneFeatures, Fillet) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).edges('|Z').fillet(1)\n");
  EXPECT_NEAR(volume(s), 1000 - 4 * (1 - kPi / 4) * 10, 1e-3);
  EXPECT_EQ(face_count(s), 10u);
}

TEST(WorkplaneFeatures, Chamfer) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).edges('|Z').chamfer(1)\n");
  EXPECT_NEAR(volume(s), 980, 1e-3);
}

TEST(WorkplaneFeatures, ShellInward) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').shell(-1)\n");
  EXPECT_NEAR(volume(s), 1000 - 8 * 8 * 9, 1e-3);
}

TEST(WorkplaneFeatures, RevolveAnnulus) {
  CQ_SHAPE(s, "result = cq.Workplane('XY').moveTo(1, 0).rect(2, 4, centered=False).revolve(360, (0, 0, 0), (0, 1, 0))\n");
  EXPECT_NEAR(volume(s), kPi * 8 * 4, 1e-3);
}

TEST(WorkplaneFeatures, MirrorUnion) {
  CQ_SHAPE(s, "result = cq.Workplane().box(2, 2, 2).translate((3, 0, 0)).mirror('YZ', union=True)\n");
  EXPECT_NEAR(volume(s), 16, 1e-6);
  EXPECT_NEAR(bounding_box(s).min.x, -4, 1e-6);
}

TEST(WorkplaneFeatures, Operators) {
  const char* setup =
      "a = cq.Workplane().box(2, 2, 2)\n"
      "b = cq.Workplane().box(2, 2, 2).translate((1, 0, 0))\n";
  CQ_SHAPE(u, std::string(setup) + "result = a + b\n");
  EXPECT_NEAR(volume(u), 12, 1e-6);
  EXPECT_EQ(face_count(u), 6u);  // clean=True merges the coplanar faces
  CQ_SHAPE(c, std::string(setup) + "result = a - b\n");
  EXPECT_NEAR(volume(c), 4, 1e-6);
  CQ_SHAPE(i, std::string(setup) + "result = a & b\n");
  EXPECT_NEAR(volume(i), 4, 1e-6);
  CQ_SHAPE(m, std::string(setup) + "result = a.union(b, clean=False)\n");
  EXPECT_NEAR(volume(m), 12, 1e-6);
}

TEST(WorkplaneFeatures, TranslateRotate) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 2, 2).rotate((0, 0, 0), (0, 0, 1), 90).translate((0, 0, 5))\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.size().x, 2, 1e-6);
  EXPECT_NEAR(b.size().y, 10, 1e-6);
  EXPECT_NEAR(b.center().z, 5, 1e-6);
}

TEST(WorkplaneFeatures, WorkplaneOffset) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane(offset=5).box(2, 2, 2)\n");
  EXPECT_NEAR(volume(s), 1008, 1e-6);
  EXPECT_NEAR(bounding_box(s).max.z, 11, 1e-6);
}

TEST(WorkplaneFeatures, WorkplaneInvert) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane(invert=True).rect(2, 2).extrude(3, combine=False)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.max.z, 5, 1e-6);
  EXPECT_NEAR(b.min.z, 2, 1e-6);
}

TEST(WorkplaneFeatures, SideFaceWorkplaneXDirection) {
  // On the +Y face CadQuery's x direction is Z x normal = (0,0,1) x (0,1,0) = (-1,0,0).
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Y').workplane().center(3, 0).circle(1).extrude(1, combine=False)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.center().x, -3, 1e-6);
  EXPECT_NEAR(b.min.y, 5, 1e-6);
}

TEST(WorkplaneFeatures, Transformed) {
  CQ_SHAPE(s, "result = cq.Workplane().transformed(rotate=(90, 0, 0)).rect(2, 4).extrude(1)\n");
  auto b = bounding_box(s);
  EXPECT_NEAR(b.size().x, 2, 1e-6);
  EXPECT_NEAR(b.size().z, 4, 1e-6);
  EXPECT_NEAR(b.min.y, -1, 1e-6);
  CQ_SHAPE(t, "result = cq.Workplane().transformed(offset=(0, 0, 5)).box(1, 1, 1)\n");
  EXPECT_NEAR(bounding_box(t).center().z, 5, 1e-6);
}

TEST(WorkplaneFeatures, TagAndWorkplaneFromTagged) {
  CQ_SHAPE(s, "result = (cq.Workplane().box(10, 10, 2).faces('>Z').workplane().tag('top')\n"
              "          .rect(4, 4).extrude(3).workplaneFromTagged('top').circle(1).cutThruAll())\n");
  EXPECT_NEAR(volume(s), 248 - kPi * 5, 1e-3);
}

TEST(WorkplaneFeatures, LoftRuled) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(10, 10).workplane(offset=5).rect(4, 4).loft(ruled=True)\n");
  EXPECT_NEAR(volume(s), 5.0 / 3.0 * (100 + 16 + 40), 1e-3);
}

TEST(WorkplaneFeatures, SweepCircleAlongLine) {
  CQ_SHAPE(s, "path = cq.Workplane('XZ').polyline([(0, 0), (0, 10)])\n"
              "result = cq.Workplane().circle(1).sweep(path)\n");
  EXPECT_NEAR(volume(s), 10 * kPi, 1e-2);
}

TEST(WorkplaneFeatures, SweepAlongHelix) {
  CQ_SHAPE(s, "path = cq.Wire.makeHelix(pitch=5, height=20, radius=10)\n"
              "result = cq.Workplane('XZ').center(10, 0).circle(1).sweep(path, isFrenet=True)\n");
  double len = std::sqrt(std::pow(2 * kPi * 10, 2) + 25) * 4;
  EXPECT_NEAR(volume(s), kPi * len, kPi * len * 0.02);
}

TEST(WorkplaneFeatures, SweepMultisectionAndNormal) {
  const std::string path = "path = cq.Workplane('XZ').polyline([(0, 0), (0, 10)])\n";
  CQ_SHAPE(m, path + "result = cq.Workplane().rect(4, 4).workplane(offset=10).rect(2, 2).sweep(path, multisection=True)\n");
  EXPECT_NEAR(volume(m), 10.0 / 3.0 * (16 + 4 + 8), 0.5);
  CQ_SHAPE(n, path + "result = cq.Workplane().rect(2, 2).sweep(path, normal=(0, 0, 1))\n");
  EXPECT_NEAR(volume(n), 40, 1e-3);
}

TEST(WorkplaneFeatures, TwistExtrude) {
  CQ_SHAPE(s, "result = cq.Workplane().rect(4, 4).twistExtrude(10, 45)\n");
  EXPECT_NEAR(volume(s), 160, 160 * 0.03);
}

TEST(WorkplaneFeatures, SplitKeepTop) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane(-5).split(keepTop=True)\n");
  EXPECT_NEAR(volume(s), 500, 1e-3);
  EXPECT_NEAR(bounding_box(s).min.z, 0, 1e-6);
}

TEST(WorkplaneFeatures, Section) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).section()\n");
  EXPECT_NEAR(kernel::area(s), 100, 1e-3);
}

TEST(WorkplaneFeatures, CombineSubtractMode) {
  CQ_SHAPE(s, "result = cq.Workplane().box(10, 10, 10).faces('>Z').workplane().rect(2, 2).extrude(-3, combine='s')\n");
  EXPECT_NEAR(volume(s), 988, 1e-3);
}

TEST(WorkplaneFeatures, CutBlindUntilNext) {
  CQ_SHAPE(s, "result = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().rect(4, 4).cutBlind('next')\n");
  EXPECT_NEAR(volume(s), 4000 - 160, 1e-3);
}

TEST(WorkplaneFeatures, ExtrudeUntilNextLastAndFace) {
  const std::string setup =
      "w = cq.Workplane().box(20, 20, 2).union(cq.Workplane().box(20, 20, 2).translate((0, 0, 10)))\n"
      "s = w.copyWorkplane(cq.Workplane('XY', origin=(0, 0, 1))).rect(2, 2)\n";
  CQ_SHAPE(n, setup + "result = s.extrude('next')\n");
  EXPECT_NEAR(volume(n), 1600 + 32, 1e-3);
  EXPECT_EQ(solid_count(n), 1u);
  CQ_SHAPE(l, setup + "result = s.extrude('last')\n");
  EXPECT_NEAR(volume(l), 1600 + 32, 1e-3);  // the prism through the top plate adds nothing there
  CQ_SHAPE(f, setup + "result = s.extrude(w.faces('>Z').val())\n");
  EXPECT_NEAR(volume(f), 1632, 1e-3);
}

TEST(WorkplaneFeatures, EachAndEachpoint) {
  // each() combines by default (CadQuery 2.2+), eachpoint() does not.
  auto r = run_cq("result = cq.Workplane().pushPoints([(0, 0), (5, 0)]).each(lambda v: cq.Solid.makeBox(1, 1, 1, v)).size()\n");
  ASSERT_TRUE(r.ok()) << diags_of(r);
  EXPECT_EQ(result_number(r), 1);
  auto r2 = run_cq("result = cq.Workplane().pushPoints([(0, 0), (5, 0)]).each(lambda v: cq.Solid.makeBox(1, 1, 1, v), combine=False).size()\n");
  ASSERT_TRUE(r2.ok()) << diags_of(r2);
  EXPECT_EQ(result_number(r2), 2);
  CQ_SHAPE(s, "result = cq.Workplane().pushPoints([(0, 0), (5, 0)]).eachpoint(lambda loc: cq.Solid.makeBox(1, 1, 1).moved(loc), combine=True)\n");
  EXPECT_NEAR(volume(s), 2, 1e-6);
}

TEST(WorkplaneFeatures, BoxesOnSelectedVertices) {
  CQ_SHAPE(s, "result = cq.Workplane().box(4, 4, 0.5).faces('>Z').workplane().rect(3, 3, forConstruction=True).vertices().box(0.25, 0.25, 0.25)\n");
  EXPECT_NEAR(volume(s), 8 + 4 * 0.25 * 0.25 * 0.25 / 2, 1e-6);
}

}  // namespace
}  // namespace cadscribe::cad::testing
