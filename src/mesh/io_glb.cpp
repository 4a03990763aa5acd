// mesh/io_glb.cpp — glTF 2.0 binary (GLB) writer for the browser viewer.
// Layout: 12-byte header, JSON chunk (padded with spaces), BIN chunk (padded with zeros), all
// 4-byte aligned. BIN holds positions (float32 VEC3), normals (float32 VEC3) and indices
// (uint32), one buffer view each. Smooth shading with sharp CAD edges: a vertex is split between
// the fans of triangles around it that are separated by an edge whose dihedral angle exceeds
// kCreaseDegrees; each copy gets the angle-weighted mean normal of its fan.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "mesh/io.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh {
namespace {

using math::Vec3;

constexpr double kCreaseDegrees = 30;

Vec3 vec(const std::array<float, 3>& p) { return {p[0], p[1], p[2]}; }

uint32_t find_root(std::vector<uint32_t>& parent, uint32_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// The unwelded GLB vertex stream: one entry per (vertex, smoothing group).
struct SplitMesh {
  std::vector<std::array<float, 3>> positions;
  std::vector<std::array<float, 3>> normals;
  std::vector<uint32_t> indices;  // 3 per triangle
};

SplitMesh split_at_creases(const Mesh& mesh) {
  const size_t nt = mesh.triangles.size();
  const size_t nv = mesh.positions.size();
  const double cos_crease = std::cos(kCreaseDegrees * std::numbers::pi / 180);
  std::vector<Vec3> face_normal(nt);
  std::vector<double> corner_angle(nt * 3);
  for (size_t t = 0; t < nt; ++t) {
    const auto& tri = mesh.triangles[t];
    Vec3 p[3] = {vec(mesh.positions[tri[0]]), vec(mesh.positions[tri[1]]), vec(mesh.positions[tri[2]])};
    face_normal[t] = (p[1] - p[0]).cross(p[2] - p[0]).normalized();
    for (int c = 0; c < 3; ++c) {
      Vec3 a = (p[(c + 1) % 3] - p[c]).normalized(), b = (p[(c + 2) % 3] - p[c]).normalized();
      corner_angle[t * 3 + c] = std::acos(std::clamp(a.dot(b), -1.0, 1.0));
    }
  }
  // Corners around each vertex (CSR, in triangle order: deterministic).
  std::vector<uint32_t> start(nv + 1, 0);
  for (const auto& tri : mesh.triangles)
    for (uint32_t v : tri) ++start[v + 1];
  for (size_t v = 0; v < nv; ++v) start[v + 1] += start[v];
  std::vector<uint32_t> corners(nt * 3);
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t t = 0; t < nt; ++t)
      for (int c = 0; c < 3; ++c) corners[fill[mesh.triangles[t][c]]++] = static_cast<uint32_t>(t * 3 + c);
  }
  // Group the corners of each vertex: corners whose triangles share an edge at the vertex and
  // meet at a small angle are joined (union-find over the slots start[v]..start[v+1]).
  std::vector<uint32_t> parent(nt * 3);
  for (uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
  std::vector<std::pair<uint32_t, uint32_t>> spokes;  // (other vertex, slot)
  for (size_t v = 0; v < nv; ++v) {
    spokes.clear();
    for (uint32_t slot = start[v]; slot < start[v + 1]; ++slot) {
      uint32_t corner = corners[slot];
      const auto& tri = mesh.triangles[corner / 3];
      for (uint32_t w : tri)
        if (w != v) spokes.push_back({w, slot});
    }
    std::sort(spokes.begin(), spokes.end());
    for (size_t k = 0; k + 1 < spokes.size(); ++k) {
      if (spokes[k].first != spokes[k + 1].first) continue;
      uint32_t s1 = spokes[k].second, s2 = spokes[k + 1].second;
      if (face_normal[corners[s1] / 3].dot(face_normal[corners[s2] / 3]) >= cos_crease) {
        uint32_t r1 = find_root(parent, s1), r2 = find_root(parent, s2);
        parent[std::max(r1, r2)] = std::min(r1, r2);
      }
    }
  }
  // Normals per group, accumulated at the group's root slot.
  std::vector<Vec3> group_normal(nt * 3);
  for (uint32_t slot = 0; slot < nt * 3; ++slot) {
    uint32_t corner = corners[slot];
    group_normal[find_root(parent, slot)] += face_normal[corner / 3] * corner_angle[corner];
  }
  // Output vertices in order of first use by the triangles (good locality, deterministic).
  std::vector<uint32_t> slot_of_corner(nt * 3);
  for (uint32_t slot = 0; slot < nt * 3; ++slot) slot_of_corner[corners[slot]] = slot;
  std::vector<uint32_t> out_index(nt * 3, UINT32_MAX);
  SplitMesh out;
  out.indices.resize(nt * 3);
  for (size_t corner = 0; corner < nt * 3; ++corner) {
    uint32_t root = find_root(parent, slot_of_corner[corner]);
    if (out_index[root] == UINT32_MAX) {
      out_index[root] = static_cast<uint32_t>(out.positions.size());
      out.positions.push_back(mesh.positions[mesh.triangles[corner / 3][corner % 3]]);
      Vec3 n = group_normal[root].normalized();
      if (n.dot(n) == 0 || !std::isfinite(n.x)) n = {0, 0, 1};  // degenerate fan: any unit vector
      out.normals.push_back({float(n.x), float(n.y), float(n.z)});
    }
    out.indices[corner] = out_index[root];
  }
  return out;
}

void append_json_float(std::string& out, float v) {
  if (!std::isfinite(v)) v = 0;  // JSON has no NaN; readers reject such meshes before this
  detail::append_float(out, v);
}

void append_vec3(std::string& out, const std::array<float, 3>& v) {
  out += '[';
  for (int k = 0; k < 3; ++k) {
    if (k) out += ',';
    append_json_float(out, v[k]);
  }
  out += ']';
}

}  // namespace

