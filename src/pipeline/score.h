// pipeline/score.h — score a prediction against a ground truth, each named by a path (program,
// STEP or mesh): load both as meshes, then the metrics protocol of DESIGN.md §5 (normalise,
// voxelise, best IoU over the alignment, Chamfer after that alignment).
//
// The two sides fail differently: a prediction that does not execute is a FAILURE of the
// predictor (counted in the benchmark table under its Diag code); a ground truth that does not
// load is a fault of the test set (the pair is excluded and reported, never scored as 0).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/diag.h"
#include "mesh/check.h"
#include "metrics/iou.h"
#include "cad/execute.h"
#include "pipeline/shape_source.h"

namespace cadscribe::pipeline {

struct ScoreSettings {
  metrics::ScoreOptions metric;
  cad::ExecOptions exec;            // validate=false unless success must mean DESIGN.md §5 validity
  cad::MeshingOptions meshing;
  bool require_valid = false;  // a prediction that executes but is not valid counts as a failure
};

struct PairScore {
  std::optional<base::Diag> pred_error;  // the prediction failed (a counted failure)
  std::optional<base::Diag> gt_error;    // the ground truth failed (the pair is excluded)
  metrics::Score score;                  // meaningful only when neither failed
  // What the two meshes are (closed? how many components?): an open or multi-part mesh still
  // scores (voxelisation tolerates cracks) but usually means a broken prediction or export.
  mesh::MeshReport pred_mesh, gt_mesh;
  double pred_seconds = 0, gt_seconds = 0, metric_seconds = 0;
  [[nodiscard]] bool ok() const { return !pred_error && !gt_error; }
};

[[nodiscard]] PairScore score_pair(const std::string& pred, const std::string& gt, const ScoreSettings& settings);

// One JSON object per pair (the lines of a bench run's pairs.jsonl and of the score worker):
// {"id", "group", "pred", "gt", "ok", "error": {code, message}?, "gt_error": {code, message}?,
//  "iou", "alignment", "rotation", "chamfer", "seconds": {pred, gt, metric},
//  "pred_mesh"/"gt_mesh": {triangles, closed, components}}
[[nodiscard]] nlohmann::json pair_score_to_json(const PairScore& s, const std::string& id, const std::string& group,
                                                const std::string& pred, const std::string& gt);

}  // namespace cadscribe::pipeline
