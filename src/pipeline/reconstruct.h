// pipeline/reconstruct.h — views → CadQuery program, checked and improved against the views.
//
// 1. The input: one image per rig view (DESIGN.md §5's 8 views by default), all square and of
//    one size; the part is segmented from the background (silhouette.h) and put on white.
// 2. Candidates: the model's beam search (width `candidates`, each decoded to text; the grammar
//    filter keeps brackets balanced and ends a program only where it parses), the `retrieve`
//    library programs whose silhouettes are nearest (program_library.h), and a box, so that
//    something always executes.
// 3. Each candidate runs in the interpreter (untrusted: limits apply) in a watched child process
//    (candidate_worker.h: a kernel call that never returns or crashes fails that candidate only),
//    is rendered with the same rig and scored against the input views (silhouette IoU and
//    appearance, silhouette.h).
// 4. The best candidates' numbers are refined (refine.h) on that score until the budget ends:
//    the best first, the next when the search on the best has converged.
// The result is the best program found, its score, the mesh, the views it renders to, and
// a report of every candidate (its origin, score or error code) and of the refinement.
// Errors: data.bad_views (count, size, blank images: "views of nothing"), io.*, nn.* (model).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"
#include "nn/bpe_tokenizer.h"
#include "nn/language_model.h"
#include "pipeline/program_model.h"
#include "pipeline/program_library.h"
#include "pipeline/silhouette.h"
#include "render/image.h"
#include "render/rig.h"

namespace cadscribe::pipeline {

// A views model with its tokenizer, from one model.safetensors (pipeline/train.h).
using ViewsModel = ProgramModel;
[[nodiscard]] base::Result<ViewsModel> load_views_model(const std::string& path);

struct ReconstructOptions {
  // The model's budget is small by default: on 50 held-out parts its 4 beams (half the budget)
  // never won against the library and cost refinement time (mean IoU 0.738 against 0.772).
  int candidates = 1;            // beam width (1: greedy)
  double model_share = 0.2;      // of the budget, at most, for the model's decoding
  int retrieve = 4;              // programs taken from the library (nearest silhouettes)
  double budget_seconds = 10;    // wall time for everything after the model is loaded
  bool refine = true;
  bool box = true;               // add the box candidate (off: the model's programs only, an ablation)
  int refine_top = 2;            // how many of the best candidates are refined, best first, while time is left
  int score_size = 128;          // views are compared at this size (a divisor of the input's)
  // Refinement keeps a library program's named numbers inside the range its family takes in the
  // library, widened by this factor (0: unbounded; refine.h says why).
  double range_slack = 0;
  render::Rig rig = render::default_rig();
};

struct CandidateReport {
  std::string origin;   // "beam 0", "box", ...
  std::string family;   // a library program's family, else ""
  std::string program;
  std::optional<base::Diag> error;
  ViewAgreement agreement;
  double seconds = 0;
};

struct Reconstruction {
  std::string program;
  ViewAgreement agreement;
  std::string origin;                      // the winning candidate's origin, "+ refined" when refined
  mesh::Mesh mesh;
  std::vector<render::Image> views;        // the result rendered with the rig, input size
  std::vector<CandidateReport> candidates;
  int refine_evaluations = 0, refine_improvements = 0;
  // Evaluations stopped at their wall limit or that crashed their process (candidate_worker.h).
  int evaluation_timeouts = 0, evaluation_crashes = 0;
  double model_seconds = 0, score_seconds = 0, refine_seconds = 0, total_seconds = 0;
};

// Reads the view images: a list of PNG files, or one folder whose *.png files are taken in
// name order. The count must be the rig's (data.bad_views).
[[nodiscard]] base::Result<std::vector<render::Image>> read_views(const std::vector<std::string>& inputs,
                                                                  const render::Rig& rig,
                                                                  std::vector<std::string>* names = nullptr);

// Where candidates come from besides the box; either may be null.
struct CandidateSources {
  const ViewsModel* model = nullptr;
  const ProgramLibrary* library = nullptr;
};

// With no sources only the box is tried (and refined). With nothing to try, or when no candidate
// executes: geom.no_candidate.
[[nodiscard]] base::Result<Reconstruction> reconstruct(const std::vector<render::Image>& views,
                                                       const std::vector<std::string>& names,
                                                       const CandidateSources& sources, const ReconstructOptions& options);

}  // namespace cadscribe::pipeline
