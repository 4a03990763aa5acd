// synth/shard_reader.h — reads a WebDataset shard sample by sample: members grouped by key (the
// name up to the first dot, as webdataset groups them), in archive order. A key whose members are
// not consecutive is an error (synth.bad_shard): webdataset would split it into two samples.
// Streaming: one sample in memory at a time. Depends on tar.h.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "synth/tar.h"

namespace cadscribe::synth {

struct SampleMembers {
  std::string key;
  std::vector<TarMember> members;  // full names ("{key}.py", "{key}.0.png", …)

  // The member named "{key}.{suffix}", or nullptr.
  [[nodiscard]] const TarMember* find(const std::string& suffix) const;
};

class ShardReader {
 public:
  [[nodiscard]] static base::Result<ShardReader> open(const std::string& path);
  // The next sample, std::nullopt at the end, or an error.
  [[nodiscard]] base::Result<std::optional<SampleMembers>> next();

 private:
  ShardReader(std::string path, TarReader reader) : path_(std::move(path)), reader_(std::move(reader)) {}
  std::string path_;
  TarReader reader_;
  std::optional<TarMember> lookahead_;
  std::set<std::string> seen_keys_;
};

// "000001_00002" of "000001_00002.0.png".
[[nodiscard]] std::string member_key(const std::string& name);

}  // namespace cadscribe::synth
