// metrics/iou.h — voxel IoU with rotation alignment, and the one-call scorer (DESIGN.md §5).
//
// Protocol (score_meshes):
//   1. Normalise prediction and ground truth each on its own (metrics/unit_cube.h: centre on the
//      bounding box, longest side 1).
//   2. Voxelise both on N³ voxel centres in [−0.5, 0.5]³ (metrics/voxelize.h; N = 64 default).
//   3. IoU = |A ∩ B| / |A ∪ B|. When both grids are empty the IoU is DEFINED AS 0 and
//      IouResult::both_empty is set (a degenerate pair must not score as a perfect match).
//   4. Alignment, always applied to the PREDICTION and reported with the result:
//      none    — identity only;
//      cube24  — best over the 24 proper rotations of the cube (signed axis permutations with
//                det +1). The unit cube and the voxel-centre grid are invariant under them, so
//                each is an exact permutation of the voxel grid: no resampling. Default.
//      euler45 — best over R = Rz(a)·Ry(b)·Rx(c), a, b, c ∈ {0°, 45°, …, 315°}, identical matrices
//                deduplicated (first kept, order a then b then c, identity first). Each R is
//                applied to the normalised prediction MESH, which is re-normalised and
//                re-voxelised (resampled): 208 candidates, ~0.4 s per pair of 10–12k-triangle
//                meshes against ~4 ms for cube24 (bench/metrics_bench.cpp), ≈100× slower.
//      Ties keep the earliest rotation in that fixed order (identity first).
//   5. Chamfer (metrics/chamfer.h) on the prediction as it was voxelised for the best rotation
//      (rotated, re-normalised) against the normalised ground truth; both sampled with
//      ScoreOptions::seed (same seed for both, so identical meshes score exactly 0).
// Units: normalised units throughout. Depends on mesh only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"
#include "metrics/voxel_grid.h"

namespace cadscribe::metrics {

enum class Alignment { none, cube24, euler45 };

[[nodiscard]] std::string_view alignment_name(Alignment a);
// "none" | "cube24" | "euler45"; anything else is metrics.bad_alignment.
[[nodiscard]] base::Result<Alignment> parse_alignment(std::string_view text);

// A rotation applied to the prediction: p' = m · p, m row-major 3×3.
struct Rotation {
  std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};
  // Set for euler45 candidates: (a, b, c) in degrees of Rz(a)·Ry(b)·Rx(c).
  std::optional<std::array<int, 3>> euler_deg;

  // "identity"; for a signed axis permutation where each source axis goes, e.g.
  // "x→y, y→−x, z→z" (a quarter turn about z); for euler45 "Rz(45) Ry(0) Rx(90)"; otherwise
  // the matrix rows.
  [[nodiscard]] std::string describe() const;
  [[nodiscard]] bool is_identity() const;
  // True when m is a signed permutation matrix (entries exactly 0 / ±1).
  [[nodiscard]] bool is_axis_permutation() const;
};

struct IouResult {
  double iou = 0;
  Alignment alignment = Alignment::cube24;
  Rotation rotation;
  int resolution = 64;
  bool both_empty = false;  // both grids empty: iou is 0 by definition
};

// Plain IoU, no alignment (0 when both are empty). Same N required.
[[nodiscard]] double iou(const VoxelGrid& a, const VoxelGrid& b);

// The 24 proper cube rotations in their fixed order: axis permutations in lexicographic order,
// then sign patterns; identity first.
[[nodiscard]] const std::vector<Rotation>& cube24_rotations();
// The grid of the rotated solid: out[R·c] = in[c] for every voxel centre c. R must be an axis
// permutation (CHECKed).
[[nodiscard]] VoxelGrid rotate_grid(const VoxelGrid& grid, const Rotation& r);
// Best IoU of R·pred against gt over cube24_rotations(), word-wise (no per-bit permutation).
[[nodiscard]] IouResult best_iou_cube24(const VoxelGrid& pred, const VoxelGrid& gt);

// The deduplicated euler45 candidates in their fixed order (identity first).
[[nodiscard]] const std::vector<Rotation>& euler45_rotations();
// The mesh with every position mapped through r (about the origin), in double, then rounded.
[[nodiscard]] mesh::Mesh rotate_mesh(const mesh::Mesh& m, const Rotation& r);
// Best IoU over euler45_rotations(): each rotation of the normalised prediction is re-normalised
// and re-voxelised at gt.n().
[[nodiscard]] IouResult best_iou_euler45(const mesh::Mesh& normalized_pred, const VoxelGrid& gt);

struct ScoreOptions {
  Alignment alignment = Alignment::cube24;
  int resolution = 64;         // N, in [1, 512] (a 512³ grid is 16 MiB)
  bool chamfer = true;
  int chamfer_samples = 8192;  // per surface, in [1, 10'000'000]
  uint64_t seed = 0;           // surface sampling seed (fixed default: results are reproducible)
};

struct Score {
  IouResult iou;
  double chamfer = 0;
  bool has_chamfer = false;  // false when not asked for, or a surface has zero area
};

// Errors: metrics.empty_mesh (no triangles or zero-size bounding box), naming "prediction" or
// "ground truth" in the message; metrics.bad_option for an out-of-range resolution or sample
// count.
[[nodiscard]] base::Result<Score> score_meshes(const mesh::Mesh& pred, const mesh::Mesh& gt,
                                               const ScoreOptions& options);

}  // namespace cadscribe::metrics
