// pipeline/object_judge.h — which everyday-object category a mesh is: the nearest library
// instance by voxel IoU (text → OpenSCAD, issue 7). The benchmark scores a made object as right
// when the judge names the category its prompt asked for; `make` prefers candidates the judge
// places in the asked-for category.
//
// The reference: for every category of synth/object.h, `instances` variants (object seeds
// first_seed, first_seed + 1, …), each executed, stretched per axis to fill the unit cube and
// voxelised at resolution³ (metrics/voxelize.h), then grown by one voxel so that thin walls a
// voxel apart still overlap; its proportions (bbox extents over the longest) are kept beside.
// Stretching keeps flat and thin objects (a comb, a wrench) from falling between voxel centres.
// Similarity = IoU of the grids × Π over the axes of min/max of the two relative extents.
// Objects are written upright (+z up, front towards −y), so the judge compares in that frame,
// not over rotations: a mug lying on its side is not judged a mug. Verdict: the category of the
// most similar instance, with the runner-up category's best similarity as the margin.
//
// File: safetensors (DESIGN.md §6) with tensors "grids" (U8, [instances, bytes]: the voxel
// grid's words as metrics::VoxelGrid stores them, rows of ceil(resolution/64) little-endian
// 64-bit words), "extents" (F32, [instances, 3]) and "category" (I32, [instances], index into
// the metadata's "categories" JSON list), metadata "format" ("cadscribe-object-judge/2"), "resolution",
// "first_seed", "generator_version". Errors: io.bad_judge naming the file and what is wrong.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"
#include "nn/safetensors.h"

namespace cadscribe::pipeline {

struct JudgeVerdict {
  std::string category;      // "" when the mesh could not be voxelised
  double iou = 0;            // similarity (IoU × proportions) with the nearest instance
  std::string runner_up;     // the best other category
  double runner_up_iou = 0;
  std::vector<double> by_category;  // best IoU per category, in categories() order (empty: no verdict)
  // The best IoU with `category`'s instances (0 when unknown or no verdict).
  [[nodiscard]] double iou_with(const std::vector<std::string>& categories, const std::string& category) const;
};

class ObjectJudge {
 public:
  struct BuildOptions {
    int instances = 30;                   // per category (12 gave 93.0% on unseen variants, 30 gave 97.0%)
    uint64_t first_seed = 1'000'000;      // apart from the seeds datasets draw (hashes of theirs)
    int resolution = 32;
    std::vector<std::string> categories;  // empty: every category of the library
    std::function<void(int done, int total)> progress;
  };
  // Builds the reference by running the library (slow: one execution per instance). Errors:
  // judge.unknown_category; judge.library_failed for a library object that does not execute to
  // a printable mesh (a generator bug).
  static base::Result<ObjectJudge> build(const BuildOptions& options);
  static base::Result<ObjectJudge> from_safetensors(const nn::Safetensors& st, const std::string& source);
  static base::Result<ObjectJudge> read(const std::string& path);
  [[nodiscard]] nn::Safetensors to_safetensors() const;

  [[nodiscard]] JudgeVerdict judge(const mesh::Mesh& mesh) const;
  [[nodiscard]] const std::vector<std::string>& categories() const { return categories_; }
  [[nodiscard]] size_t instances() const { return category_of_.size(); }
  [[nodiscard]] int resolution() const { return resolution_; }

 private:
  int resolution_ = 32;
  uint64_t first_seed_ = 0;
  std::string generator_version_;
  std::vector<std::string> categories_;
  std::vector<int32_t> category_of_;      // per instance
  std::vector<std::vector<uint64_t>> grids_;  // per instance: the voxel grid's words
  std::vector<std::array<float, 3>> extents_;  // per instance: bbox extents over the longest
};

}  // namespace cadscribe::pipeline
