// pipeline/program_library.h — a library of known programs with their silhouettes, the second
// source of reconstruction candidates beside the model: the programs whose views look most like
// the input are retrieved, then executed, scored and refined like the model's (reconstruct.h).
// Every library program is one the synthetic engine validated, so retrieved candidates execute;
// refinement then fits their numbers to the input (nearest neighbour, then deformation).
//
// Descriptor: each view's foreground mask (silhouette.h) on a grid × grid raster, a cell set
// when at least half its pixels are foreground; bits packed row-major, views in rig order.
// Similarity: mean over views of the cells' IoU. The library file is safetensors (format
// version 2): U8 tensors "bits.deflate" (zlib of the [count, bytes per sample] bit matrix) and
// "records.deflate" (zlib of the JSON {"programs", "keys", "families", "fingerprints"}, arrays in
// sample order),
// metadata "format" = "cadscribe-program-library", "format_version" = "2", "grid", "views",
// "count". Deflated, a library is ~7× smaller (silhouettes 17×, programs 6.7×): the shipped one
// stays small enough for the repository as it grows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/result.h"
#include "pipeline/silhouette.h"
#include "pipeline/training_data.h"

namespace cadscribe::pipeline {

struct ProgramLibrary {
  int grid = 32;
  int views = 8;
  std::vector<std::string> programs, keys, families;
  std::vector<std::string> fingerprints;  // synth's geometric signatures ("" unknown): a benchmark
                                          // part with one of these is not new to the library
  std::vector<uint8_t> bits;  // programs.size() × bytes_per_sample()
  [[nodiscard]] size_t bytes_per_sample() const { return size_t(views) * size_t(grid) * size_t(grid) / 8; }
};

// The descriptor of one sample's masks (views of a size that is a multiple of grid: CHECKed).
[[nodiscard]] std::vector<uint8_t> silhouette_bits(const std::vector<Mask>& masks, int grid);

// Every sample of `index` (`skip[i]` true: left out, e.g. a validation split). Keys are the
// samples' keys, qualified by the dataset folder ("train6k/000003_00294") when `index` spans
// more than one dataset.
[[nodiscard]] base::Result<ProgramLibrary> build_library(const DatasetIndex& index, int views, int grid,
                                                         const std::vector<bool>& skip = {},
                                                         const std::function<void(int64_t, int64_t)>& progress = {});

[[nodiscard]] base::Status write_library(const ProgramLibrary& library, const std::string& path);
// Errors: io.* from reading, io.bad_library when the file is not a well-formed library.
[[nodiscard]] base::Result<ProgramLibrary> read_library(const std::string& path);

// Indices of the k most similar samples, best first (ties by index).
[[nodiscard]] std::vector<size_t> nearest(const ProgramLibrary& library, const std::vector<uint8_t>& query, size_t k);

}  // namespace cadscribe::pipeline
