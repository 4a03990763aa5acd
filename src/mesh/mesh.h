// mesh/mesh.h — an indexed triangle mesh (float positions, mm) and its basic measures.
// Invariant: every index in `triangles` is < positions.size(). Triangles are counter-clockwise
// seen from outside for closed, outward-oriented meshes. Depends on math only.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "math/vec.h"

namespace cadscribe::mesh {

struct Box {
  math::Vec3 min{0, 0, 0};
  math::Vec3 max{0, 0, 0};
  bool empty = true;
  void add(const math::Vec3& p);
  [[nodiscard]] math::Vec3 size() const { return max - min; }
  [[nodiscard]] math::Vec3 center() const { return (min + max) * 0.5; }
};

struct Mesh {
  std::vector<std::array<float, 3>> positions;
  std::vector<std::array<uint32_t, 3>> triangles;

  [[nodiscard]] size_t triangle_count() const { return triangles.size(); }
  [[nodiscard]] Box bounds() const;
  // Signed volume by the divergence theorem (positive for outward-oriented closed meshes).
  [[nodiscard]] double signed_volume() const;
  [[nodiscard]] double surface_area() const;
  // True when every undirected edge is shared by exactly two triangles with opposite directions.
  [[nodiscard]] bool is_closed_oriented() const;
  // Appends another mesh (indices offset).
  void append(const Mesh& other);
};

// Binary STL (little-endian, 80-byte header, solid name in the header).
[[nodiscard]] base::Status write_stl_binary(const Mesh& mesh, const std::string& path);
[[nodiscard]] std::string to_stl_binary(const Mesh& mesh);

}  // namespace cadscribe::mesh
