#include "synth/sidecar.h"

#include <filesystem>
#include <system_error>

#include "synth/layout.h"
#include "synth/sample_row.h"
#include "synth/shard_reader.h"
#include "synth/tar.h"

namespace cadscribe::synth {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json counts_json(const std::map<std::string, int64_t>& counts) {
  json j = json::object();
  for (const auto& [k, v] : counts) j[k] = v;
  return j;
}

std::map<std::string, int64_t> parse_counts(const json& j) {
  std::map<std::string, int64_t> out;
  for (const auto& [k, v] : j.items()) out[k] = v.get<int64_t>();
  return out;
}

}  // namespace

json tally_json(const ShardTally& t) {
  return json{{"count", t.samples},
              {"attempts", t.attempts},
              {"duplicates", t.duplicates},
              {"failures_by_code", counts_json(t.failures_by_code)},
              {"failures_by_family", counts_json(t.failures_by_family)},
              {"attempts_by_family", counts_json(t.attempts_by_family)}};
}

base::Result<ShardTally> parse_tally(const json& j) {
  ShardTally t;
  try {
    t.samples = j.at("count").get<int64_t>();
    t.attempts = j.at("attempts").get<int64_t>();
    t.duplicates = j.at("duplicates").get<int64_t>();
    t.failures_by_code = parse_counts(j.at("failures_by_code"));
    t.failures_by_family = parse_counts(j.at("failures_by_family"));
    t.attempts_by_family = parse_counts(j.at("attempts_by_family"));
  } catch (const std::exception& e) {
    return base::make_diag("synth.bad_sidecar", std::string("malformed tallies: ") + e.what());
  }
  return t;
}

base::Result<Sidecar> read_sidecar(const std::string& path) {
  TRY(std::string text, read_text_file(path));
  json j = json::parse(text, nullptr, false);
  auto bad = [&](const std::string& what) { return base::make_diag("synth.bad_sidecar", path + ": " + what, {path}); };
  if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
  Sidecar s;
  auto tally = parse_tally(j);
  if (!tally) return bad(tally.error().message);
  s.tally = *tally;
  try {
    s.shard = j.at("shard").get<int64_t>();
    s.file = j.at("file").get<std::string>();
    s.tar_bytes = j.at("tar_bytes").get<uint64_t>();
    for (auto& row : j.at("rows")) s.rows.push_back(std::move(row));
  } catch (const std::exception& e) {
    return bad(std::string("malformed: ") + e.what());
  }
  if (int64_t(s.rows.size()) != s.tally.samples) return bad("row count differs from count");
  return s;
}

base::Result<ShardTally> read_sidecar_tally(const std::string& path) {
  TRY(Sidecar s, read_sidecar(path));
  return s.tally;
}

base::Status complete_shard(const std::string& root, const std::string& split, int64_t index, uint64_t tar_bytes,
                            const ShardTally& tally) {
  ShardPaths paths = shard_paths(root, split, index);
  {
    TRY(TarWriter tar, TarWriter::append(paths.partial, tar_bytes));
    TRY_STATUS(tar.finish());
  }
  std::string file = split + "/" + shard_stem(index) + ".tar";
  json rows = json::array();
  TRY(ShardReader reader, ShardReader::open(paths.partial));
  while (true) {
    TRY(std::optional<SampleMembers> sample, reader.next());
    if (!sample) break;
    const TarMember* py = sample->find("py");
    const TarMember* scad = py ? nullptr : sample->find("scad");
    const TarMember* meta = sample->find("json");
    if (!(py || scad) || !meta)
      return base::make_diag("synth.bad_shard", paths.partial + ": sample '" + sample->key + "' lacks its program or .json");
    TRY(json row, sample_row(sample->key, file, py ? py->data : scad->data, meta->data,
                             py ? ProgramLanguage::kPython : ProgramLanguage::kOpenScad));
    rows.push_back(std::move(row));
  }
  if (int64_t(rows.size()) != tally.samples)
    return base::make_diag("synth.bad_shard", paths.partial + ": holds " + std::to_string(rows.size()) +
                                                  " samples, expected " + std::to_string(tally.samples));
  json sidecar = tally_json(tally);
  sidecar["shard"] = index;
  sidecar["file"] = file;
  sidecar["tar_bytes"] = tar_bytes + 2 * kTarBlock;
  sidecar["rows"] = std::move(rows);
  TRY_STATUS(write_file_atomic(paths.sidecar, sidecar.dump() + "\n"));
  std::error_code ec;
  fs::rename(paths.partial, paths.tar, ec);
  if (ec) return base::make_diag("io.write_failed", "cannot rename '" + paths.partial + "': " + ec.message(), {paths.tar});
  fs::remove(paths.checkpoint, ec);
  fs::remove(paths.checkpoint + ".tmp", ec);  // torn by a kill during an earlier checkpoint write
  return base::ok_status();
}

}  // namespace cadscribe::synth
