// synth/layout.h — names and small file operations of the dataset layout (DESIGN.md §6).
//
//   OUT/dataset.json                identity: seed, count, samples per shard, split, version, options
//   OUT/{split}/shard-000000.tar    WebDataset shard (final); .tar.partial while being written
//   OUT/{split}/shard-000000.json   the shard's sidecar summary (written before the .tar appears)
//   OUT/{split}/shard-000000.progress.json   resume checkpoint, removed when the shard is done
//   OUT/manifest.jsonl, OUT/stats.json       written by merge once every sidecar exists
// Sample keys are "%06d_%05d" (shard index, index in shard): no dots, so webdataset's grouping by
// the name up to the first dot recovers them. Depends on base and the standard library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace cadscribe::synth {

inline constexpr int64_t kMaxShards = 1000000;        // 6 digits of shard index
inline constexpr int64_t kMaxSamplesPerShard = 100000;  // 5 digits of index in shard

[[nodiscard]] std::string sample_key(int64_t shard, int64_t index);
// "shard-000012" — the stem shared by the .tar, .json, .tar.partial and .progress.json files.
[[nodiscard]] std::string shard_stem(int64_t shard);
// "a/b" with exactly one slash between the parts.
[[nodiscard]] std::string join_path(std::string_view dir, std::string_view name);

// Writes `bytes` to `path` + ".tmp", flushes and renames it over `path`: readers (and a resumed
// run after a kill) see either the old or the new file, never half of one. io.* errors.
[[nodiscard]] base::Status write_file_atomic(const std::string& path, std::string_view bytes);
[[nodiscard]] base::Result<std::string> read_text_file(const std::string& path);
[[nodiscard]] bool file_exists(const std::string& path);
[[nodiscard]] base::Status make_dirs(const std::string& path);

}  // namespace cadscribe::synth
