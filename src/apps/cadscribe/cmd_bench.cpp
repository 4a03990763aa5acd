// `cadscribe bench PAIRS.jsonl | PRED_DIR GT_DIR | --reconstruct SHARDS | --reconstruct-programs
// PROGRAMS | --make OBJECTS -o OUT`: score many predictions (given, or reconstructed here from a split's views or
// from views rendered of given programs) against their
// ground truths in isolated worker processes and write the benchmark table (DESIGN.md §5) as
// Markdown and JSON, one JSON line per pair, and a histogram of IoU. The hidden verb
// `score-worker` is the worker side. With --make it benchmarks text → OpenSCAD instead:
// `make` on the prompts of an object dataset, in this process (pipeline/make_benchmark.h).
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/progress.h"
#include "apps/cadscribe/score_flags.h"
#include "apps/cadscribe/source_flags.h"
#include "nn/language_model.h"
#include "pipeline/bench.h"
#include "pipeline/made_sheet.h"
#include "pipeline/make_benchmark.h"
#include "pipeline/program_model.h"
#include "pipeline/reconstruct_split.h"
#include "render/png.h"
#include "pipeline/sandbox.h"

namespace cadscribe::app {
namespace {

struct Flags {
  std::vector<std::string> inputs;  // PAIRS.jsonl, or PRED_DIR GT_DIR
  // --reconstruct: the predictions are made here, by reconstruction from a split's views.
  std::vector<std::string> reconstruct;
  // --reconstruct-programs: the same, from views rendered here of these programs.
  std::vector<std::string> reconstruct_programs;
  SourceFlags sources;
  int64_t limit = 0;
  std::string stripe;  // "i/K"
  std::string out_dir = "bench-out";
  int jobs = 1;
  double wall_s = 60;
  int64_t worker_memory_mb = 4096;
  ScoreFlags score;
  // --make: text → OpenSCAD, `make` on the prompts of an object dataset (pipeline/make_benchmark.h).
  std::string make_dataset;
  std::string text_model = CADSCRIBE_DEFAULT_TEXT_MODEL, judge = CADSCRIBE_DEFAULT_JUDGE;
  pipeline::MakeOptions make;
  int64_t make_sheet = 0;  // pictures of the first N made objects with their prompts: OUT/sheet.png
};

// The process's peak resident memory (the bound: under 500 MB for make).
double max_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return double(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

// `make` on every prompt, one core: OUT/make.jsonl (a line per prompt, written as it goes),
// OUT/make.json (the summary), OUT/table.md and, with --sheet N, OUT/sheet.png.
int run_make_bench(const Flags& f) {
  auto fail = [](const base::Diag& d) {
    std::cerr << d.to_string() << "\n";
    return 1;
  };
  auto cases = pipeline::make_bench_cases(f.make_dataset, f.limit);
  if (!cases) return fail(cases.error());
  auto model = pipeline::load_program_model(f.text_model, pipeline::ModelKind::kText);
  if (!model) return fail(model.error());
  auto judge = pipeline::ObjectJudge::read(f.judge);
  if (!judge) return fail(judge.error());
  if (auto st = pipeline::set_decoding_threads(*model, 1); !st) return fail(st.error());
  std::error_code ec;
  std::filesystem::create_directories(f.out_dir, ec);
  std::ofstream lines(f.out_dir + "/make.jsonl");
  if (!lines) return fail(base::make_diag("io.write_failed", "cannot write '" + f.out_dir + "/make.jsonl'"));
  std::vector<pipeline::MakeBenchRow> rows;
  std::vector<pipeline::MadeSheetEntry> sheet;
  ProgressBar bar("prompts");
  for (const auto& c : *cases) {
    const bool pictured = int64_t(sheet.size()) < f.make_sheet;
    std::optional<mesh::Mesh> mesh;
    rows.push_back(pipeline::make_bench_one(*model, *judge, c, f.make, pictured ? &mesh : nullptr));
    if (pictured) sheet.push_back({c.prompt, std::move(mesh)});
    lines << rows.back().to_json().dump() << "\n" << std::flush;
    bar.update(int(rows.size()), int(cases->size()));
  }
  const pipeline::MakeBenchSummary summary = pipeline::summarize(rows);
  nlohmann::json j = summary.to_json();
  j["max_rss_mb"] = max_rss_mb();
  if (auto st = render::write_file(j.dump(2) + "\n", f.out_dir + "/make.json"); !st) return fail(st.error());
  if (auto st = render::write_file(summary.table_md(), f.out_dir + "/table.md"); !st) return fail(st.error());
  if (!sheet.empty())
    if (auto st = render::write_png(pipeline::made_sheet(sheet), f.out_dir + "/sheet.png"); !st) return fail(st.error());
  std::printf("%s\nmax RSS %.0f MB. Report: %s/\n", summary.table_md().c_str(), j["max_rss_mb"].get<double>(),
              f.out_dir.c_str());
  return 0;
}

// "i/K" with 0 <= i < K.
base::Result<pipeline::PartSelection> part_selection(const Flags& f) {
  pipeline::PartSelection s;
  s.limit = f.limit;
  if (f.stripe.empty()) return s;
  long long i = -1, k = 0;
  char tail = 0;
  if (std::sscanf(f.stripe.c_str(), "%lld/%lld%c", &i, &k, &tail) != 2 || k < 1 || i < 0 || i >= k)
    return base::make_diag("usage.bad_stripe", "--stripe '" + f.stripe + "': expected i/K with 0 <= i < K, e.g. 0/2");
  s.stripe = i;
  s.stripes = k;
  return s;
}

// Reconstructs the selected samples of the --reconstruct shards into OUT (resumably).
base::Result<pipeline::ReconstructSplit> reconstruct_pairs(const Flags& f) {
  TRY(pipeline::PartSelection selection, part_selection(f));
  ProgressBar bar("reconstruct");
  auto progress = [&bar](int64_t done, int64_t total) { bar.update(int(done), int(total)); };
  if (!f.reconstruct_programs.empty()) {
    TRY(std::vector<pipeline::ProgramPart> parts, pipeline::find_program_parts(f.reconstruct_programs));
    TRY(LoadedSources loaded, load_sources(f.sources));
    return pipeline::reconstruct_programs(parts, loaded.sources(), f.sources.options, f.out_dir, selection, progress);
  }
  TRY(pipeline::DatasetIndex index, pipeline::index_dataset(f.reconstruct, int(f.sources.options.rig.views.size())));
  TRY(LoadedSources loaded, load_sources(f.sources));
  return pipeline::reconstruct_split(index, loaded.sources(), f.sources.options, f.out_dir, selection, progress);
}

int run(const Flags& f) {
  if (!f.make_dataset.empty()) return run_make_bench(f);
  auto settings = f.score.settings();
  if (!settings) {
    std::cerr << settings.error().to_string() << "\n";
    return 1;
  }
  std::optional<nlohmann::json> recon_summary;
  std::set<std::string> in_library;  // reconstructed parts the library already holds
  base::Result<std::vector<pipeline::BenchPair>> pairs = std::vector<pipeline::BenchPair>{};
  if (!f.reconstruct.empty() && !f.reconstruct_programs.empty()) {
    std::cerr << "bench: give --reconstruct or --reconstruct-programs, not both\n";
    return 1;
  }
  if (!f.reconstruct.empty() || !f.reconstruct_programs.empty()) {
    auto split = reconstruct_pairs(f);
    if (!split) {
      std::cerr << split.error().to_string() << "\n";
      return 1;
    }
    pairs = split->pairs;
    recon_summary = pipeline::reconstruct_summary(split->lines);
    for (const auto& line : split->lines)
      if (line.value("in_library", false)) in_library.insert(line.value("key", ""));
  } else if (f.inputs.empty() || f.inputs.size() > 2) {
    std::cerr << "bench: give PAIRS.jsonl, PRED_DIR GT_DIR, or --reconstruct SHARDS\n";
    return 1;
  } else {
    pairs = f.inputs.size() == 1 ? pipeline::read_pairs_jsonl(f.inputs[0])
                                 : pipeline::pair_directories(f.inputs[0], f.inputs[1]);
  }
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
  if (recon_summary && !in_library.empty()) {
    // The figures again without the parts whose geometric fingerprint is in the library: those
    // measure recall of a known program, not reconstruction.
    std::vector<metrics::PairOutcome> unseen;
    for (const auto& o : result.outcomes)
      if (!in_library.count(o.id)) unseen.push_back(o);
    const auto table = metrics::summarize(unseen, result.table.alignment, result.table.resolution);
    std::printf("\nwithout the %zu parts the library already holds (same fingerprint):\n%s", in_library.size(),
                metrics::to_markdown(table).c_str());
    (*recon_summary)["without_in_library"] = metrics::to_json(table);
  }
  if (recon_summary) {
    const std::string path = f.out_dir + "/reconstruct_summary.json";
    if (auto st = render::write_file(recon_summary->dump(2) + "\n", path); !st.ok()) {
      std::cerr << st.error().to_string() << "\n";
      return 1;
    }
    std::printf("\nreconstruction: %s\n", recon_summary->dump().c_str());
  }
  std::printf("\n%zu pairs in %.1f s (%.1f pairs/s, %d jobs); %zu excluded (ground truth failed). Report: %s/\n",
              pairs->size(), result.wall_seconds, pairs->size() / std::max(result.wall_seconds, 1e-9), f.jobs,
              result.gt_failures.size(), f.out_dir.c_str());
  return 0;
}

}  // namespace

void add_bench_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("bench", "score predictions against ground truths and write the benchmark table");
  cmd->add_option("inputs", flags->inputs, "PAIRS.jsonl, or PRED_DIR GT_DIR")->expected(0, 2);
  cmd->add_option("--reconstruct", flags->reconstruct, "reconstruct a dataset split's views (shards or folders) and score them");
  cmd->add_option("--reconstruct-programs", flags->reconstruct_programs,
                  "reconstruct views rendered here of these CadQuery programs (.py files or folders; e.g. the spec "
                  "corpus, parts outside the generator's families) and score them");
  cmd->add_option("--limit", flags->limit, "reconstruct: only the first N samples");
  cmd->add_option("--stripe", flags->stripe,
                  "reconstruct: only parts i, i+K, i+2K… (i/K; run K processes into K folders, put them together, "
                  "and run once more over all to score)");
  flags->sources.add_to(*cmd, "reconstruct: ");
  cmd->add_option("-o,--out", flags->out_dir, "report folder")->capture_default_str();
  cmd->add_option("-j,--jobs", flags->jobs, "worker processes")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--wall", flags->wall_s, "per-pair wall-clock kill (s)")->capture_default_str();
  cmd->add_option("--worker-memory-mb", flags->worker_memory_mb, "address-space limit of each worker")
      ->capture_default_str();
  flags->score.add_to(*cmd);
  cmd->add_option("--make", flags->make_dataset,
                  "text → OpenSCAD: run make on the prompts of this object dataset (synth --objects) and score them");
  cmd->add_option("--text-model", flags->text_model, "make: the text → OpenSCAD model")->capture_default_str();
  cmd->add_option("--judge", flags->judge, "make: the object judge")->capture_default_str();
  cmd->add_option("--make-candidates", flags->make.candidates, "make: candidates per prompt")->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd->add_option("--sheet", flags->make_sheet,
                  "make: picture the first N made objects with their prompts in OUT/sheet.png")
      ->check(CLI::Range(int64_t(0), int64_t(256)));
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
