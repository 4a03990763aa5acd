#include "synth/shard_reader.h"

namespace cadscribe::synth {

std::string member_key(const std::string& name) { return name.substr(0, name.find('.')); }

const TarMember* SampleMembers::find(const std::string& suffix) const {
  std::string name = key + "." + suffix;
  for (const auto& m : members)
    if (m.name == name) return &m;
  return nullptr;
}

base::Result<ShardReader> ShardReader::open(const std::string& path) {
  TRY(TarReader reader, TarReader::open(path));
  return ShardReader(path, std::move(reader));
}

base::Result<std::optional<SampleMembers>> ShardReader::next() {
  if (!lookahead_) {
    TRY(lookahead_, reader_.next());
    if (!lookahead_) return std::optional<SampleMembers>{};
  }
  SampleMembers sample;
  sample.key = member_key(lookahead_->name);
  if (!seen_keys_.insert(sample.key).second)
    return base::make_diag("synth.bad_shard", path_ + ": the members of sample '" + sample.key + "' are not consecutive",
                           {path_});
  while (lookahead_ && member_key(lookahead_->name) == sample.key) {
    sample.members.push_back(std::move(*lookahead_));
    TRY(lookahead_, reader_.next());
  }
  return std::optional<SampleMembers>(std::move(sample));
}

}  // namespace cadscribe::synth
