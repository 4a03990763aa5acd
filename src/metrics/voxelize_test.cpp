#include "metrics/voxelize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "metrics/unit_cube.h"
#include "mesh/primitives.h"

namespace cadscribe::metrics {
namespace {

using math::Transform;
using math::Vec3;
using mesh::Mesh;

// ---- An independent reference: generalised winding number by summed solid angles -------------
// (Van Oosterom & Strackee), in double, for one point against every triangle. It shares nothing
// with voxelize() but the voxel-centre definition.

Vec3 pos(const Mesh& m, uint32_t i) { return {m.positions[i][0], m.positions[i][1], m.positions[i][2]}; }

double winding_number(const Mesh& m, const Vec3& p) {
  double total = 0;
  for (const auto& t : m.triangles) {
    Vec3 a = pos(m, t[0]) - p, b = pos(m, t[1]) - p, c = pos(m, t[2]) - p;
    double la = a.norm(), lb = b.norm(), lc = c.norm();
    double num = a.dot(b.cross(c));
    double den = la * lb * lc + a.dot(b) * lc + a.dot(c) * lb + b.dot(c) * la;
    total += 2 * std::atan2(num, den);
  }
  return total / (4 * std::numbers::pi);
}

// Reference grid: |w| > 0.5 at each centre displaced by (1e-9, 1e-11, 1e-13) — a concrete
// stand-in for voxelize()'s documented symbolic displacement ε_x ≫ ε_y ≫ ε_z, so centres lying
// exactly on faces are classified by the same convention. Points outside the mesh's bounding box
// have w = 0 for a closed mesh (that region is connected to infinity): skipped for speed.
VoxelGrid reference_voxelize(const Mesh& m, int n) {
  mesh::Box box = m.bounds();
  VoxelGrid g(n);
  for (int z = 0; z < n; ++z)
    for (int y = 0; y < n; ++y)
      for (int x = 0; x < n; ++x) {
        Vec3 p{voxel_center(x, n) + 1e-9, voxel_center(y, n) + 1e-11, voxel_center(z, n) + 1e-13};
        if (p.x < box.min.x || p.y < box.min.y || p.z < box.min.z || p.x > box.max.x ||
            p.y > box.max.y || p.z > box.max.z)
          continue;
        if (std::abs(winding_number(m, p)) > 0.5) g.set(x, y, z);
      }
  return g;
}

// Closest point on triangle (Ericson, Real-Time Collision Detection §5.1.5), distance only.
double point_triangle_distance(const Vec3& p, const Vec3& a, const Vec3& b, const Vec3& c) {
  Vec3 ab = b - a, ac = c - a, ap = p - a;
  double d1 = ab.dot(ap), d2 = ac.dot(ap);
  if (d1 <= 0 && d2 <= 0) return (p - a).norm();
  Vec3 bp = p - b;
  double d3 = ab.dot(bp), d4 = ac.dot(bp);
  if (d3 >= 0 && d4 <= d3) return (p - b).norm();
  double vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return (p - (a + ab * (d1 / (d1 - d3)))).norm();
  Vec3 cp = p - c;
  double d5 = ab.dot(cp), d6 = ac.dot(cp);
  if (d6 >= 0 && d5 <= d6) return (p - c).norm();
  double vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return (p - (a + ac * (d2 / (d2 - d6)))).norm();
  double va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0)
    return (p - (b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6))))).norm();
  double denom = 1 / (va + vb + vc);
  return (p - (a + ab * (vb * denom) + ac * (vc * denom))).norm();
}

double surface_distance(const Mesh& m, const Vec3& p) {
  double best = 1e300;
  for (const auto& t : m.triangles)
    best = std::min(best, point_triangle_distance(p, pos(m, t[0]), pos(m, t[1]), pos(m, t[2])));
  return best;
}

Mesh reversed(Mesh m) {
  for (auto& t : m.triangles) std::swap(t[1], t[2]);
  return m;
}

Mesh join(std::initializer_list<Mesh> parts) {
  Mesh out;
  for (const auto& p : parts) out.append(p);
  return out;
}

// A mesh built from vertices and triangles given as lists (for the octahedron / tetrahedron).
Mesh custom(const std::vector<Vec3>& v, const std::vector<std::array<uint32_t, 3>>& t) {
  Mesh m;
  for (const auto& p : v) m.positions.push_back({float(p.x), float(p.y), float(p.z)});
  m.triangles = t;
  return m;
}

Transform rot(const Vec3& axis, double angle) { return Transform::rotation({0, 0, 0}, axis, angle); }
Transform rxyz(double a, double b, double c) {
  return rot({0, 0, 1}, a) * rot({0, 1, 0}, b) * rot({1, 0, 0}, c);
}

struct Case {
  std::string name;
  Mesh mesh;
  int n;
};

