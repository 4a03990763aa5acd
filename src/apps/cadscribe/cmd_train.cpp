// `cadscribe train --data SHARDS... --config model.json --out DIR`: trains a views→CadQuery
// model on synthetic shards (pipeline/train.h says what the folder holds), resuming from DIR's
// checkpoint when there is one. Prints one line per log entry.
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "pipeline/train.h"

namespace cadscribe::app {

void add_train_command(CLI::App& app, int& exit_code) {
  struct Flags {
    std::vector<std::string> data;
    std::string config, out;
    int64_t stop_after = 0;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("train", "train a views-to-CadQuery model on synthetic dataset shards");
  cmd->add_option("--data", f->data, "dataset shards (.tar) or folders of them")->required();
  cmd->add_option("--config", f->config, "training config JSON (model, tokenizer, train)")->required();
  cmd->add_option("-o,--out", f->out, "run folder: checkpoints, log.jsonl, curve.png, model.safetensors")->required();
  cmd->add_option("--stop-after", f->stop_after, "stop with a checkpoint after this many steps (resume later)");
  cmd->callback([f, &exit_code] {
    auto config = pipeline::TrainConfig::read(f->config);
    if (!config) {
      std::cerr << config.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    pipeline::TrainRun run;
    run.data = f->data;
    run.out = f->out;
    run.stop_after = f->stop_after;
    run.on_log = [](const nlohmann::json& line) {
      std::printf("%s\n", line.dump().c_str());
      std::fflush(stdout);
    };
    auto result = pipeline::train_model(*config, run);
    if (!result) {
      std::cerr << result.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
