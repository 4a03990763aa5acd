// metrics/bench_table.h — the benchmark table of DESIGN.md §5 from per-pair outcomes.
//
// Definitions (n = number of values in the set, v sorted ascending, ranks 1-based):
//   success_rate            successes / total (0 when total is 0).
//   iou_mean                mean IoU over successes.
//   iou_median              v[(n+1)/2] for odd n, mean of v[n/2] and v[n/2+1] for even n.
//   iou_p90                 nearest-rank 90th percentile: v[ceil(0.9·n)], the smallest value that at
//                           least 90% of successful parts are at or below (Zero-to-CAD's "P90 IoU").
//   iou_mean_with_failures  mean over ALL pairs, failures counting as IoU 0.
//   chamfer_mean/median     over successes that have a Chamfer value (chamfer_count of them).
//   seconds_mean            over all pairs.
//   failures_by_code        failed pairs tallied by Diag code ("unknown" when none was given),
//                           sorted by count descending, then code ascending.
// An empty set gives 0 (never NaN) and is marked by its count being 0 (successes, chamfer_count);
// to_markdown prints "n/a" for it. Depends on base and nlohmann_json only.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cadscribe::metrics {

struct PairOutcome {
  std::string id;
  std::string group;         // e.g. the program family; may be empty
  bool success = false;
  std::string failure_code;  // Diag code when !success
  double iou = 0;
  double chamfer = 0;
  bool has_chamfer = false;
  double seconds = 0;
};

struct BenchTable {
  int total = 0;
  int successes = 0;
  double success_rate = 0;
  double iou_mean = 0, iou_median = 0, iou_p90 = 0;  // over successes
  double iou_mean_with_failures = 0;                 // failures count as 0
  int chamfer_count = 0;
  double chamfer_mean = 0, chamfer_median = 0;       // over successes with a Chamfer value
  double seconds_mean = 0;
  std::vector<std::pair<std::string, int>> failures_by_code;
  std::string alignment;
  int resolution = 0;
};

[[nodiscard]] BenchTable summarize(const std::vector<PairOutcome>& outcomes, const std::string& alignment,
                                   int resolution);
// One table per distinct `group` (the empty group included when present), sorted by name.
[[nodiscard]] std::vector<std::pair<std::string, BenchTable>> summarize_by_group(
    const std::vector<PairOutcome>& outcomes, const std::string& alignment, int resolution);

// Median and nearest-rank P90 as defined above; 0 for an empty vector.
[[nodiscard]] double median_of(std::vector<double> values);
[[nodiscard]] double p90_of(std::vector<double> values);

// A Markdown summary: the alignment and resolution, the figures, the failure tally and, when
// given, one row per group.
[[nodiscard]] std::string to_markdown(const BenchTable& table,
                                      const std::vector<std::pair<std::string, BenchTable>>& groups = {});
// All fields of the table (finite numbers only); groups, when given, under "groups".
[[nodiscard]] nlohmann::json to_json(const BenchTable& table,
                                     const std::vector<std::pair<std::string, BenchTable>>& groups = {});

}  // namespace cadscribe::metrics
