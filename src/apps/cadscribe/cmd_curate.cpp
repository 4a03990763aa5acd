// `cadscribe curate IN --count M --out OUT`: a diverse subset of M samples of a dataset
// (farthest-point sampling over geometric descriptors), written as a new dataset.
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/progress.h"
#include "synth/curate.h"

namespace cadscribe::app {

void add_curate_command(CLI::App& app, int& exit_code) {
  struct Flags {
    std::string in, out;
    synth::CurateOptions options;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("curate", "select a diverse subset of a synthetic dataset");
  cmd->add_option("input", f->in, "dataset folder (made by cadscribe synth)")->required();
  cmd->add_option("--count", f->options.count, "samples to select")->required();
  cmd->add_option("-o,--out", f->out, "output dataset folder")->required();
  cmd->add_option("--per-shard", f->options.per_shard, "samples per output shard (default: the input's)");
  cmd->callback([f, &exit_code] {
    std::string stage;
    ProgressBar bar("");
    auto stats = synth::curate_dataset(f->in, f->out, f->options, [&](const std::string& s, int64_t done, int64_t total) {
      if (s != stage) {
        stage = s;
        bar = ProgressBar(s);
      }
      bar.update(static_cast<int>(done), static_cast<int>(total));
    });
    if (!stats) {
      std::cerr << stats.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    std::printf("curated %s samples into %s\n", stats->value("total", nlohmann::json()).dump().c_str(), f->out.c_str());
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
