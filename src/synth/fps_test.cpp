// Farthest-point sampling: analytic picks, spread versus random subsets, Gonzalez's covering
// property, and the pruned search equal to the exhaustive loop pick for pick.
#include "synth/fps.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

#include "base/rng.h"

namespace cadscribe::synth {
namespace {

// Points standardised per dimension in double, as FPS sees them.
std::vector<std::array<double, 2>> standardised(const std::vector<float>& p) {
  size_t n = p.size() / 2;
  std::vector<std::array<double, 2>> out(n);
  for (int d = 0; d < 2; ++d) {
    double mean = 0, var = 0;
    for (size_t i = 0; i < n; ++i) mean += p[2 * i + d];
    mean /= double(n);
    for (size_t i = 0; i < n; ++i) var += (p[2 * i + d] - mean) * (p[2 * i + d] - mean);
    double sd = std::sqrt(var / double(n));
    for (size_t i = 0; i < n; ++i) out[i][size_t(d)] = (p[2 * i + d] - mean) / sd;
  }
  return out;
}

double dist(const std::array<double, 2>& a, const std::array<double, 2>& b) {
  return std::hypot(a[0] - b[0], a[1] - b[1]);
}

double min_pairwise(const std::vector<std::array<double, 2>>& pts, const std::vector<int64_t>& idx) {
  double best = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < idx.size(); ++i)
    for (size_t j = i + 1; j < idx.size(); ++j) best = std::min(best, dist(pts[size_t(idx[i])], pts[size_t(idx[j])]));
  return best;
}

TEST(FarthestPointSampling, AnalyticPicksOnALine) {
  std::vector<float> pts;
  for (int i = 0; i <= 10; ++i) pts.insert(pts.end(), {float(i), 3.0f});  // 2nd dim constant
  auto picks = farthest_point_sampling(pts, 2, 3);
  // 0 and 10 are equally far from the mean 5: the lower index wins; then 10; then the middle.
  EXPECT_EQ(picks, (std::vector<int64_t>{0, 10, 5}));
  auto all = farthest_point_sampling(pts, 2, 50);
  ASSERT_EQ(all.size(), 11u);
  EXPECT_EQ(std::set<int64_t>(all.begin(), all.end()).size(), 11u);
}

TEST(FarthestPointSampling, IdenticalPointsArePickedInIndexOrder) {
  std::vector<float> pts(5 * 3, 1.5f);
  EXPECT_EQ(farthest_point_sampling(pts, 3, 4), (std::vector<int64_t>{0, 1, 2, 3}));
}

TEST(FarthestPointSampling, SpreadsBetterThanRandomSubsetsAndCovers) {
  // 600 points: most in a tight cluster, a few spread over a square.
  base::Rng rng(11);
  std::vector<float> pts;
  for (int i = 0; i < 600; ++i) {
    bool spread = i % 6 == 0;
    double s = spread ? 10.0 : 0.5;
    pts.push_back(float(rng.uniform(-s, s)));
    pts.push_back(float(rng.uniform(-s, s)));
  }
  const int64_t m = 25;
  auto picks = farthest_point_sampling(pts, 2, m);
  ASSERT_EQ(picks.size(), size_t(m));
  auto z = standardised(pts);
  double fps_min = min_pairwise(z, picks);
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<int64_t> all(600);
    for (int64_t i = 0; i < 600; ++i) all[size_t(i)] = i;
    for (int64_t i = 0; i < m; ++i) std::swap(all[size_t(i)], all[size_t(rng.uniform_int(i, 599))]);
    all.resize(size_t(m));
    EXPECT_GT(fps_min, min_pairwise(z, all)) << "trial " << trial;
  }
  // Gonzalez's property: every point lies within the picks' minimum pairwise distance of a pick.
  for (const auto& p : z) {
    double nearest = std::numeric_limits<double>::infinity();
    for (int64_t k : picks) nearest = std::min(nearest, dist(p, z[size_t(k)]));
    EXPECT_LE(nearest, fps_min * (1 + 1e-5));
  }
}

TEST(FarthestPointSampling, DistanceSumsInTheDocumentedOrder) {
  std::vector<float> a(11), b(11, 0.0f);
  for (int d = 0; d < 11; ++d) a[size_t(d)] = float(d + 1);
  // 1² + … + 11² = 506, exact in float.
  EXPECT_EQ(fps_distance2(a.data(), b.data(), 11), 506.0f);
  EXPECT_EQ(fps_distance2(a.data(), a.data(), 11), 0.0f);
}

TEST(FarthestPointSampling, PrunedSearchEqualsTheExhaustiveLoop) {
  base::Rng rng(5);
  for (int64_t dim : {1, 3, 8, 13, 40}) {
    std::vector<float> pts;
    for (int i = 0; i < 700; ++i) {
      int cluster = int(rng.uniform_int(0, 5));
      for (int64_t d = 0; d < dim; ++d) pts.push_back(float(cluster * 3 + rng.uniform(-1, 1)));
    }
    // Exact duplicates exercise ties.
    pts.insert(pts.end(), pts.begin(), pts.begin() + dim * 50);
    for (int64_t m : {1, 2, 30, 400, 750}) {
      EXPECT_EQ(farthest_point_sampling(pts, dim, m), farthest_point_sampling_exhaustive(pts, dim, m))
          << "dim " << dim << " m " << m;
    }
  }
}

}  // namespace
}  // namespace cadscribe::synth
