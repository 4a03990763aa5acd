// The OpenSCAD engine end to end (lang/scad → cad/scad_eval → csg): volumes and triangle counts
// against openscad 2021.01's STL export (measured with tools/scad_parity.py; float32 STL, so
// 1e-5 relative tolerance), openscad's dimension rules, warnings with locations, and budgets.
#include <gtest/gtest.h>

#include <algorithm>

#include "cad/scad_execute.h"

namespace cadscribe::cad {
namespace {

ScadExecution run(const std::string& src, ScadOptions o = {}) { return execute_scad(src, "<test>.scad", o); }

bool has_warning(const ScadExecution& e, const std::string& code) {
  return std::any_of(e.diags.begin(), e.diags.end(), [&](const base::Diag& d) {
    return d.severity == base::Severity::kWarning && d.code == code;
  });
}

std::string error_code(const ScadExecution& e) { return e.first_error() ? e.first_error()->code : "none"; }

TEST(ScadExecute, LonePrimitivesMatchOpenscadExactly) {
  auto s = run("sphere(r=5);");
  ASSERT_TRUE(s.ok()) << error_code(s);
  EXPECT_EQ(s.facts.dimension, 3);
  EXPECT_EQ(s.facts.triangles, 252u);
  EXPECT_NEAR(s.facts.volume, 490.917470, 490.9 * 1e-5);
  EXPECT_TRUE(s.facts.closed_manifold);
  auto hex = run("cylinder(h=2, r=1, $fn=6);");
  ASSERT_TRUE(hex.ok());
  EXPECT_EQ(hex.facts.triangles, 20u);
  auto cone = run("cylinder(h=10, r1=3, r2=0, $fn=12);");
  EXPECT_EQ(cone.facts.triangles, 22u);
  EXPECT_NEAR(cone.facts.volume, 90.000131, 90 * 1e-5);
}

TEST(ScadExecute, TransformsMatchOpenscad) {
  auto r = run("rotate([30,45,60]) cube([10,4,2]);");
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r.facts.volume, 80, 1e-3);
  EXPECT_NEAR(r.facts.bbox.min.x, -2.29289, 1e-5);
  EXPECT_NEAR(r.facts.bbox.max.y, 9.64118, 1e-5);
  EXPECT_NEAR(r.facts.bbox.min.z, -7.07107, 1e-5);
  auto m = run("mirror([1,1,0]) translate([5,0,0]) cube([2,3,4]);");
  ASSERT_TRUE(m.ok());
  EXPECT_NEAR(m.facts.volume, 24, 1e-9);  // a mirror flips orientation: the volume must stay positive
  EXPECT_NEAR(m.facts.bbox.min.y, -7, 1e-12);
  EXPECT_TRUE(m.facts.closed_manifold);
  auto z = run("resize([30,0,0], auto=true) cube([10,5,2]);");
  EXPECT_NEAR(z.facts.volume, 2700, 1e-9);
  EXPECT_NEAR(z.facts.bbox.max.y, 15, 1e-12);
}

TEST(ScadExecute, BooleansMatchOpenscad) {
  auto d = run("difference() { cube([20,20,5]); translate([10,10,-1]) cylinder(h=7, r=4, $fn=32); }");
  ASSERT_TRUE(d.ok()) << error_code(d);
  EXPECT_NEAR(d.facts.volume, 1750.285189, 1750 * 1e-5);
  EXPECT_TRUE(d.facts.closed_manifold);
  auto h = run("hull() { sphere(r=2, $fn=16); translate([10,0,0]) sphere(r=2, $fn=16); }");
  ASSERT_TRUE(h.ok());
  EXPECT_NEAR(h.facts.volume, 153.877563, 153.9 * 1e-5);
  auto u = run("cube(5); translate([3,0,0]) cube(5);");  // top-level objects are unioned
  EXPECT_NEAR(u.facts.volume, 200, 1e-9);
  auto empty = run("intersection() { cube(5); translate([10,0,0]) cube(5); }");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.facts.dimension, 0);
  EXPECT_FALSE(empty.mesh.has_value());
}

TEST(ScadExecute, ExtrusionsMatchOpenscad) {
  // default slices: helix rule, 6 slices here → 6·8 + 4 = 52 triangles
  auto t = run("linear_extrude(height=10, twist=90) square([6,2], center=true);");
  ASSERT_TRUE(t.ok()) << error_code(t);
  EXPECT_EQ(t.facts.triangles, 52u);
  EXPECT_NEAR(t.facts.volume, 135.891865, 135.9 * 1e-5);
  auto ns = run("linear_extrude(height=5, scale=[2,0.5]) circle(r=3, $fn=16);");  // diagonal rule: 3 slices
  EXPECT_EQ(ns.facts.triangles, 124u);
  EXPECT_NEAR(ns.facts.volume, 147.754732, 147.8 * 1e-5);
  auto re = run("rotate_extrude($fn=32) translate([5,0]) square([2,3]);");
  ASSERT_TRUE(re.ok()) << error_code(re);
  EXPECT_NEAR(re.facts.volume, 224.744167, 224.7 * 1e-5);
  auto off = run("linear_extrude(1) offset(delta=1) square(10);");
  EXPECT_NEAR(off.facts.volume, 144, 1e-6);
  auto pos = run("linear_extrude(3) square(2);");  // positional height
  EXPECT_NEAR(pos.facts.volume, 12, 1e-9);
}

