#include "pipeline/reconstruct_split.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "render/png.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

namespace {

nlohmann::json line_of(const SampleRef& ref, const base::Result<Reconstruction>& r) {
  nlohmann::json j = {{"key", ref.key}, {"family", ref.family}};
  if (!r) {
    j["error"] = {{"code", r.error().code}, {"message", r.error().message}};
    return j;
  }
  int model = 0, model_ok = 0;
  for (const auto& c : r->candidates)
    if (c.origin.rfind("beam", 0) == 0) {
      ++model;
      model_ok += c.error ? 0 : 1;
    }
  j["origin"] = r->origin;
  j["score"] = r->agreement.score;
  j["silhouette_iou"] = r->agreement.silhouette_iou;
  j["seconds"] = r->total_seconds;
  j["model_seconds"] = r->model_seconds;
  j["candidates"] = r->candidates.size();
  j["model_candidates"] = model;
  j["model_candidates_executed"] = model_ok;
  j["refine_evaluations"] = r->refine_evaluations;
  return j;
}

}  // namespace

base::Result<ReconstructSplit> reconstruct_split(const DatasetIndex& index, const CandidateSources& sources,
                                                 const ReconstructOptions& options, const std::string& out, int64_t limit,
                                                 const std::function<void(int64_t, int64_t)>& progress) {
  const fs::path root(out), preds = root / "preds", gts = root / "gt";
  std::error_code ec;
  fs::create_directories(preds, ec);
  fs::create_directories(gts, ec);
  if (ec) return base::make_diag("io.create_dir_failed", "cannot create '" + out + "': " + ec.message(), {out});
  const std::string log_path = (root / "reconstruct.jsonl").string();
  ReconstructSplit split;
  std::set<std::string> done;
  {
    std::ifstream in(log_path);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("key") && j["key"].is_string() && done.insert(j["key"]).second) split.lines.push_back(j);
    }
  }
  std::ofstream log(log_path, std::ios::app);
  const int64_t n = limit > 0 ? std::min<int64_t>(limit, int64_t(index.samples.size())) : int64_t(index.samples.size());
  for (int64_t i = 0; i < n; ++i) {
    const SampleRef& ref = index.samples[size_t(i)];
    const std::string pred = (preds / (ref.key + ".py")).string(), gt = (gts / (ref.key + ".py")).string();
    split.pairs.push_back({ref.key, pred, gt, ref.family});
    if (done.count(ref.key)) continue;
    TRY_STATUS(render::write_file(ref.program, gt));
    TRY(std::vector<render::Image> views, load_view_images(index, ref, int(options.rig.views.size())));
    std::vector<std::string> names;
    for (size_t v = 0; v < views.size(); ++v) names.push_back(ref.key + "." + std::to_string(v) + ".png");
    const auto t0 = std::chrono::steady_clock::now();
    auto r = reconstruct(views, names, sources, options);
    if (r) TRY_STATUS(render::write_file(r->program, pred));
    nlohmann::json line = line_of(ref, r);
    // Failures take time too (a model that writes nothing runnable still decodes its share).
    line["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    log << line.dump() << "\n" << std::flush;
    split.lines.push_back(line);
    if (progress) progress(i + 1, n);
  }
  if (!log) return base::make_diag("io.write_failed", "cannot write '" + log_path + "'", {log_path});
  return split;
}

nlohmann::json reconstruct_summary(const std::vector<nlohmann::json>& lines) {
  std::vector<double> seconds;
  std::map<std::string, int64_t> origins;
  int64_t failed = 0, model = 0, model_ok = 0;
  for (const auto& j : lines) {
    seconds.push_back(j.value("seconds", 0.0));
    if (j.contains("error")) {
      ++failed;
      continue;
    }
    // "beam 3 + refined" → "model + refined": which source won, and whether refinement helped.
    const std::string origin = j.value("origin", "");
    const bool refined = origin.find(" + refined") != std::string::npos;
    std::string source = origin.substr(0, origin.find(" + refined"));
    if (source.rfind("beam", 0) == 0) source = "model";
    if (source.rfind("library", 0) == 0) source = "library";
    ++origins[source + (refined ? " + refined" : "")];
    model += j.value("model_candidates", 0);
    model_ok += j.value("model_candidates_executed", 0);
  }
  std::sort(seconds.begin(), seconds.end());
  auto quantile = [&](double q) { return seconds.empty() ? 0.0 : seconds[size_t(q * double(seconds.size() - 1))]; };
  double mean = 0;
  for (double s : seconds) mean += s;
  if (!seconds.empty()) mean /= double(seconds.size());
  return {{"parts", lines.size()},
          {"failed", failed},
          {"seconds", {{"mean", mean}, {"p50", quantile(0.5)}, {"p90", quantile(0.9)}, {"max", seconds.empty() ? 0.0 : seconds.back()}}},
          {"origins", origins},
          {"model_candidates_executed", model ? double(model_ok) / double(model) : 0.0}};
}

}  // namespace cadscribe::pipeline
