// pipeline/program_library.h — a library of known programs with their silhouettes, the second
// source of reconstruction candidates beside the model: the programs whose views look most like
// the input are retrieved, then executed, scored and refined like the model's (reconstruct.h).
// Every library program is one the synthetic engine validated, so retrieved candidates execute;
// refinement then fits their numbers to the input (nearest neighbour, then deformation).
//
// Descriptor: each view's foreground mask (silhouette.h) on a grid × grid raster, a cell set
// when at least half its pixels are foreground; bits packed row-major, views in rig order.
// Optional shading descriptor: each view on white, averaged over shade_grid × shade_grid cells,
// the mean gray quantised to 16 levels (0 black … 15 white), one byte per cell. Silhouettes miss
// what shading shows (holes seen end-on, steps, fins), and the score that ranks candidates after
// retrieval weights appearance most (silhouette.h); retrieval by the same mix finds better starts.
// Similarity: per view, kSilhouetteWeight × the cells' IoU + kAppearanceWeight × (1 − mean
// |level difference| / 15 over the shade cells not white in both), averaged over the views;
// silhouette IoU alone when the library has no shade.
// The library file is safetensors (format version 2): U8 tensors "bits.deflate" (zlib of the
// [count, bytes per sample] bit matrix), "records.deflate" (zlib of the JSON {"programs", "keys",
// "families", "fingerprints"}, arrays in sample order) and, when shade_grid > 0, "shade.deflate"
// (zlib of the [count, views × shade_grid²] level matrix); metadata "format" =
// "cadscribe-program-library", "format_version" = "2", "grid", "views", "count", "shade_grid"
// (absent = 0). Deflated, a library is ~7× smaller (silhouettes 17×, programs 6.7×): the shipped
// one stays small enough for the repository as it grows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "pipeline/refine.h"
#include "pipeline/silhouette.h"
#include "pipeline/training_data.h"

namespace cadscribe::pipeline {

struct ProgramLibrary {
  int grid = 32;
  int views = 8;
  int shade_grid = 0;  // 0: no shading descriptor
  std::vector<std::string> programs, keys, families;
  std::vector<std::string> fingerprints;  // synth's geometric signatures ("" unknown): a benchmark
                                          // part with one of these is not new to the library
  std::vector<uint8_t> bits;   // programs.size() × bytes_per_sample()
  std::vector<uint8_t> shade;  // programs.size() × shade_per_sample(), or empty
  [[nodiscard]] size_t bytes_per_sample() const { return size_t(views) * size_t(grid) * size_t(grid) / 8; }
  [[nodiscard]] size_t shade_per_sample() const { return size_t(views) * size_t(shade_grid) * size_t(shade_grid); }
};

// What retrieval compares: silhouette bits and, for a library with shade, shade levels.
struct ViewsDescriptor {
  std::vector<uint8_t> bits, shade;
};

// The descriptor of one sample's masks (views of a size that is a multiple of grid: CHECKed).
[[nodiscard]] std::vector<uint8_t> silhouette_bits(const std::vector<Mask>& masks, int grid);
// The shade levels of views on white (sizes a multiple of grid: CHECKed).
[[nodiscard]] std::vector<uint8_t> shade_levels(const std::vector<render::Image>& on_white, int grid);
// Both, as `library` stores them: `on_white` are the views with the background made white.
[[nodiscard]] ViewsDescriptor describe(const ProgramLibrary& library, const std::vector<render::Image>& on_white,
                                       const std::vector<Mask>& masks);

// Every sample of `index` (`skip[i]` true: left out, e.g. a validation split). Keys are the
// samples' keys, qualified by the dataset folder ("train6k/000003_00294") when `index` spans
// more than one dataset.
[[nodiscard]] base::Result<ProgramLibrary> build_library(const DatasetIndex& index, int views, int grid,
                                                         int shade_grid, const std::vector<bool>& skip = {},
                                                         const std::function<void(int64_t, int64_t)>& progress = {});

[[nodiscard]] base::Status write_library(const ProgramLibrary& library, const std::string& path);
// Errors: io.* from reading, io.bad_library when the file is not a well-formed library.
[[nodiscard]] base::Result<ProgramLibrary> read_library(const std::string& path);

// The range each named parameter takes over the library's programs of `family` (refine.h keeps
// a retrieved program's numbers in it), widened by `slack`: lo − (slack − 1)·|lo| … hi + (slack − 1)·|hi|.
[[nodiscard]] ParamRanges parameter_ranges(const ProgramLibrary& library, std::string_view family, double slack = 1.0);

// Indices of the k most similar samples, best first (ties by index). `query.shade` is used when
// the library has shade (its size then CHECKed).
[[nodiscard]] std::vector<size_t> nearest(const ProgramLibrary& library, const ViewsDescriptor& query, size_t k);

}  // namespace cadscribe::pipeline
