// `cadscribe score PRED GT`: IoU (with the alignment found) and Chamfer distance of two shapes,
// each a program, a STEP file or a mesh, by the protocol of DESIGN.md §5.
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/score_flags.h"
#include "pipeline/score.h"

namespace cadscribe::app {
namespace {

struct Flags {
  std::string pred, gt;
  bool json = false;
  ScoreFlags score;
};

int print_failure(const char* side, const std::string& path, const base::Diag& d) {
  std::cerr << side << " '" << path << "' failed:\n" << format_diag(d, read_text(d.span.file));
  return cad::exit_code_for_status(cad::status_of(d));
}

int run_score(const Flags& f) {
  auto settings = f.score.settings();
  if (!settings) {
    std::cerr << settings.error().to_string() << "\n";
    return 1;
  }
  const pipeline::PairScore s = pipeline::score_pair(f.pred, f.gt, *settings);
  if (f.json) {
    std::cout << pipeline::pair_score_to_json(s, "", "", f.pred, f.gt).dump(2) << "\n";
    if (s.gt_error) return cad::exit_code_for_status(cad::status_of(*s.gt_error));
    if (s.pred_error) return cad::exit_code_for_status(cad::status_of(*s.pred_error));
    return 0;
  }
  if (s.gt_error) return print_failure("ground truth", f.gt, *s.gt_error);
  if (s.pred_error) return print_failure("prediction", f.pred, *s.pred_error);
  const auto& r = s.score.iou;
  std::printf("%s vs %s\n", f.pred.c_str(), f.gt.c_str());
  std::printf("  IoU      %.4f  (voxels %d^3, alignment %s: %s)\n", r.iou, r.resolution,
              std::string(metrics::alignment_name(r.alignment)).c_str(), r.rotation.describe().c_str());
  if (s.score.has_chamfer)
    std::printf("  Chamfer  %.6f  (%d samples each way, squared L2, normalised space)\n", s.score.chamfer,
                settings->metric.chamfer_samples);
  for (auto [side, r] : {std::pair{"prediction", &s.pred_mesh}, std::pair{"ground truth", &s.gt_mesh}}) {
    if (!r->closed)
      std::printf("  note: the %s mesh is not closed (%zu boundary, %zu non-manifold edges)\n", side,
                  r->boundary_edges, r->nonmanifold_edges);
    if (r->components > 1) std::printf("  note: the %s mesh has %d separate parts\n", side, r->components);
  }
  std::printf("  time: prediction %.1f ms, ground truth %.1f ms, metrics %.1f ms\n", s.pred_seconds * 1e3,
              s.gt_seconds * 1e3, s.metric_seconds * 1e3);
  return 0;
}

}  // namespace

void add_score_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("score", "IoU and Chamfer distance of a prediction against a ground truth");
  cmd->add_option("pred", flags->pred, "prediction: .py or .scad program, .step or mesh (.stl .obj .ply .off)")
      ->required();
  cmd->add_option("gt", flags->gt, "ground truth: .py or .scad program, .step or mesh")->required();
  cmd->add_flag("--json", flags->json, "print a JSON object instead of text");
  flags->score.add_to(*cmd);
  cmd->callback([flags, &exit_code] { exit_code = run_score(*flags); });
}

}  // namespace cadscribe::app
