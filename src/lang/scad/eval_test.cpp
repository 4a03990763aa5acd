// lang/scad/eval_test.cpp — scoping, functions and modules, recursion, children, $-variables,
// modifiers, unknown names, and the shape of the result tree.
#include <gtest/gtest.h>

#include "lang/scad/test_util.h"
#include "lang/scad/tree_dump.h"

namespace cadscribe::lang::scad {
namespace {
using testing::codes;
using testing::echo;
using testing::run;

TEST(ScadEval, AssignmentsBeforeInstantiations) {
  EXPECT_EQ(echo("echo(a); a = 3;"), "ECHO: 3");
  EXPECT_EQ(echo("a = 1; b = a; a = b + 10; echo(a, b);"), "ECHO: undef, undef");
}

TEST(ScadEval, ScopesOfIfForAndModules) {
  EXPECT_EQ(echo("x = 1; if (true) { x = 2; echo(x); } echo(x);"), "ECHO: 2\nECHO: 1");
  EXPECT_EQ(echo("x = 1; for (i = [0:1]) { x = i + 10; echo(x); } echo(x);"), "ECHO: 10\nECHO: 11\nECHO: 1");
  EXPECT_EQ(echo("x = 1; module m() { x = 5; echo(x); } m(); echo(x);"), "ECHO: 5\nECHO: 1");
  EXPECT_EQ(echo("module m(a) { a = a + 1; echo(a); } m(1);"), "ECHO: 2");
}

TEST(ScadEval, FunctionsDefaultsNamedArgs) {
  EXPECT_EQ(echo("function f(a, b = 10, c) = [a, b, c]; echo(f(1), f(1, 2, 3), f(c = 3, a = 1));"),
            "ECHO: [1, 10, undef], [1, 2, 3], [1, 10, 3]");
  RunReport r = run("function f(a) = a; echo(f(1, 2));");
  EXPECT_EQ(codes(r), "w:runtime.argument_count");
}

TEST(ScadEval, DefinitionsAreVisibleThroughoutTheirScope) {
  EXPECT_EQ(echo("echo(f(2)); function f(x) = g(x) * 2; function g(x) = x + 1;"), "ECHO: 6");
  EXPECT_EQ(echo("module outer() { inner(); module inner() echo(\"in\"); } outer();"), "ECHO: \"in\"");
  EXPECT_EQ(echo("module m(k) { function add(x) = x + k; echo(add(1)); } m(10);"), "ECHO: 11");
}

TEST(ScadEval, Recursion) {
  EXPECT_EQ(echo("function f(n) = n <= 1 ? 1 : n * f(n - 1); echo(f(10));"), "ECHO: 3.6288e+6");
  // Tail calls in a ?: branch do not consume depth (openscad 2021.01 eliminates them too).
  EXPECT_EQ(echo("function s(n, acc = 0) = n == 0 ? acc : s(n - 1, acc + n); echo(s(100000));"),
            "ECHO: 5.00005e+9");
  RunReport r = run("function f(n) = f(n + 1) + 1; echo(f(0));");
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "limit.recursion");
  EXPECT_FALSE(testing::first_error(r)->notes.empty());  // the call stack
  RunReport m = run("module m() m(); m();");
  ASSERT_NE(testing::first_error(m), nullptr);
  EXPECT_EQ(testing::first_error(m)->code, "limit.recursion");
}

TEST(ScadEval, DeepRecursionIsStackSafe) {
  RunOptions o = testing::default_options();
  o.limits.max_depth = 1'000'000;  // only the native stack guard stops it
  RunReport r = run("function t(n) = n == 0 ? 0 : 1 + t(n - 1); echo(t(1000000));", o);
  ASSERT_NE(testing::first_error(r), nullptr);
  EXPECT_EQ(testing::first_error(r)->code, "limit.recursion");
  RunReport m = run("module m(n) { if (n > 0) translate([1,0,0]) m(n - 1); } m(1000000);", o);
  ASSERT_NE(testing::first_error(m), nullptr);
  EXPECT_EQ(testing::first_error(m)->code, "limit.recursion");
}

TEST(ScadEval, TailCallsKeepDynamicVariables) {
  // From openscad's own regression test function-scope.scad.
  EXPECT_EQ(echo("function f(b = false) = b ? $x : let($x = 33) let($x = 42) f(true); echo(f());"), "ECHO: 42");
  EXPECT_EQ(echo("function g(b = false) = b ? x : let(x = 42) g(true); echo(g());"), "ECHO: undef");
}

TEST(ScadEval, FunctionLiterals) {
  EXPECT_EQ(echo("add = function(a) function(b) a + b; echo(add(2)(3));"), "ECHO: 5");
  EXPECT_EQ(echo("fact = function(n) n <= 1 ? 1 : n * fact(n - 1); echo(fact(5));"), "ECHO: 120");
  EXPECT_EQ(echo("function map(f, v) = [for (x = v) f(x)]; echo(map(function(x) x * x, [1, 2, 3]));"),
            "ECHO: [1, 4, 9]");
  EXPECT_EQ(echo("k = 3; f = function(x) x * k; module m() { k = 100; echo(f(2)); } m();"), "ECHO: 6");
  RunReport r = run("x = 5; x(1);  y = 3; echo(y(2));");
  EXPECT_NE(codes(r).find("w:runtime.unknown_function"), std::string::npos);
}

TEST(ScadEval, SpecialVariablesAreDynamic) {
  EXPECT_EQ(echo("module a() { $q = 5; b(); } module b() echo($q); a();"), "ECHO: 5");
  EXPECT_EQ(echo("function f() = $fn; module m() echo(f()); m($fn = 7); $fn = 3; m();"), "ECHO: 7\nECHO: 3");
  RunReport r = run("$fn = 12; module m() sphere(1); m($fa = 5); sphere(2, $fn = 30); translate([1,0,0], $fs = 0.5) cube();");
  ASSERT_TRUE(r.ok());
  const Node& m = r.root.children[0];
  EXPECT_EQ(m.children[0].specials.fn, 12);
  EXPECT_EQ(m.children[0].specials.fa, 5);
  EXPECT_EQ(r.root.children[1].specials.fn, 30);
  EXPECT_TRUE(r.root.children[1].args.size() == 1);  // $fn is not an argument
  EXPECT_EQ(r.root.children[2].children[0].specials.fs, 0.5);
}

TEST(ScadEval, ChildrenAndChildrenCount) {
  EXPECT_EQ(echo("module m() { echo($children); children(1); children([0, 2]); children([1:2]); }"
                 "m() { echo(\"A\"); echo(\"B\"); echo(\"C\"); }"),
            "ECHO: 3\nECHO: \"B\"\nECHO: \"A\"\nECHO: \"C\"\nECHO: \"B\"\nECHO: \"C\"");
  // children() inside a children block refers to the enclosing module's children.
  EXPECT_EQ(echo("module a() children(); module b() a() children(); b() echo(\"kid\");"), "ECHO: \"kid\"");
  // Children see $-variables set by the module; their block's assignments are evaluated as at
  // the call site and rank below the module's $-variables (checked against openscad 2021.01).
  EXPECT_EQ(echo("$w = 1; module m() { $w = 4; children(); } m() { z = $w; echo(z, $w); }"), "ECHO: 1, 4");
  EXPECT_EQ(echo("module m() { $v = 4; children(); } m() { $v = 6; echo($v); }"), "ECHO: 4");
  EXPECT_EQ(echo("module m() { $r = 1; children(); } m() { $q = 6; echo($q, $r); }"), "ECHO: 6, 1");
  RunReport r = run("module m() children(3); m() cube();");
  EXPECT_EQ(codes(r), "w:runtime.children_index");
}

TEST(ScadEval, ResultTree) {
  RunReport r = run("module pair() { cube(1); sphere(1); } pair(); intersection_for (i = [0:1]) cube(i);"
                    "color(\"red\") cube(2, center = true);");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.root.children.size(), 3u);
  const Node& pair = r.root.children[0];
  EXPECT_EQ(pair.name, "group");
  EXPECT_EQ(pair.from_module, "pair");
  ASSERT_EQ(pair.children.size(), 2u);
  const Node& ix = r.root.children[1];
  EXPECT_EQ(ix.name, "intersection");
  ASSERT_EQ(ix.children.size(), 2u);
  EXPECT_EQ(ix.children[1].children[0].find("size", 0)->value.as_number(), 1);
  const Node& color = r.root.children[2];
  EXPECT_EQ(color.find("c", 0)->value.as_string(), "red");
  EXPECT_EQ(color.children[0].find("center")->value.as_bool(), true);
  EXPECT_EQ(color.children[0].find("size", 0)->value.as_number(), 2);
  EXPECT_EQ(color.children[0].find("nothing"), nullptr);
  EXPECT_EQ(color.children[0].span.line, 1);
}

