#include "synth/produce.h"

#include "synth/layout.h"
#include "synth/object.h"

namespace cadscribe::synth {

nlohmann::json generate_options_json(const GenerateOptions& o) {
  nlohmann::json j = {{"families", o.families}, {"with_step", o.with_step}, {"with_stl", o.with_stl},
                      {"fingerprint_resolution", o.fingerprint_resolution}};
  // Absent means parts, so the identity of every part dataset written before objects stays as it was.
  if (o.library == SampleLibrary::kObjects) j["library"] = "objects";
  return j;
}

base::Result<GenerateOptions> generate_options_from(const nlohmann::json& j) {
  GenerateOptions o;
  if (!j.is_object()) return base::make_diag("synth.bad_dataset", "dataset options must be an object");
  try {
    o.families = j.value("families", std::vector<std::string>{});
    o.with_step = j.value("with_step", false);
    o.with_stl = j.value("with_stl", false);
    o.fingerprint_resolution = j.value("fingerprint_resolution", 32);
    const std::string library = j.value("library", std::string("parts"));
    if (library == "objects") o.library = SampleLibrary::kObjects;
    else if (library != "parts")
      return base::make_diag("synth.bad_dataset", "dataset options: library must be \"parts\" or \"objects\", not \"" +
                                                      library + "\"");
  } catch (const nlohmann::json::exception& e) {
    return base::make_diag("synth.bad_dataset", std::string("dataset options: ") + e.what());
  }
  const bool objects = o.library == SampleLibrary::kObjects;
  for (const auto& name : o.families) {
    if (objects && !find_object_category(name))
      return base::make_diag("synth.unknown_family", "no object category named '" + name + "'");
    if (!objects && !find_family(name)) return base::make_diag("synth.unknown_family", "no family named '" + name + "'");
  }
  if (objects && o.with_step)
    return base::make_diag("synth.bad_dataset", "objects are meshes: they have no STEP file (drop --step)");
  if (o.fingerprint_resolution < 8 || o.fingerprint_resolution > 128 || o.fingerprint_resolution % 4 != 0)
    return base::make_diag("synth.bad_dataset", "fingerprint_resolution must be a multiple of 4 in [8, 128]");
  return o;
}

base::Result<ShardRun> produce_shard(const std::string& root, const DatasetIdentity& identity, int64_t shard,
                                     int64_t count, AttemptZygote* zygote, const ShardProgressFn& progress) {
  TRY(GenerateOptions options, generate_options_from(identity.options));
  ShardRun run;
  AttemptFn attempt = [&](int64_t a) {
    AttemptTimes t;
    Attempt result = zygote ? zygote->run(options, identity.seed, shard, a, &t)
                            : make_attempt(options, identity.seed, shard, a, &t);
    run.times += t;
    ++run.attempts_run;
    return result;
  };
  ShardSpec spec;
  spec.root = root;
  spec.split = identity.split;
  spec.index = shard;
  spec.count = count;
  TRY(run.outcome, build_shard(spec, attempt, progress));
  return run;
}

}  // namespace cadscribe::synth
