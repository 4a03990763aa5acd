// synth/sidecar.h — a shard's sidecar summary (shard-XXXXXX.json) and the step that completes a
// shard: end blocks on the .partial, sidecar written atomically, .partial renamed to .tar,
// checkpoint removed — in that order, so a final .tar always has its sidecar beside it.
//
// Sidecar (one JSON object, keys sorted, one line):
//   {"shard": j, "file": "{split}/shard-XXXXXX.tar", "tar_bytes": n, "count", "attempts",
//    "duplicates", "failures_by_code", "failures_by_family", "attempts_by_family",
//    "rows": [manifest rows of its samples in key order, descriptors included]}
// Rows are rebuilt from the tar itself (its .py and .json members), so the sidecar can never
// disagree with the shard. Errors: synth.bad_sidecar, synth.bad_shard, io.*.
// Depends on tar.h, layout.h, sample_row.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "synth/shard_builder.h"

namespace cadscribe::synth {

struct Sidecar {
  int64_t shard = 0;
  std::string file;
  uint64_t tar_bytes = 0;
  ShardTally tally;
  std::vector<nlohmann::json> rows;
};

[[nodiscard]] nlohmann::json tally_json(const ShardTally& tally);
[[nodiscard]] base::Result<ShardTally> parse_tally(const nlohmann::json& j);

[[nodiscard]] base::Result<Sidecar> read_sidecar(const std::string& path);
[[nodiscard]] base::Result<ShardTally> read_sidecar_tally(const std::string& path);

// Finishes OUT/{split}/shard-j.tar.partial, whose first `tar_bytes` bytes hold its samples
// (anything after is dropped), and publishes it with a sidecar built from `tally` and the tar.
[[nodiscard]] base::Status complete_shard(const std::string& root, const std::string& split, int64_t index,
                                          uint64_t tar_bytes, const ShardTally& tally);

}  // namespace cadscribe::synth
