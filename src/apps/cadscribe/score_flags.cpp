#include "apps/cadscribe/score_flags.h"

namespace cadscribe::app {

void ScoreFlags::add_to(CLI::App& cmd) {
  cmd.add_option("--alignment", alignment, "rotation search: none | cube24 | euler45")->capture_default_str();
  cmd.add_option("--resolution", resolution, "voxel grid size per axis")->capture_default_str()->check(
      CLI::Range(8, 512));
  cmd.add_flag("--no-chamfer", no_chamfer, "skip the Chamfer distance");
  cmd.add_option("--samples", samples, "Chamfer surface samples each way")->capture_default_str()->check(
      CLI::Range(16, 1 << 20));
  cmd.add_option("--seed", seed, "seed of the Chamfer surface sampling")->capture_default_str();
  cmd.add_flag("--require-valid", require_valid,
               "count a prediction program as failed unless it passes the validity rule");
  exec.add_to(cmd);
}

base::Result<pipeline::ScoreSettings> ScoreFlags::settings() const {
  pipeline::ScoreSettings s;
  TRY(s.metric.alignment, metrics::parse_alignment(alignment));
  s.metric.resolution = resolution;
  s.metric.chamfer = !no_chamfer;
  s.metric.chamfer_samples = samples;
  s.metric.seed = seed;
  s.exec = exec.options();
  s.require_valid = require_valid;
  return s;
}

std::vector<std::string> ScoreFlags::as_args() const {
  std::vector<std::string> a = {"--alignment", alignment, "--resolution", std::to_string(resolution),
                                "--samples", std::to_string(samples), "--seed", std::to_string(seed)};
  if (no_chamfer) a.push_back("--no-chamfer");
  if (require_valid) a.push_back("--require-valid");
  for (auto& e : exec.as_args()) a.push_back(std::move(e));
  return a;
}

}  // namespace cadscribe::app