TEST(ScadEval, TreeDump) {
  RunReport r = run("module m(s) { cube(s, center = true); children(); }\n"
                    "for (i = [0:1]) translate([i, 0, 0]) #m(i) sphere(1); if (false) cube(); %circle(2);");
  EXPECT_EQ(dump_tree(r.root),
            "group() {\n"
            "\tgroup() {\n"
            "\t\ttranslate([0, 0, 0]) {\n"
            "\t\t\t#group() {\n"
            "\t\t\t\tcube(0, center = true);\n"
            "\t\t\t\tgroup() {\n"
            "\t\t\t\t\tsphere(1);\n"
            "\t\t\t\t}\n"
            "\t\t\t}\n"
            "\t\t}\n"
            "\t\ttranslate([1, 0, 0]) {\n"
            "\t\t\t#group() {\n"
            "\t\t\t\tcube(1, center = true);\n"
            "\t\t\t\tgroup() {\n"
            "\t\t\t\t\tsphere(1);\n"
            "\t\t\t\t}\n"
            "\t\t\t}\n"
            "\t\t}\n"
            "\t}\n"
            "\t%circle(2);\n"
            "}\n");
}

TEST(ScadEval, Modifiers) {
  RunReport r = run("cube(1); *sphere(); %cylinder(); #square();");
  ASSERT_EQ(r.root.children.size(), 3u);
  EXPECT_EQ(r.root.children[1].modifier, '%');
  EXPECT_EQ(r.root.children[2].modifier, '#');
  RunReport root = run("cube(1); translate([1,0,0]) !sphere(); circle();");
  ASSERT_EQ(root.root.children.size(), 1u);
  EXPECT_EQ(root.root.children[0].name, "sphere");
}

