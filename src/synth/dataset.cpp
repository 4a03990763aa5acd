#include "synth/dataset.h"

#include <cstdio>
#include <memory>

#include "synth/layout.h"
#include "synth/shard_builder.h"
#include "synth/sidecar.h"
#include "synth/stats.h"

namespace cadscribe::synth {
namespace {

using nlohmann::json;

base::Diag bad_plan(const std::string& what) { return base::make_diag("synth.bad_plan", what); }

}  // namespace

int64_t shard_total(int64_t count, int64_t per_shard) { return (count + per_shard - 1) / per_shard; }

base::Result<std::vector<PlannedShard>> plan_shards(int64_t count, int64_t per_shard, int64_t machine, int64_t machines) {
  if (count <= 0) return bad_plan("the sample count must be positive");
  if (per_shard < 1 || per_shard >= kMaxSamplesPerShard)
    return bad_plan("samples per shard must be in 1.." + std::to_string(kMaxSamplesPerShard - 1));
  int64_t total = shard_total(count, per_shard);
  if (total > kMaxShards) return bad_plan("more than " + std::to_string(kMaxShards) + " shards");
  if (machines < 1 || machine < 0 || machine >= machines)
    return bad_plan("machine " + std::to_string(machine) + " of " + std::to_string(machines) + " is out of range");
  std::vector<PlannedShard> out;
  for (int64_t j = machine; j < total; j += machines)
    out.push_back({j, j + 1 < total ? per_shard : count - (total - 1) * per_shard});
  return out;
}

base::Result<std::pair<int64_t, int64_t>> parse_machine(std::string_view text) {
  long long i = -1, k = -1;
  int used = 0;
  std::string s(text);
  if (std::sscanf(s.c_str(), "%lld/%lld%n", &i, &k, &used) != 2 || used != int(s.size()) || k < 1 || i < 0 || i >= k)
    return bad_plan("--shard expects i/K with 0 <= i < K, got '" + s + "'");
  return std::pair<int64_t, int64_t>(i, k);
}

json identity_json(const DatasetIdentity& id) {
  json j = {{"format", "cadscribe-webdataset"},
            {"format_version", 1},
            {"seed", id.seed},
            {"count", id.count},
            {"samples_per_shard", id.per_shard},
            {"shards", shard_total(id.count, id.per_shard)},
            {"split", id.split},
            {"generator_version", id.generator_version},
            {"options", id.options}};
  if (!id.provenance.is_null()) j["provenance"] = id.provenance;
  return j;
}

base::Result<DatasetIdentity> parse_identity(const json& j) {
  DatasetIdentity id;
  try {
    id.seed = j.at("seed").get<uint64_t>();
    id.count = j.at("count").get<int64_t>();
    id.per_shard = j.at("samples_per_shard").get<int64_t>();
    id.split = j.at("split").get<std::string>();
    id.generator_version = j.at("generator_version").get<std::string>();
    id.options = j.value("options", json::object());
    if (j.contains("provenance")) id.provenance = j["provenance"];
  } catch (const std::exception& e) {
    return base::make_diag("synth.bad_dataset", std::string("malformed dataset.json: ") + e.what());
  }
  if (id.split.empty() || id.split.find('/') != std::string::npos || id.split.find('.') != std::string::npos)
    return base::make_diag("synth.bad_dataset", "split '" + id.split + "' must be a plain folder name");
  if (auto plan = plan_shards(id.count, id.per_shard); !plan)
    return base::make_diag("synth.bad_dataset", plan.error().message);
  return id;
}

base::Status write_identity(const std::string& root, const DatasetIdentity& identity) {
  TRY(DatasetIdentity checked, parse_identity(identity_json(identity)));
  (void)checked;
  std::string path = join_path(root, "dataset.json");
  std::string text = identity_json(identity).dump(2) + "\n";
  if (file_exists(path)) {
    TRY(std::string old, read_text_file(path));
    if (old == text) return base::ok_status();
    return base::make_diag("synth.dataset_mismatch",
                           path + " describes another dataset (seed, count, shard size, split, version or options "
                                  "differ): use another output folder",
                           {path});
  }
  TRY_STATUS(make_dirs(root));
  return write_file_atomic(path, text);
}

base::Result<DatasetIdentity> read_identity(const std::string& root) {
  std::string path = join_path(root, "dataset.json");
  TRY(std::string text, read_text_file(path));
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return base::make_diag("synth.bad_dataset", path + " is not JSON", {path});
  return parse_identity(j);
}

std::vector<int64_t> missing_shards(const std::string& root, const DatasetIdentity& identity) {
  std::vector<int64_t> missing;
  for (int64_t j = 0; j < shard_total(identity.count, identity.per_shard); ++j)
    if (!file_exists(shard_paths(root, identity.split, j).tar)) missing.push_back(j);
  return missing;
}

base::Result<json> merge_dataset(const std::string& root) {
  TRY(DatasetIdentity id, read_identity(root));
  std::vector<int64_t> missing = missing_shards(root, id);
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 10; ++i) list += (i ? ", " : "") + std::to_string(missing[i]);
    if (missing.size() > 10) list += ", …";
    return base::make_diag("synth.merge_incomplete", std::to_string(missing.size()) + " of " +
                                                         std::to_string(shard_total(id.count, id.per_shard)) +
                                                         " shards are not finished: " + list);
  }
  std::string manifest_path = join_path(root, "manifest.jsonl");
  std::string tmp = manifest_path + ".tmp";
  std::unique_ptr<FILE, int (*)(FILE*)> manifest(std::fopen(tmp.c_str(), "wb"), std::fclose);
  if (!manifest) return base::make_diag("io.open_failed", "cannot create '" + tmp + "'", {tmp});
  StatsAccumulator stats;
  int64_t total = shard_total(id.count, id.per_shard);
  for (int64_t j = 0; j < total; ++j) {
    TRY(Sidecar sidecar, read_sidecar(shard_paths(root, id.split, j).sidecar));
    stats.add_tally(sidecar.tally);
    for (json& row : sidecar.rows) {
      try {
        stats.add_row(row);
      } catch (const json::exception& e) {
        return base::make_diag("synth.bad_sidecar", shard_paths(root, id.split, j).sidecar + ": " + e.what());
      }
      row.erase("descriptor");
      std::string line = row.dump() + "\n";
      if (std::fwrite(line.data(), 1, line.size(), manifest.get()) != line.size())
        return base::make_diag("io.write_failed", "cannot write '" + tmp + "'", {tmp});
    }
  }
  if (std::fclose(manifest.release()) != 0) return base::make_diag("io.write_failed", "cannot write '" + tmp + "'", {tmp});
  if (std::rename(tmp.c_str(), manifest_path.c_str()) != 0)
    return base::make_diag("io.write_failed", "cannot rename '" + tmp + "'", {manifest_path});
  json result = stats.result();
  if (result["total"].get<int64_t>() != id.count)
    return base::make_diag("synth.bad_dataset", "the shards hold " + result["total"].dump() + " samples, dataset.json says " +
                                                    std::to_string(id.count));
  TRY_STATUS(write_file_atomic(join_path(root, "stats.json"), result.dump(2) + "\n"));
  return result;
}

}  // namespace cadscribe::synth
