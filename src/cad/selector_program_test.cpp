// End-to-end tests of selectors: CadQuery programs run through the interpreter with the
// `cadquery` module (string selectors on Workplanes, cq.selectors objects and their operators).
#include <gtest/gtest.h>

#include "cad/module.h"
#include "cad/selector.h"
#include "cad/workplane_test_util.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad {
namespace {

using lang::py::RunReport;
using testing::global_number;

// Every program starts from a 10x20x30 box in `box`; line 1 of the body is line 3 of the program.
RunReport run(const std::string& body) {
  return testing::run_cq("box = cq.Workplane('XY').box(10, 20, 30, centered=False)\n" + body, testing::kCqPrelude);
}

TEST(SelectorProgram, StringSelectorsOnWorkplane) {
  auto r = run(
      "a = len(box.faces('>Z').vals())\n"
      "b = len(box.edges('|Z').vals())\n"
      "c = len(box.edges('|Z or <Z').vals())\n"
      "d = len(box.faces('not (>Z or <Z)').vals())\n"
      "e = box.faces('>Z[-2]').val().Center().z\n"
      "f = len(box.vertices('>X and >Y').vals())\n");
  EXPECT_EQ(global_number(r, "a"), 1);
  EXPECT_EQ(global_number(r, "b"), 4);
  EXPECT_EQ(global_number(r, "c"), 8);
  EXPECT_EQ(global_number(r, "d"), 4);
  EXPECT_NEAR(global_number(r, "e"), 0, 1e-9);
  EXPECT_EQ(global_number(r, "f"), 2);
}

TEST(SelectorProgram, SelectorObjects) {
  auto r = run(
      "S = cq.selectors\n"
      "a = len(box.faces(S.ParallelDirSelector(cq.Vector(0, 0, 1))).vals())\n"
      "b = len(box.faces(S.DirectionMinMaxSelector(cq.Vector(0, 0, 1), False)).vals())\n"
      "v = box.vertices(S.NearestToPointSelector((11, 21, 31))).val()\n"
      "c = v.X + v.Y + v.Z\n"
      "d = len(box.faces(S.TypeSelector('PLANE')).vals())\n"
      "e = len(box.edges(S.BoxSelector((-1, -1, 29), (11, 21, 31))).vals())\n"
      "f = len(box.faces(S.DirectionNthSelector(cq.Vector(1, 0, 0), 0)).vals())\n"
      "g = len(box.edges(S.LengthNthSelector(-1)).vals())\n"
      "h = len(box.faces(S.AreaNthSelector(0)).vals())\n"
      "i = len(box.faces(S.StringSyntaxSelector('#Z')).vals())\n"
      "j = len(box.faces(S.PerpendicularDirSelector((0, 0, 1))).vals())\n"
      "k = len(box.faces(S.DirectionSelector((0, 0, -1))).vals())\n"
      "l = len(box.faces(S.CenterNthSelector((1, 0, 0), 1)).vals())\n");
  EXPECT_EQ(global_number(r, "a"), 2);
  EXPECT_EQ(global_number(r, "b"), 1);
  EXPECT_NEAR(global_number(r, "c"), 60, 1e-9);
  EXPECT_EQ(global_number(r, "d"), 6);
  EXPECT_EQ(global_number(r, "e"), 4);
  EXPECT_EQ(global_number(r, "f"), 1);
  EXPECT_EQ(global_number(r, "g"), 4);
  EXPECT_EQ(global_number(r, "h"), 2);
  EXPECT_EQ(global_number(r, "i"), 4);
  EXPECT_EQ(global_number(r, "j"), 4);
  EXPECT_EQ(global_number(r, "k"), 1);
  EXPECT_EQ(global_number(r, "l"), 4);
}

TEST(SelectorProgram, Operators) {
  auto r = run(
      "S = cq.selectors\n"
      "par = S.ParallelDirSelector((0, 0, 1))\n"
      "top = S.DirectionMinMaxSelector((0, 0, 1))\n"
      "a = len(box.faces(par & top).vals())\n"
      "b = len(box.faces(par + S.ParallelDirSelector((1, 0, 0))).vals())\n"
      "c = len(box.faces(par | S.ParallelDirSelector((1, 0, 0))).vals())\n"
      "d = len(box.faces(par - top).vals())\n"
      "e = len(box.faces(-par).vals())\n"
      "f = len(box.faces(~par).vals())\n"
      "g = len(box.faces(S.AndSelector(par, top)).vals())\n"
      "h = len(box.faces(S.SubtractSelector(par, top)).vals())\n"
      "i = len(box.faces(S.InverseSelector(top)).vals())\n"
      "j = len(box.faces(S.SumSelector(top, S.DirectionMinMaxSelector((0, 0, 1), False))).vals())\n");
  EXPECT_EQ(global_number(r, "a"), 1);
  EXPECT_EQ(global_number(r, "b"), 4);
  EXPECT_EQ(global_number(r, "c"), 4);
  EXPECT_EQ(global_number(r, "d"), 1);
  EXPECT_EQ(global_number(r, "e"), 4);
  EXPECT_EQ(global_number(r, "f"), 4);
  EXPECT_EQ(global_number(r, "g"), 1);
  EXPECT_EQ(global_number(r, "h"), 1);
  EXPECT_EQ(global_number(r, "i"), 5);
  EXPECT_EQ(global_number(r, "j"), 2);
}

TEST(SelectorProgram, FilterMethod) {
  auto r = run(
      "faces = box.faces().vals()\n"
      "a = len(cq.selectors.TypeSelector('PLANE').filter(faces))\n"
      "b = len(cq.selectors.StringSyntaxSelector('>Z or <Z').filter(faces))\n");
  EXPECT_EQ(global_number(r, "a"), 6);
  EXPECT_EQ(global_number(r, "b"), 2);
}

TEST(SelectorProgram, MalformedStringIsAValueErrorWithColumn) {
  auto r = run("x = box.faces('>Z and foo')\n");
  ASSERT_FALSE(r.ok());
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "runtime.value_error");
  EXPECT_NE(r.diags[0].message.find("column 8"), std::string::npos) << r.diags[0].message;
  EXPECT_EQ(r.diags[0].span.line, 3);  // located at the call in the program
}

TEST(SelectorProgram, WrongTypeIsATypeError) {
  auto r = run("x = box.faces(cq.selectors.TypeSelector(3))\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "runtime.type_error");
  auto r2 = run("x = cq.selectors.AndSelector(1, 2)\n");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.diags[0].code, "runtime.type_error");
}

TEST(SelectorProgram, IndexOutOfRange) {
  auto r = run("x = box.faces('>Z[3]')\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "runtime.index_error");
}

TEST(SelectorProgram, FilletWithSelectedEdges) {
  auto r = run(
      "res = cq.Workplane('XY').box(10, 10, 10).edges('|Z').fillet(1)\n"
      "n = len(res.faces().vals())\n"
      "v = res.val().Volume()\n");
  EXPECT_EQ(global_number(r, "n"), 10);
  EXPECT_NEAR(global_number(r, "v"), 1000 - 4 * (1 - 3.14159265358979 / 4) * 10, 1e-3);
}

}  // namespace
}  // namespace cadscribe::cad
