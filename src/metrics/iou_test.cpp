#include "metrics/iou.h"

#include <gtest/gtest.h>

#include <numbers>
#include <set>

#include "metrics/unit_cube.h"
#include "metrics/voxelize.h"
#include "mesh/primitives.h"

namespace cadscribe::metrics {
namespace {

using math::Transform;
using math::Vec3;
using mesh::Mesh;

constexpr double kPi = std::numbers::pi;

Transform rot(const Vec3& axis, double angle) { return Transform::rotation({0, 0, 0}, axis, angle); }

// An asymmetric solid (no rotational symmetry): three boxes sharing faces, L-shaped with a bump.
Mesh asymmetric() {
  Mesh m = mesh::make_box({0, 0, 0}, {3, 1, 1});
  m.append(mesh::make_box({0, 1, 0}, {1, 2, 1}));
  m.append(mesh::make_box({2, 0, 1}, {3, 1, 1.5}));
  return m;
}

ScoreOptions opts(Alignment a, bool chamfer = false) {
  ScoreOptions o;
  o.alignment = a;
  o.chamfer = chamfer;
  return o;
}

double det3(const std::array<double, 9>& m) {
  return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) +
         m[2] * (m[3] * m[7] - m[4] * m[6]);
}

// Bit-by-bit definition of rotate_grid, as the independent check of the word-wise path.
VoxelGrid rotate_grid_naive(const VoxelGrid& g, const Rotation& r) {
  int n = g.n();
  VoxelGrid out(n);
  for (int z = 0; z < n; ++z)
    for (int y = 0; y < n; ++y)
      for (int x = 0; x < n; ++x) {
        if (!g.get(x, y, z)) continue;
        // Centre c = (i + 0.5)/n − 0.5 ⇒ in doubled-and-shifted integers 2i + 1 − n: exact.
        int c[3] = {2 * x + 1 - n, 2 * y + 1 - n, 2 * z + 1 - n};
        int o[3];
        for (int i = 0; i < 3; ++i)
          o[i] = int(r.m[i * 3] * c[0] + r.m[i * 3 + 1] * c[1] + r.m[i * 3 + 2] * c[2]);
        out.set((o[0] + n - 1) / 2, (o[1] + n - 1) / 2, (o[2] + n - 1) / 2);
      }
  return out;
}

TEST(Iou, ShapeWithItselfIsOneUnderEveryAlignment) {
  std::vector<Mesh> shapes = {mesh::make_torus({1, 2, 3}, 3, 1, 32, 16),
                              mesh::make_sphere({0, 0, 0}, 2, 24, 12),
                              mesh::make_cylinder({0, 0, 0}, 1, 3, 24, 0), asymmetric()};
  for (const auto& s : shapes) {
    for (Alignment a : {Alignment::none, Alignment::cube24, Alignment::euler45}) {
      auto r = score_meshes(s, s, opts(a));
      ASSERT_TRUE(r.ok());
      EXPECT_EQ(r->iou.iou, 1.0) << alignment_name(a);
      EXPECT_TRUE(r->iou.rotation.is_identity()) << alignment_name(a);  // ties keep the identity
      EXPECT_EQ(r->iou.alignment, a);
      EXPECT_EQ(r->iou.resolution, 64);
    }
  }
}

TEST(Iou, QuarterTurnsOfABoxAreRecoveredByCube24Only) {
  Mesh box = mesh::make_box({0, 0, 0}, {1, 2, 3});
  // Normalised dims (1/3, 2/3, 1) vs (2/3, 1/3, 1): analytic IoU (1/9)/(2·2/9 − 1/9) = 1/3. At
  // 64³ the sides of 21.3 and 42.7 voxels hold 21–22 and 42–43 centres: voxel IoU in [0.32, 0.36].
  Mesh about_z = mesh::transformed(box, rot({0, 0, 1}, kPi / 2));
  auto none = score_meshes(about_z, box, opts(Alignment::none));
  auto cube = score_meshes(about_z, box, opts(Alignment::cube24));
  ASSERT_TRUE(none.ok() && cube.ok());
  EXPECT_NEAR(none->iou.iou, 1.0 / 3.0, 0.03);
  EXPECT_EQ(cube->iou.iou, 1.0);
  Mesh about_x = mesh::transformed(box, rot({1, 0, 0}, kPi / 2));
  EXPECT_LT(score_meshes(about_x, box, opts(Alignment::none))->iou.iou, 0.9);
  EXPECT_EQ(score_meshes(about_x, box, opts(Alignment::cube24))->iou.iou, 1.0);
  // Composite turn of an asymmetric solid.
  Mesh l = asymmetric();
  Mesh turned = mesh::transformed(l, rot({1, 0, 0}, kPi / 2) * rot({0, 0, 1}, kPi / 2) * rot({0, 1, 0}, -kPi / 2));
  EXPECT_LT(score_meshes(turned, l, opts(Alignment::none))->iou.iou, 0.9);
  EXPECT_EQ(score_meshes(turned, l, opts(Alignment::cube24))->iou.iou, 1.0);
  EXPECT_EQ(score_meshes(turned, l, opts(Alignment::euler45))->iou.iou, 1.0);
}

TEST(Iou, Cube24RotationsAreTheProperCubeGroup) {
  const auto& rs = cube24_rotations();
  ASSERT_EQ(rs.size(), 24u);
  EXPECT_TRUE(rs.front().is_identity());
  std::set<std::array<double, 9>> distinct;
  for (const auto& r : rs) {
    EXPECT_TRUE(r.is_axis_permutation());
    EXPECT_EQ(det3(r.m), 1.0);
    distinct.insert(r.m);
  }
  EXPECT_EQ(distinct.size(), 24u);
}

TEST(Iou, RotatedGridEqualsVoxelisationOfRotatedMesh) {
  auto unit = to_unit_cube(asymmetric());
  ASSERT_TRUE(unit.ok());
  VoxelGrid base = voxelize(*unit, 64);
  for (const auto& r : cube24_rotations()) {
    auto turned = to_unit_cube(rotate_mesh(*unit, r));
    ASSERT_TRUE(turned.ok());
    VoxelGrid direct = voxelize(*turned, 64);
    VoxelGrid permuted = rotate_grid(base, r);
    EXPECT_EQ(iou(permuted, direct), 1.0) << r.describe();
    EXPECT_TRUE(permuted == rotate_grid_naive(base, r)) << r.describe();
    // Scoring the turned solid against the original finds the inverse turn, exactly.
    IouResult best = best_iou_cube24(direct, base);
    EXPECT_EQ(best.iou, 1.0);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) EXPECT_EQ(best.rotation.m[i * 3 + j], r.m[j * 3 + i]) << r.describe();
  }
}