std::string to_glb(const Mesh& mesh) {
  std::string json = R"({"asset":{"version":"2.0","generator":"cadscribe"},"scene":0,)";
  std::string bin;
  if (mesh.triangles.empty()) {
    json += R"("scenes":[{"nodes":[]}]})";  // glTF forbids accessors with count 0
  } else {
    SplitMesh s = split_at_creases(mesh);
    std::array<float, 3> lo = s.positions[0], hi = s.positions[0];
    for (const auto& p : s.positions)
      for (int k = 0; k < 3; ++k) {
        lo[k] = std::min(lo[k], p[k]);
        hi[k] = std::max(hi[k], p[k]);
      }
    for (const auto& p : s.positions)
      for (float c : p) detail::store_le_float(bin, c);
    for (const auto& n : s.normals)
      for (float c : n) detail::store_le_float(bin, c);
    for (uint32_t i : s.indices) detail::store_le(bin, i);
    const size_t vbytes = s.positions.size() * 12, ibytes = s.indices.size() * 4;
    auto num = [](size_t v) { return std::to_string(v); };
    json += R"("scenes":[{"nodes":[0]}],"nodes":[{"mesh":0}],)";
    json += R"("meshes":[{"primitives":[{"attributes":{"POSITION":0,"NORMAL":1},"indices":2,"material":0,"mode":4}]}],)";
    json += R"("materials":[{"pbrMetallicRoughness":{"baseColorFactor":[0.8,0.8,0.8,1],"metallicFactor":0,"roughnessFactor":0.6}}],)";
    json += R"("buffers":[{"byteLength":)" + num(bin.size()) + "}],";
    json += R"("bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":)" + num(vbytes) + R"(,"target":34962},)";
    json += R"({"buffer":0,"byteOffset":)" + num(vbytes) + R"(,"byteLength":)" + num(vbytes) + R"(,"target":34962},)";
    json += R"({"buffer":0,"byteOffset":)" + num(2 * vbytes) + R"(,"byteLength":)" + num(ibytes) + R"(,"target":34963}],)";
    json += R"("accessors":[{"bufferView":0,"componentType":5126,"count":)" + num(s.positions.size()) +
            R"(,"type":"VEC3","min":)";
    append_vec3(json, lo);
    json += R"(,"max":)";
    append_vec3(json, hi);
    json += R"(},{"bufferView":1,"componentType":5126,"count":)" + num(s.normals.size()) + R"(,"type":"VEC3"},)";
    json += R"({"bufferView":2,"componentType":5125,"count":)" + num(s.indices.size()) + R"(,"type":"SCALAR"}]})";
  }
  while (json.size() % 4) json += ' ';
  while (bin.size() % 4) bin += '\0';
  const size_t total = 12 + 8 + json.size() + (bin.empty() ? 0 : 8 + bin.size());
  std::string out;
  out.reserve(total);
  detail::store_le<uint32_t>(out, 0x46546C67);  // "glTF"
  detail::store_le<uint32_t>(out, 2);
  detail::store_le(out, static_cast<uint32_t>(total));
  detail::store_le(out, static_cast<uint32_t>(json.size()));
  detail::store_le<uint32_t>(out, 0x4E4F534A);  // "JSON"
  out += json;
  if (!bin.empty()) {
    detail::store_le(out, static_cast<uint32_t>(bin.size()));
    detail::store_le<uint32_t>(out, 0x004E4942);  // "BIN\0"
    out += bin;
  }
  return out;
}

}  // namespace cadscribe::mesh
