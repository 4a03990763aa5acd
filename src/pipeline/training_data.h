// pipeline/training_data.h — a synthetic dataset (WebDataset shards, DESIGN.md §6) as a model
// reads it: an index of samples (their programs in memory, their views left on disk) and the
// views of one sample loaded on demand as the model's gray input.
//
// Model input: each view in gray (ITU-R BT.601 luma), box-filtered from the stored size down to
// image_size (the stored size must be a multiple of it), then inverted to [0, 1] with the white
// background at 0 and black at 1, so that the convolutions' zero padding looks like background.
// The same conversion serves reconstruction from user PNGs (views_input).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "render/image.h"

namespace cadscribe::pipeline {

struct SampleRef {
  std::string key;
  size_t shard = 0;                  // index into DatasetIndex::shards
  uint64_t begin = 0, end = 0;       // byte range of the sample's members in its shard
  std::string program;               // {key}.py, or {key}.scad for an object dataset
  bool openscad = false;             // the program is {key}.scad
  std::vector<std::string> prompts;  // from {key}.json "prompts" (object datasets; else empty)
  std::string family;                // from {key}.json ("" when absent)
  std::string fingerprint;           // synth's geometric dedupe signature, from {key}.json ("" when absent)
};

struct DatasetIndex {
  std::vector<std::string> shards;  // in the order read
  std::vector<SampleRef> samples;   // in shard order, then archive order
};

// Indexes `inputs`: shard files (.tar) or folders, searched recursively for *.tar (sorted by
// path, so the index does not depend on the file system's order). Every sample must hold
// {key}.py (or {key}.scad) and {key}.0.png … {key}.{views-1}.png: else data.bad_sample naming the shard and
// key. No shards: data.no_shards. An object dataset's samples hold {key}.scad instead (and, in
// their metadata, the prompts a text model learns to answer).
[[nodiscard]] base::Result<DatasetIndex> index_dataset(const std::vector<std::string>& inputs, int views);

// The sample's stored view images, decoded, in view order.
[[nodiscard]] base::Result<std::vector<render::Image>> load_view_images(const DatasetIndex& index, const SampleRef& sample,
                                                                        int views);

// The sample's views as the model's input: views × image_size² floats, row-major per view.
[[nodiscard]] base::Result<std::vector<float>> load_views(const DatasetIndex& index, const SampleRef& sample, int views,
                                                          int image_size);

// The same conversion from decoded images (any channel count; all of one size, a multiple of
// image_size: else data.bad_views). `names` label errors (file paths).
[[nodiscard]] base::Result<std::vector<float>> views_input(const std::vector<render::Image>& images, int image_size,
                                                           const std::vector<std::string>& names);

}  // namespace cadscribe::pipeline
