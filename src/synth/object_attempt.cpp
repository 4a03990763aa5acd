#include "synth/object_attempt.h"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "cad/scad_execute.h"
#include "lang/scad/lexer.h"
#include "mesh/mesh.h"
#include "synth/object_check.h"
#include "synth/sample_row.h"
#include "synth/signature.h"

namespace cadscribe::synth {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The object's own seed: a different hash of the attempt seed than the category choice's stream,
// so that which category an attempt draws and how its variant looks are independent.
uint64_t object_seed(uint64_t attempt_seed) { return splitmix(attempt_seed ^ 0x6f626a6563747321ull); }

}  // namespace

const ObjectCategory& choose_object_category(const GenerateOptions& options, uint64_t seed) {
  std::vector<const ObjectCategory*> pool;
  for (const auto& name : options.families) pool.push_back(find_object_category(name));
  if (pool.empty())
    for (const auto& c : object_categories()) pool.push_back(&c);
  base::Rng category_rng = base::Rng(seed).fork(3);
  return *pool[static_cast<size_t>(category_rng.uniform_int(0, int64_t(pool.size()) - 1))];
}

ScadOps scad_ops(std::string_view program) {
  static const std::unordered_set<std::string> builtins = cad::scad_builtin_modules();
  const lang::scad::LexResult lexed = lang::scad::lex(program, "<object>");
  ScadOps ops;
  const auto& t = lexed.tokens;
  ops.tokens = static_cast<int64_t>(t.size()) - 1;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].kind != lang::scad::Tok::kIdent || !builtins.contains(t[i].text)) continue;
    if (t[i + 1].kind != lang::scad::Tok::kOp || t[i + 1].text != "(") continue;
    if (i > 0 && t[i - 1].kind == lang::scad::Tok::kIdent && t[i - 1].text == "module") continue;  // a definition
    ++ops.count;
    if (std::find(ops.names.begin(), ops.names.end(), t[i].text) == ops.names.end()) ops.names.push_back(t[i].text);
  }
  return ops;
}

Attempt make_object_attempt(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard, int64_t attempt,
                            AttemptTimes* times) {
  AttemptTimes local;
  AttemptTimes& t = times ? *times : local;
  const uint64_t seed = attempt_seed(dataset_seed, shard, attempt);
  const ObjectCategory& category = choose_object_category(options, seed);

  Attempt a;
  a.family = std::string(category.name);
  auto t0 = Clock::now();
  const uint64_t variant_seed = object_seed(seed);
  ObjectSample object = make_object(category, variant_seed, kObjectPrompts);
  t.write = seconds_since(t0);

  t0 = Clock::now();
  const ObjectRun run = run_object(object);
  t.execute = seconds_since(t0);
  if (!run.printable()) {
    a.failure_code = run.failure;
    return a;
  }
  const mesh::Mesh& mesh = *run.execution.mesh;
  const cad::ScadFacts& facts = run.execution.facts;

  render_and_sign(mesh, facts.bbox, options.fingerprint_resolution, a, t);

  const ScadOps ops = scad_ops(object.program);
  nlohmann::ordered_json meta;
  meta["uuid"] = sample_uuid(seed);
  meta["family"] = a.family;
  meta["category"] = a.family;
  meta["group"] = std::string(category.group);
  meta["prompts"] = object.prompts;
  meta["seed"] = dataset_seed;
  meta["shard"] = shard;
  meta["attempt"] = attempt;
  meta["program_seed"] = variant_seed;
  meta["generator_version"] = kObjectGeneratorVersion;
  meta["language"] = "openscad";
  meta["scad_ops_json"] = nlohmann::json(ops.names).dump();
  meta["scad_ops_count"] = ops.count;
  meta["num_triangles"] = facts.triangles;
  meta["num_renders"] = static_cast<int>(a.sample.views_png.size());
  meta["num_tokens"] = ops.tokens;
  meta["volume"] = facts.volume;
  const auto& b = facts.bbox;
  meta["bbox"] = {{"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}};
  meta["fingerprint"] = fingerprint_hex(a.fingerprint);
  meta["descriptor"] = a.descriptor;
  a.sample.meta_json = meta.dump();
  a.sample.program_extension = "scad";
  a.sample.program = std::move(object.program);
  if (options.with_stl) a.sample.stl = mesh::to_stl_binary(mesh);
  a.ok = true;
  return a;
}

}  // namespace cadscribe::synth
