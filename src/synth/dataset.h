// synth/dataset.h — a dataset's identity, its shard plan across machines, and the merge that
// turns finished shards into manifest.jsonl and stats.json (layout in layout.h).
//
// A dataset is defined by (seed, count N, samples per shard S, split, generator version,
// options): T = ceil(N / S) shards, shard j holding S samples except the last (N − (T−1)·S).
// Machine i of K builds the shards j with j % K == i. Every shard is a pure function of its
// inputs, so "merging" K machines' outputs is putting their files in one folder, then merge().
// dataset.json records the identity; a run that finds one with different content refuses to
// mix datasets (synth.dataset_mismatch). Nothing here depends on time, host, PID or job count.
// Errors: synth.bad_plan, synth.dataset_mismatch, synth.bad_dataset, synth.merge_incomplete,
// synth.bad_sidecar, io.*. Depends on layout.h, sidecar.h, stats.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace cadscribe::synth {

struct DatasetIdentity {
  uint64_t seed = 0;
  int64_t count = 0;
  int64_t per_shard = 1000;
  std::string split = "train";
  std::string generator_version;
  nlohmann::json options = nlohmann::json::object();  // e.g. {"with_step": true}
  nlohmann::json provenance;                          // e.g. curation's source; null when none
};

struct PlannedShard {
  int64_t index = 0;
  int64_t count = 0;
};

// T = ceil(count / per_shard).
[[nodiscard]] int64_t shard_total(int64_t count, int64_t per_shard);
// The shards machine `machine` of `machines` builds, ascending. synth.bad_plan on count ≤ 0,
// per_shard outside 1..99999, more than 999999 shards or machine outside 0..machines-1.
[[nodiscard]] base::Result<std::vector<PlannedShard>> plan_shards(int64_t count, int64_t per_shard, int64_t machine = 0,
                                                                  int64_t machines = 1);
// "i/K" → (i, K); synth.bad_plan otherwise.
[[nodiscard]] base::Result<std::pair<int64_t, int64_t>> parse_machine(std::string_view text);

[[nodiscard]] nlohmann::json identity_json(const DatasetIdentity& identity);
[[nodiscard]] base::Result<DatasetIdentity> parse_identity(const nlohmann::json& j);
// Writes OUT/dataset.json, or checks that the one there is the same dataset.
[[nodiscard]] base::Status write_identity(const std::string& root, const DatasetIdentity& identity);
[[nodiscard]] base::Result<DatasetIdentity> read_identity(const std::string& root);

// Shards of the plan whose final .tar is not in OUT/{split} yet.
[[nodiscard]] std::vector<int64_t> missing_shards(const std::string& root, const DatasetIdentity& identity);

// Once every shard is done: writes OUT/manifest.jsonl (one row per sample in key order, no
// descriptors) and OUT/stats.json; returns the stats. synth.merge_incomplete names the first
// missing shards.
[[nodiscard]] base::Result<nlohmann::json> merge_dataset(const std::string& root);

}  // namespace cadscribe::synth
