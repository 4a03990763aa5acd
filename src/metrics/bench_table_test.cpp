#include "metrics/bench_table.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace cadscribe::metrics {
namespace {

PairOutcome ok(std::string id, std::string group, double iou, double seconds, double chamfer = -1) {
  PairOutcome o;
  o.id = std::move(id);
  o.group = std::move(group);
  o.success = true;
  o.iou = iou;
  o.seconds = seconds;
  if (chamfer >= 0) {
    o.chamfer = chamfer;
    o.has_chamfer = true;
  }
  return o;
}

PairOutcome failed(std::string id, std::string group, std::string code, double seconds) {
  PairOutcome o;
  o.id = std::move(id);
  o.group = std::move(group);
  o.failure_code = std::move(code);
  o.seconds = seconds;
  return o;
}

std::vector<PairOutcome> sample() {
  return {ok("p1", "box", 0.9, 1.0, 0.01), ok("p2", "box", 0.5, 2.0, 0.03), ok("p3", "gear", 0.7, 1.0),
          ok("p4", "gear", 1.0, 0.5, 0.02), ok("p5", "box", 0.2, 0.5),
          failed("p6", "gear", "syntax.unexpected_token", 0.1), failed("p7", "box", "geom.boolean_failed", 2.0),
          failed("p8", "gear", "geom.boolean_failed", 1.0), failed("p9", "box", "", 0.9)};
}

TEST(BenchTable, HandComputedFigures) {
  BenchTable t = summarize(sample(), "cube24", 64);
  EXPECT_EQ(t.total, 9);
  EXPECT_EQ(t.successes, 5);
  EXPECT_DOUBLE_EQ(t.success_rate, 5.0 / 9.0);
  // IoU over successes, sorted: 0.2 0.5 0.7 0.9 1.0.
  EXPECT_DOUBLE_EQ(t.iou_mean, 3.3 / 5);
  EXPECT_DOUBLE_EQ(t.iou_median, 0.7);
  EXPECT_DOUBLE_EQ(t.iou_p90, 1.0);  // rank ceil(0.9 · 5) = 5
  EXPECT_DOUBLE_EQ(t.iou_mean_with_failures, 3.3 / 9);
  EXPECT_EQ(t.chamfer_count, 3);
  EXPECT_DOUBLE_EQ(t.chamfer_mean, 0.02);
  EXPECT_DOUBLE_EQ(t.chamfer_median, 0.02);
  EXPECT_DOUBLE_EQ(t.seconds_mean, 9.0 / 9);
  using Tally = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(t.failures_by_code, (Tally{{"geom.boolean_failed", 2}, {"syntax.unexpected_token", 1}, {"unknown", 1}}));
  EXPECT_EQ(t.alignment, "cube24");
  EXPECT_EQ(t.resolution, 64);
}

TEST(BenchTable, MedianAndNearestRankP90) {
  EXPECT_DOUBLE_EQ(median_of({4, 1, 3, 2}), 2.5);
  EXPECT_DOUBLE_EQ(median_of({5}), 5);
  EXPECT_DOUBLE_EQ(p90_of({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}), 9);  // rank 9 of 10
  EXPECT_DOUBLE_EQ(p90_of({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), 10);  // rank ceil(9.9) = 10
  EXPECT_DOUBLE_EQ(p90_of({0.3}), 0.3);
  EXPECT_EQ(median_of({}), 0);
  EXPECT_EQ(p90_of({}), 0);
}

TEST(BenchTable, GroupsAreSortedAndSummarisedSeparately) {
  auto groups = summarize_by_group(sample(), "none", 32);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].first, "box");
  EXPECT_EQ(groups[1].first, "gear");
  const BenchTable& box = groups[0].second;
  EXPECT_EQ(box.total, 5);
  EXPECT_EQ(box.successes, 3);
  EXPECT_DOUBLE_EQ(box.iou_median, 0.5);
  EXPECT_DOUBLE_EQ(box.chamfer_mean, 0.02);
  EXPECT_EQ(groups[1].second.failures_by_code.size(), 2u);
  EXPECT_EQ(box.alignment, "none");
}

TEST(BenchTable, MarkdownAndJsonCarryTheFigures) {
  BenchTable t = summarize(sample(), "cube24", 64);
  auto groups = summarize_by_group(sample(), "cube24", 64);
  std::string md = to_markdown(t, groups);
  for (const char* s : {"cube24", "64³", "55.6% (5/9)", "0.6600", "0.7000", "1.0000", "0.3667", "0.020000",
                        "`geom.boolean_failed` | 2", "| box | 5 |", "| gear | 4 |"})
    EXPECT_NE(md.find(s), std::string::npos) << s << "\n" << md;
  nlohmann::json j = to_json(t, groups);
  EXPECT_DOUBLE_EQ(j["iou_p90"].get<double>(), 1.0);
  EXPECT_EQ(j["failures_by_code"][0]["code"], "geom.boolean_failed");
  EXPECT_EQ(j["groups"]["gear"]["total"], 4);
  EXPECT_EQ(j["alignment"], "cube24");
}

TEST(BenchTable, EmptySetsAreZeroNotNan) {
  BenchTable none = summarize({}, "cube24", 64);
  EXPECT_EQ(none.total, 0);
  EXPECT_EQ(none.success_rate, 0);
  BenchTable all_failed = summarize({failed("a", "", "limit.time", 1)}, "cube24", 64);
  EXPECT_EQ(all_failed.iou_mean, 0);
  EXPECT_EQ(all_failed.chamfer_mean, 0);
  for (const BenchTable& t : {none, all_failed}) {
    std::string dumped = to_json(t).dump();
    EXPECT_EQ(dumped.find("null"), std::string::npos) << dumped;
    EXPECT_EQ(dumped.find("nan"), std::string::npos) << dumped;
    EXPECT_NE(to_markdown(t).find("n/a"), std::string::npos);
  }
}

}  // namespace
}  // namespace cadscribe::metrics
