// synth/signature.h — what identifies a sample besides its bytes: a deterministic UUID drawn from
// the attempt seed, the geometric fingerprint that dedupe compares (equal voxel grids ⇒ equal
// fingerprints) and the fixed-length descriptor that curation spreads samples over. Shared by
// the CadQuery part families (generate.cpp) and the OpenSCAD objects (object_attempt.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "mesh/mesh.h"
#include "metrics/voxelize.h"

namespace cadscribe::synth {

// splitmix64's finaliser: the hash every seed of the data engine is derived with.
[[nodiscard]] uint64_t splitmix(uint64_t x);

// A version-4-shaped UUID drawn from `seed` (deterministic, not random).
[[nodiscard]] std::string sample_uuid(uint64_t seed);

// FNV-1a over the voxel bits of the normalised grid.
[[nodiscard]] uint64_t fingerprint_of(const metrics::VoxelGrid& grid);

// 4×4×4 block occupancy of the normalised grid plus the sorted bbox proportions (67 values).
[[nodiscard]] std::vector<float> descriptor_of(const metrics::VoxelGrid& grid, const mesh::Box& box);

}  // namespace cadscribe::synth
