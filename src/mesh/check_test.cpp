// inspect(), require_closed() and welded() on meshes whose defects are known by construction,
// plus a comparison of the edge tallies with a plain std::map reference.
#include "mesh/check.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "mesh/primitives.h"

namespace cadscribe::mesh {
namespace {

Mesh unit_box() { return make_box({0, 0, 0}, {1, 1, 1}); }

TEST(MeshCheck, BoxIsClosedAndOriented) {
  MeshReport r = inspect(make_box({0, 0, 0}, {1, 2, 3}));
  EXPECT_EQ(r.vertices, 8u);
  EXPECT_EQ(r.triangles, 12u);
  EXPECT_EQ(r.degenerate_triangles, 0u);
  EXPECT_EQ(r.boundary_edges, 0u);
  EXPECT_EQ(r.nonmanifold_edges, 0u);
  EXPECT_EQ(r.misoriented_edges, 0u);
  EXPECT_EQ(r.components, 1);
  EXPECT_TRUE(r.finite);
  EXPECT_TRUE(r.closed);
  EXPECT_TRUE(r.oriented);
  EXPECT_DOUBLE_EQ(r.volume, 6.0);
  EXPECT_EQ(r.bounds.max.z, 3.0);
  EXPECT_TRUE(require_closed(make_box({0, 0, 0}, {1, 2, 3}), "box").ok());
}

TEST(MeshCheck, MissingTriangleLeavesThreeBoundaryEdges) {
  Mesh m = unit_box();
  m.triangles.pop_back();
  MeshReport r = inspect(m);
  EXPECT_EQ(r.boundary_edges, 3u);
  EXPECT_FALSE(r.closed);
  EXPECT_FALSE(r.oriented);
  auto st = require_closed(m, "open");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "validity.open_mesh");
  EXPECT_NE(st.error().message.find("3 boundary edges"), std::string::npos) << st.error().message;
}

TEST(MeshCheck, FlippedTriangleIsMisoriented) {
  Mesh m = unit_box();
  std::swap(m.triangles[4][1], m.triangles[4][2]);
  MeshReport r = inspect(m);
  EXPECT_EQ(r.misoriented_edges, 3u);
  EXPECT_TRUE(r.closed);
  EXPECT_FALSE(r.oriented);
  EXPECT_TRUE(require_closed(m, "flipped").ok());  // closed, just not consistently oriented
}

TEST(MeshCheck, TwoDisjointBoxesAreTwoComponents) {
  Mesh m = unit_box();
  m.append(make_box({3, 0, 0}, {4, 1, 1}));
  MeshReport r = inspect(m);
  EXPECT_EQ(r.components, 2);
  EXPECT_TRUE(r.oriented);
  EXPECT_DOUBLE_EQ(r.volume, 2.0);
  // Boxes touching at one corner vertex are one component (they share a vertex).
  Mesh touching = unit_box();
  Mesh other = make_box({1, 1, 1}, {2, 2, 2});
  touching.append(other);
  // Let the second box use the first box's vertex at (1,1,1) instead of its own.
  uint32_t mine = 99, theirs = 99;
  for (uint32_t v = 0; v < 8; ++v) {
    if (touching.positions[v] == std::array<float, 3>{1, 1, 1}) mine = v;
    if (touching.positions[8 + v] == std::array<float, 3>{1, 1, 1}) theirs = 8 + v;
  }
  ASSERT_TRUE(mine < 8 && theirs < 16);
  for (auto& t : touching.triangles)
    for (auto& i : t)
      if (i == theirs) i = mine;
  EXPECT_EQ(inspect(touching).components, 1);
}

TEST(MeshCheck, ThreeTrianglesOnOneEdgeAreNonManifold) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}};
  m.triangles = {{0, 1, 2}, {1, 0, 3}, {0, 1, 4}};
  MeshReport r = inspect(m);
  EXPECT_EQ(r.nonmanifold_edges, 1u);
  EXPECT_EQ(r.boundary_edges, 6u);
  EXPECT_FALSE(r.closed);
  // A fin glued onto a closed box: one non-manifold edge, two boundary edges.
  Mesh fin = unit_box();
  fin.positions.push_back({0.5f, 0.5f, 3});
  const auto& t0 = fin.triangles[0];
  fin.triangles.push_back({t0[0], t0[1], 8});
  r = inspect(fin);
  EXPECT_EQ(r.nonmanifold_edges, 1u);
  EXPECT_EQ(r.boundary_edges, 2u);
  fin.triangles.push_back({t0[1], t0[0], 8});  // close the fin: edge stays non-manifold
  auto st = require_closed(fin, "fin");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "validity.nonmanifold_mesh");
}

TEST(MeshCheck, DegenerateTrianglesAndNonFinitePositions) {
  Mesh m = unit_box();
  m.positions.push_back({0.5f, 0, 0});  // on the edge 0–1: a zero-area sliver
  m.triangles.push_back({0, 1, 8});
  m.triangles.push_back({2, 2, 3});     // repeated index
  MeshReport r = inspect(m);
  EXPECT_EQ(r.degenerate_triangles, 2u);
  EXPECT_TRUE(r.finite);
  m.positions.push_back({NAN, 0, 0});
  EXPECT_FALSE(inspect(m).finite);
  EXPECT_EQ(require_closed(m, "nan").error().code, "validity.nonfinite_mesh");
  EXPECT_EQ(require_closed(Mesh{}, "empty").error().code, "validity.empty_mesh");
  EXPECT_FALSE(inspect(Mesh{}).closed);
  EXPECT_EQ(inspect(Mesh{}).components, 0);
}

