#include "synth/shard_builder.h"

#include <filesystem>
#include <optional>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "synth/layout.h"
#include "synth/sample_row.h"
#include "synth/sidecar.h"
#include "synth/tar.h"

namespace cadscribe::synth {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Checkpoint {
  ShardTally tally;
  uint64_t tar_bytes = 0;
  std::vector<uint64_t> fingerprints;  // in write order: fingerprints[i] is sample i's
};

std::string checkpoint_json(const ShardSpec& spec, const Checkpoint& c) {
  json fps = json::array();
  for (uint64_t f : c.fingerprints) fps.push_back(fingerprint_hex(f));
  json j = tally_json(c.tally);
  j["shard"] = spec.index;
  j["target"] = spec.count;
  j["tar_bytes"] = c.tar_bytes;
  j["fingerprints"] = fps;
  return j.dump() + "\n";
}

base::Result<Checkpoint> parse_checkpoint(const ShardSpec& spec, const std::string& path, const std::string& text) {
  auto bad = [&](const std::string& what) {
    return base::make_diag("synth.bad_checkpoint", path + ": " + what + " (delete it to rebuild the shard)", {path});
  };
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
  Checkpoint c;
  try {
    if (j.at("shard").get<int64_t>() != spec.index || j.at("target").get<int64_t>() != spec.count)
      return bad("written for another shard or count");
    TRY(c.tally, parse_tally(j));
    c.tar_bytes = j.at("tar_bytes").get<uint64_t>();
    for (const auto& f : j.at("fingerprints")) c.fingerprints.push_back(std::stoull(f.get<std::string>(), nullptr, 16));
  } catch (const std::exception& e) {
    return bad(std::string("malformed: ") + e.what());
  }
  if (int64_t(c.fingerprints.size()) != c.tally.samples || c.tally.samples > spec.count || c.tar_bytes % kTarBlock != 0)
    return bad("inconsistent counts");
  return c;
}

std::string too_many_failures_message(const ShardSpec& spec, const ShardTally& t) {
  std::string msg = "shard " + std::to_string(spec.index) + ": " + std::to_string(t.attempts) + " attempts gave " +
                    std::to_string(t.samples) + " of " + std::to_string(spec.count) + " samples; duplicates " +
                    std::to_string(t.duplicates) + "; failures:";
  for (const auto& [code, n] : t.failures_by_code) msg += " " + code + "×" + std::to_string(n);
  msg += "; by family:";
  for (const auto& [family, n] : t.failures_by_family) msg += " " + family + "×" + std::to_string(n);
  return msg;
}

base::Status append_sample(TarWriter& tar, const std::string& key, const Attempt& a) {
  const SampleFiles& s = a.sample;
  TRY(std::string meta, annotate_meta(s.meta_json, a.fingerprint, a.descriptor));
  TRY_STATUS(tar.add(key + "." + s.program_extension, s.program));
  for (size_t i = 0; i < s.views_png.size(); ++i) TRY_STATUS(tar.add(key + "." + std::to_string(i) + ".png", s.views_png[i]));
  TRY_STATUS(tar.add(key + ".json", meta));
  if (!s.step.empty()) TRY_STATUS(tar.add(key + ".step", s.step));
  if (!s.stl.empty()) TRY_STATUS(tar.add(key + ".stl", s.stl));
  return base::ok_status();
}

void remove_if_exists(const std::string& path) {
  std::error_code ec;
  fs::remove(path, ec);
}

}  // namespace

int64_t max_attempts(int64_t count) { return 50 * count + 1000; }

ShardPaths shard_paths(const std::string& root, const std::string& split, int64_t index) {
  ShardPaths p;
  p.dir = join_path(root, split);
  std::string stem = join_path(p.dir, shard_stem(index));
  p.tar = stem + ".tar";
  p.partial = stem + ".tar.partial";
  p.sidecar = stem + ".json";
  p.checkpoint = stem + ".progress.json";
  return p;
}

base::Result<ShardOutcome> build_shard(const ShardSpec& spec, const AttemptFn& attempt, const ShardProgressFn& progress) {
  CHECK(spec.count > 0 && spec.count < kMaxSamplesPerShard);  // plan_shards validates user input
  ShardPaths paths = shard_paths(spec.root, spec.split, spec.index);
  ShardOutcome outcome;
  if (file_exists(paths.tar)) {
    // Killed between the rename and the checkpoint's removal: clean up what is left.
    remove_if_exists(paths.checkpoint);
    remove_if_exists(paths.checkpoint + ".tmp");
    remove_if_exists(paths.partial);
    TRY(outcome.tally, read_sidecar_tally(paths.sidecar));
    outcome.already_done = true;
    if (progress) progress(outcome.tally.samples, spec.count);
    return outcome;
  }
  TRY_STATUS(make_dirs(paths.dir));

  Checkpoint state;
  std::optional<TarWriter> tar;
  if (file_exists(paths.checkpoint)) {
    TRY(std::string text, read_text_file(paths.checkpoint));
    TRY(state, parse_checkpoint(spec, paths.checkpoint, text));
    if (!file_exists(paths.partial))
      return base::make_diag("synth.bad_checkpoint", paths.checkpoint + ": its .tar.partial is missing", {paths.checkpoint});
    TRY(TarWriter w, TarWriter::append(paths.partial, state.tar_bytes));
    tar.emplace(std::move(w));
    outcome.resumed = true;
  } else {
    TRY(TarWriter w, TarWriter::create(paths.partial));
    tar.emplace(std::move(w));
  }
  std::set<uint64_t> seen(state.fingerprints.begin(), state.fingerprints.end());
  ShardTally& t = state.tally;
  if (progress) progress(t.samples, spec.count);

  while (t.samples < spec.count) {
    if (t.attempts >= max_attempts(spec.count))
      return base::make_diag("synth.too_many_failures", too_many_failures_message(spec, t));
    Attempt a = attempt(t.attempts);
    ++t.attempts;
    ++t.attempts_by_family[a.family];
    if (!a.ok) {
      ++t.failures_by_code[a.failure_code.empty() ? std::string("unknown") : a.failure_code];
      ++t.failures_by_family[a.family];
      continue;
    }
    if (!seen.insert(a.fingerprint).second) {
      ++t.duplicates;
      continue;
    }
    TRY_STATUS(append_sample(*tar, sample_key(spec.index, t.samples), a));
    ++t.samples;
    state.fingerprints.push_back(a.fingerprint);
    state.tar_bytes = tar->size();
    // The tar bytes are already flushed: a checkpoint never points past them.
    TRY_STATUS(write_file_atomic(paths.checkpoint, checkpoint_json(spec, state)));
    if (progress) progress(t.samples, spec.count);
  }
  tar.reset();
  TRY_STATUS(complete_shard(spec.root, spec.split, spec.index, state.tar_bytes, t));
  outcome.tally = t;
  return outcome;
}

}  // namespace cadscribe::synth
