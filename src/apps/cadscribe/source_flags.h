// apps/cadscribe/source_flags.h — the flags shared by `reconstruct` and `bench --reconstruct`:
// where candidates come from (model, library, box), the budget and refinement, and loading the
// model and library they name.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "base/result.h"
#include "pipeline/reconstruct.h"

namespace cadscribe::app {

struct SourceFlags {
  std::string model, library;  // default: the shipped files (models/README.md)
  bool no_model = false, no_library = false;
  int threads = 1;
  pipeline::ReconstructOptions options;

  SourceFlags();
  // Adds --model --no-model --library --no-library --retrieve --candidates --budget --no-refine
  // --no-box --threads; `help_prefix` starts each help text (e.g. "reconstruct: ").
  void add_to(CLI::App& cmd, const std::string& help_prefix = "");
};

// The model and library the flags name, loaded (the model's threads set).
struct LoadedSources {
  std::optional<pipeline::ViewsModel> model;
  std::optional<pipeline::ProgramLibrary> library;
  [[nodiscard]] pipeline::CandidateSources sources() const;
};
[[nodiscard]] base::Result<LoadedSources> load_sources(const SourceFlags& flags);

}  // namespace cadscribe::app
