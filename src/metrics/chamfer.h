// metrics/chamfer.h — surface sampling and the Chamfer distance (DESIGN.md §5).
//
// Definition (as in DeepCAD / CAD-Recode evaluation), for point sets A and B:
//     CD(A, B) = (1/|A|) Σ_{a∈A} min_{b∈B} ‖a − b‖²  +  (1/|B|) Σ_{b∈B} min_{a∈A} ‖b − a‖²
// i.e. SQUARED Euclidean distances, each direction averaged, the two directions SUMMED (not
// halved). In the protocol both sets are 8,192 area-weighted surface samples of meshes in the
// normalised frame (longest bounding-box side 1), so CD is in normalised units squared.
// Nearest neighbours are exact (metrics/kd_tree.h); sums are in double, each set in its own k-d
// tree's order: reproducible bit for bit for a given standard library (nth_element's order).
//
// Sampling: triangle chosen with probability ∝ area (cumulative areas in double, one
// Rng::uniform() per choice, binary search), then a uniform point in the triangle from two more
// uniforms (r1, r2): p = (1 − √r1)·a + √r1·(1 − r2)·b + √r1·r2·c. Rng is base::Rng(seed), so a
// seed fixes the samples bit for bit. Depends on mesh and base only.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "mesh/mesh.h"

namespace cadscribe::metrics {

// `count` samples; empty when the mesh has no triangle of positive area (or count ≤ 0).
[[nodiscard]] std::vector<std::array<float, 3>> sample_surface(const mesh::Mesh& mesh, int count,
                                                               uint64_t seed);
// CD(a, b) as defined above. Both sets must be non-empty (CHECKed: callers test first).
[[nodiscard]] double chamfer_distance(const std::vector<std::array<float, 3>>& a,
                                      const std::vector<std::array<float, 3>>& b);

}  // namespace cadscribe::metrics
