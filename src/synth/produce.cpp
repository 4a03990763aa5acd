#include "synth/produce.h"

#include "synth/crash_guard.h"
#include "synth/layout.h"

namespace cadscribe::synth {

nlohmann::json generate_options_json(const GenerateOptions& o) {
  return {{"families", o.families}, {"with_step", o.with_step}, {"with_stl", o.with_stl},
          {"fingerprint_resolution", o.fingerprint_resolution}};
}

base::Result<GenerateOptions> generate_options_from(const nlohmann::json& j) {
  GenerateOptions o;
  if (!j.is_object()) return base::make_diag("synth.bad_dataset", "dataset options must be an object");
  try {
    o.families = j.value("families", std::vector<std::string>{});
    o.with_step = j.value("with_step", false);
    o.with_stl = j.value("with_stl", false);
    o.fingerprint_resolution = j.value("fingerprint_resolution", 32);
  } catch (const nlohmann::json::exception& e) {
    return base::make_diag("synth.bad_dataset", std::string("dataset options: ") + e.what());
  }
  for (const auto& name : o.families)
    if (!find_family(name)) return base::make_diag("synth.unknown_family", "no family named '" + name + "'");
  if (o.fingerprint_resolution < 8 || o.fingerprint_resolution > 128 || o.fingerprint_resolution % 4 != 0)
    return base::make_diag("synth.bad_dataset", "fingerprint_resolution must be a multiple of 4 in [8, 128]");
  return o;
}

base::Result<ShardRun> produce_shard(const std::string& root, const DatasetIdentity& identity, int64_t shard,
                                     int64_t count, const ShardProgressFn& progress) {
  TRY(GenerateOptions options, generate_options_from(identity.options));
  const std::string split_dir = join_path(root, identity.split);
  const std::set<int64_t> crashed = crashed_attempts(split_dir, shard);
  ShardRun run;
  AttemptFn attempt = [&](int64_t a) {
    if (crashed.count(a)) {
      Attempt failed;
      failed.failure_code = "crash.worker";
      failed.family = std::string(choose_family(options, attempt_seed(identity.seed, shard, a)).name);
      return failed;
    }
    mark_in_flight(split_dir, shard, a);
    AttemptTimes t;
    Attempt result = make_attempt(options, identity.seed, shard, a, &t);
    run.times.write += t.write;
    run.times.execute += t.execute;
    run.times.render += t.render;
    run.times.encode += t.encode;
    run.times.fingerprint += t.fingerprint;
    ++run.attempts_run;
    return result;
  };
  ShardSpec spec;
  spec.root = root;
  spec.split = identity.split;
  spec.index = shard;
  spec.count = count;
  TRY(run.outcome, build_shard(spec, attempt, progress));
  clear_crash_markers(split_dir, shard);
  return run;
}

}  // namespace cadscribe::synth