std::vector<Case> reference_cases() {
  auto c32 = [](int k) { return voxel_center(k, 32); };
  auto c64 = [](int k) { return voxel_center(k, 64); };
  std::vector<Case> cs;
  Mesh box = mesh::make_box({-0.3, -0.2, -0.15}, {0.3, 0.2, 0.15});
  cs.push_back({"box_odd_pose_a", mesh::transformed(box, rxyz(0.3, 0.7, 1.1)), 64});
  cs.push_back({"box_odd_pose_b", mesh::transformed(box, rot({1, 2, 3}, 0.9)), 64});
  cs.push_back({"box_45_about_z", mesh::transformed(box, rot({0, 0, 1}, std::numbers::pi / 4)), 64});
  // Faces exactly on voxel-centre planes: the tie-breaking case.
  cs.push_back({"box_faces_on_centres_32",
                mesh::make_box({c32(5), c32(3), c32(9)}, {c32(20), c32(27), c32(22)}), 32});
  cs.push_back({"box_faces_on_centres_64",
                mesh::make_box({c64(7), c64(12), c64(0)}, {c64(50), c64(41), c64(63)}), 64});
  cs.push_back({"plate_one_layer_on_centres",
                mesh::make_box({c32(2), c32(2), c32(10)}, {c32(29), c32(29), c32(11)}), 32});
  cs.push_back({"touching_boxes_shared_face_on_centres",
                join({mesh::make_box({c32(4), c32(4), c32(4)}, {c32(16), c32(20), c32(12)}),
                      mesh::make_box({c32(16), c32(6), c32(4)}, {c32(28), c32(14), c32(20)})}),
                32});
  // Vertices exactly on rays: every vertex sits on a voxel centre.
  Vec3 o{c64(30), c64(33), c64(29)};
  double r = 20.0 / 64;
  cs.push_back({"octahedron_vertices_on_centres",
                custom({o + Vec3{r, 0, 0}, o - Vec3{r, 0, 0}, o + Vec3{0, r, 0}, o - Vec3{0, r, 0},
                        o + Vec3{0, 0, r}, o - Vec3{0, 0, r}},
                       {{0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}}),
                64});
  cs.push_back({"tetrahedron_vertices_on_centres",
                custom({{c64(5), c64(6), c64(4)}, {c64(60), c64(6), c64(4)}, {c64(5), c64(58), c64(4)},
                        {c64(5), c64(6), c64(61)}},
                       {{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}}),
                64});
  cs.push_back({"sphere", mesh::make_sphere({0, 0, 0}, 0.45, 24, 12), 32});
  cs.push_back({"sphere_poles_on_rays", mesh::make_sphere({c32(16), c32(14), c32(15)}, 0.3, 20, 10), 32});
  cs.push_back({"sphere_reversed", reversed(mesh::make_sphere({0.02, -0.03, 0.01}, 0.4, 20, 10)), 32});
  cs.push_back({"cone", mesh::make_cylinder({c32(15), c32(16), c32(2)}, 0.35, 0.8, 24, 0), 32});
  cs.push_back({"cylinder_odd_pose", mesh::transformed(mesh::make_cylinder({0, 0, -0.3}, 0.2, 0.6, 24),
                                                       rxyz(0.4, -0.8, 0.25)),
                32});
  cs.push_back({"frustum_odd_pose", mesh::transformed(mesh::make_cylinder({0, 0, -0.3}, 0.3, 0.6, 20, 0.1),
                                                      rxyz(1.2, 0.3, -0.5)),
                32});
  cs.push_back({"torus", mesh::make_torus({0, 0, 0}, 0.33, 0.12, 24, 12), 32});
  cs.push_back({"torus_odd_pose", mesh::transformed(mesh::make_torus({0, 0, 0}, 0.3, 0.1, 24, 10),
                                                    rxyz(0.5, 0.2, 0.9)),
                32});
  cs.push_back({"thin_plate_tilted",
                mesh::transformed(mesh::make_box({-0.4, -0.4, -0.015}, {0.4, 0.4, 0.015}), rxyz(0.1, 0.05, 0.2)),
                64});
  cs.push_back({"disjoint_union",
                join({mesh::make_sphere({-0.25, -0.25, -0.25}, 0.2, 16, 8),
                      mesh::make_box({0.1, 0.1, 0.1}, {0.45, 0.4, 0.3}),
                      mesh::make_torus({0.2, -0.2, 0.25}, 0.15, 0.05, 16, 8)}),
                32});
  cs.push_back({"hollow_box", join({mesh::make_box({-0.4, -0.35, -0.3}, {0.4, 0.35, 0.3}),
                                    reversed(mesh::make_box({-0.2, -0.2, -0.1}, {0.25, 0.15, 0.2}))}),
                64});
  cs.push_back({"hollow_sphere", join({mesh::make_sphere({0, 0, 0}, 0.45, 20, 10),
                                       reversed(mesh::make_sphere({0.03, 0, 0}, 0.25, 16, 8))}),
                32});
  cs.push_back({"normalised_box_1x2x3", *to_unit_cube(mesh::make_box({0, 0, 0}, {1, 2, 3})), 64});
  cs.push_back({"sphere_n40_non_dyadic", mesh::make_sphere({0.01, 0, 0}, 0.4, 16, 8), 40});
  return cs;
}

