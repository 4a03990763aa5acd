// mesh/check.h — what a mesh is, topologically and numerically: counts, boundary and
// non-manifold edges, orientation consistency, components, volume; plus tolerance welding.
// inspect() runs on every generated sample, so it sorts packed edge keys (radix sort) instead of
// building maps. Edges are undirected pairs of distinct vertex indices: a triangle that repeats an
// index contributes only its proper edges and counts as degenerate. Depends on mesh, math, base.
#pragma once

#include <cstddef>
#include <string>

#include "base/result.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh {

struct MeshReport {
  size_t vertices = 0, triangles = 0;
  size_t degenerate_triangles = 0;   // repeated index or zero area (area < 1e-12·bbox diag²)
  size_t boundary_edges = 0;         // undirected edges used by exactly one triangle
  size_t nonmanifold_edges = 0;      // undirected edges used by more than two triangles
  size_t misoriented_edges = 0;      // edges whose two triangles traverse it in the same direction
  int components = 0;                // connected components (triangles sharing a vertex)
  bool finite = true;                // no NaN/Inf position
  bool closed = false;               // no boundary and no non-manifold edges, ≥1 triangle
  bool oriented = false;             // closed and no misoriented edge
  double volume = 0;                 // signed
  Box bounds;
};

[[nodiscard]] MeshReport inspect(const Mesh& mesh);

// OK when the mesh is finite and closed (orientation is not required: see MeshReport::oriented).
// Codes: validity.empty_mesh, validity.nonfinite_mesh, validity.open_mesh (boundary edges),
// validity.nonmanifold_mesh; the message gives the counts.
[[nodiscard]] base::Status require_closed(const Mesh& mesh, const std::string& name);

// Merges vertices within `tolerance` (Euclidean) of an earlier kept vertex and drops triangles
// that collapse (two equal indices). The kept vertex is the first in index order, so the result
// is deterministic and does not chain: a vertex joins the lowest-numbered kept vertex within
// reach. Unused vertices are kept (renumbered). tolerance ≤ 0 merges bit-identical positions only.
// Non-finite positions are never merged.
[[nodiscard]] Mesh welded(const Mesh& mesh, double tolerance);

}  // namespace cadscribe::mesh
