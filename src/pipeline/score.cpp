#include "pipeline/score.h"

#include <chrono>

namespace cadscribe::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Loads a prediction; with require_valid a program must also pass DESIGN.md §5.
base::Result<LoadedShape> load_prediction(const std::string& path, const ScoreSettings& s) {
  cad::ExecOptions exec = s.exec;
  exec.validate = s.require_valid;
  TRY(LoadedShape loaded, load_shape(path, exec, s.meshing));
  if (loaded.validity && !loaded.validity->valid) {
    std::string why;
    for (const auto& r : loaded.validity->reasons) why += (why.empty() ? "" : "; ") + r;
    return base::make_diag("validity.invalid", "prediction is not valid: " + why, {path});
  }
  if (loaded.mesh.triangles.empty())
    return base::make_diag("metrics.empty_mesh", "prediction '" + path + "' has no triangles", {path});
  return loaded;
}

nlohmann::json mesh_json(const mesh::MeshReport& r) {
  return {{"triangles", r.triangles}, {"closed", r.closed}, {"components", r.components}};
}

nlohmann::json diag_json(const base::Diag& d) {
  return {{"code", d.code}, {"message", d.message}, {"at", d.span.to_string()}};
}

}  // namespace

PairScore score_pair(const std::string& pred, const std::string& gt, const ScoreSettings& settings) {
  PairScore out;
  auto t0 = Clock::now();
  cad::ExecOptions gt_exec = settings.exec;
  gt_exec.validate = false;
  auto truth = load_shape(gt, gt_exec, settings.meshing);
  out.gt_seconds = seconds_since(t0);
  if (truth && truth->mesh.triangles.empty())
    truth = base::make_diag("metrics.empty_mesh", "ground truth '" + gt + "' has no triangles", {gt});
  if (!truth) {
    out.gt_error = truth.error();
    return out;
  }
  out.gt_mesh = mesh::inspect(truth->mesh);
  auto t1 = Clock::now();
  auto guess = load_prediction(pred, settings);
  out.pred_seconds = seconds_since(t1);
  if (!guess) {
    out.pred_error = guess.error();
    return out;
  }
  out.pred_mesh = mesh::inspect(guess->mesh);
  auto t2 = Clock::now();
  auto score = metrics::score_meshes(guess->mesh, truth->mesh, settings.metric);
  out.metric_seconds = seconds_since(t2);
  if (!score) {
    out.pred_error = score.error();  // both meshes are non-empty here: a degenerate prediction
    return out;
  }
  out.score = *score;
  return out;
}

nlohmann::json pair_score_to_json(const PairScore& s, const std::string& id, const std::string& group,
                                  const std::string& pred, const std::string& gt) {
  nlohmann::json j;
  j["id"] = id;
  j["group"] = group;
  j["pred"] = pred;
  j["gt"] = gt;
  j["ok"] = s.ok();
  if (s.pred_error) j["error"] = diag_json(*s.pred_error);
  if (s.gt_error) j["gt_error"] = diag_json(*s.gt_error);
  if (s.ok()) {
    j["iou"] = s.score.iou.iou;
    j["alignment"] = std::string(metrics::alignment_name(s.score.iou.alignment));
    j["rotation"] = s.score.iou.rotation.describe();
    j["resolution"] = s.score.iou.resolution;
    if (s.score.has_chamfer) j["chamfer"] = s.score.chamfer;
    j["pred_mesh"] = mesh_json(s.pred_mesh);
    j["gt_mesh"] = mesh_json(s.gt_mesh);
  }
  j["seconds"] = {{"pred", s.pred_seconds}, {"gt", s.gt_seconds}, {"metric", s.metric_seconds}};
  return j;
}

}  // namespace cadscribe::pipeline