TEST(Voxelize, AgreesWithBruteForceWindingNumberOnVariedShapes) {
  auto cases = reference_cases();
  ASSERT_GE(cases.size(), 20u);
  for (const auto& c : cases) {
    VoxelGrid fast = voxelize(c.mesh, c.n);
    VoxelGrid ref = reference_voxelize(c.mesh, c.n);
    size_t total = static_cast<size_t>(c.n) * c.n * c.n;
    size_t disagree = 0;
    double worst = 0;
    for (int z = 0; z < c.n; ++z)
      for (int y = 0; y < c.n; ++y)
        for (int x = 0; x < c.n; ++x)
          if (fast.get(x, y, z) != ref.get(x, y, z)) {
            ++disagree;
            Vec3 p{voxel_center(x, c.n), voxel_center(y, c.n), voxel_center(z, c.n)};
            worst = std::max(worst, surface_distance(c.mesh, p));
          }
    EXPECT_GT(ref.count(), 0u) << c.name;
    EXPECT_LE(disagree, total / 1000) << c.name;
    EXPECT_LE(worst, 1e-6) << c.name << ": " << disagree << " disagreeing voxels";
  }
}

TEST(Voxelize, FacesOnCentrePlanesIncludeMinFacesExcludeMaxFaces) {
  // Box spanning centres 5..20, 3..27, 9..22: the symbolic displacement (+ε on every axis) keeps
  // the min layers and drops the max layers, so exactly 15 × 24 × 13 voxels.
  auto c = [](int k) { return voxel_center(k, 32); };
  VoxelGrid g = voxelize(mesh::make_box({c(5), c(3), c(9)}, {c(20), c(27), c(22)}), 32);
  EXPECT_EQ(g.count(), 15u * 24u * 13u);
  EXPECT_TRUE(g.get(5, 3, 9));
  EXPECT_FALSE(g.get(20, 10, 10));
}

TEST(Voxelize, FacesOnVoxelBoundariesGiveExactCounts) {
  auto edge = [](int k) { return double(k) / 64 - 0.5; };
  VoxelGrid g = voxelize(mesh::make_box({edge(3), edge(10), edge(20)}, {edge(40), edge(33), edge(61)}), 64);
  EXPECT_EQ(g.count(), 37u * 23u * 41u);
}

TEST(Voxelize, TwoBoxesInOneFrameMatchAnalyticIouWithinDiscretisation) {
  // Both boxes built directly in the unit-cube frame (no per-mesh normalisation). Along an axis an
  // interval of length L holds m centres with |m − L·N| ≤ 1, so a box's voxel volume lies in
  // [Π(L_i N − 1), Π(L_i N + 1)]. The intersection of two boxes is a box and its voxels are the
  // intersection of their voxels, so the same bound holds for it. IoU' = I'/(A' + B' − I') grows
  // with I' and falls with A', B', which brackets the voxel IoU; the analytic IoU lies inside too.
  const int n = 64;
  Vec3 a0{-0.3, -0.25, -0.4}, a1{0.2, 0.3, 0.1}, b0{-0.1, -0.35, -0.2}, b1{0.35, 0.15, 0.4};
  VoxelGrid a = voxelize(mesh::make_box(a0, a1), n), b = voxelize(mesh::make_box(b0, b1), n);
  auto bounds = [&](Vec3 lo, Vec3 hi, double sign) {
    double v = 1;
    for (int k = 0; k < 3; ++k) v *= std::max(0.0, (hi[k] - lo[k]) * n + sign);
    return v;
  };
  Vec3 i0{std::max(a0.x, b0.x), std::max(a0.y, b0.y), std::max(a0.z, b0.z)};
  Vec3 i1{std::min(a1.x, b1.x), std::min(a1.y, b1.y), std::min(a1.z, b1.z)};
  double lo = bounds(i0, i1, -1) / (bounds(a0, a1, 1) + bounds(b0, b1, 1) - bounds(i0, i1, -1));
  double hi = bounds(i0, i1, 1) / (bounds(a0, a1, -1) + bounds(b0, b1, -1) - bounds(i0, i1, 1));
  auto vol = [](Vec3 lo, Vec3 hi) { return (hi.x - lo.x) * (hi.y - lo.y) * (hi.z - lo.z); };
  double analytic = vol(i0, i1) / (vol(a0, a1) + vol(b0, b1) - vol(i0, i1));
  double voxel = double(intersection_count(a, b)) / double(union_count(a, b));
  EXPECT_GE(voxel, lo);
  EXPECT_LE(voxel, hi);
  EXPECT_GT(analytic, lo);
  EXPECT_LT(analytic, hi);
  EXPECT_NEAR(voxel, analytic, 0.03);
}

