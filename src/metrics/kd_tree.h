// metrics/kd_tree.h — a balanced 3D k-d tree for exact nearest-neighbour queries (Chamfer).
//
// Built once from a point set (median split on the axis of largest extent, implicit in the point
// array: no node objects), then queried read-only. Queries are exact: the returned squared
// distance is the minimum over all points, computed in double from the float coordinates, so the
// answer does not depend on how ties split the tree. Depends on nothing but the standard library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cadscribe::metrics {

class KdTree {
 public:
  explicit KdTree(std::vector<std::array<float, 3>> points);

  [[nodiscard]] size_t size() const { return points_.size(); }
  // The points in tree order (spatially coherent: querying in this order is cache-friendly).
  [[nodiscard]] const std::vector<std::array<float, 3>>& points() const { return points_; }
  // Squared Euclidean distance from q to its nearest point; +inf for an empty tree.
  [[nodiscard]] double nearest_sq(const std::array<float, 3>& q) const;

 private:
  static constexpr int kLeaf = 8;
  void build(size_t lo, size_t hi);
  void search(size_t lo, size_t hi, const double q[3], double& best) const;

  std::vector<std::array<float, 3>> points_;
  std::vector<uint8_t> axis_;  // split axis of the node whose median sits at this index
};

}  // namespace cadscribe::metrics
