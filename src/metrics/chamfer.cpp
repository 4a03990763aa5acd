#include "metrics/chamfer.h"

#include <algorithm>
#include <cmath>

#include "base/check.h"
#include "base/rng.h"
#include "metrics/kd_tree.h"

namespace cadscribe::metrics {

std::vector<std::array<float, 3>> sample_surface(const mesh::Mesh& m, int count, uint64_t seed) {
  std::vector<std::array<float, 3>> out;
  if (count <= 0) return out;
  std::vector<double> cumulative;
  std::vector<uint32_t> tri_index;  // only triangles with positive area take part
  double total = 0;
  for (size_t t = 0; t < m.triangles.size(); ++t) {
    const auto& tri = m.triangles[t];
    const auto& a = m.positions[tri[0]];
    const auto& b = m.positions[tri[1]];
    const auto& c = m.positions[tri[2]];
    double u[3] = {double(b[0]) - a[0], double(b[1]) - a[1], double(b[2]) - a[2]};
    double v[3] = {double(c[0]) - a[0], double(c[1]) - a[1], double(c[2]) - a[2]};
    double cx = u[1] * v[2] - u[2] * v[1], cy = u[2] * v[0] - u[0] * v[2], cz = u[0] * v[1] - u[1] * v[0];
    double area = 0.5 * std::sqrt(cx * cx + cy * cy + cz * cz);
    if (!(area > 0) || !std::isfinite(area)) continue;
    total += area;
    cumulative.push_back(total);
    tri_index.push_back(static_cast<uint32_t>(t));
  }
  if (cumulative.empty()) return out;
  base::Rng rng(seed);
  out.reserve(count);
  for (int i = 0; i < count; ++i) {
    double pick = rng.uniform() * total;
    size_t k = std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin();
    k = std::min(k, cumulative.size() - 1);
    const auto& tri = m.triangles[tri_index[k]];
    const auto& a = m.positions[tri[0]];
    const auto& b = m.positions[tri[1]];
    const auto& c = m.positions[tri[2]];
    double s = std::sqrt(rng.uniform());
    double r2 = rng.uniform();
    double wa = 1 - s, wb = s * (1 - r2), wc = s * r2;
    out.push_back({float(wa * a[0] + wb * b[0] + wc * c[0]), float(wa * a[1] + wb * b[1] + wc * c[1]),
                   float(wa * a[2] + wb * b[2] + wc * c[2])});
  }
  return out;
}

namespace {
double mean_nearest_sq(const std::vector<std::array<float, 3>>& from, const KdTree& to) {
  double sum = 0;
  for (const auto& p : from) sum += to.nearest_sq(p);
  return sum / static_cast<double>(from.size());
}
}  // namespace

double chamfer_distance(const std::vector<std::array<float, 3>>& a,
                        const std::vector<std::array<float, 3>>& b) {
  CHECK(!a.empty() && !b.empty());
  KdTree tree_a(a), tree_b(b);
  // Each set is queried in the other tree's order (a permutation of it: same mean, and
  // neighbouring queries touch the same nodes).
  return mean_nearest_sq(tree_a.points(), tree_b) + mean_nearest_sq(tree_b.points(), tree_a);
}

}  // namespace cadscribe::metrics
