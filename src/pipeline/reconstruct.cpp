#include "pipeline/reconstruct.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "nn/generate.h"
#include "nn/safetensors.h"
#include "pipeline/candidate_worker.h"
#include "pipeline/grammar_filter.h"
#include "pipeline/refine.h"
#include "pipeline/training_data.h"
#include "render/png.h"
#include "render/render.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

base::Diag bad_views(const std::string& what) { return base::make_diag("data.bad_views", what); }

// A box: executes whatever the views show, and refinement fits its proportions.
constexpr const char* kBoxProgram =
    "import cadquery as cq\n"
    "\n"
    "# Fallback: a box fitted to the views' proportions\n"
    "width = 40.0\n"
    "depth = 40.0\n"
    "height = 40.0\n"
    "\n"
    "result = cq.Workplane(\"XY\").box(width, depth, height)\n";

// Box-filters an image down by an integer factor to `size` (same channels).
render::Image shrink(const render::Image& im, int size) {
  if (im.width == size) return im;
  const int f = im.width / size;
  render::Image out = render::make_image(size, size, im.channels);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      for (int c = 0; c < im.channels; ++c) {
        int sum = 0;
        for (int dy = 0; dy < f; ++dy)
          for (int dx = 0; dx < f; ++dx) sum += im.at(x * f + dx, y * f + dy)[c];
        out.at(x, y)[c] = uint8_t((sum + f * f / 2) / (f * f));
      }
  return out;
}

// Evaluations run in a watched child (candidate_worker.h). A candidate's interpreter gets the
// time left (at least 0.5 s, at most 10 s, within its wall cap) and the watchdog a second more,
// for the render and the score after it.
constexpr double kWatchdogGrace = 1.0;
// A first candidate may take this share of the budget (at least kMinCandidateWall): one that
// never returns must not take all of it.
constexpr double kCandidateWallShare = 0.25, kMinCandidateWall = 2.0;
// A refinement variant only changes numbers, so it takes about as long as the program it
// refines; one that takes kRefineWallFactor times longer (at least kMinRefineWall) is stopped.
constexpr double kRefineWallFactor = 4.0, kMinRefineWall = 1.5;

class Reconstructor {
 public:
  Reconstructor(const CandidateTarget& target, Clock::time_point deadline) : worker_(target), deadline_(deadline) {}

  // Scores a program within `wall_cap` seconds (the child remembers the best one's mesh).
  CandidateScore score(const std::string& program, double wall_cap) {
    const double left = std::chrono::duration<double>(deadline_ - Clock::now()).count();
    const double exec = std::min(std::clamp(left, 0.5, 10.0), wall_cap);
    return worker_.score(program, exec, exec + kWatchdogGrace);
  }

  // The winner's score and mesh (kept by the child from its scoring, so it need not run again).
  base::Result<EvaluatedCandidate> final(const std::string& program) {
    return worker_.evaluate(program, 10.0, 10.0 + kWatchdogGrace);
  }

  [[nodiscard]] const CandidateWorker& worker() const { return worker_; }

 private:
  CandidateWorker worker_;
  Clock::time_point deadline_;
};

}  // namespace

base::Result<ViewsModel> load_views_model(const std::string& path) {
  return load_program_model(path, ModelKind::kViews);
}

base::Result<std::vector<render::Image>> read_views(const std::vector<std::string>& inputs, const render::Rig& rig,
                                                    std::vector<std::string>* names) {
  std::vector<std::string> paths;
  std::error_code ec;
  if (inputs.size() == 1 && fs::is_directory(inputs[0], ec)) {
    for (const auto& e : fs::directory_iterator(inputs[0], ec))
      if (e.is_regular_file() && e.path().extension() == ".png") paths.push_back(e.path().string());
    std::sort(paths.begin(), paths.end());
  } else {
    paths = inputs;
  }
  if (paths.size() != rig.views.size())
    return bad_views(std::to_string(paths.size()) + " images given, the rig '" + rig.name + "' has " +
                     std::to_string(rig.views.size()) + " views (in its order)");
  std::vector<render::Image> out;
  for (const auto& p : paths) {
    TRY(render::Image im, render::read_png(p));
    out.push_back(std::move(im));
  }
  if (names) *names = paths;
  return out;
}

