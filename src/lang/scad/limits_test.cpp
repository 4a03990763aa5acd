// lang/scad/limits_test.cpp — hostile programs stop with a clear Diag: recursion, huge ranges,
// huge vectors and strings, runaway loops (steps, time, memory), and the instance-count limit.
#include <gtest/gtest.h>

#include "lang/scad/test_util.h"

namespace cadscribe::lang::scad {
namespace {

std::string error_code(const RunReport& r) {
  const base::Diag* d = testing::first_error(r);
  return d ? d->code : "";
}

TEST(ScadLimits, InfiniteRecursion) {
  EXPECT_EQ(error_code(testing::run("function f(n) = f(n + 1); echo(f(0));")), "limit.recursion");
  EXPECT_EQ(error_code(testing::run("module m() { m(); } m();")), "limit.recursion");
  EXPECT_EQ(error_code(testing::run("f = function(n) f(n) + 1; echo(f(0));")), "limit.recursion");
}

TEST(ScadLimits, InfiniteTailLoopHitsTheStepBudget) {
  RunOptions o = testing::default_options();
  o.limits.max_steps = 200'000;
  RunReport r = testing::run("function f(n) = n < 0 ? 0 : f(n + 1); echo(f(0));", o);
  EXPECT_EQ(error_code(r), "limit.steps");
  EXPECT_GE(r.steps, 200'000);
}

TEST(ScadLimits, HugeRangesAreRefusedAsOpenscadDoes) {
  // openscad 2021.01 warns and skips the loop ("too many elements"); so do we, instantly.
  RunReport r = testing::run("for (i = [0:1e12]) cube(); v = [for (i = [0:1e12]) i]; echo(len(v));");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(testing::codes(r), "w:runtime.range_too_large w:runtime.range_too_large");
  EXPECT_EQ(r.echo[0], "ECHO: 0");
}

TEST(ScadLimits, HugeVectors) {
  RunOptions o = testing::default_options();
  o.limits.max_collection = 100'000;
  EXPECT_EQ(error_code(testing::run("v = [for (i = [0:200000]) i];", o)), "limit.size");
  EXPECT_EQ(error_code(testing::run(
                "function dbl(v, n) = n == 0 ? v : dbl(concat(v, v), n - 1); v = dbl([1], 40);", o)),
            "limit.size");
  EXPECT_EQ(error_code(testing::run(
                "function s(t, n) = n == 0 ? t : s(str(t, t), n - 1); x = s(\"ab\", 40);", o)),
            "limit.size");
  EXPECT_EQ(error_code(testing::run("function n(v, k) = k == 0 ? v : n([v], k - 1); x = n(1, 5000);", o)),
            "limit.size");
}

TEST(ScadLimits, MemoryBudget) {
  RunOptions o = testing::default_options();
  o.limits.max_alloc_bytes = 2 << 20;
  RunReport r = testing::run("v = [for (i = [0:99]) [for (j = [0:999]) i * j]];", o);
  EXPECT_EQ(error_code(r), "limit.memory");
}

TEST(ScadLimits, TimeBudget) {
  RunOptions o = testing::default_options();
  o.limits.max_seconds = 0.05;
  o.limits.max_steps = int64_t(1) << 60;
  RunReport r = testing::run("function f(n) = n < 0 ? 0 : f(n + 1); echo(f(0));", o);
  EXPECT_EQ(error_code(r), "limit.time");
}

TEST(ScadLimits, InstanceCount) {
  RunOptions o = testing::default_options();
  o.max_nodes = 1000;
  RunReport r = testing::run("for (i = [0:99]) for (j = [0:99]) translate([i, j, 0]) cube();", o);
  EXPECT_EQ(error_code(r), "limit.geometry");
  RunReport ok = testing::run("for (i = [0:9]) cube(i);", o);
  EXPECT_TRUE(ok.ok());
}

TEST(ScadLimits, ErrorCarriesTheCallStack) {
  RunReport r = testing::run("function f(n) = n == 0 ? assert(false, \"bottom\") 0 : f(n - 1) + 1;\n"
                             "module m() echo(f(3));\nm();");
  const base::Diag* d = testing::first_error(r);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->code, "runtime.assert");
  ASSERT_GE(d->notes.size(), 2u);
  EXPECT_NE(d->notes.front().find("in module 'm' called at test.scad:3:1"), std::string::npos);
  EXPECT_NE(d->notes.back().find("in function 'f' called at test.scad:1:"), std::string::npos);
  RunReport deep = testing::run("function f(n) = f(n + 1) + 1; echo(f(0));");
  ASSERT_NE(testing::first_error(deep), nullptr);
  EXPECT_LE(testing::first_error(deep)->notes.size(), 17u);
  EXPECT_NE(testing::first_error(deep)->notes.front().find("omitted"), std::string::npos);
}

TEST(ScadLimits, WarningFloodIsCapped) {
  RunReport r = testing::run("for (i = [0:5000]) echo(nope);");
  EXPECT_TRUE(r.ok());
  EXPECT_LE(r.diags.size(), 502u);
  EXPECT_EQ(r.diags.back().code, "runtime.too_many_warnings");
  EXPECT_EQ(r.echo.size(), 5001u);
}

}  // namespace
}  // namespace cadscribe::lang::scad

namespace cadscribe::lang::scad {
namespace {

// Doubling a shared vector costs one step per level but its printed form and element-wise
// walks grow as 2^n: those are budgeted too.
TEST(ScadLimits, SharedStructureCannotExplode) {
  const char* grow = "function g(v, n) = n == 0 ? v : g([v, v], n - 1); a = g([1], 60); b = g([1], 60);";
  RunOptions o = testing::default_options();
  o.limits.max_steps = 1'000'000;
  EXPECT_EQ(error_code(testing::run(std::string(grow) + "echo(a);", o)), "limit.size");
  EXPECT_EQ(error_code(testing::run(std::string(grow) + "x = str(a);", o)), "limit.size");
  EXPECT_EQ(error_code(testing::run(std::string(grow) + "echo(a == b);", o)), "limit.steps");
  EXPECT_EQ(error_code(testing::run(std::string(grow) + "echo(a < b);", o)), "limit.steps");
  EXPECT_EQ(error_code(testing::run(std::string(grow) + "echo(search([a], [b]));", o)), "limit.steps");
  RunReport same = testing::run(std::string(grow) + "echo(a == a);", o);
  EXPECT_TRUE(same.ok());
  EXPECT_EQ(same.echo[0], "ECHO: true");
  EXPECT_NE(error_code(testing::run(std::string(grow) + "c = -a;", o)), "");
}

}  // namespace
}  // namespace cadscribe::lang::scad
