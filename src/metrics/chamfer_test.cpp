#include "metrics/chamfer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "base/rng.h"
#include "metrics/kd_tree.h"
#include "mesh/primitives.h"

namespace cadscribe::metrics {
namespace {

using Points = std::vector<std::array<float, 3>>;

double brute_nearest_sq(const Points& pts, const std::array<float, 3>& q) {
  double best = std::numeric_limits<double>::infinity();
  for (const auto& p : pts) {
    double dx = double(p[0]) - q[0], dy = double(p[1]) - q[1], dz = double(p[2]) - q[2];
    best = std::min(best, dx * dx + dy * dy + dz * dz);
  }
  return best;
}

Points random_points(int n, uint64_t seed, double scale) {
  base::Rng rng(seed);
  Points p;
  for (int i = 0; i < n; ++i)
    p.push_back({float(rng.uniform(-scale, scale)), float(rng.uniform(-scale, scale)),
                 float(rng.uniform(-scale, scale))});
  return p;
}

TEST(KdTree, NearestMatchesBruteForceExactly) {
  for (int n : {1, 7, 9, 100, 2000}) {
    Points pts = random_points(n, 7 + n, 0.5);
    // Duplicates and a degenerate (flat) cluster exercise ties in the median split.
    pts.push_back(pts.front());
    for (int i = 0; i < 20; ++i) pts.push_back({0.1f, 0.2f, float(i) * 0.01f});
    KdTree tree(pts);
    EXPECT_EQ(tree.size(), pts.size());
    for (const auto& q : random_points(300, 99, 0.7)) EXPECT_EQ(tree.nearest_sq(q), brute_nearest_sq(pts, q));
  }
  EXPECT_TRUE(std::isinf(KdTree(Points{}).nearest_sq({0, 0, 0})));
}

TEST(Chamfer, DefinitionOnTinySetsByHand) {
  // A = {(0,0,0)}, B = {(1,0,0), (0,2,0)}: A→B mean 1; B→A mean (1 + 4)/2 = 2.5; CD = 3.5.
  Points a = {{0, 0, 0}}, b = {{1, 0, 0}, {0, 2, 0}};
  EXPECT_DOUBLE_EQ(chamfer_distance(a, b), 3.5);
  EXPECT_DOUBLE_EQ(chamfer_distance(b, a), 3.5);
}

TEST(Chamfer, SamplingIsDeterministicOnTheSurfaceAndAreaWeighted) {
  mesh::Mesh box = mesh::make_box({-0.5, -1, -1.5}, {0.5, 1, 1.5});  // faces: areas 6, 3, 2 (×2)
  Points s1 = sample_surface(box, 8192, 42), s2 = sample_surface(box, 8192, 42);
  EXPECT_EQ(s1, s2);
  EXPECT_NE(s1, sample_surface(box, 8192, 43));
  ASSERT_EQ(s1.size(), 8192u);
  int on_z_faces = 0;
  for (const auto& p : s1) {
    bool on_x = std::abs(std::abs(p[0]) - 0.5f) < 1e-6f, on_y = std::abs(std::abs(p[1]) - 1) < 1e-6f,
         on_z = std::abs(std::abs(p[2]) - 1.5f) < 1e-6f;
    EXPECT_TRUE(on_x || on_y || on_z);
    on_z_faces += on_z;
  }
  // z faces: 2 × (1 × 2) = 4 of total area 22; binomial σ ≈ 0.004.
  EXPECT_NEAR(on_z_faces / 8192.0, 4.0 / 22.0, 0.02);
  EXPECT_TRUE(sample_surface(mesh::Mesh{}, 10, 1).empty());
  EXPECT_TRUE(sample_surface(box, 0, 1).empty());
}

TEST(Chamfer, IdenticalMeshesScoreZeroOrNoiseFloor) {
  mesh::Mesh torus = mesh::make_torus({0, 0, 0}, 0.35, 0.12, 64, 32);
  Points a = sample_surface(torus, 8192, 0);
  EXPECT_EQ(chamfer_distance(a, sample_surface(torus, 8192, 0)), 0.0);
  // Independent samples: each direction's mean squared gap to a Poisson-like sample set of density
  // λ = 8192 / area is about 1/(π λ); the torus' area 4π²·0.35·0.12 ≈ 1.66 gives ≈ 6.4e-5 per
  // direction, 1.3e-4 in all.
  double noise = chamfer_distance(a, sample_surface(torus, 8192, 1));
  EXPECT_GT(noise, 0.5e-4);
  EXPECT_LT(noise, 2.5e-4);
}

TEST(Chamfer, ConcentricSpheresGiveTwiceTheSquaredGap) {
  // Every point of one sphere is |r1 − r2| from the other sphere: CD → 2 (r1 − r2)². Sampling
  // adds the squared tangential gap to the nearest sample (~1e-5 here), tessellation ~1e-5.
  double r1 = 0.5, r2 = 0.4;
  Points a = sample_surface(mesh::make_sphere({0, 0, 0}, r1, 128, 64), 8192, 3);
  Points b = sample_surface(mesh::make_sphere({0, 0, 0}, r2, 128, 64), 8192, 4);
  double expected = 2 * (r1 - r2) * (r1 - r2);
  EXPECT_NEAR(chamfer_distance(a, b), expected, 0.03 * expected);
}

}  // namespace
}  // namespace cadscribe::metrics
