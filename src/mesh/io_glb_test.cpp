// GLB output parsed back independently: container framing, JSON (nlohmann), accessors, buffer
// views in range, min/max, unit normals, and the same triangles as the source mesh.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "mesh/io.h"
#include "mesh/primitives.h"

namespace cadscribe::mesh {
namespace {

uint32_t u32(const std::string& s, size_t at) {
  uint32_t v;
  std::memcpy(&v, s.data() + at, 4);
  return v;
}

struct Glb {
  nlohmann::json json;
  std::string bin;
  std::vector<std::array<float, 3>> positions, normals;
  std::vector<uint32_t> indices;
};

Glb parse_glb(const std::string& s) {
  Glb g;
  EXPECT_GE(s.size(), 20u);
  EXPECT_EQ(u32(s, 0), 0x46546C67u);
  EXPECT_EQ(u32(s, 4), 2u);
  EXPECT_EQ(u32(s, 8), s.size());
  EXPECT_EQ(s.size() % 4, 0u);
  uint32_t jlen = u32(s, 12);
  EXPECT_EQ(jlen % 4, 0u);
  EXPECT_EQ(u32(s, 16), 0x4E4F534Au);
  g.json = nlohmann::json::parse(s.substr(20, jlen));  // trailing pad spaces are JSON whitespace
  size_t at = 20 + jlen;
  if (at < s.size()) {
    uint32_t blen = u32(s, at);
    EXPECT_EQ(blen % 4, 0u);
    EXPECT_EQ(u32(s, at + 4), 0x004E4942u);
    EXPECT_EQ(at + 8 + blen, s.size());
    g.bin = s.substr(at + 8, blen);
  }
  return g;
}

// Reads accessor `i` (tightly packed) after checking it lies inside its view and the buffer.
template <typename T>
std::vector<T> read_accessor(const Glb& g, int i, int component_type, const char* type, size_t width) {
  const auto& acc = g.json["accessors"][i];
  EXPECT_EQ(acc["componentType"], component_type);
  EXPECT_EQ(acc["type"], type);
  const auto& view = g.json["bufferViews"][acc["bufferView"].get<int>()];
  size_t count = acc["count"], offset = view["byteOffset"], length = view["byteLength"];
  EXPECT_GT(count, 0u);
  EXPECT_EQ(offset % 4, 0u);
  EXPECT_LE(count * width, length);
  EXPECT_LE(offset + length, g.json["buffers"][0]["byteLength"].get<size_t>());
  EXPECT_LE(g.json["buffers"][0]["byteLength"].get<size_t>(), g.bin.size());
  std::vector<T> out(count);
  if (offset + count * width <= g.bin.size()) std::memcpy(out.data(), g.bin.data() + offset, count * width);
  return out;
}

Glb decode(const std::string& bytes) {
  Glb g = parse_glb(bytes);
  const auto& prim = g.json["meshes"][0]["primitives"][0];
  g.positions = read_accessor<std::array<float, 3>>(g, prim["attributes"]["POSITION"], 5126, "VEC3", 12);
  g.normals = read_accessor<std::array<float, 3>>(g, prim["attributes"]["NORMAL"], 5126, "VEC3", 12);
  g.indices = read_accessor<uint32_t>(g, prim["indices"], 5125, "SCALAR", 4);
  return g;
}

void expect_valid(const Mesh& m, const Glb& g) {
  const auto& j = g.json;
  EXPECT_EQ(j["asset"]["version"], "2.0");
  EXPECT_EQ(j["asset"]["generator"], "cadscribe");
  EXPECT_EQ(j["scenes"][j["scene"].get<int>()]["nodes"][0], 0);
  EXPECT_EQ(j["nodes"][0]["mesh"], 0);
  const auto& pbr = j["materials"][0]["pbrMetallicRoughness"];
  EXPECT_EQ(pbr["metallicFactor"], 0);
  EXPECT_DOUBLE_EQ(pbr["roughnessFactor"].get<double>(), 0.6);
  EXPECT_EQ(g.normals.size(), g.positions.size());
  ASSERT_EQ(g.indices.size(), m.triangles.size() * 3);
  // min/max are exactly the extremes of the POSITION data (required by the spec).
  const auto& acc = j["accessors"][j["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>()];
  for (int k = 0; k < 3; ++k) {
    float lo = INFINITY, hi = -INFINITY;
    for (const auto& p : g.positions) lo = std::min(lo, p[k]), hi = std::max(hi, p[k]);
    EXPECT_EQ(acc["min"][k].get<float>(), lo);
    EXPECT_EQ(acc["max"][k].get<float>(), hi);
  }
  for (const auto& n : g.normals) EXPECT_NEAR(std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]), 1.0, 1e-6);
  for (size_t c = 0; c < g.indices.size(); ++c) {
    ASSERT_LT(g.indices[c], g.positions.size());
    EXPECT_EQ(g.positions[g.indices[c]], m.positions[m.triangles[c / 3][c % 3]]) << "corner " << c;
  }
}

TEST(MeshGlb, BoxKeepsSharpEdges) {
  Mesh m = make_box({0, 0, 0}, {1, 2, 3});
  std::string bytes = to_glb(m);
  EXPECT_EQ(bytes, to_glb(m));
  Glb g = decode(bytes);
  expect_valid(m, g);
  EXPECT_EQ(g.positions.size(), 24u);  // every corner split three ways: 6 faces × 4
  // Each vertex normal is its face's normal, axis-aligned.
  for (size_t c = 0; c < g.indices.size(); ++c) {
    const auto& n = g.normals[g.indices[c]];
    EXPECT_EQ(std::abs(n[0]) + std::abs(n[1]) + std::abs(n[2]), 1.0f);
  }
}

TEST(MeshGlb, SphereShadesSmoothly) {
  Mesh m = make_sphere({1, 2, 3}, 2, 32, 16);
  Glb g = decode(to_glb(m));
  expect_valid(m, g);
  EXPECT_EQ(g.positions.size(), m.positions.size());  // no dihedral angle exceeds 30°
  for (size_t v = 0; v < g.positions.size(); ++v) {
    const auto& p = g.positions[v];
    double r[3] = {(p[0] - 1) / 2.0, (p[1] - 2) / 2.0, (p[2] - 3) / 2.0};
    const auto& n = g.normals[v];
    EXPECT_GT(r[0] * n[0] + r[1] * n[1] + r[2] * n[2], 0.99);  // radial
  }
}

TEST(MeshGlb, CylinderSplitsOnlyAtTheRims) {
  Mesh m = make_cylinder({0, 0, 0}, 1, 2, 24);
  Glb g = decode(to_glb(m));
  expect_valid(m, g);
  // Rim vertices (on the side and a cap) are split in two; all others are not.
  size_t rim = 0;
  for (const auto& p : m.positions)
    if (std::abs(std::hypot(p[0], p[1]) - 1) < 1e-6) ++rim;
  EXPECT_EQ(rim, 48u);
  EXPECT_EQ(g.positions.size(), m.positions.size() + rim);
}

TEST(MeshGlb, EmptyMeshIsAValidContainer) {
  Glb g = parse_glb(to_glb(Mesh{}));
  EXPECT_EQ(g.json["asset"]["version"], "2.0");
  EXPECT_TRUE(g.bin.empty());
  EXPECT_FALSE(g.json.contains("accessors"));
}

}  // namespace
}  // namespace cadscribe::mesh
