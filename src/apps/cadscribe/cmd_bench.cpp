// `cadscribe bench PAIRS.jsonl | PRED_DIR GT_DIR -o OUT`: score many predictions against their
// ground truths in isolated worker processes and write the benchmark table (DESIGN.md §5) as
// Markdown and JSON, one JSON line per pair, and a histogram of IoU. The hidden verb
// `score-worker` is the worker side.
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/progress.h"
#include "apps/cadscribe/score_flags.h"
#include "pipeline/bench.h"
#include "pipeline/sandbox.h"

namespace cadscribe::app {
namespace {

struct Flags {
  std::vector<std::string> inputs;  // PAIRS.jsonl, or PRED_DIR GT_DIR
  std::string out_dir = "bench-out";
  int jobs = 1;
  double wall_s = 60;
  int64_t worker_memory_mb = 4096;
  ScoreFlags score;
};

int run(const Flags& f) {
  auto settings = f.score.settings();
  if (!settings) {
    std::cerr << settings.error().to_string() << "\n";
    return 1;
  }
  auto pairs = f.inputs.size() == 1 ? pipeline::read_pairs_jsonl(f.inputs[0])
                                    : pipeline::pair_directories(f.inputs[0], f.inputs[1]);
  if (!pairs) {
    std::cerr << pairs.error().to_string() << "\n";
    return 1;
  }
  if (pairs->empty()) {
    std::cerr << "bench: no pairs to score\n";
    return 1;
  }
  pipeline::BatchOptions workers;
  workers.jobs = f.jobs;
  workers.wall_seconds = f.wall_s;
  workers.memory_mb = f.worker_memory_mb;
  workers.worker_exe = self_exe();
  workers.worker_verb = "score-worker";
  workers.worker_args = f.score.as_args();
  ProgressBar bar("pairs");
  const pipeline::BenchResult result =
      pipeline::run_bench(*pairs, *settings, workers, [&bar](int done, int total) { bar.update(done, total); });
  if (auto st = pipeline::write_bench_report(result, f.out_dir); !st) {
    std::cerr << st.error().to_string() << "\n";
    return 1;
  }
  std::cout << metrics::to_markdown(result.table, result.groups);
  std::printf("\n%zu pairs in %.1f s (%.1f pairs/s, %d jobs); %zu excluded (ground truth failed). Report: %s/\n",
              pairs->size(), result.wall_seconds, pairs->size() / std::max(result.wall_seconds, 1e-9), f.jobs,
              result.gt_failures.size(), f.out_dir.c_str());
  return 0;
}

}  // namespace

void add_bench_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("bench", "score predictions against ground truths and write the benchmark table");
  cmd->add_option("inputs", flags->inputs, "PAIRS.jsonl, or PRED_DIR GT_DIR")->required()->expected(1, 2);
  cmd->add_option("-o,--out", flags->out_dir, "report folder")->capture_default_str();
  cmd->add_option("-j,--jobs", flags->jobs, "worker processes")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--wall", flags->wall_s, "per-pair wall-clock kill (s)")->capture_default_str();
  cmd->add_option("--worker-memory-mb", flags->worker_memory_mb, "address-space limit of each worker")
      ->capture_default_str();
  flags->score.add_to(*cmd);
  cmd->callback([flags, &exit_code] { exit_code = run(*flags); });
}

void add_score_worker_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ScoreFlags>();
  auto* cmd = app.add_subcommand("score-worker", "internal: score pairs named on stdin, one JSON line each");
  cmd->group("");  // hidden from --help
  flags->add_to(*cmd);
  cmd->callback([flags, &exit_code] {
    auto settings = flags->settings();
    if (!settings) {
      std::cerr << settings.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    if (auto st = pipeline::enter_worker_sandbox(); !st.ok()) {
      std::cerr << st.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    exit_code = pipeline::score_worker_loop(std::cin, std::cout, *settings);
  });
}

}  // namespace cadscribe::app