TEST(Voxelize, SphereVolumeAt128WithinOnePercent) {
  const int n = 128;
  double r = 0.5;
  VoxelGrid g = voxelize(mesh::make_sphere({0, 0, 0}, r, 256, 128), n);
  double volume = double(g.count()) / (double(n) * n * n);
  double exact = 4.0 / 3.0 * std::numbers::pi * r * r * r;
  EXPECT_NEAR(volume, exact, 0.01 * exact);
}

TEST(Voxelize, RobustToCracksAndFlippedTriangles) {
  Mesh sphere = mesh::make_sphere({0, 0, 0}, 0.45, 64, 32);
  size_t intact = voxelize(sphere, 64).count();
  // Small holes: drop a few triangles in unrelated places.
  Mesh cracked = sphere;
  for (size_t i : {1900u, 1200u, 777u, 300u, 41u}) cracked.triangles.erase(cracked.triangles.begin() + i);
  size_t holes = voxelize(cracked, 64).count();
  EXPECT_NEAR(double(holes), double(intact), 0.002 * intact);
  // Parity does not look at orientation: every triangle reversed, or some flipped.
  EXPECT_EQ(voxelize(reversed(sphere), 64).count(), intact);
  Mesh box = mesh::make_box({-0.4, -0.3, -0.2}, {0.41, 0.33, 0.27});
  Mesh flipped = box;
  for (size_t i : {0u, 3u, 7u, 8u}) std::swap(flipped.triangles[i][1], flipped.triangles[i][2]);
  EXPECT_TRUE(voxelize(flipped, 64) == voxelize(box, 64));
  // A cracked box: one triangle gone leaves a see-through hole along z only; the x and y votes win.
  Mesh holed_box = box;
  holed_box.triangles.erase(holed_box.triangles.begin());
  EXPECT_TRUE(voxelize(holed_box, 64) == voxelize(box, 64));
}

TEST(Voxelize, WindingNumberWouldFailWhereParityVoteDoesNot) {
  // The measurement behind the choice of parity voting: with one face of a box flipped, the
  // winding number near that face drops below 0.5 and a winding-number voxeliser loses voxels;
  // the parity vote is unaffected.
  Mesh box = mesh::make_box({-0.4, -0.3, -0.2}, {0.41, 0.33, 0.27});
  Mesh flipped = box;
  for (size_t i : {0u, 1u}) std::swap(flipped.triangles[i][1], flipped.triangles[i][2]);
  VoxelGrid by_winding = reference_voxelize(flipped, 24);
  VoxelGrid by_parity = voxelize(flipped, 24);
  EXPECT_TRUE(by_parity == voxelize(box, 24));
  EXPECT_LT(by_winding.count() + 100, by_parity.count());
}

TEST(Voxelize, NormalisedEntryPointAndEmptyMeshes) {
  Mesh box = mesh::make_box({10, 20, 30}, {11, 22, 33});
  VoxelGrid a = voxelize_normalized(box, 64);
  VoxelGrid b = voxelize(*to_unit_cube(box), 64);
  EXPECT_TRUE(a == b);
  // Normalised 1×2×3 box: 64 × (2/3·64 ≈ 42.67 → 42 or 43) × (1/3·64 ≈ 21.3 → 21 or 22).
  EXPECT_GE(a.count(), 64u * 42u * 21u);
  EXPECT_LE(a.count(), 64u * 43u * 22u);
  EXPECT_EQ(voxelize_normalized(Mesh{}, 32).count(), 0u);
  EXPECT_EQ(voxelize(Mesh{}, 32).count(), 0u);
}

TEST(UnitCube, CentresAndScalesLongestSideToOne) {
  auto unit = to_unit_cube(mesh::make_box({10, 20, 30}, {11, 22, 34}));
  ASSERT_TRUE(unit.ok());
  mesh::Box b = unit->bounds();
  EXPECT_DOUBLE_EQ(b.min.z, -0.5);
  EXPECT_DOUBLE_EQ(b.max.z, 0.5);
  EXPECT_DOUBLE_EQ(b.max.x, 0.125);
  EXPECT_DOUBLE_EQ(b.min.y, -0.25);
  auto empty = to_unit_cube(Mesh{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "metrics.empty_mesh");
  Mesh point = custom({{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, {{0, 1, 2}});
  EXPECT_EQ(to_unit_cube(point).error().code, "metrics.empty_mesh");
}

}  // namespace
}  // namespace cadscribe::metrics
