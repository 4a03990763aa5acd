// render/prepared_mesh.h — per-mesh data shared by all views of a rig: welded topology, crease
// classification, per-corner shading normals and feature-edge candidates.
//
// CAD tessellators emit vertices per B-rep face, so positions are welded first: two vertices
// weld when they fall in the same cell of a grid of 1e-6 × the bounding-box diagonal (the first
// vertex seen gives the position; deterministic). Triangles that collapse after welding or have
// zero area are dropped. A corner's shading normal averages (area-weighted) the normals of the
// triangles around its welded vertex that lie within the crease angle of its own triangle, so
// tessellated cylinders look round and box edges stay sharp. Internal to render.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::render {

struct FeatureEdge {
  enum Kind : uint8_t { kSmooth, kCrease, kBoundary };
  uint32_t a, b;       // welded vertex ids
  uint32_t t0, t1;     // adjacent triangles (t1 == t0 for boundary edges)
  Kind kind;
};

struct PreparedMesh {
  std::vector<std::array<float, 3>> positions;      // welded
  std::vector<std::array<uint32_t, 3>> triangles;   // indices into positions
  std::vector<std::array<float, 3>> face_normals;   // unit, one per triangle
  std::vector<std::array<float, 9>> corner_normals; // unit, three per triangle
  std::vector<FeatureEdge> edges;                   // every undirected edge once
  // Every edge has as many uses a→b as b→a (a closed, consistently oriented mesh or a union of
  // such): back faces can be culled. Otherwise both sides are drawn.
  bool closed = false;
  math::Vec3 center;   // bounding-box centre
  double radius = 1;   // half the bounding-box diagonal (1 for a single point)
};

[[nodiscard]] PreparedMesh prepare_mesh(const mesh::Mesh& mesh, double crease_degrees);

}  // namespace cadscribe::render
