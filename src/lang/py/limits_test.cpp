// lang/py/limits_test.cpp — the Budget is enforced: steps, time, recursion (user code and C++
// stack), collection sizes, memory, and the print cap. Small budgets keep these fast.
#include <gtest/gtest.h>

#include "lang/py/test_util.h"

namespace cadscribe::lang::py {
namespace {

using testing::run_src;

base::Limits small_steps(int64_t n) {
  base::Limits l;
  l.max_steps = n;
  return l;
}

TEST(Limits, InfiniteLoopHitsStepLimit) {
  auto o = run_src("while True:\n    pass\n", small_steps(100000));
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.steps");
  EXPECT_LE(o.report.eval_seconds, 5.0);
}

TEST(Limits, InfiniteForOverGrowingList) {
  auto o = run_src("xs = [0]\nfor x in xs:\n    xs.append(x)\n", small_steps(1000000));
  ASSERT_FALSE(o.ok);
  EXPECT_TRUE(o.code == "limit.steps" || o.code == "limit.size" || o.code == "limit.memory") << o.code;
}

TEST(Limits, ExpressionStepsCount) {
  // A single statement with a huge comprehension still costs steps per expression node.
  auto o = run_src("x = [i * i for i in range(100000)]\n", small_steps(10000));
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.steps");
}

TEST(Limits, TimeLimit) {
  base::Limits l;
  l.max_seconds = 0.05;
  auto o = run_src("while True:\n    x = 1\n", l);
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.time");
}

TEST(Limits, DeepRecursion) {
  auto o = run_src("def f(n):\n    return f(n + 1) + 1\nf(0)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.recursion");
}

TEST(Limits, MutualRecursionAndLambdas) {
  auto o = run_src("def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n");
  EXPECT_EQ(o.code, "limit.recursion");
  auto o2 = run_src("f = lambda n: f(n)\nf(0)\n");
  EXPECT_EQ(o2.code, "limit.recursion");
}

TEST(Limits, RecursionThroughBuiltins) {
  auto o = run_src("def f(x):\n    return list(map(f, [x]))\nf(1)\n");
  EXPECT_EQ(o.code, "limit.recursion");
  auto o2 = run_src("def k(x):\n    return sorted([1, 2], key=k)\nk(1)\n");
  EXPECT_EQ(o2.code, "limit.recursion");
}

TEST(Limits, DeepExpressionInsideDeepRecursionDoesNotCrash) {
  std::string expr = std::string(95, '(') + "f(n + 1)" + std::string(95, ')');
  std::string src = "def f(n):\n    return " + expr + "\nf(0)\n";
  base::Limits l;
  l.max_depth = 1000;
  auto o = run_src(src, l);
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.recursion");
}

TEST(Limits, CustomDepthLimit) {
  base::Limits l;
  l.max_depth = 10;
  auto ok = run_src("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(8))\n", l);
  EXPECT_TRUE(ok.ok);
  auto bad = run_src("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(20))\n", l);
  EXPECT_EQ(bad.code, "limit.recursion");
}

struct SizeCase {
  const char* program;
  const char* code;
};

class SizeLimits : public ::testing::TestWithParam<SizeCase> {};

TEST_P(SizeLimits, Rejected) {
  auto o = run_src(GetParam().program);
  ASSERT_FALSE(o.ok) << GetParam().program;
  EXPECT_EQ(o.code, GetParam().code) << GetParam().program << "\n" << o.diag.to_string();
}

const SizeCase kSizeCases[] = {
    {"x = [0] * 10**9\n", "limit.size"},
    {"x = [0, 1] * 10**8\n", "limit.size"},
    {"x = 'a' * 10**9\n", "limit.size"},
    {"x = 10**9 * 'ab'\n", "limit.size"},
    {"x = (1,) * 10**9\n", "limit.size"},
    {"x = list(range(10**9))\n", "limit.size"},
    {"x = tuple(range(10**9))\n", "limit.size"},
    {"x = sorted(range(10**9))\n", "limit.size"},
    {"x = [i for i in range(10**7)]\n", "limit.size"},
    {"s = 'x'\nwhile True:\n    s = s + s\n", "limit.size"},
    {"s = 'x'\nwhile True:\n    s += s\n", "limit.size"},
    {"x = [0] * 9223372036854775807\n", "limit.size"},
    {"x = 'ab' * 9223372036854775807\n", "limit.size"},
    {"x = ' ' * 999999\ny = x.center(10**9)\n", "limit.size"},
    {"x = [[0] * 1000] * 2000\ny = sum(x, [])\n", "limit.memory"},  // quadratic copies: memory first
};

INSTANTIATE_TEST_SUITE_P(Bombs, SizeLimits, ::testing::ValuesIn(kSizeCases));

TEST(Limits, RangeIsLazyInLoops) {
  // Iterating a huge range is fine until the step budget runs out (no limit.size).
  auto o = run_src("for i in range(10**12):\n    pass\n", small_steps(50000));
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.steps");
  auto ok = run_src("print(len(range(10**12)), range(10**12)[-1], 5 in range(10**12))\n");
  ASSERT_TRUE(ok.ok);
  EXPECT_EQ(ok.printed, "1000000000000 999999999999 True\n");
}

TEST(Limits, MemoryBudget) {
  base::Limits l;
  l.max_alloc_bytes = 1 << 20;
  auto o = run_src("xs = []\nfor i in range(100000):\n    xs.append('abcdefghij' * 10)\n", l);
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.memory");
}

TEST(Limits, PrintIsCapped) {
  auto o = run_src("for i in range(100000):\n    print('0123456789' * 10)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_LE(o.printed.size(), (1u << 20) + 64);
  EXPECT_NE(o.printed.find("[output truncated]"), std::string::npos);
}

TEST(Limits, StepsAreCountedForNormalPrograms) {
  base::Budget budget;
  ModuleRegistry reg;
  auto r = run_program("x = 0\nfor i in range(10):\n    x += i\n", "p.py", budget, reg);
  ASSERT_TRUE(r.ok());
  EXPECT_GT(budget.steps(), 30);
  EXPECT_LT(budget.steps(), 200);
  EXPECT_EQ(budget.depth(), 0);
}

TEST(Limits, BudgetDepthRestoredAfterErrors) {
  base::Budget budget;
  ModuleRegistry reg;
  auto r = run_program("def f(n):\n    if n == 0:\n        1 / 0\n    f(n - 1)\nf(5)\n", "p.py", budget, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(budget.depth(), 0);
}

}  // namespace
}  // namespace cadscribe::lang::py

namespace cadscribe::lang::py {
namespace {

TEST(Robustness, DeeplyNestedListsAreFreedIteratively) {
  // Destroying a 200k-deep list must not recurse per level.
  auto o = testing::run_src("x = []\nfor i in range(200000):\n    x = [x]\nprint('built')\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "built\n");
}

TEST(Robustness, DeepStructuresPrintAndCompareSafely) {
  auto o = testing::run_src(
      "x = []\ny = []\nfor i in range(5000):\n    x = [x]\n    y = [y]\n"
      "t = ()\nfor i in range(5000):\n    t = (t,)\n"
      "s = str(x)\nprint(len(s) < 1000, x == y)\nd = {}\ntry:\n    d[t] = 1\nexcept TypeError:\n    print('unhashable')\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "True False\nunhashable\n");
}

TEST(Robustness, SelfReferencingList) {
  // Globals are results the caller receives, so the program breaks this cycle itself.
  auto o = testing::run_src("a = [1]\na.append(a)\nprint(a == a, len(str(a)) > 0)\na.pop()\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "True True\n");
}

TEST(Robustness, DeepClosureChains) {
  auto o = testing::run_src(
      "def wrap(g):\n    return lambda: g\nf = None\nfor i in range(100000):\n    f = wrap(f)\nprint('ok')\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "ok\n");
}

TEST(Robustness, ManyCallsWithNestedHelpers) {
  // Each call creates a frame<->closure cycle; the evaluator must reclaim them.
  auto o = testing::run_src(
      "def outer(n):\n    def helper(k):\n        return k * n\n    return helper(2)\n"
      "total = 0\nfor i in range(20000):\n    total += outer(i)\nprint(total)\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "399980000\n");
}

TEST(Robustness, ClosuresReturnedFromFunctionsStillWork) {
  auto o = testing::run_src(
      "def make():\n    def inner():\n        return helper() + 1\n    def helper():\n        return 41\n    return inner\n"
      "f = make()\nprint(f())\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "42\n");
}

}  // namespace
}  // namespace cadscribe::lang::py

namespace cadscribe::lang::py {
namespace {

TEST(Robustness, CyclicContainersPrintLikeCPython) {
  auto o = testing::run_src(
      "d = {}\nfor k in ['z', 'a']:\n    d[k] = d\nprint(d)\nl = [1]\nl.append(l)\nprint(l)\ndel d, l\n");
  ASSERT_TRUE(o.ok) << o.diag.to_string();
  EXPECT_EQ(o.printed, "{'z': {...}, 'a': {...}}\n[1, [...]]\n");
}

TEST(Robustness, GarbageCyclesAreCollectedAfterTheRun) {
  // A self-referencing list that is garbage is cleared; one reachable from the results is kept.
  base::Budget budget;
  ModuleRegistry reg;
  auto r = run_program("def f():\n    a = [1]\n    a.append(a)\n    d = {'k': [a]}\n    d['me'] = d\nf()\n"
                       "keep = [2]\nkeep.append(keep)\n",
                       "p.py", budget, reg);
  ASSERT_TRUE(r.ok());
  const Value* keep = nullptr;
  for (auto& [k, v] : r.output->globals)
    if (k == "keep") keep = &v;
  ASSERT_NE(keep, nullptr);
  ASSERT_EQ(keep->list_items().size(), 2u);
  EXPECT_EQ(keep->repr(), "[2, [...]]");
  discard_output(*r.output);  // the caller owns results; break the cycle it was handed
  EXPECT_TRUE(r.output->globals.empty());
}

TEST(Robustness, SharedSublistsCannotExplodeRepr) {
  auto o = testing::run_src("x = []\nfor i in range(60):\n    x = [x, x]\ns = str(x)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.size");
}

TEST(Robustness, SharedSublistsCannotExplodeComparison) {
  base::Limits l;
  l.max_steps = 2'000'000;
  auto o = testing::run_src("x = []\ny = []\nfor i in range(60):\n    x = [x, x]\n    y = [y, y]\nprint(x == y)\nprint(x < y)\n", l);
  ASSERT_FALSE(o.ok);  // the work of == is charged to the step budget
  EXPECT_EQ(o.code, "limit.steps");
  EXPECT_EQ(o.report.diags[0].span.line, 6);
  auto lt = testing::run_src("x = []\ny = []\nfor i in range(60):\n    x = [x, x]\n    y = [y, y]\nprint(x < y)\n", l);
  ASSERT_FALSE(lt.ok);
  EXPECT_EQ(lt.code, "limit.steps");
}

}  // namespace
}  // namespace cadscribe::lang::py