TEST(Iou, WordWisePermutationMatchesNaiveForOddSizes) {
  for (int n : {5, 40, 64, 100, 130}) {
    VoxelGrid g(n);
    uint64_t s = 12345;
    for (int i = 0; i < n * n * n / 7; ++i) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      g.set(int((s >> 11) % n), int((s >> 29) % n), int((s >> 47) % n));
    }
    for (const auto& r : cube24_rotations()) {
      VoxelGrid fast = rotate_grid(g, r);
      EXPECT_TRUE(fast == rotate_grid_naive(g, r)) << "n=" << n << " " << r.describe();
      EXPECT_EQ(best_iou_cube24(fast, g).iou, 1.0);
    }
  }
}

TEST(Iou, Euler45CandidatesAreDistinctRotationsIncludingCube24) {
  const auto& rs = euler45_rotations();
  EXPECT_TRUE(rs.front().is_identity());
  EXPECT_GT(rs.size(), 24u);
  EXPECT_LT(rs.size(), 512u);
  for (const auto& r : rs) {
    EXPECT_NEAR(det3(r.m), 1.0, 1e-12);
    ASSERT_TRUE(r.euler_deg.has_value());
  }
  for (const auto& c : cube24_rotations()) {
    bool found = false;
    for (const auto& r : rs) found = found || r.m == c.m;
    EXPECT_TRUE(found) << c.describe();
  }
  // A 45° turn about z is found by euler45 and not by cube24.
  Mesh box = mesh::make_box({-1, -0.3, -0.2}, {1, 0.3, 0.2});
  Mesh turned = mesh::transformed(box, rot({0, 0, 1}, kPi / 4));
  auto e = score_meshes(turned, box, opts(Alignment::euler45));
  auto c = score_meshes(turned, box, opts(Alignment::cube24));
  ASSERT_TRUE(e.ok() && c.ok());
  EXPECT_GT(e->iou.iou, 0.95);
  EXPECT_LT(c->iou.iou, 0.8);
  EXPECT_NE(e->iou.rotation.describe().find("Rz("), std::string::npos);
}

