// End-to-end tests of cq.Assembly and cq.Color, plus the colour table.
#include <gtest/gtest.h>

#include "cad/assembly.h"
#include "cad/module.h"
#include "cad/workplane_test_util.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad {
namespace {

using lang::py::RunReport;
using lang::py::Value;
using testing::error_code;
using testing::global_number;
using testing::global_value;

RunReport run(const std::string& body) { return testing::run_cq(body, testing::kCqPrelude); }

TEST(ColorTable, NamesAreCaseInsensitive) {
  auto red = color_from_name("red");
  ASSERT_TRUE(red);
  EXPECT_EQ(red->r, 1);
  EXPECT_EQ(red->g, 0);
  auto lb = color_from_name("LightBlue");
  ASSERT_TRUE(lb);
  EXPECT_GT(lb->b, 0.5);
  EXPECT_FALSE(color_from_name("grey"));  // OCCT spells it GRAY
  auto gray = color_from_name("GRAY");
  ASSERT_TRUE(gray);
  EXPECT_NEAR(gray->r, 0.527115, 1e-6);  // linear RGB, as OCCT 7.6 reports it
}

TEST(AssemblyProgram, ToCompoundPlacesChildren) {
  auto r = run(
      "box = cq.Workplane('XY').box(1, 1, 1)\n"
      "assy = cq.Assembly(name='root')\n"
      "assy.add(box, name='a')\n"
      "assy.add(box, name='b', loc=cq.Location(cq.Vector(5, 0, 0)))\n"
      "c = assy.toCompound()\n"
      "v = c.Volume()\n"
      "bb = c.BoundingBox()\n"
      "xmax = bb.xmax\n"
      "n = len(assy.children)\n"
      "names = sorted(assy.objects.keys())\n");
  EXPECT_NEAR(global_number(r, "v"), 2, 1e-6);
  EXPECT_NEAR(global_number(r, "xmax"), 5.5, 1e-6);
  EXPECT_EQ(global_number(r, "n"), 2);
  Value names = global_value(r, "names");
  ASSERT_TRUE(names.is_list());
  ASSERT_EQ(names.list_items().size(), 3u);
  EXPECT_EQ(names.list_items()[0].str(), "a");
  EXPECT_EQ(names.list_items()[2].str(), "root");
}

TEST(AssemblyProgram, NestedLocationsCompose) {
  auto r = run(
      "box = cq.Workplane('XY').box(1, 1, 1)\n"
      "sub = cq.Assembly(box, loc=cq.Location(cq.Vector(0, 10, 0)), name='sub')\n"
      "sub.add(box, name='inner', loc=cq.Location(cq.Vector(0, 0, 7)))\n"
      "top = cq.Assembly(loc=cq.Location(cq.Vector(100, 0, 0)))\n"
      "top.add(sub, loc=cq.Location(cq.Vector(0, 20, 0)))\n"
      "bb = top.toCompound().BoundingBox()\n"
      "x = (bb.xmin + bb.xmax) / 2\n"
      "y = (bb.ymin + bb.ymax) / 2\n"
      "zmax = bb.zmax\n"
      "inner = top.objects['inner'].name\n");
  EXPECT_NEAR(global_number(r, "x"), 100, 1e-6);
  EXPECT_NEAR(global_number(r, "y"), 20, 1e-6);  // add(loc=...) replaces the sub-assembly's own loc
  EXPECT_NEAR(global_number(r, "zmax"), 7.5, 1e-6);
  EXPECT_EQ(global_value(r, "inner").str(), "inner");
}

TEST(AssemblyProgram, AddCopiesAndChains) {
  auto r = run(
      "box = cq.Workplane('XY').box(1, 1, 1)\n"
      "sub = cq.Assembly(box, name='sub')\n"
      "top = cq.Assembly().add(sub).add(box, name='other')\n"
      "sub.add(box, name='late')\n"
      "v = top.toCompound().Volume()\n"
      "n = len(top.children)\n"
      "auto = cq.Assembly().add(box).add(box)\n"
      "m = len(auto.children)\n");
  EXPECT_NEAR(global_number(r, "v"), 2, 1e-6);  // `late` was added to the original, not the copy
  EXPECT_EQ(global_number(r, "n"), 2);
  EXPECT_EQ(global_number(r, "m"), 2);  // unnamed children get distinct names
}

TEST(AssemblyProgram, ShapesAndTraverse) {
  auto r = run(
      "s = cq.Workplane('XY').sphere(1).val()\n"
      "a = cq.Assembly(s, name='ball')\n"
      "a.add(cq.Workplane('XY').box(1, 1, 1), name='cube', color=cq.Color('red'))\n"
      "t = [name for name, _ in a.traverse()]\n"
      "col = a.cube.color.toTuple()\n"
      "k = len(a.shapes)\n");
  Value t = global_value(r, "t");
  ASSERT_TRUE(t.is_list());
  ASSERT_EQ(t.list_items().size(), 2u);
  EXPECT_EQ(t.list_items()[0].str(), "cube");
  EXPECT_EQ(t.list_items()[1].str(), "ball");
  Value col = global_value(r, "col");
  ASSERT_TRUE(col.is_tuple());
  EXPECT_EQ(col.tuple_items()[0].as_double(), 1);
  EXPECT_EQ(col.tuple_items()[3].as_double(), 1);
  EXPECT_EQ(global_number(r, "k"), 1);
}

TEST(AssemblyProgram, Colors) {
  auto r = run(
      "a = cq.Color(0.1, 0.2, 0.3).toTuple()[2]\n"
      "b = cq.Color(0.1, 0.2, 0.3, 0.5).toTuple()[3]\n"
      "c = cq.Color(0.1, 0.2, 0.3, a=0.25).toTuple()[3]\n"
      "d = cq.Color().toTuple()[1]\n"
      "e = cq.Color('blue') == cq.Color(0, 0, 1)\n");
  EXPECT_NEAR(global_number(r, "a"), 0.3, 1e-12);
  EXPECT_NEAR(global_number(r, "b"), 0.5, 1e-12);
  EXPECT_NEAR(global_number(r, "c"), 0.25, 1e-12);
  EXPECT_NEAR(global_number(r, "d"), 1, 1e-12);  // default: yellow
  EXPECT_TRUE(global_value(r, "e").truthy());
}

TEST(AssemblyProgram, Errors) {
  EXPECT_EQ(error_code(run("c = cq.Color('notacolor')\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("c = cq.Color(1, 2)\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("a = cq.Assembly(name='x')\na.add(cq.Assembly(name='x'))\n")), "runtime.value_error");
  EXPECT_EQ(error_code(run("a = cq.Assembly(5)\n")), "runtime.type_error");
  EXPECT_EQ(error_code(run("a = cq.Assembly(color=3)\n")), "runtime.type_error");
  EXPECT_EQ(error_code(run("a = cq.Assembly()\na.save('x.step')\n")), "unsupported.method");
  EXPECT_EQ(error_code(run("a = cq.Assembly()\na.solve()\n")), "unsupported.method");
  EXPECT_EQ(error_code(run("a = cq.Assembly()\nb = a['nope']\n")), "runtime.key_error");
}

}  // namespace
}  // namespace cadscribe::cad
