// The resampled euler45 search and score_meshes(), the protocol of metrics/iou.h in one call.
#include "metrics/iou.h"

#include <cmath>
#include <set>
#include <numbers>

#include "metrics/chamfer.h"
#include "metrics/unit_cube.h"
#include "metrics/voxelize.h"

namespace cadscribe::metrics {

namespace {

// cos and sin of k·45°, exact where they can be (0, ±1) so axis-aligned candidates stay exact.
double cos45(int k) {
  const double h = std::numbers::sqrt2 / 2;
  const double table[8] = {1, h, 0, -h, -1, -h, 0, h};
  return table[k & 7];
}
double sin45(int k) { return cos45(k + 6); }  // sin θ = cos(θ − 90°)

std::array<double, 9> mul(const std::array<double, 9>& a, const std::array<double, 9>& b) {
  std::array<double, 9> c{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 3; ++k) c[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j];
  return c;
}

base::Diag named(base::Diag d, const char* which) {
  d.message = std::string(which) + ": " + d.message;
  return d;
}

}  // namespace

const std::vector<Rotation>& euler45_rotations() {
  static const std::vector<Rotation> rotations = [] {
    std::vector<Rotation> out;
    std::set<std::array<long long, 9>> seen;  // rounded matrices already listed
    for (int a = 0; a < 8; ++a)
      for (int b = 0; b < 8; ++b)
        for (int c = 0; c < 8; ++c) {
          std::array<double, 9> rz{cos45(a), -sin45(a), 0, sin45(a), cos45(a), 0, 0, 0, 1};
          std::array<double, 9> ry{cos45(b), 0, sin45(b), 0, 1, 0, -sin45(b), 0, cos45(b)};
          std::array<double, 9> rx{1, 0, 0, 0, cos45(c), -sin45(c), 0, sin45(c), cos45(c)};
          Rotation r;
          r.m = mul(rz, mul(ry, rx));
          std::array<long long, 9> key;
          for (int i = 0; i < 9; ++i) {
            key[i] = std::llround(r.m[i] * 1e9);
            // Snap ±0.5 products of √½·√½ and ±1, 0 to exact values.
            for (double exact : {0.0, 0.5, -0.5, 1.0, -1.0})
              if (std::abs(r.m[i] - exact) < 1e-12) r.m[i] = exact;
          }
          if (!seen.insert(key).second) continue;
          r.euler_deg = std::array<int, 3>{a * 45, b * 45, c * 45};
          out.push_back(r);
        }
    return out;
  }();
  return rotations;
}

mesh::Mesh rotate_mesh(const mesh::Mesh& m, const Rotation& r) {
  mesh::Mesh out = m;
  const auto& R = r.m;
  for (auto& p : out.positions) {
    double x = p[0], y = p[1], z = p[2];
    p = {float(R[0] * x + R[1] * y + R[2] * z), float(R[3] * x + R[4] * y + R[5] * z),
         float(R[6] * x + R[7] * y + R[8] * z)};
  }
  return out;
}

IouResult best_iou_euler45(const mesh::Mesh& normalized_pred, const VoxelGrid& gt) {
  IouResult best;
  best.alignment = Alignment::euler45;
  best.resolution = gt.n();
  bool first = true;
  for (const Rotation& r : euler45_rotations()) {
    auto unit = to_unit_cube(rotate_mesh(normalized_pred, r));
    VoxelGrid g = unit ? voxelize(*unit, gt.n()) : VoxelGrid(gt.n());
    size_t inter = intersection_count(g, gt), uni = union_count(g, gt);
    double v = uni == 0 ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni);
    if (first || v > best.iou) {
      best.iou = v;
      best.rotation = r;
      best.both_empty = uni == 0;
      first = false;
    }
  }
  return best;
}

base::Result<Score> score_meshes(const mesh::Mesh& pred, const mesh::Mesh& gt,
                                 const ScoreOptions& options) {
  if (options.resolution < 1 || options.resolution > 512)
    return base::make_diag("metrics.bad_option",
                           "resolution " + std::to_string(options.resolution) + " outside [1, 512]");
  if (options.chamfer && (options.chamfer_samples < 1 || options.chamfer_samples > 10'000'000))
    return base::make_diag("metrics.bad_option", "chamfer_samples " +
                                                     std::to_string(options.chamfer_samples) +
                                                     " outside [1, 10000000]");
  auto unit_pred = to_unit_cube(pred);
  if (!unit_pred) return named(std::move(unit_pred).error(), "prediction");
  auto unit_gt = to_unit_cube(gt);
  if (!unit_gt) return named(std::move(unit_gt).error(), "ground truth");

  const int n = options.resolution;
  VoxelGrid grid_gt = voxelize(*unit_gt, n);
  Score score;
  switch (options.alignment) {
    case Alignment::none: {
      VoxelGrid grid_pred = voxelize(*unit_pred, n);
      score.iou.iou = iou(grid_pred, grid_gt);
      score.iou.both_empty = grid_pred.count() == 0 && grid_gt.count() == 0;
      break;
    }
    case Alignment::cube24:
      score.iou = best_iou_cube24(voxelize(*unit_pred, n), grid_gt);
      break;
    case Alignment::euler45:
      score.iou = best_iou_euler45(*unit_pred, grid_gt);
      break;
  }
  score.iou.alignment = options.alignment;
  score.iou.resolution = n;

  if (options.chamfer) {
    // The prediction exactly as it was voxelised for the winning rotation.
    mesh::Mesh aligned = *unit_pred;
    if (!score.iou.rotation.is_identity()) {
      auto again = to_unit_cube(rotate_mesh(*unit_pred, score.iou.rotation));
      if (again) aligned = std::move(*again);
    }
    auto a = sample_surface(aligned, options.chamfer_samples, options.seed);
    auto b = sample_surface(*unit_gt, options.chamfer_samples, options.seed);
    if (!a.empty() && !b.empty()) {
      score.chamfer = chamfer_distance(a, b);
      score.has_chamfer = true;
    }
  }
  return score;
}

}  // namespace cadscribe::metrics
