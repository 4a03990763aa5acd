// synth/curate.h — a diverse subset of a dataset by farthest-point sampling (FPS) over the
// samples' geometric descriptors, written as a new dataset (as Zero-to-CAD curated 100k of 1M).
//
// The selection is farthest-point sampling as fps.h defines it (standardised descriptors, ties
// to the lower key), so it is a deterministic function of the input dataset.
//
// curate_dataset reads descriptors from the input's sidecars (every shard must be finished),
// copies the selected samples' members — bytes unchanged except the metadata JSON, which gains
// "source_key" — in key order into new shards re-keyed from 000000_00000, and writes
// dataset.json (provenance: the source identity and the method), the sidecars, manifest.jsonl
// and stats.json. A curated shard's tallies count its samples as attempts with no failures.
// Errors: synth.no_descriptors, synth.bad_plan, and those of dataset.h. Depends on dataset.h,
// fps.h, sidecar.h, shard_reader.h.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace cadscribe::synth {

struct CurateOptions {
  int64_t count = 0;      // M, samples to select (> 0; at most the input's count)
  int64_t per_shard = 0;  // samples per output shard; 0 = the input's
};

// (stage, done, total): "descriptors", "select", "copy" — for a progress bar.
using CurateProgressFn = std::function<void(const std::string& stage, int64_t done, int64_t total)>;

// Returns the output's stats.json.
[[nodiscard]] base::Result<nlohmann::json> curate_dataset(const std::string& in_dir, const std::string& out_dir,
                                                          const CurateOptions& options,
                                                          const CurateProgressFn& progress = {});

}  // namespace cadscribe::synth
