#include "synth/curate.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <optional>

#include "synth/dataset.h"
#include "synth/fps.h"
#include "synth/layout.h"
#include "synth/sample_row.h"
#include "synth/shard_builder.h"
#include "synth/shard_reader.h"
#include "synth/sidecar.h"
#include "synth/tar.h"

namespace cadscribe::synth {

namespace fs = std::filesystem;
using nlohmann::json;

base::Result<json> curate_dataset(const std::string& in_dir, const std::string& out_dir, const CurateOptions& options,
                                  const CurateProgressFn& progress) {
  std::error_code ec;
  if (fs::weakly_canonical(in_dir, ec) == fs::weakly_canonical(out_dir, ec))
    return base::make_diag("synth.bad_plan", "curate: the output folder must differ from the input folder");
  TRY(DatasetIdentity in, read_identity(in_dir));
  if (options.count <= 0 || options.count > in.count)
    return base::make_diag("synth.bad_plan", "--count must be in 1.." + std::to_string(in.count));
  std::vector<int64_t> missing = missing_shards(in_dir, in);
  if (!missing.empty())
    return base::make_diag("synth.merge_incomplete", in_dir + ": shard " + std::to_string(missing.front()) + " is not finished");

  // Descriptors, keys and families of every sample, in key order.
  int64_t total_shards = shard_total(in.count, in.per_shard);
  std::vector<float> descriptors;
  std::vector<std::string> keys, families;
  std::vector<int64_t> shard_of;
  int64_t dim = -1;
  for (int64_t j = 0; j < total_shards; ++j) {
    TRY(Sidecar sidecar, read_sidecar(shard_paths(in_dir, in.split, j).sidecar));
    for (const json& row : sidecar.rows) {
      std::string key = row.value("key", std::string());
      if (!row.contains("descriptor") || row["descriptor"].empty())
        return base::make_diag("synth.no_descriptors", "sample '" + key + "' has no descriptor to curate by");
      const json& d = row["descriptor"];
      if (dim < 0) dim = int64_t(d.size());
      if (int64_t(d.size()) != dim)
        return base::make_diag("synth.no_descriptors", "sample '" + key + "' has a descriptor of length " +
                                                           std::to_string(d.size()) + ", others " + std::to_string(dim));
      for (const auto& x : d) {
        if (!x.is_number()) return base::make_diag("synth.no_descriptors", "sample '" + key + "' has a non-numeric descriptor");
        descriptors.push_back(x.get<float>());
      }
      keys.push_back(key);
      families.push_back(row.value("family", std::string()));
      shard_of.push_back(j);
    }
    if (progress) progress("descriptors", j + 1, total_shards);
  }

  if (progress) progress("select", 0, options.count);
  std::vector<int64_t> picks = farthest_point_sampling(descriptors, dim, options.count);
  std::sort(picks.begin(), picks.end());
  if (progress) progress("select", options.count, options.count);

  DatasetIdentity out = in;
  out.count = int64_t(picks.size());
  out.per_shard = options.per_shard > 0 ? options.per_shard : in.per_shard;
  out.provenance = {{"method", "farthest_point_sampling"},
                    {"descriptor_standardised", true},
                    {"source", identity_json(in)}};
  TRY(std::vector<PlannedShard> plan, plan_shards(out.count, out.per_shard));
  TRY_STATUS(write_identity(out_dir, out));
  TRY_STATUS(make_dirs(join_path(out_dir, out.split)));

  // Copy: walk the input shards that hold picks, in order, writing output shards as they fill.
  size_t next_pick = 0;
  int64_t out_shard = 0, in_shard_open = -1;
  std::optional<ShardReader> reader;
  for (const PlannedShard& shard : plan) {
    ShardPaths paths = shard_paths(out_dir, out.split, shard.index);
    TRY(TarWriter tar, TarWriter::create(paths.partial));
    ShardTally tally;
    for (int64_t i = 0; i < shard.count; ++i, ++next_pick) {
      int64_t src = picks[next_pick];
      if (shard_of[size_t(src)] != in_shard_open) {
        in_shard_open = shard_of[size_t(src)];
        TRY(ShardReader r, ShardReader::open(shard_paths(in_dir, in.split, in_shard_open).tar));
        reader.emplace(std::move(r));
      }
      std::optional<SampleMembers> sample;
      do {
        TRY(sample, reader->next());
      } while (sample && sample->key != keys[size_t(src)]);
      if (!sample)
        return base::make_diag("synth.bad_shard", "sample '" + keys[size_t(src)] + "' is listed in a sidecar but not in its shard");
      std::string key = sample_key(shard.index, i);
      for (const TarMember& m : sample->members) {
        std::string name = key + m.name.substr(sample->key.size());
        if (name == key + ".json") {
          TRY(std::string meta, add_json_field(m.data, "source_key", json(sample->key).dump()));
          TRY_STATUS(tar.add(name, meta));
        } else {
          TRY_STATUS(tar.add(name, m.data));
        }
      }
      ++tally.samples;
      ++tally.attempts;
      ++tally.attempts_by_family[families[size_t(src)]];
    }
    uint64_t size = tar.size();
    TRY_STATUS(tar.finish());
    TRY_STATUS(complete_shard(out_dir, out.split, shard.index, size, tally));
    ++out_shard;
    if (progress) progress("copy", out_shard, int64_t(plan.size()));
  }
  return merge_dataset(out_dir);
}

}  // namespace cadscribe::synth
