// lang/scad/parser_test.cpp — the syntax tree, syntax errors with locations, recovery (many
// errors per run), the nesting cap, and assignment deduplication.
#include "lang/scad/parser.h"

#include <gtest/gtest.h>

#include "lang/scad/closure.h"

namespace cadscribe::lang::scad {
namespace {

ParseResult p(const std::string& s) { return parse(s, "t.scad"); }

TEST(ScadParser, Statements) {
  auto r = p(R"(
    x = 1;
    function f(a, b = 2) = a + b;
    module m(h) { cube(h); }
    translate([1, 0, 0]) rotate(90) m(3);
    if (x > 0) cube(); else { sphere(); }
    for (i = [0:3]) cube(i);
    #cube(); %sphere(); *cylinder(); !square();
    ;
  )");
  ASSERT_TRUE(r.ok()) << r.diags[0].to_string();
  const auto& s = r.file->stmts;
  ASSERT_EQ(s.size(), 10u);
  EXPECT_EQ(s[0].kind, StmtKind::kAssign);
  EXPECT_EQ(s[1].kind, StmtKind::kFunctionDef);
  EXPECT_EQ(s[1].args.size(), 2u);
  EXPECT_EQ(s[2].kind, StmtKind::kModuleDef);
  EXPECT_EQ(s[3].name, "translate");
  ASSERT_EQ(s[3].body.size(), 1u);
  EXPECT_EQ(s[3].body[0].name, "rotate");
  EXPECT_EQ(s[3].body[0].body[0].name, "m");
  EXPECT_EQ(s[4].kind, StmtKind::kIf);
  EXPECT_TRUE(s[4].has_else);
  EXPECT_EQ(s[5].name, "for");
  EXPECT_EQ(s[6].modifier, '#');
  EXPECT_EQ(s[7].modifier, '%');
  EXPECT_EQ(s[8].modifier, '*');
  EXPECT_EQ(s[9].modifier, '!');
}

TEST(ScadParser, ExpressionsDumpAsOpenscad) {
  auto r = p("x = -2^2 + 3 * 4 % 5 - (1 < 2 && !b || c ? [1:2] : [1:2:3]); y = a.x[0](1, n = 2);");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(dump_expr(*r.file->stmts[0].expr),
            "((-(2 ^ 2) + ((3 * 4) % 5)) - ((((1 < 2) && !b) || c) ? [1 : 2] : [1 : 2 : 3]))");
  EXPECT_EQ(dump_expr(*r.file->stmts[1].expr), "a.x[0](1, n = 2)");
}

TEST(ScadParser, Comprehensions) {
  auto r = p("v = [for (i = [0:3]) if (i % 2) i else each [i, i], for (i = 0; i < 3; i = i + 1) let(j = i) j];"
             "f = function(x) let(y = x) assert(y > 0) echo(y) y;");
  ASSERT_TRUE(r.ok()) << r.diags[0].to_string();
  const Expr& v = *r.file->stmts[0].expr;
  ASSERT_EQ(v.items.size(), 2u);
  EXPECT_EQ(v.items[0]->kind, ExprKind::kLcFor);
  EXPECT_EQ(v.items[0]->a->kind, ExprKind::kLcIf);
  EXPECT_EQ(v.items[1]->kind, ExprKind::kLcForC);
  EXPECT_EQ(r.file->stmts[1].expr->kind, ExprKind::kFunctionLit);
}

TEST(ScadParser, ErrorHasLocationAndExpectedGot) {
  auto r = p("cube(1;\n");
  ASSERT_FALSE(r.ok());
  const auto& d = r.diags[0];
  EXPECT_EQ(d.code, "syntax.unexpected_token");
  EXPECT_EQ(d.span.file, "t.scad");
  EXPECT_EQ(d.span.line, 1);
  EXPECT_EQ(d.span.col, 7);
  EXPECT_EQ(d.message, "expected ',' or ')', got ';'");
}

TEST(ScadParser, RecoversAndReportsManyErrors) {
  auto r = p("a = ;\ncube(1);\nb = 1 +;\nmodule m( { }\nsphere(2);\nc = [1, 2;\ncylinder();\n");
  int errors = 0;
  for (const auto& d : r.diags)
    if (d.severity == base::Severity::kError) ++errors;
  EXPECT_GE(errors, 3);
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[1].span.line, 3);
  // The good statements between the bad ones survive.
  int modules = 0;
  for (const auto& s : r.file->stmts)
    if (s.kind == StmtKind::kInstantiate) ++modules;
  EXPECT_GE(modules, 2);
}

TEST(ScadParser, UnexpectedEnd) {
  auto r = p("translate([1,2,3])");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "syntax.unexpected_eof");
  EXPECT_EQ(r.diags[0].message, "expected a statement, got end of input");
}

TEST(ScadParser, NestingIsCapped) {
  std::string deep = "x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + ";";
  auto r = p(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "syntax.too_deep");
  std::string chain = "x = 1";
  for (int i = 0; i < 100000; ++i) chain += "+1";
  auto r2 = p(chain + ";");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.diags[0].code, "syntax.too_deep");
  std::string stmts;
  for (int i = 0; i < 3000; ++i) stmts += "translate([1,0,0]) ";
  auto r3 = p(stmts + "cube();");
  EXPECT_EQ(r3.diags[0].code, "syntax.too_deep");
  auto r4 = p(std::string(100000, '[') + std::string(100000, '-'));
  EXPECT_FALSE(r4.ok());
}

TEST(ScadParser, LaterAssignmentReplacesFirstInPlace) {
  auto r = p("a = 1; b = a; a = 2;");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.file->stmts.size(), 2u);
  EXPECT_EQ(r.file->stmts[0].name, "a");
  EXPECT_EQ(dump_expr(*r.file->stmts[0].expr), "2");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].severity, base::Severity::kWarning);
  EXPECT_EQ(r.diags[0].message, "a was assigned on line 1 but was overwritten");
}

TEST(ScadParser, BareBlocksJoinTheirScope) {
  auto r = p("x = 1; { x = 2; cube(); }");
  ASSERT_EQ(r.file->stmts.size(), 2u);
  EXPECT_EQ(dump_expr(*r.file->stmts[0].expr), "2");
}

TEST(ScadParser, IncludeWithoutLoaderIsRefused) {
  auto r = p("include <x.scad>\ncube();");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "io.include_refused");
  EXPECT_EQ(r.file->stmts.size(), 1u);
}

TEST(ScadParser, TooManyErrorsStops) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "= ;\n";
  auto r = p(s);
  EXPECT_LE(r.diags.size(), 102u);
  EXPECT_EQ(r.diags.back().code, "syntax.too_many_errors");
}

}  // namespace
}  // namespace cadscribe::lang::scad
