// pipeline/bench.h — the benchmark harness: score many (prediction, ground truth) pairs in
// isolated worker processes and build the table of DESIGN.md §5.
//
// Every pair runs in a `score-worker` process (rlimits, seccomp, wall-clock kill), so a
// prediction that crashes OpenCASCADE or hangs is a counted failure (`crash.worker`,
// `limit.wall_clock`), never a lost result. Pairs whose ground truth fails are excluded from the
// table and listed in the report, because they say nothing about the predictor.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/result.h"
#include "metrics/bench_table.h"
#include "pipeline/batch.h"
#include "pipeline/score.h"

namespace cadscribe::pipeline {

struct BenchPair {
  std::string id;
  std::string pred;
  std::string gt;
  std::string group;  // optional (e.g. the part family): the report breaks figures down by it
};

// PAIRS.jsonl: one object per line {"pred": PATH, "gt": PATH, "id"?: STR, "group"?: STR}; relative
// paths are resolved against the file's folder; ids default to the line number. Blank lines and
// lines starting with '#' are skipped. Errors name the line and what was expected.
[[nodiscard]] base::Result<std::vector<BenchPair>> read_pairs_jsonl(const std::string& path);

// Pairs by file stem: every ground truth in GT_DIR (.py .step .stp .stl .obj .ply .off, sorted)
// with the prediction of the same stem in PRED_DIR (preferring .py, then STEP, then meshes). A
// missing prediction stays in the list with a path that does not exist: it is a failure.
[[nodiscard]] base::Result<std::vector<BenchPair>> pair_directories(const std::string& pred_dir,
                                                                    const std::string& gt_dir);

struct BenchResult {
  std::vector<metrics::PairOutcome> outcomes;  // scored pairs, in input order
  std::vector<std::string> pair_lines;         // one JSON line per pair (all pairs, input order)
  std::vector<std::pair<std::string, base::Diag>> gt_failures;  // id → why the ground truth failed
  metrics::BenchTable table;
  std::vector<std::pair<std::string, metrics::BenchTable>> groups;
  double wall_seconds = 0;
};

// Scores `pairs` with `workers` processes (BatchOptions::worker_verb "score-worker", whose
// worker_args must reproduce `settings`: the app builds them from its flags).
[[nodiscard]] BenchResult run_bench(const std::vector<BenchPair>& pairs, const ScoreSettings& settings,
                                    const BatchOptions& workers, const std::function<void(int, int)>& progress = {});

// Writes OUT_DIR/{table.md, table.json, pairs.jsonl, iou_histogram.png}.
[[nodiscard]] base::Status write_bench_report(const BenchResult& result, const std::string& out_dir);

// The worker side: reads one pair per line ({"id","pred","gt","group"}), writes one JSON line
// per pair (pair_score_to_json).
int score_worker_loop(std::istream& in, std::ostream& out, const ScoreSettings& settings);

}  // namespace cadscribe::pipeline
