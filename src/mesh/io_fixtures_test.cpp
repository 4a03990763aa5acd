// Hand-written files of tests/data/mesh and a big-endian PLY built byte by byte: their expected
// meshes (vertex counts, volumes, closedness) are known analytically.
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "mesh/check.h"
#include "mesh/io.h"
#include "mesh/io_test_util.h"

namespace cadscribe::mesh {
namespace {

using testing::read_fixture;

void expect_solid(const Mesh& m, size_t vertices, size_t triangles, double volume) {
  MeshReport r = inspect(m);
  EXPECT_EQ(r.vertices, vertices);
  EXPECT_EQ(r.triangles, triangles);
  EXPECT_TRUE(r.oriented);
  EXPECT_EQ(r.components, 1);
  EXPECT_NEAR(r.volume, volume, 1e-12);
}

TEST(MeshFixtures, ObjQuadsAndNegativeIndices) {
  auto r = parse_mesh(read_fixture("cube_quads.obj"), MeshFormat::obj, "cube_quads.obj");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_solid(*r, 8, 12, 1.0);
  // `f -6 -5 -1 -2` is the back face 3 4 8 7, fanned from its first vertex.
  EXPECT_EQ(r->triangles[6], (std::array<uint32_t, 3>{2, 3, 7}));
  EXPECT_EQ(r->triangles[7], (std::array<uint32_t, 3>{2, 7, 6}));
}

TEST(MeshFixtures, AsciiPlyWithExtraPropertiesAndElements) {
  auto r = parse_mesh(read_fixture("pyramid_extra.ply"), MeshFormat::ply, "pyramid_extra.ply");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_solid(*r, 5, 6, 1.0 / 3);
  EXPECT_EQ(r->positions[4], (std::array<float, 3>{0.5f, 0.5f, 1.0f}));
}

TEST(MeshFixtures, OffWithCommentsAndColours) {
  auto r = parse_mesh(read_fixture("tetra.off"), MeshFormat::off, "tetra.off");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_solid(*r, 4, 4, 1.0 / 6);
}

TEST(MeshFixtures, AsciiStlMixedCaseAndTwoSolids) {
  auto r = parse_mesh(read_fixture("tetra_ascii.stl"), MeshFormat::stl, "tetra_ascii.stl");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_solid(*r, 4, 4, 1.0 / 6);
}

// A tetrahedron as binary_big_endian PLY with double x y z, a ushort extra property, an int
// count list and a short index list — exercising byte swapping of every width.
std::string big_endian_tetra() {
  std::string s =
      "ply\r\nformat binary_big_endian 1.0\r\nelement vertex 4\r\nproperty double x\r\n"
      "property ushort flags\r\nproperty double y\r\nproperty double z\r\nelement face 4\r\n"
      "property list int short vertex_index\r\nend_header\r\n";
  auto put = [&s](auto v) {
    auto bits = std::bit_cast<std::array<char, sizeof v>>(v);
    if constexpr (std::endian::native == std::endian::little) std::reverse(bits.begin(), bits.end());
    s.append(bits.data(), bits.size());
  };
  const double p[4][3] = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  for (const auto& v : p) {
    put(v[0]);
    put(uint16_t{0xBEEF});
    put(v[1]);
    put(v[2]);
  }
  const int16_t f[4][3] = {{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}};
  for (const auto& t : f) {
    put(int32_t{3});
    for (int16_t i : t) put(i);
  }
  return s;
}

TEST(MeshFixtures, BigEndianBinaryPly) {
  auto r = parse_mesh(big_endian_tetra(), MeshFormat::ply, "be.ply");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_solid(*r, 4, 4, 1.0 / 6);
  EXPECT_EQ(r->positions[3], (std::array<float, 3>{0, 0, 1}));
}

TEST(MeshFixtures, LittleEndianPlyFromOurWriterHasTheDocumentedLayout) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  m.triangles = {{0, 1, 2}};
  std::string s = to_ply(m);
  auto body = s.find("end_header\n");
  ASSERT_NE(body, std::string::npos);
  body += 11;
  ASSERT_EQ(s.size(), body + 3 * 12 + 13);
  float x;
  std::memcpy(&x, s.data() + body + 12, 4);  // vertex 1, x (the test host is little-endian)
  EXPECT_EQ(x, 1.0f);
  EXPECT_EQ(s[body + 36], 3);
  uint32_t i2;
  std::memcpy(&i2, s.data() + body + 36 + 1 + 8, 4);
  EXPECT_EQ(i2, 2u);
}

}  // namespace
}  // namespace cadscribe::mesh
