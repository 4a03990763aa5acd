#include "apps/cadscribe/source_flags.h"

#include "nn/language_model.h"

#ifndef CADSCRIBE_DEFAULT_MODEL
#define CADSCRIBE_DEFAULT_MODEL ""
#endif
#ifndef CADSCRIBE_DEFAULT_LIBRARY
#define CADSCRIBE_DEFAULT_LIBRARY ""
#endif

namespace cadscribe::app {

SourceFlags::SourceFlags() : model(CADSCRIBE_DEFAULT_MODEL), library(CADSCRIBE_DEFAULT_LIBRARY) {}

void SourceFlags::add_to(CLI::App& cmd, const std::string& p) {
  cmd.add_option("--budget", options.budget_seconds, p + "seconds for generation, scoring and refinement")->capture_default_str();
  cmd.add_option("--candidates", options.candidates, p + "beam width (programs the model proposes)")->capture_default_str();
  cmd.add_flag("--no-refine", [this](int64_t) { options.refine = false; }, p + "skip the refinement of numbers");
  cmd.add_option("--refine-top", options.refine_top, p + "how many of the best candidates are refined")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd.add_option("--range-slack", options.range_slack,
                 p + "refinement keeps a library program's numbers in its family's range, widened by this factor (0: unbounded)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 100.0));
  cmd.add_option("--model-share", options.model_share, p + "the share of the budget the model may decode for, at most")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd.add_option("--score-size", options.score_size, p + "pixels per side the views are compared at (divides the input's)")
      ->capture_default_str()
      ->check(CLI::Range(16, 4096));
  cmd.add_flag("--no-box", [this](int64_t) { options.box = false; }, p + "no box candidate");
  cmd.add_option("--model", model, p + "model.safetensors (from cadscribe train)")->capture_default_str();
  cmd.add_flag("--no-model", no_model, p + "no model candidates");
  cmd.add_option("--library", library, p + "program library (from cadscribe library or train)")->capture_default_str();
  cmd.add_flag("--no-library", no_library, p + "no library candidates");
  cmd.add_option("--retrieve", options.retrieve, p + "library programs tried (nearest views)")->capture_default_str();
  cmd.add_option("--threads", threads, p + "CPU threads for the model")->capture_default_str();
}

pipeline::CandidateSources LoadedSources::sources() const {
  return {model ? &*model : nullptr, library ? &*library : nullptr};
}

base::Result<LoadedSources> load_sources(const SourceFlags& f) {
  LoadedSources out;
  if (!f.no_model) {
    if (f.model.empty()) return base::make_diag("io.not_found", "no model: pass --model (or --no-model)");
    TRY(out.model, pipeline::load_views_model(f.model));
    TRY_STATUS(nn::set_model_threads(f.threads));
  }
  if (!f.no_library) {
    if (f.library.empty()) return base::make_diag("io.not_found", "no library: pass --library (or --no-library)");
    TRY(out.library, pipeline::read_library(f.library));
  }
  return out;
}

}  // namespace cadscribe::app
