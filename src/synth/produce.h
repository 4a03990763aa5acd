// synth/produce.h — produce one shard of a dataset with the real generator: the attempts of
// generate.h, each run in a child of the attempt zygote (reproducible, crash-isolated), written
// by the shard builder.
// The dataset's identity (OUT/dataset.json) supplies seed, split and generator options, so a
// worker needs only the folder and the shard number.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "synth/attempt_zygote.h"
#include "synth/dataset.h"
#include "synth/generate.h"
#include "synth/shard_builder.h"

namespace cadscribe::synth {

// Generator options recorded in a dataset's identity ("families", "with_step", "with_stl", and
// "library": "objects" for an object dataset).
[[nodiscard]] nlohmann::json generate_options_json(const GenerateOptions& options);
[[nodiscard]] base::Result<GenerateOptions> generate_options_from(const nlohmann::json& options);

struct ShardRun {
  ShardOutcome outcome;
  AttemptTimes times;        // summed over the attempts run in this process
  int64_t attempts_run = 0;  // attempts generated here (not resumed ones)
};

// With `zygote` null the attempts run in this process (tests; not reproducible across processes).
[[nodiscard]] base::Result<ShardRun> produce_shard(const std::string& root, const DatasetIdentity& identity,
                                                   int64_t shard, int64_t count, AttemptZygote* zygote,
                                                   const ShardProgressFn& progress = {});

}  // namespace cadscribe::synth
