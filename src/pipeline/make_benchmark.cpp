#include "pipeline/make_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace cadscribe::pipeline {

base::Result<std::vector<MakeBenchCase>> make_bench_cases(const std::string& dataset, int64_t limit) {
  const std::string path = (std::filesystem::path(dataset) / "manifest.jsonl").string();
  std::ifstream in(path);
  if (!in) return base::make_diag("io.read_failed", "cannot read '" + path + "' (an object dataset from synth --objects)", {path});
  std::vector<MakeBenchCase> cases;
  std::string line;
  for (int64_t n = 1; std::getline(in, line); ++n) {
    const auto row = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    const bool ok = row.is_object() && row.contains("prompts") && row["prompts"].is_array() && !row["prompts"].empty() &&
                    row["prompts"][0].is_string() && row.contains("category") && row["category"].is_string() &&
                    row.contains("key") && row["key"].is_string();
    if (!ok)
      return base::make_diag("data.bad_manifest", path + ":" + std::to_string(n) + ": expected an object sample's row "
                                                  "(key, category, prompts)", {path});
    cases.push_back({row["key"], row["prompts"][0], row["category"]});
    if (limit > 0 && int64_t(cases.size()) >= limit) break;
  }
  if (cases.empty()) return base::make_diag("data.no_samples", path + ": no samples", {path});
  return cases;
}

MakeBenchRow make_bench_one(const ProgramModel& model, const ObjectJudge& judge, const MakeBenchCase& c,
                            const MakeOptions& options, std::optional<mesh::Mesh>* kept_mesh) {
  MakeBenchRow row;
  row.input = c;
  const auto t0 = std::chrono::steady_clock::now();
  auto made = make_from_prompt(model, judge, c.prompt, options);
  row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!made) {
    row.failure = made.error().code;
    return row;
  }
  for (const auto& cand : made->candidates) {
    row.tokens += cand.tokens;
    row.decode_seconds += cand.decode_seconds;
  }
  if (const MadeCandidate* best = made->best()) {
    row.closed = true;
    row.judged = best->verdict.category;
    row.correct = row.judged == c.category;
    if (kept_mesh) *kept_mesh = best->mesh;
  } else {
    row.failure = made->candidates.empty() ? "make.no_candidate" : made->candidates.front().failure;
  }
  return row;
}

nlohmann::json MakeBenchRow::to_json() const {
  return {{"key", input.key},   {"prompt", input.prompt}, {"category", input.category}, {"closed", closed},
          {"correct", correct}, {"judged", judged},       {"failure", failure},         {"seconds", seconds},
          {"tokens", tokens},   {"decode_seconds", decode_seconds}};
}

MakeBenchSummary summarize(const std::vector<MakeBenchRow>& rows) {
  MakeBenchSummary s;
  s.cases = int64_t(rows.size());
  if (rows.empty()) return s;
  std::vector<double> times;
  double tokens = 0, decode = 0;
  for (const auto& r : rows) {
    s.closed_rate += r.closed;
    s.accuracy += r.correct;
    times.push_back(r.seconds);
    tokens += double(r.tokens);
    decode += r.decode_seconds;
  }
  s.closed_rate /= double(rows.size());
  s.accuracy /= double(rows.size());
  std::sort(times.begin(), times.end());
  for (double t : times) s.mean_seconds += t / double(times.size());
  auto at = [&](double q) { return times[std::min(times.size() - 1, size_t(q * double(times.size())))]; };
  s.p50_seconds = at(0.5);
  s.p90_seconds = at(0.9);
  s.max_seconds = times.back();
  s.tokens_per_second = decode > 0 ? tokens / decode : 0;
  return s;
}

nlohmann::json MakeBenchSummary::to_json() const {
  return {{"cases", cases},         {"closed_rate", closed_rate}, {"accuracy", accuracy},
          {"mean_s", mean_seconds}, {"p50_s", p50_seconds},       {"p90_s", p90_seconds},
          {"max_s", max_seconds},   {"tokens_per_s", tokens_per_second}};
}

std::string MakeBenchSummary::table_md() const {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "| prompts | closed, printable | category accuracy | s / make (p50, p90, max) | tokens/s |\n"
                "| --- | --- | --- | --- | --- |\n"
                "| %lld | %.1f%% | %.1f%% | %.2f (%.2f, %.2f, %.2f) | %.0f |\n",
                static_cast<long long>(cases), 100 * closed_rate, 100 * accuracy, mean_seconds, p50_seconds, p90_seconds,
                max_seconds, tokens_per_second);
  return buf;
}

}  // namespace cadscribe::pipeline
