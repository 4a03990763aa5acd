// pipeline/reconstruct_split.h — reconstruction over a dataset split, as pairs for the benchmark
// harness (bench.h): for each sample, its stored views go through reconstruct() and the result
// is written beside the sample's own program, so that the isolated score workers measure
// prediction against ground truth by the protocol of DESIGN.md §5, broken down by family.
//
// OUT/preds/{key}.py   the reconstructed program (absent when reconstruction failed: a failure)
// OUT/gt/{key}.py      the sample's program
// OUT/reconstruct.jsonl one line per sample: key, family, origin of the winner, view agreement,
//                      seconds, candidates tried and how many of the model's executed, or error;
//                      "in_library": true when the library holds a program of the same geometric
//                      fingerprint (another seed is not always another part)
// Resumable: samples already in reconstruct.jsonl are not redone, so a run killed by a crash of
// native code loses at most the sample it was on. Parallel: K processes each take one stripe
// (parts i, i + K, i + 2K … into its own folder); their reconstruct.jsonl, preds/ and gt/ put
// together in one folder make a run that is complete, which one more run over all then scores.
// The parts come from a dataset split (its stored views) or from programs whose views are
// rendered here with the rig, as the synth engine renders them: parts outside the generator's
// families, such as the hand-written spec corpus. A program that does not execute is no part: it
// is skipped (logged with "skipped", not scored).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/result.h"
#include "pipeline/bench.h"
#include "pipeline/reconstruct.h"
#include "pipeline/training_data.h"

namespace cadscribe::pipeline {

struct ReconstructSplit {
  std::vector<BenchPair> pairs;     // pred, gt and group (the family) of every sample done
  std::vector<nlohmann::json> lines;  // reconstruct.jsonl
};

// Which parts a run reconstructs: of the first `limit` (all when limit <= 0), those whose index
// is `stripe` modulo `stripes`. Parts already in the folder's log are kept whatever their stripe.
struct PartSelection {
  int64_t limit = 0;
  int64_t stripe = 0, stripes = 1;
};

[[nodiscard]] base::Result<ReconstructSplit> reconstruct_split(const DatasetIndex& index, const CandidateSources& sources,
                                                               const ReconstructOptions& options, const std::string& out,
                                                               const PartSelection& selection,
                                                               const std::function<void(int64_t, int64_t)>& progress = {});

// CadQuery programs, given as .py files or folders of them (taken in name order). The key is the
// file's stem and the group its folder's name.
struct ProgramPart {
  std::string key, group, path;
};
[[nodiscard]] base::Result<std::vector<ProgramPart>> find_program_parts(const std::vector<std::string>& inputs);

[[nodiscard]] base::Result<ReconstructSplit> reconstruct_programs(const std::vector<ProgramPart>& parts,
                                                                  const CandidateSources& sources,
                                                                  const ReconstructOptions& options, const std::string& out,
                                                                  const PartSelection& selection,
                                                                  const std::function<void(int64_t, int64_t)>& progress = {});

// Time per part (failed parts included) and where winners came from: {"parts", "failed",
// "skipped" (programs that did not execute), "in_library" (parts the library already holds),
// "seconds": {mean, p50, p90, max},
// "origins": {origin: count}, "model_candidates_executed": share}.
[[nodiscard]] nlohmann::json reconstruct_summary(const std::vector<nlohmann::json>& lines);

}  // namespace cadscribe::pipeline
