// `cadscribe synth --count N --seed S --out DIR [--shard i/K] [--jobs J]`: build (this
// machine's shards of) a synthetic dataset with worker processes, resumably; merge the manifest
// and statistics once every shard is there. The hidden verb `synth-worker` builds shards.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/exec_flags.h"
#include "apps/cadscribe/progress.h"
#include "pipeline/batch.h"
#include "synth/dataset.h"
#include "synth/layout.h"
#include "synth/object_attempt.h"
#include "render/png.h"
#include "synth/preview.h"
#include "synth/produce.h"

namespace cadscribe::app {
namespace {

using nlohmann::json;

struct Flags {
  int64_t count = 0;
  uint64_t seed = 0;
  std::string out;
  std::string shard = "0/1";
  int jobs = 1;
  int64_t per_shard = 1000;
  std::string split = "train";
  bool step = false, stl = false;
  std::vector<std::string> families;
  int preview = 0;
  bool list = false;
  bool merge_only = false;
  bool objects = false;
};

int fail(const base::Diag& d) {
  std::cerr << d.to_string() << "\n";
  return 1;
}

// Samples written so far in the shards of `plan` (final tars count fully, others by checkpoint).
int64_t samples_done(const std::string& root, const std::string& split,
                     const std::vector<synth::PlannedShard>& plan) {
  int64_t done = 0;
  for (const auto& s : plan) {
    const auto paths = synth::shard_paths(root, split, s.index);
    if (synth::file_exists(paths.tar)) {
      done += s.count;
      continue;
    }
    std::ifstream f(paths.checkpoint);
    const json j = json::parse(f, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("fingerprints") && j["fingerprints"].is_array()) done += j["fingerprints"].size();
  }
  return done;
}

void print_stats(const json& stats) {
  std::printf("dataset: %s samples, %s attempts, valid rate %s, duplicate rate %s\n",
              stats.value("total", json()).dump().c_str(), stats.value("attempts", json()).dump().c_str(),
              stats.value("valid_rate", json()).dump().c_str(), stats.value("duplicate_rate", json()).dump().c_str());
}

int run_synth(const Flags& f) {
  if (f.list && f.objects) {
    for (const auto& c : synth::object_categories())
      std::printf("%-24s %s\n", std::string(c.name).c_str(), std::string(c.description).c_str());
    return 0;
  }
  if (f.list) {
    for (const auto& fam : synth::families()) std::printf("%-24s %s\n", std::string(fam.name).c_str(),
                                                          std::string(fam.description).c_str());
    return 0;
  }
  if (f.out.empty()) return fail(base::make_diag("io.usage", "synth: --out DIR is required"));
  if (f.merge_only) {
    auto stats = synth::merge_dataset(f.out);
    if (!stats) return fail(stats.error());
    print_stats(*stats);
    return 0;
  }
  synth::GenerateOptions gen;
  gen.library = f.objects ? synth::SampleLibrary::kObjects : synth::SampleLibrary::kParts;
  gen.families = f.families;
  gen.with_step = f.step;
  gen.with_stl = f.stl;
  synth::DatasetIdentity identity;
  identity.seed = f.seed;
  identity.count = f.count;
  identity.per_shard = f.per_shard;
  identity.split = f.split;
  identity.generator_version = f.objects ? synth::kObjectGeneratorVersion : synth::kGeneratorVersion;
  identity.options = synth::generate_options_json(gen);
  if (auto checked = synth::generate_options_from(identity.options); !checked) return fail(checked.error());
  auto machine = synth::parse_machine(f.shard);
  if (!machine) return fail(machine.error());
  auto plan = synth::plan_shards(f.count, f.per_shard, machine->first, machine->second);
  if (!plan) return fail(plan.error());
  if (auto st = synth::write_identity(f.out, identity); !st) return fail(st.error());

  int64_t total = 0;
  for (const auto& s : *plan) total += s.count;
  const auto t0 = std::chrono::steady_clock::now();
  const int64_t done_before = samples_done(f.out, f.split, *plan);

  // Progress from the shards' checkpoints, while the workers run.
  std::atomic<bool> running{true};
  std::thread progress_thread([&] {
    ProgressBar bar("samples");
    while (running) {
      bar.update(static_cast<int>(samples_done(f.out, f.split, *plan)), static_cast<int>(total));
      for (int i = 0; i < 5 && running; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    bar.update(static_cast<int>(samples_done(f.out, f.split, *plan)), static_cast<int>(total));
  });

  pipeline::BatchOptions workers;
  workers.jobs = f.jobs;
  workers.wall_seconds = 24 * 3600.0;  // a shard may take long; crashes are caught by signal
  workers.worker_exe = self_exe();
  workers.worker_verb = "synth-worker";
  workers.fixed_address_layout = true;  // with the attempt zygote: reproducible bytes
  // The command line stays fixed (the folder travels with each task): see attempt_zygote.h.
  std::map<std::string, double> times;
  int64_t attempts_run = 0;
  std::vector<synth::PlannedShard> todo = *plan;
  int exit_code = 0;
  for (int round = 0; !todo.empty() && round < 100; ++round) {
    std::vector<pipeline::BatchTask> tasks;
    for (const auto& s : todo)
      tasks.push_back({synth::shard_stem(s.index), json{{"root", f.out}, {"shard", s.index}, {"count", s.count}}.dump()});
    std::vector<synth::PlannedShard> again;
    size_t index = 0;
    (void)pipeline::run_tasks(tasks, workers, [&](const std::string& line) {
      const synth::PlannedShard& s = todo[index++];
      const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_object() && j.value("ok", false)) {
        attempts_run += j.value("attempts_run", int64_t{0});
        if (j.contains("times"))
          for (const auto& [k, v] : j["times"].items()) times[k] += v.get<double>();
        return;
      }
      const std::string code = j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
      if (code == "crash.worker" && round < 3) {
        // Attempts run in children of the zygote, so this is the worker itself: resume the shard.
        std::fprintf(stderr, "\nsynth: the worker of %s died; resuming the shard\n", synth::shard_stem(s.index).c_str());
        again.push_back(s);
        return;
      }
      std::fprintf(stderr, "\nsynth: %s failed: %s\n", synth::shard_stem(s.index).c_str(), line.c_str());
      exit_code = 1;
    });
    todo = again;
  }
  running = false;
  progress_thread.join();
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const int64_t made = samples_done(f.out, f.split, *plan) - done_before;
  std::printf("%lld samples in %.1f s (%.1f samples/s, %d jobs), %lld attempts generated\n",
              static_cast<long long>(made), wall, made / std::max(wall, 1e-9), f.jobs,
              static_cast<long long>(attempts_run));
  if (attempts_run > 0) {
    std::printf("  per attempt (ms):");
    for (const auto& [k, v] : times) std::printf(" %s %.1f", k.c_str(), v * 1e3 / attempts_run);
    std::printf("\n");
  }
  if (exit_code != 0) return exit_code;

  if (!synth::missing_shards(f.out, identity).empty()) {
    std::printf("this machine's shards are done; when every machine has finished, put the shards in one "
                "folder and run: cadscribe synth --merge --out %s\n", f.out.c_str());
    return 0;
  }
  auto stats = synth::merge_dataset(f.out);
  if (!stats) return fail(stats.error());
  print_stats(*stats);
  if (f.preview > 0) {
    const std::string path = synth::join_path(f.out, "preview.png");
    synth::PreviewOptions options;
    options.samples = f.preview;
    auto sheet = synth::dataset_preview(f.out, options);
    if (!sheet) return fail(sheet.error());
    if (auto st = render::write_png(*sheet, path); !st) return fail(st.error());
    std::printf("preview: %s\n", path.c_str());
  }
  return 0;
}

// Builds the shards named on stdin ({"root", "shard", "count"} per line). The attempt zygote is
// forked before anything else so its state never depends on the tasks (attempt_zygote.h).
int run_worker() {
  auto zygote = synth::AttemptZygote::start();
  if (!zygote) return fail(zygote.error());
  std::string line;
  while (std::getline(std::cin, line)) {
    const json task = json::parse(line, nullptr, /*allow_exceptions=*/false);
    json reply;
    const std::string root = task.is_object() ? task.value("root", "") : "";
    auto identity = synth::read_identity(root);
    if (!task.is_object()) {
      reply = {{"ok", false}, {"error", {{"code", "synth.bad_task"}, {"message", line}}}};
    } else if (!identity) {
      reply = {{"ok", false}, {"error", {{"code", identity.error().code}, {"message", identity.error().message}}}};
    } else {
      auto run = synth::produce_shard(root, *identity, task.value("shard", int64_t{-1}), task.value("count", int64_t{0}),
                                      &*zygote);
      if (!run) {
        reply = {{"ok", false}, {"error", {{"code", run.error().code}, {"message", run.error().message}}}};
      } else {
        nlohmann::json times = nlohmann::json::object();
        synth::AttemptTimes::each(run->times, [&](const char* name, double v) { times[name] = v; });
        reply = {{"ok", true},
                 {"shard", task["shard"]},
                 {"samples", run->outcome.tally.samples},
                 {"attempts_run", run->attempts_run},
                 {"times", times}};
      }
    }
    std::cout << reply.dump() << "\n" << std::flush;
  }
  return 0;
}

}  // namespace

void add_synth_command(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("synth", "generate a validated synthetic CadQuery dataset (WebDataset shards)");
  cmd->add_option("--count", f->count, "samples in the whole dataset");
  cmd->add_option("--seed", f->seed, "dataset seed")->capture_default_str();
  cmd->add_option("-o,--out", f->out, "dataset folder");
  cmd->add_option("--shard", f->shard, "this machine's part: i/K builds the shards j with j % K == i")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", f->jobs, "worker processes")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--per-shard", f->per_shard, "samples per tar shard")->capture_default_str();
  cmd->add_option("--split", f->split, "split name (the shards' folder)")->capture_default_str();
  cmd->add_flag("--step", f->step, "store each sample's STEP file");
  cmd->add_flag("--stl", f->stl, "store each sample's STL mesh");
  cmd->add_option("--families", f->families, "only these families (comma-separated; object categories with --objects)")
      ->delimiter(',');
  cmd->add_flag("--objects", f->objects,
                "an object dataset (text → OpenSCAD): everyday objects' programs ({key}.scad) with their prompts");
  cmd->add_option("--preview", f->preview, "write OUT/preview.png with the first N samples' views")
      ->capture_default_str();
  cmd->add_flag("--list-families", f->list, "list the program families and exit");
  cmd->add_flag("--merge", f->merge_only, "only merge finished shards into manifest.jsonl and stats.json");
  cmd->callback([f, &exit_code, cmd] {
    if (!f->list && !f->merge_only && f->count <= 0)
      throw CLI::ValidationError("synth", "--count N (> 0) is required");
    exit_code = run_synth(*f);
  });

  auto* worker = app.add_subcommand("synth-worker", "internal: build the shards named on stdin");
  worker->group("");
  // No seccomp filter here: the worker forks a child per attempt, and the programs it runs are
  // the families' own, not untrusted model output (run --batch and bench keep the filter).
  worker->callback([&exit_code] { exit_code = run_worker(); });
}

}  // namespace cadscribe::app
