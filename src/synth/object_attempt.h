// synth/object_attempt.h — one generation attempt of an object dataset (text → OpenSCAD, issue 7):
// pick a category, write its program and prompts (object.h), execute it with the OpenSCAD engine
// and check that it is printable (object_check.h), render the 8 views, fingerprint and describe
// it. The same contract as the part families' attempts (generate.h): a pure function of (dataset
// seed, shard, attempt), so the shard builder, the attempt zygote and the dataset plan serve both.
//
// The sample's program is {key}.scad; its metadata holds the phrasings that describe the variant
// ("prompts", each equally true of it), the category and its group, and mesh facts in place of
// B-rep ones (num_triangles; no num_faces: a mesh has no B-rep faces).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "synth/generate.h"
#include "synth/object.h"

namespace cadscribe::synth {

// Bumped whenever a change alters the bytes of an object sample (generators, prompts, metadata).
inline constexpr const char* kObjectGeneratorVersion = "cadscribe-objects/1";
// Phrasings stored per sample (fewer when a variant's facts allow fewer).
inline constexpr int kObjectPrompts = 4;

// The category attempt `seed` uses (stream 3 of the attempt's seed), from options.families or all.
[[nodiscard]] const ObjectCategory& choose_object_category(const GenerateOptions& options, uint64_t attempt_seed);

// The built-in OpenSCAD modules a program calls, in first-use order, and how many calls in all:
// the object counterpart of cadquery_ops_json (from the program's tokens, so it cannot drift
// from what the writer wrote).
struct ScadOps {
  std::vector<std::string> names;
  int count = 0;
  int64_t tokens = 0;  // the program's lexical tokens, end marker excluded (num_tokens)
};
[[nodiscard]] ScadOps scad_ops(std::string_view program);

[[nodiscard]] Attempt make_object_attempt(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard,
                                          int64_t attempt, AttemptTimes* times = nullptr);

}  // namespace cadscribe::synth