TEST(ScadExecute, TwoDResultsAndDimensionRules) {
  auto sq = run("square([2,3]);");
  ASSERT_TRUE(sq.ok());
  EXPECT_EQ(sq.facts.dimension, 2);
  EXPECT_NEAR(sq.facts.area, 6, 1e-12);
  ASSERT_TRUE(sq.mesh.has_value());  // a flat mesh for rendering
  auto mixed = run("union() { cube(2); square(5); }");
  ASSERT_TRUE(mixed.ok());
  EXPECT_TRUE(has_warning(mixed, "geom.mixed_dimensions"));
  EXPECT_NEAR(mixed.facts.volume, 8, 1e-9);
  auto bg = run("difference() { cube(10); %sphere(r=8); }");  // % is not part of the result
  EXPECT_NEAR(bg.facts.volume, 1000, 1e-9);
}

TEST(ScadExecute, ArgumentErrorsWarnWithLocation) {
  auto e = run("cube(size=\"big\");");
  ASSERT_TRUE(e.ok());
  EXPECT_NEAR(e.facts.volume, 1, 1e-12);  // the default size
  ASSERT_TRUE(has_warning(e, "runtime.bad_argument"));
  auto it = std::find_if(e.diags.begin(), e.diags.end(), [](const base::Diag& d) { return d.code == "runtime.bad_argument"; });
  EXPECT_EQ(it->span.line, 1);
  EXPECT_TRUE(it->span.col == 6 || it->span.col == 11) << it->span.col;  // the argument (or its expression)
  auto u = run("cube(size=2, colour=\"red\");");
  EXPECT_TRUE(has_warning(u, "runtime.unknown_parameter"));
  auto z = run("scale([1,0,1]) cube(3);");
  EXPECT_TRUE(has_warning(z, "geom.degenerate_transform"));
  EXPECT_EQ(z.facts.dimension, 0);
}

TEST(ScadExecute, BudgetsStopHugeGeometry) {
  auto s = run("sphere(r=1, $fn=1e9);");
  EXPECT_EQ(error_code(s), "limit.geometry");
  auto c = run("cylinder(h=1, r=1, $fn=1e9);");
  EXPECT_EQ(error_code(c), "limit.geometry");
  auto l = run("linear_extrude(height=1, twist=10, slices=1e9) square(1);");
  EXPECT_EQ(error_code(l), "limit.geometry");
  ScadOptions small;
  small.max_triangles = 100;
  auto b = run("sphere(r=5, $fn=32);", small);
  EXPECT_EQ(error_code(b), "limit.geometry");
}

TEST(ScadExecute, GeometryErrorsAreDiags) {
  auto r = run("rotate_extrude() translate([-1,0]) square(3);");
  EXPECT_EQ(error_code(r), "geom.rotate_extrude_sides");
  ASSERT_NE(r.first_error(), nullptr);
  EXPECT_EQ(r.first_error()->span.line, 1);
}

TEST(ScadExecute, EchoAndLanguage) {
  auto e = run("module m(n) { echo(n); if (n > 0) translate([n,0,0]) m(n-1); cube(1); }\nm(2);");
  ASSERT_TRUE(e.ok()) << error_code(e);
  ASSERT_EQ(e.echo.size(), 3u);
  EXPECT_EQ(e.echo[0], "ECHO: 2");
  EXPECT_NEAR(e.facts.volume, 3, 1e-9);  // cubes at x = 0, 2 and 3, unioned
}

TEST(ScadExecute, ImportIsConfined) {
  auto e = run("import(\"/etc/passwd\");");  // exists, outside the program's folder
  EXPECT_EQ(error_code(e), "io.sandbox_violation");
  ScadOptions closed;
  closed.allow_files = false;
  auto f = run("import(\"x.stl\");", closed);
  EXPECT_FALSE(f.ok());
}

TEST(ScadExecute, TextUsesLiberationSansAsOpenscad) {
  // openscad 2021.01: linear_extrude(1) text("H", size=10) → x 1.1393..8.89699, y 0..9.55479,
  // volume 30.357205 (one em = size/0.72 mm).
  auto e = run("linear_extrude(1) text(\"H\", size=10);");
  if (has_warning(e, "unsupported.feature")) GTEST_SKIP() << "built without FreeType headers";
  if (has_warning(e, "io.not_found")) GTEST_SKIP() << "fonts-liberation2 is not installed";
  ASSERT_TRUE(e.ok()) << error_code(e);
  EXPECT_NEAR(e.facts.bbox.min.x, 1.1393, 0.01);
  EXPECT_NEAR(e.facts.bbox.max.x, 8.89699, 0.01);
  EXPECT_NEAR(e.facts.bbox.max.y, 9.55479, 0.01);
  EXPECT_NEAR(e.facts.volume, 30.357205, 0.3);
  auto c = run("linear_extrude(1) text(\"Hello\", size=10, font=\"Liberation Sans:style=Bold\", halign=\"center\","
               " valign=\"center\");");
  ASSERT_TRUE(c.ok()) << error_code(c);
  EXPECT_NEAR(c.facts.volume, 145.5332, 145.5 * 0.01);  // openscad: 145.533200
  EXPECT_NEAR(c.facts.bbox.min.x, -15.651, 0.01);
  EXPECT_NEAR(c.facts.bbox.max.y, 5.21652, 0.01);
  // Pen advances: ten H's end at 97.0522 in openscad (advance 0.9795 · size).
  auto row = run("linear_extrude(1) text(\"HHHHHHHHHH\", size=10);");
  ASSERT_TRUE(row.ok()) << error_code(row);
  EXPECT_NEAR(row.facts.bbox.max.x, 97.0522, 0.01);
}

}  // namespace
}  // namespace cadscribe::cad