TEST(ScadEval, UnknownNamesWarnAndContinue) {
  RunReport r = run("echo(nope); bogus(); x = undefined_fn(1); cube();");
  EXPECT_TRUE(r.ok());
  // Assignments run first, so the unknown function is reported before the unknown variable.
  EXPECT_EQ(codes(r), "w:runtime.unknown_function w:runtime.unknown_variable w:runtime.unknown_module");
  EXPECT_EQ(r.diags[2].message, "Ignoring unknown module 'bogus'");
  EXPECT_EQ(r.diags[2].span.line, 1);
  EXPECT_EQ(r.diags[2].span.col, 13);
  ASSERT_EQ(r.root.children.size(), 1u);
  // Only names the binding registered are builtin modules.
  RunOptions o;
  RunReport none = run_program("cube(1);", "t.scad", o);
  EXPECT_EQ(codes(none), "w:runtime.unknown_module");
  EXPECT_TRUE(none.root.children.empty());
}

TEST(ScadEval, UserModulesShadowBuiltins) {
  RunReport r = run("module cube(s) echo(\"mine\", s); cube(3);");
  EXPECT_EQ(r.echo[0], "ECHO: \"mine\", 3");
  EXPECT_EQ(r.root.children[0].name, "group");
}

TEST(ScadEval, Assert) {
  RunReport r = run("x = 3; assert(x < 0, \"x must be negative\"); echo(\"unreached\");");
  const base::Diag* d = testing::first_error(r);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->code, "runtime.assert");
  EXPECT_EQ(d->message, "Assertion '(x < 0)' failed: \"x must be negative\"");
  EXPECT_EQ(d->span.line, 1);
  EXPECT_TRUE(r.echo.empty());
  RunReport e = run("function f(x) = assert(x > 0) x; echo(f(1)); echo(f(-1));");
  EXPECT_EQ(e.echo.size(), 1u);
  ASSERT_NE(testing::first_error(e), nullptr);
  EXPECT_FALSE(testing::first_error(e)->notes.empty());
}

TEST(ScadEval, LetStatementAndEachAndComprehensions) {
  EXPECT_EQ(echo("let(a = 2, b = a * 3) echo(a, b);"), "ECHO: 2, 6");
  EXPECT_EQ(echo("echo([for (i = [0:2], j = [0:i]) if (i != j) [i, j]]);"), "ECHO: [[1, 0], [2, 0], [2, 1]]");
  EXPECT_EQ(echo("echo([each [1, 2], each [3:4], each \"ab\", for (i = [0:1]) each [i, -i]]);"),
            "ECHO: [1, 2, 3, 4, \"a\", \"b\", 0, 0, 1, -1]");
  EXPECT_EQ(echo("echo([for (i = 0, s = 0; i < 4; i = i + 1, s = s + i) s]);"), "ECHO: [0, 1, 3, 6]");
  EXPECT_EQ(echo("echo([for (x = [1:3]) let(y = x * x) if (y > 1) y else -1]);"), "ECHO: [-1, 4, 9]");
}

TEST(ScadEval, AssignIsDeprecatedLet) {
  RunReport r = run("assign(a = 1, b = 2) echo(a, b);");
  ASSERT_EQ(r.echo.size(), 1u);
  EXPECT_EQ(r.echo[0], "ECHO: 1, 2");
  EXPECT_EQ(codes(r), "w:runtime.deprecated");
}

TEST(ScadEval, ParentModule) {
  EXPECT_EQ(echo("module a() b(); module b() echo(parent_module(0), parent_module(1), $parent_modules); a();"),
            "ECHO: \"b\", \"a\", 2");
}

TEST(ScadEval, TimeAndPreviewFromOptions) {
  RunOptions o = testing::default_options();
  o.t = 0.25;
  o.preview = true;
  EXPECT_EQ(testing::echo("echo($t, $preview);", o), "ECHO: 0.25, true");
  RunReport r = testing::run("cube();", o);
  EXPECT_EQ(r.root.children[0].specials.t, 0.25);
  EXPECT_TRUE(r.root.children[0].specials.preview);
}

}  // namespace
}  // namespace cadscribe::lang::scad