// Reference tallies with a map of undirected edge → directed uses.
void expect_matches_reference(const Mesh& m) {
  std::map<std::pair<uint32_t, uint32_t>, std::vector<bool>> uses;
  for (const auto& t : m.triangles)
    for (int i = 0; i < 3; ++i) {
      uint32_t a = t[i], b = t[(i + 1) % 3];
      if (a != b) uses[{std::min(a, b), std::max(a, b)}].push_back(a < b);
    }
  size_t boundary = 0, nonmanifold = 0, misoriented = 0;
  for (const auto& [e, u] : uses) {
    if (u.size() == 1) ++boundary;
    if (u.size() > 2) ++nonmanifold;
    if (u.size() == 2 && u[0] == u[1]) ++misoriented;
  }
  MeshReport r = inspect(m);
  EXPECT_EQ(r.boundary_edges, boundary);
  EXPECT_EQ(r.nonmanifold_edges, nonmanifold);
  EXPECT_EQ(r.misoriented_edges, misoriented);
}

TEST(MeshCheck, EdgeTalliesMatchAMapReference) {
  Mesh m = make_torus({0, 0, 0}, 3, 1, 200, 60);  // 12000 vertices: 4 radix passes
  uint64_t s = 7;
  for (int k = 0; k < 300; ++k) {
    s = s * 6364136223846793005ull + 1;
    size_t t = (s >> 33) % m.triangles.size();
    switch (k % 3) {
      case 0: std::swap(m.triangles[t][0], m.triangles[t][1]); break;  // flip
      case 1: m.triangles.push_back(m.triangles[t]); break;              // duplicate → non-manifold
      default: m.triangles.erase(m.triangles.begin() + t); break;       // hole
    }
  }
  expect_matches_reference(m);
  expect_matches_reference(make_sphere({0, 0, 0}, 1, 5, 3));
}

TEST(MeshCheck, WeldedMergesWithinToleranceDeterministically) {
  // A box as a triangle soup with every corner copy jittered by < 1e-6.
  Mesh box = unit_box();
  Mesh soup;
  int n = 0;
  for (const auto& t : box.triangles) {
    std::array<uint32_t, 3> tri;
    for (int c = 0; c < 3; ++c) {
      auto p = box.positions[t[c]];
      p[n % 3] += static_cast<float>(n) * 2e-7f;  // every copy distinct, all within 7.2e-6
      ++n;
      tri[c] = static_cast<uint32_t>(soup.positions.size());
      soup.positions.push_back(p);
    }
    soup.triangles.push_back(tri);
  }
  EXPECT_EQ(inspect(soup).boundary_edges, 36u);
  Mesh w = welded(soup, 1e-5);
  EXPECT_EQ(w.positions.size(), 8u);
  EXPECT_EQ(w.triangles.size(), 12u);
  EXPECT_TRUE(inspect(w).oriented);
  EXPECT_EQ(w.positions[0], soup.positions[0]);  // the first occurrence is the one kept
  Mesh again = welded(soup, 1e-5);
  EXPECT_EQ(again.positions, w.positions);
  EXPECT_EQ(again.triangles, w.triangles);
  // Below the jitter nothing merges; exact welding merges nothing either.
  EXPECT_EQ(welded(soup, 1e-9).positions.size(), 36u);
  EXPECT_EQ(welded(soup, 0).positions.size(), 36u);
}

TEST(MeshCheck, WeldedDropsCollapsedTrianglesAndMergesExactDuplicates) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {1e-4f, 0, 0}, {-0.0f, 1, 0}};
  m.triangles = {{0, 1, 2}, {0, 3, 2}, {3, 1, 4}};
  Mesh w = welded(m, 1e-3);
  EXPECT_EQ(w.positions.size(), 3u);
  ASSERT_EQ(w.triangles.size(), 2u);  // {0,3,2} collapsed
  EXPECT_EQ(w.triangles[1], (std::array<uint32_t, 3>{0, 1, 2}));
  Mesh exact = welded(m, 0);
  EXPECT_EQ(exact.positions.size(), 4u);  // −0 and +0 are the same point
  EXPECT_EQ(exact.triangles.size(), 3u);
  // Points just across a grid cell boundary still find each other (tolerance 0.5, cell 1);
  // the nearest kept vertex need not be taken: the lowest-numbered one within reach is.
  Mesh c;
  c.positions = {{0.99f, 0, 0}, {1.01f, 0, 0}, {5, 5, 5}, {-0.4f, 0, 0}, {1.45f, 0, 0}, {1.3f, 0.3f, 0}};
  c.triangles = {{0, 1, 2}, {3, 4, 5}};
  Mesh wc = welded(c, 0.5);
  EXPECT_EQ(wc.positions.size(), 3u);  // {0.99, 1.01, 1.45, (1.3,.3)}, {5,5,5}, {-0.4}
  EXPECT_EQ(wc.triangles, (std::vector<std::array<uint32_t, 3>>{}));
}

}  // namespace
}  // namespace cadscribe::mesh
