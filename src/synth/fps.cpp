#include "synth/fps.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

#include "base/check.h"

namespace cadscribe::synth {
namespace {

// Row-major copy of `points` standardised per dimension (statistics in double).
std::vector<float> standardised(const std::vector<float>& points, int64_t n, int64_t dim) {
  std::vector<float> out(points.size());
  for (int64_t d = 0; d < dim; ++d) {
    double sum = 0, sum2 = 0;
    for (int64_t i = 0; i < n; ++i) sum += points[size_t(i * dim + d)];
    double mean = sum / double(n);
    for (int64_t i = 0; i < n; ++i) {
      double t = points[size_t(i * dim + d)] - mean;
      sum2 += t * t;
    }
    double sd = std::sqrt(sum2 / double(n));
    double inv = sd > 0 ? 1.0 / sd : 0.0;
    for (int64_t i = 0; i < n; ++i) out[size_t(i * dim + d)] = float((points[size_t(i * dim + d)] - mean) * inv);
  }
  return out;
}

// The point farthest from the origin (the mean), lowest index on ties.
int64_t first_pick(const std::vector<float>& rows, int64_t n, int64_t dim) {
  std::vector<float> origin(size_t(dim), 0.0f);
  float best = -1;
  int64_t best_i = 0;
  for (int64_t i = 0; i < n; ++i) {
    float d = fps_distance2(rows.data() + i * dim, origin.data(), dim);
    if (d > best) {
      best = d;
      best_i = i;
    }
  }
  return best_i;
}

// Points whose nearest pick is `centre`; `far` is the member with the largest distance
// (`radius2`), lowest index on ties; -1 / -1 when empty.
struct Group {
  int64_t centre = 0;
  std::vector<int64_t> members;
  float radius2 = -1;
  int64_t far = -1;
};

// Queue order: larger radius first, then lower index — the FPS choice rule.
struct Larger {
  bool operator()(const std::pair<float, int64_t>& a, const std::pair<float, int64_t>& b) const {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  }
};

}  // namespace

float fps_distance2(const float* a, const float* b, int64_t dim) {
  float s[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  int64_t d = 0;
  for (; d + 8 <= dim; d += 8)
    for (int j = 0; j < 8; ++j) {
      float t = a[d + j] - b[d + j];
      s[j] += t * t;
    }
  for (int j = 0; d < dim; ++d, ++j) {
    float t = a[d] - b[d];
    s[j] += t * t;
  }
  return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

std::vector<int64_t> farthest_point_sampling_exhaustive(const std::vector<float>& points, int64_t dim, int64_t m) {
  CHECK(dim > 0 && int64_t(points.size()) % dim == 0);
  int64_t n = int64_t(points.size()) / dim;
  m = std::min(m, n);
  std::vector<int64_t> picks;
  if (m <= 0) return picks;
  std::vector<float> rows = standardised(points, n, dim);
  std::vector<float> near(size_t(n), std::numeric_limits<float>::infinity());
  int64_t pick = first_pick(rows, n, dim);
  while (true) {
    picks.push_back(pick);
    near[size_t(pick)] = -1;  // picked: never again
    if (int64_t(picks.size()) == m) break;
    float best = -1;
    int64_t next = -1;
    for (int64_t i = 0; i < n; ++i) {
      if (near[size_t(i)] < 0) continue;
      float d = fps_distance2(rows.data() + i * dim, rows.data() + pick * dim, dim);
      if (d < near[size_t(i)]) near[size_t(i)] = d;
      if (near[size_t(i)] > best) {
        best = near[size_t(i)];
        next = i;
      }
    }
    pick = next;
  }
  return picks;
}

std::vector<int64_t> farthest_point_sampling(const std::vector<float>& points, int64_t dim, int64_t m) {
  CHECK(dim > 0 && int64_t(points.size()) % dim == 0);
  int64_t n = int64_t(points.size()) / dim;
  m = std::min(m, n);
  std::vector<int64_t> picks;
  if (m <= 0) return picks;
  picks.reserve(size_t(m));
  std::vector<float> rows = standardised(points, n, dim);
  auto row = [&](int64_t i) { return rows.data() + i * dim; };
  std::vector<float> near(size_t(n), std::numeric_limits<float>::infinity());
  std::vector<int64_t> group_of(size_t(n), 0);
  std::vector<Group> groups;
  std::set<std::pair<float, int64_t>, Larger> queue;  // (radius2, far) of every non-empty group

  auto refresh = [&](Group& g) {
    g.radius2 = -1;
    g.far = -1;
    for (int64_t i : g.members) {
      float v = near[size_t(i)];
      if (v > g.radius2 || (v == g.radius2 && i < g.far)) {
        g.radius2 = v;
        g.far = i;
      }
    }
    if (g.far >= 0) queue.insert({g.radius2, g.far});
  };
  auto unqueue = [&](const Group& g) {
    if (g.far >= 0) queue.erase({g.radius2, g.far});
  };

  // Centre rows copied contiguously: the per-pick scan over all centres dominates for large m.
  std::vector<float> centres;
  centres.reserve(size_t(m * dim));
  auto add_centre = [&](int64_t i) { centres.insert(centres.end(), row(i), row(i) + dim); };

  int64_t pick = first_pick(rows, n, dim);
  picks.push_back(pick);
  near[size_t(pick)] = -1;
  groups.push_back(Group{pick, {}, -1, -1});
  add_centre(pick);
  for (int64_t i = 0; i < n; ++i) {
    if (i == pick) continue;
    near[size_t(i)] = fps_distance2(row(i), row(pick), dim);
    groups[0].members.push_back(i);
  }
  refresh(groups[0]);

  while (int64_t(picks.size()) < m) {
    pick = queue.begin()->second;
    int64_t home = group_of[size_t(pick)];
    unqueue(groups[size_t(home)]);
    auto& hm = groups[size_t(home)].members;
    hm.erase(std::find(hm.begin(), hm.end(), pick));
    picks.push_back(pick);
    near[size_t(pick)] = -1;
    int64_t k = int64_t(groups.size());
    groups.push_back(Group{pick, {}, -1, -1});
    add_centre(pick);
    const float* p = row(pick);
    for (int64_t g = 0; g < k; ++g) {
      Group& group = groups[size_t(g)];
      if (g != home) {
        if (group.far < 0) continue;
        // Triangle inequality: members lie within r of the centre, so if the new pick is at
        // least 2r away from the centre it is at least r from every member — no nearer than
        // their current pick. The margin keeps rounding from ever deciding a skip.
        float centre2 = fps_distance2(centres.data() + g * dim, p, dim);
        if (centre2 >= 4.0f * group.radius2 * 1.002f) continue;
        unqueue(group);
      }
      size_t kept = 0;
      for (int64_t i : group.members) {
        float d = fps_distance2(row(i), p, dim);
        if (d < near[size_t(i)]) {
          near[size_t(i)] = d;
          group_of[size_t(i)] = k;
          groups[size_t(k)].members.push_back(i);
        } else {
          group.members[kept++] = i;
        }
      }
      group.members.resize(kept);
      refresh(group);
    }
    refresh(groups[size_t(k)]);
  }
  return picks;
}

}  // namespace cadscribe::synth
