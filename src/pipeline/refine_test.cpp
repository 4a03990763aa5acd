#include "pipeline/refine.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cadscribe::pipeline {
namespace {

const char* kProgram =
    "import cadquery as cq\n"
    "width = 40.0  # mm\n"
    "count = 3\n"
    "offset = -2.5\n"
    "result = cq.Workplane().box(width, 10, 2 - 1)\n";

TEST(Refine, FindsTheParameterBlockAndRewritesItsLiterals) {
  auto params = numeric_parameters(kProgram);
  ASSERT_EQ(params.size(), 3u);
  EXPECT_EQ(params[0].name, "width");
  EXPECT_DOUBLE_EQ(params[0].value, 40.0);
  EXPECT_FALSE(params[0].integer);
  EXPECT_EQ(params[1].name, "count");
  EXPECT_TRUE(params[1].integer);
  EXPECT_DOUBLE_EQ(params[2].value, -2.5);
  EXPECT_EQ(std::string(kProgram).substr(params[2].begin, params[2].end - params[2].begin), "-2.5");
  EXPECT_EQ(with_values(kProgram, params, {12.25, 4, -1}),
            "import cadquery as cq\nwidth = 12.25  # mm\ncount = 4\noffset = -1.0\n"
            "result = cq.Workplane().box(width, 10, 2 - 1)\n");
  // Without a parameter block every literal is tunable; "2 - 1" is a subtraction, not -1.
  auto literals = numeric_parameters("r = cq.Workplane().box(4, 2 - 1, -3)\n");
  ASSERT_EQ(literals.size(), 4u);
  EXPECT_DOUBLE_EQ(literals[2].value, 1);
  EXPECT_DOUBLE_EQ(literals[3].value, -3);
}

TEST(Refine, ClimbsTowardsTheBestScoreWithinItsBudget) {
  // The score peaks at width 25, count 5 (and ignores offset).
  auto scorer = [](const std::string& p) -> std::optional<double> {
    auto params = numeric_parameters(p);
    return -std::abs(params[0].value - 25) - std::abs(params[1].value - 5);
  };
  const double start = *scorer(kProgram);
  auto r = refine(kProgram, start, scorer, RefineOptions{});
  EXPECT_GT(r.score, start);
  auto params = numeric_parameters(r.program);
  EXPECT_NEAR(params[0].value, 25, 1.0);
  EXPECT_EQ(params[1].value, 5);
  EXPECT_DOUBLE_EQ(params[2].value, -2.5);
  EXPECT_GT(r.improvements, 0);
  EXPECT_EQ(r.parameters, 3);
  // The same inputs give the same result; the evaluation cap holds.
  EXPECT_EQ(refine(kProgram, start, scorer, RefineOptions{}).program, r.program);
  RefineOptions few;
  few.max_evaluations = 3;
  EXPECT_EQ(refine(kProgram, start, scorer, few).evaluations, 3);
  // A candidate that fails is never taken.
  auto failing = [](const std::string&) -> std::optional<double> { return std::nullopt; };
  EXPECT_EQ(refine(kProgram, 0, failing, RefineOptions{}).program, kProgram);
}

TEST(Refine, ReachesAFarOptimumInFewEvaluations) {
  // Width's best is 50 times its start: growing steps get there in a few moves, where fixed
  // 20% steps would need 22 passes.
  auto scorer = [](const std::string& p) -> std::optional<double> {
    return -std::abs(numeric_parameters(p)[0].value - 2000);
  };
  RefineOptions few;
  few.max_evaluations = 30;
  const auto r = refine(kProgram, *scorer(kProgram), scorer, few);
  EXPECT_NEAR(numeric_parameters(r.program)[0].value, 2000, 200);
  EXPECT_LE(r.evaluations, 30);
}

TEST(Refine, KeepsNamedParametersInsideTheirRanges) {
  // The score would take width to 25 and count to 5; their ranges stop them at 30 and 4. A range
  // that does not hold the start is widened to it (offset starts at -2.5, its range is [0, 1]).
  auto scorer = [](const std::string& p) -> std::optional<double> {
    auto params = numeric_parameters(p);
    return -std::abs(params[0].value - 25) - std::abs(params[1].value - 5) - std::abs(params[2].value + 10);
  };
  RefineOptions bounded;
  bounded.ranges = {{"width", {30, 60}}, {"count", {1, 4.5}}, {"offset", {0, 1}}};
  const auto r = refine(kProgram, *scorer(kProgram), scorer, bounded);
  const auto params = numeric_parameters(r.program);
  EXPECT_DOUBLE_EQ(params[0].value, 30);
  EXPECT_EQ(params[1].value, 4);
  EXPECT_DOUBLE_EQ(params[2].value, -2.5);
}

}  // namespace
}  // namespace cadscribe::pipeline
