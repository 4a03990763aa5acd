// synth/stats.h — stats.json of a dataset, accumulated shard by shard (streaming: a million rows
// never sit in memory, only their fingerprints).
//
// Output (keys sorted, rates rounded to 6 decimals, means to 3, so the bytes are deterministic):
//   total (samples), shards, attempts, valid (attempts that validated = samples + duplicates),
//   valid_rate = valid / attempts, failures_by_code, failures_by_family, attempts_by_family,
//   duplicates (in-shard dedupes), duplicate_rate = duplicates / valid,
//   dataset_duplicates (samples whose fingerprint an earlier sample of the dataset — another
//   shard, by construction — already has), dataset_duplicate_rate = dataset_duplicates / samples,
//   families {name: samples}, max_family_share, ops {op: samples using it},
//   op_counts / face_counts / token_counts: {min, max, mean, median, bins: [{lo, hi, count}]}
//   with half-open bins [lo, hi) (hi null = unbounded), and when rows carry a style: style
//   {"key=value": samples} for an object style ({"chained": true} → "chained=true"), else
//   {style text: samples}; object datasets (meshes, no B-rep faces: face_counts stays empty) add
//   triangle_counts.
// Depends on nlohmann_json and shard_builder.h (ShardTally).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "synth/shard_builder.h"

namespace cadscribe::synth {

class StatsAccumulator {
 public:
  void add_tally(const ShardTally& tally);
  // A manifest row (see sample_row.h), in key order.
  void add_row(const nlohmann::json& row);
  [[nodiscard]] nlohmann::json result() const;

 private:
  int64_t shards_ = 0;
  ShardTally total_;
  int64_t samples_ = 0;
  int64_t dataset_duplicates_ = 0;
  std::set<uint64_t> fingerprints_;
  std::map<std::string, int64_t> families_, ops_, styles_;
  std::vector<int64_t> op_counts_, face_counts_, token_counts_, triangle_counts_;
};

// A numeric histogram over half-open bins [edges[i], edges[i+1]) plus one unbounded last bin.
[[nodiscard]] nlohmann::json histogram_json(std::vector<int64_t> values, const std::vector<int64_t>& edges);
// `value` rounded to `decimals` places (for deterministic, readable rates).
[[nodiscard]] double round_to(double value, int decimals);

}  // namespace cadscribe::synth