TEST(Iou, DescribeAndParse) {
  Rotation r;
  EXPECT_EQ(r.describe(), "identity");
  r.m = {0, -1, 0, 1, 0, 0, 0, 0, 1};  // a quarter turn about +z
  EXPECT_EQ(r.describe(), "x→y, y→−x, z→z");
  Rotation e;
  e.m = {1, 0, 0, 0, 0, -1, 0, 1, 0};
  e.euler_deg = std::array<int, 3>{0, 0, 90};
  EXPECT_EQ(e.describe(), "Rz(0) Ry(0) Rx(90)");
  EXPECT_EQ(*parse_alignment("none"), Alignment::none);
  EXPECT_EQ(*parse_alignment("cube24"), Alignment::cube24);
  EXPECT_EQ(*parse_alignment("euler45"), Alignment::euler45);
  auto bad = parse_alignment("cube48");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "metrics.bad_alignment");
  EXPECT_EQ(alignment_name(Alignment::euler45), "euler45");
}

TEST(Iou, ErrorsNameTheMeshAndEmptyGridsAreFlagged) {
  Mesh box = mesh::make_box({0, 0, 0}, {1, 1, 1});
  auto e1 = score_meshes(Mesh{}, box, {});
  ASSERT_FALSE(e1.ok());
  EXPECT_EQ(e1.error().code, "metrics.empty_mesh");
  EXPECT_NE(e1.error().message.find("prediction"), std::string::npos);
  Mesh point;
  point.positions = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
  point.triangles = {{0, 1, 2}};
  auto e2 = score_meshes(box, point, {});
  ASSERT_FALSE(e2.ok());
  EXPECT_NE(e2.error().message.find("ground truth"), std::string::npos);
  ScoreOptions bad;
  bad.resolution = 0;
  EXPECT_EQ(score_meshes(box, box, bad).error().code, "metrics.bad_option");
  // Two flat squares: valid meshes, no volume: IoU 0 by definition, flagged; Chamfer still defined.
  Mesh flat;
  flat.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  flat.triangles = {{0, 1, 2}, {0, 2, 3}};
  for (Alignment a : {Alignment::none, Alignment::cube24, Alignment::euler45}) {
    auto s = score_meshes(flat, flat, opts(a, true));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->iou.iou, 0.0);
    EXPECT_TRUE(s->iou.both_empty) << alignment_name(a);
    EXPECT_TRUE(s->has_chamfer);
    EXPECT_EQ(s->chamfer, 0.0);
  }
  EXPECT_EQ(iou(VoxelGrid(8), VoxelGrid(8)), 0.0);
}

TEST(Iou, ChamferFollowsTheAlignedPrediction) {
  Mesh l = asymmetric();
  Mesh turned = mesh::transformed(l, rot({0, 0, 1}, kPi / 2));
  auto aligned = score_meshes(turned, l, opts(Alignment::cube24, true));
  auto raw = score_meshes(turned, l, opts(Alignment::none, true));
  ASSERT_TRUE(aligned.ok() && raw.ok());
  ASSERT_TRUE(aligned->has_chamfer && raw->has_chamfer);
  // Same seed, same triangle order: the samples of the aligned prediction are the ground truth's
  // samples up to float rounding of the turn, far below the ~2e-4 noise floor of fresh samples.
  EXPECT_LT(aligned->chamfer, 1e-10);
  EXPECT_GT(raw->chamfer, 1e-3);
  auto same = score_meshes(l, l, opts(Alignment::cube24, true));
  EXPECT_EQ(same->chamfer, 0.0);  // same mesh, same seed: the same samples
}

}  // namespace
}  // namespace cadscribe::metrics
