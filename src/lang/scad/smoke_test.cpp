// lang/scad/smoke_test.cpp — end-to-end: the common subset reaches the result tree.
#include <gtest/gtest.h>

#include "lang/scad/test_util.h"

namespace cadscribe::lang::scad {
namespace {
using testing::echo;
using testing::run;

TEST(ScadSmoke, TreeOfBuiltinModules) {
  RunReport r = run(R"(
    $fn = 24;
    module peg(h = 5) { cylinder(h = h, r = 1); }
    translate([1, 2, 3]) { cube(2); peg(h = 7); }
    for (i = [0:2]) translate([i * 10, 0, 0]) sphere(r = i + 1, $fn = 8);
    if (false) cube(1); else circle(3);
  )");
  ASSERT_TRUE(r.ok()) << (r.diags.empty() ? "" : r.diags[0].to_string());
  ASSERT_EQ(r.root.children.size(), 3u);
  const Node& tr = r.root.children[0];
  EXPECT_EQ(tr.name, "translate");
  ASSERT_EQ(tr.children.size(), 2u);
  EXPECT_EQ(tr.children[0].name, "cube");
  EXPECT_EQ(tr.children[0].specials.fn, 24);
  EXPECT_EQ(tr.children[1].name, "group");
  EXPECT_EQ(tr.children[1].from_module, "peg");
  const Node& cyl = tr.children[1].children[0];
  EXPECT_EQ(cyl.name, "cylinder");
  ASSERT_NE(cyl.find("h"), nullptr);
  EXPECT_EQ(cyl.find("h")->value.as_number(), 7);
  const Node& loop = r.root.children[1];
  ASSERT_EQ(loop.children.size(), 3u);
  EXPECT_EQ(loop.children[2].children[0].name, "sphere");
  EXPECT_EQ(loop.children[2].children[0].specials.fn, 8);
  EXPECT_EQ(loop.children[2].children[0].find("r")->value.as_number(), 3);
  EXPECT_EQ(r.root.children[2].children[0].name, "circle");
}

TEST(ScadSmoke, Echo) {
  EXPECT_EQ(echo("a=1; echo(a); a=2;"), "ECHO: 2");
  EXPECT_EQ(echo("echo(1/3, [1, \"a\"], undef);"), "ECHO: 0.333333, [1, \"a\"], undef");
}

}  // namespace
}  // namespace cadscribe::lang::scad
