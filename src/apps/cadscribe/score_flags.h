// apps/cadscribe/score_flags.h — the scoring flags shared by `score`, `bench` and `score-worker`
// (alignment, resolution, Chamfer sampling, execution limits of predictions).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "apps/cadscribe/exec_flags.h"
#include "base/result.h"
#include "pipeline/score.h"

namespace cadscribe::app {

struct ScoreFlags {
  std::string alignment = "cube24";
  int resolution = 64;
  bool no_chamfer = false;
  int samples = 8192;
  uint64_t seed = 0;
  bool require_valid = false;
  ExecFlags exec;

  void add_to(CLI::App& cmd);
  [[nodiscard]] base::Result<pipeline::ScoreSettings> settings() const;
  // The same flags spelled for a score-worker command line.
  [[nodiscard]] std::vector<std::string> as_args() const;
};

}  // namespace cadscribe::app
