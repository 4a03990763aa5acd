#include "metrics/kd_tree.h"

#include <algorithm>
#include <limits>

namespace cadscribe::metrics {

KdTree::KdTree(std::vector<std::array<float, 3>> points)
    : points_(std::move(points)), axis_(points_.size(), 0) {
  build(0, points_.size());
}

void KdTree::build(size_t lo, size_t hi) {
  if (hi - lo <= kLeaf) return;
  float mn[3], mx[3];
  for (int k = 0; k < 3; ++k) mn[k] = mx[k] = points_[lo][k];
  for (size_t i = lo + 1; i < hi; ++i)
    for (int k = 0; k < 3; ++k) {
      mn[k] = std::min(mn[k], points_[i][k]);
      mx[k] = std::max(mx[k], points_[i][k]);
    }
  int axis = 0;
  for (int k = 1; k < 3; ++k)
    if (mx[k] - mn[k] > mx[axis] - mn[axis]) axis = k;
  size_t mid = lo + (hi - lo) / 2;
  std::nth_element(points_.begin() + lo, points_.begin() + mid, points_.begin() + hi,
                   [axis](const auto& a, const auto& b) { return a[axis] < b[axis]; });
  axis_[mid] = static_cast<uint8_t>(axis);
  build(lo, mid);
  build(mid + 1, hi);
}

namespace {
double dist_sq(const std::array<float, 3>& p, const double q[3]) {
  double dx = p[0] - q[0], dy = p[1] - q[1], dz = p[2] - q[2];
  return dx * dx + dy * dy + dz * dz;
}
}  // namespace

void KdTree::search(size_t lo, size_t hi, const double q[3], double& best) const {
  if (hi - lo <= kLeaf) {
    for (size_t i = lo; i < hi; ++i) best = std::min(best, dist_sq(points_[i], q));
    return;
  }
  size_t mid = lo + (hi - lo) / 2;
  int axis = axis_[mid];
  double d = q[axis] - points_[mid][axis];
  best = std::min(best, dist_sq(points_[mid], q));
  // Left half has coordinates ≤ the median, right half ≥ it.
  if (d < 0) {
    search(lo, mid, q, best);
    if (d * d < best) search(mid + 1, hi, q, best);
  } else {
    search(mid + 1, hi, q, best);
    if (d * d < best) search(lo, mid, q, best);
  }
}

double KdTree::nearest_sq(const std::array<float, 3>& q) const {
  double best = std::numeric_limits<double>::infinity();
  double qd[3] = {q[0], q[1], q[2]};
  search(0, points_.size(), qd, best);
  return best;
}

}  // namespace cadscribe::metrics
