// pipeline/make_benchmark.h — the text → OpenSCAD benchmark (issue 7): `make` on held-out prompts
// of an object dataset (a split generated from seeds the model never trained on: new parameter
// values, and phrasings drawn afresh), each scored by
//   closed:  the kept program compiles to one closed, printable body (synth/object_check.h),
//   correct: the judge (object_judge.h) names the category the prompt's sample came from,
// with the time of the whole make and the decoding speed. Runs in this process, one prompt after
// another, on the threads the caller set (one core for the figures).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "pipeline/maker.h"

namespace cadscribe::pipeline {

struct MakeBenchCase {
  std::string key, prompt, category;
};

// The first prompt of each sample of an object dataset folder (its manifest.jsonl), in key
// order, at most `limit` (0: all). Errors: io.*, data.bad_manifest, data.no_samples.
[[nodiscard]] base::Result<std::vector<MakeBenchCase>> make_bench_cases(const std::string& dataset, int64_t limit);

struct MakeBenchRow {
  MakeBenchCase input;
  bool closed = false, correct = false;
  std::string judged, failure;  // failure: why nothing printable was made ("" when closed)
  double seconds = 0;           // the whole make: decoding, execution, judging
  int64_t tokens = 0;           // generated over all candidates
  double decode_seconds = 0;
  [[nodiscard]] nlohmann::json to_json() const;
};

struct MakeBenchSummary {
  int64_t cases = 0;
  double closed_rate = 0, accuracy = 0;  // shares of all cases
  double mean_seconds = 0, p50_seconds = 0, p90_seconds = 0, max_seconds = 0;
  double tokens_per_second = 0;          // decoding, over all candidates
  [[nodiscard]] nlohmann::json to_json() const;
  [[nodiscard]] std::string table_md() const;
};

// `kept_mesh`, when given, receives the kept candidate's mesh (none when nothing printable was made).
[[nodiscard]] MakeBenchRow make_bench_one(const ProgramModel& model, const ObjectJudge& judge, const MakeBenchCase& c,
                                          const MakeOptions& options, std::optional<mesh::Mesh>* kept_mesh = nullptr);
[[nodiscard]] MakeBenchSummary summarize(const std::vector<MakeBenchRow>& rows);

}  // namespace cadscribe::pipeline
