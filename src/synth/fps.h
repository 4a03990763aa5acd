// synth/fps.h — farthest-point sampling (FPS) over descriptors: the diverse-subset rule of curation.
//
// Definition (the result is a deterministic function of the input, bit for bit):
//  - descriptors are standardised per dimension (mean 0, standard deviation 1, in double, stored
//    as float; constant dimensions become 0) so no component dominates by its units;
//  - distances are squared Euclidean, summed in the fixed order of fps_distance2;
//  - the first pick is the point farthest from the mean (the origin after standardisation), each
//    next pick the unpicked point whose distance to its nearest pick is largest; ties go to the
//    lower index (the lower key).
// farthest_point_sampling computes exactly this definition faster: points are grouped by their
// nearest pick, and a group whose radius r and centre distance D to the new pick satisfy
// D ≥ 2r (with a 0.1% margin for rounding) cannot get nearer to the new pick and is skipped
// (triangle inequality; as in Elkan's k-means). farthest_point_sampling_exhaustive is the plain
// O(M·N·D) loop, kept as the reference the tests compare against.
// Memory: one flat float array of N·D plus O(N) indices. Depends on base only.
#pragma once

#include <cstdint>
#include <vector>

namespace cadscribe::synth {

// Squared distance of two rows of `dim` floats: 8 partial sums (element d goes to sum d % 8),
// combined as ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)).
[[nodiscard]] float fps_distance2(const float* a, const float* b, int64_t dim);

// Indices of min(m, n) of the n points (row-major, `dim` floats each), in selection order.
[[nodiscard]] std::vector<int64_t> farthest_point_sampling(const std::vector<float>& points, int64_t dim, int64_t m);
[[nodiscard]] std::vector<int64_t> farthest_point_sampling_exhaustive(const std::vector<float>& points, int64_t dim,
                                                                      int64_t m);

}  // namespace cadscribe::synth