base::Result<Reconstruction> reconstruct(const std::vector<render::Image>& views, const std::vector<std::string>& names,
                                         const CandidateSources& sources, const ReconstructOptions& options) {
  const ViewsModel* model = sources.model;
  const auto start = Clock::now();
  // The search stops early enough for the winner's final run and full-size render to fit too.
  const double reserve = std::min(0.5, 0.05 * options.budget_seconds);
  const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(std::max(0.0, options.budget_seconds - reserve)));
  auto name = [&](size_t i) { return i < names.size() ? names[i] : "view " + std::to_string(i); };
  if (views.size() != options.rig.views.size())
    return bad_views(std::to_string(views.size()) + " views given, the rig has " + std::to_string(options.rig.views.size()));
  for (size_t i = 0; i < views.size(); ++i) {
    const auto& v = views[i];
    if (v.width != v.height || v.width != views[0].width)
      return bad_views(name(i) + ": " + std::to_string(v.width) + "×" + std::to_string(v.height) +
                       "; views must be square and all of one size");
    if (v.width < options.score_size || v.width % options.score_size != 0)
      return bad_views(name(i) + ": " + std::to_string(v.width) + " pixels; views must be a multiple of " +
                       std::to_string(options.score_size));
  }
  // Segment, put on white, and keep the score-size copies the candidates are compared with.
  CandidateTarget target;
  target.rig = options.rig;
  target.rig.size = options.score_size;
  std::vector<render::Image> white;
  std::vector<Mask> full_masks;
  for (size_t i = 0; i < views.size(); ++i) {
    const Mask m = foreground(views[i]);
    full_masks.push_back(m);
    if (m.count() == 0) return bad_views(name(i) + ": the view shows nothing (only background)");
    white.push_back(on_white(views[i], m));
    target.views.push_back(shrink(white.back(), options.score_size));
    target.masks.push_back(foreground(target.views.back()));
  }
  Reconstructor rec(target, deadline);
  Reconstruction out;

  // Candidates: the model's beams, then the box.
  struct Proposal {
    std::string origin, program, family;
  };
  std::vector<Proposal> programs;
  if (model) {
    const auto t0 = Clock::now();
    TRY(std::vector<float> input, views_input(white, model->lm->config().image_size, names));
    nn::GenerateOptions g;
    g.max_tokens = model->lm->config().max_len - 1;
    g.beam = std::max(1, options.candidates);
    g.filter = python_grammar_filter(model->tokenizer);
    g.deadline = start + std::chrono::duration_cast<Clock::duration>(
                             std::chrono::duration<double>(options.model_share * options.budget_seconds));
    const auto beams = nn::beam_search(*model->lm, input, g);
    for (size_t b = 0; b < beams.size(); ++b) {
      CandidateReport r;
      r.origin = "beam " + std::to_string(b);
      r.program = model->tokenizer.decode(beams[b].tokens);
      if (!beams[b].finished) {
        r.error = base::make_diag("nn.unfinished", "the model did not finish the program within " +
                                                       std::to_string(g.max_tokens) + " tokens and its share of the budget");
        out.candidates.push_back(std::move(r));
        continue;
      }
      programs.push_back({r.origin, r.program, ""});
    }
    out.model_seconds = seconds_since(t0);
  }
  if (const ProgramLibrary* lib = sources.library; lib && options.retrieve > 0) {
    if (lib->views != int(views.size()) || views[0].width % lib->grid != 0)
      return bad_views("the library holds " + std::to_string(lib->views) + " views on a " + std::to_string(lib->grid) +
                       " grid; these views do not match it");
    if (lib->shade_grid > 0 && views[0].width % lib->shade_grid != 0)
      return bad_views("the library's shade grid of " + std::to_string(lib->shade_grid) + " does not divide these views");
    for (size_t i : nearest(*lib, describe(*lib, white, full_masks), size_t(options.retrieve)))
      programs.push_back({"library " + lib->keys[i], lib->programs[i], lib->families[i]});
  }
  if (options.box) programs.push_back({"box", kBoxProgram, ""});
  const auto t1 = Clock::now();
  struct Best {
    size_t report;
    double score;
  };
  std::vector<Best> ranked;
  for (const auto& [origin, program, family] : programs) {
    const auto t = Clock::now();
    auto s = rec.score(program, std::max(kMinCandidateWall, kCandidateWallShare * options.budget_seconds));
    CandidateReport r;
    r.origin = origin;
    r.program = program;
    r.family = family;
    r.error = s.error;
    r.agreement = s.agreement;
    r.seconds = seconds_since(t);
    if (!s.error) ranked.push_back({out.candidates.size(), s.agreement.score});
    out.candidates.push_back(std::move(r));
  }
  out.score_seconds = seconds_since(t1);
  std::stable_sort(ranked.begin(), ranked.end(), [](const Best& a, const Best& b) { return a.score > b.score; });
  if (ranked.empty()) return base::make_diag("geom.no_candidate", "no candidate program executed");

  // Refinement of the best candidates in turn: the best gets all the time left, and the next
  // one only what the best leaves when its search converges (on 50 held-out parts, refining the
  // best alone gave mean IoU 0.783 where halving the time between the best two gave 0.772).
  std::string best_program = out.candidates[ranked[0].report].program;
  double best_score = ranked[0].score;
  out.origin = out.candidates[ranked[0].report].origin;
  if (options.refine) {
    const auto t2 = Clock::now();
    const size_t n = std::min(ranked.size(), size_t(std::max(1, options.refine_top)));
    for (size_t k = 0; k < n; ++k) {
      if (Clock::now() >= deadline) break;
      RefineOptions ro;
      ro.deadline = deadline;
      const CandidateReport& c = out.candidates[ranked[k].report];
      if (sources.library && !c.family.empty() && options.range_slack > 0)
        ro.ranges = parameter_ranges(*sources.library, c.family, options.range_slack);
      const double wall_cap = std::max(kMinRefineWall, kRefineWallFactor * c.seconds);
      auto r = refine(c.program, ranked[k].score, [&](const std::string& p) -> std::optional<double> {
        auto s = rec.score(p, wall_cap);
        if (s.error) return std::nullopt;
        return s.agreement.score;
      }, ro);
      out.refine_evaluations += r.evaluations;
      out.refine_improvements += r.improvements;
      if (r.score > best_score) {
        best_score = r.score;
        best_program = r.program;
        out.origin = c.origin + " + refined";
      }
    }
    out.refine_seconds = seconds_since(t2);
  }

  // The winner at full size: its mesh (kept from its scoring) and the views it renders to.
  TRY(EvaluatedCandidate final_score, rec.final(best_program));  // it executed moments ago
  out.program = best_program;
  out.agreement = final_score.score.agreement;
  out.mesh = std::move(final_score.mesh);
  out.evaluation_timeouts = rec.worker().timeouts();
  out.evaluation_crashes = rec.worker().crashes();
  render::Rig full = options.rig;
  full.size = views[0].width;
  for (auto& v : render::render_rig(out.mesh, full, render::RenderOptions{})) out.views.push_back(std::move(v.rgb));
  out.total_seconds = seconds_since(start);
  return out;
}

}  // namespace cadscribe::pipeline
