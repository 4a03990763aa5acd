#include "pipeline/reconstruct_split.h"

#include "base/check.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "pipeline/batch.h"
#include "pipeline/program_mesh.h"
#include "render/png.h"
#include "render/render.h"

namespace cadscribe::pipeline {

namespace fs = std::filesystem;

namespace {

nlohmann::json line_of(const std::string& key, const std::string& group, const base::Result<Reconstruction>& r) {
  nlohmann::json j = {{"key", key}, {"family", group}};
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
  if (r->evaluation_timeouts > 0) j["evaluation_timeouts"] = r->evaluation_timeouts;
  if (r->evaluation_crashes > 0) j["evaluation_crashes"] = r->evaluation_crashes;
  return j;
}

// One part to reconstruct: its ground-truth program and its views; nullopt when it is no part
// (a program that does not execute).
struct PartInput {
  std::string program;
  std::vector<render::Image> views;
};
using PartLoader = std::function<base::Result<std::optional<PartInput>>(size_t)>;

struct PartName {
  std::string key, group;
  std::string fingerprint;  // "" when unknown
};

base::Result<ReconstructSplit> reconstruct_each(const std::vector<PartName>& names, const PartLoader& load,
                                                const CandidateSources& sources, const ReconstructOptions& options,
                                                const std::string& out, const PartSelection& selection,
                                                const std::function<void(int64_t, int64_t)>& progress) {
  const fs::path root(out), preds = root / "preds", gts = root / "gt";
  std::error_code ec;
  fs::create_directories(preds, ec);
  fs::create_directories(gts, ec);
  if (ec) return base::make_diag("io.create_dir_failed", "cannot create '" + out + "': " + ec.message(), {out});
  const std::string log_path = (root / "reconstruct.jsonl").string();
  ReconstructSplit split;
  std::map<std::string, bool> done;  // key → skipped
  {
    std::ifstream in(log_path);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("key") && j["key"].is_string() && done.emplace(j["key"], j.contains("skipped")).second)
        split.lines.push_back(j);
    }
  }
  std::ofstream log(log_path, std::ios::app);
  std::set<std::string> library_fingerprints;
  if (sources.library)
    for (const auto& f : sources.library->fingerprints)
      if (!f.empty()) library_fingerprints.insert(f);
  const int64_t limit = selection.limit;
  const int64_t n = limit > 0 ? std::min<int64_t>(limit, int64_t(names.size())) : int64_t(names.size());
  CHECK(selection.stripes >= 1 && selection.stripe >= 0 && selection.stripe < selection.stripes);
  for (int64_t i = 0; i < n; ++i) {
    const PartName& name = names[size_t(i)];
    const std::string pred = (preds / (name.key + ".py")).string(), gt = (gts / (name.key + ".py")).string();
    if (auto d = done.find(name.key); d != done.end()) {
      if (!d->second) split.pairs.push_back({name.key, pred, gt, name.group});
      continue;
    }
    if (i % selection.stripes != selection.stripe) continue;
    TRY(std::optional<PartInput> part, load(size_t(i)));
    nlohmann::json line;
    if (!part) {
      line = {{"key", name.key}, {"family", name.group}, {"skipped", "the program does not execute"}};
    } else {
      split.pairs.push_back({name.key, pred, gt, name.group});
      TRY_STATUS(render::write_file(part->program, gt));
      std::vector<std::string> view_names;
      for (size_t v = 0; v < part->views.size(); ++v) view_names.push_back(name.key + "." + std::to_string(v) + ".png");
      const auto t0 = std::chrono::steady_clock::now();
      auto r = reconstruct(part->views, view_names, sources, options);
      if (r) TRY_STATUS(render::write_file(r->program, pred));
      line = line_of(name.key, name.group, r);
      if (library_fingerprints.count(name.fingerprint)) line["in_library"] = true;
      // Failures take time too (a model that writes nothing runnable still decodes its share).
      line["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    log << line.dump() << "\n" << std::flush;
    split.lines.push_back(line);
    if (progress) progress(i + 1, n);
  }
  if (!log) return base::make_diag("io.write_failed", "cannot write '" + log_path + "'", {log_path});
  return split;
}

}  // namespace

base::Result<ReconstructSplit> reconstruct_split(const DatasetIndex& index, const CandidateSources& sources,
                                                 const ReconstructOptions& options, const std::string& out,
                                                 const PartSelection& selection,
                                                 const std::function<void(int64_t, int64_t)>& progress) {
  std::vector<PartName> names;
  for (const auto& ref : index.samples) names.push_back({ref.key, ref.family, ref.fingerprint});
  const int views = int(options.rig.views.size());
  return reconstruct_each(names, [&](size_t i) -> base::Result<std::optional<PartInput>> {
    const SampleRef& ref = index.samples[i];
    TRY(std::vector<render::Image> images, load_view_images(index, ref, views));
    return std::optional<PartInput>(PartInput{ref.program, std::move(images)});
  }, sources, options, out, selection, progress);
}

base::Result<std::vector<ProgramPart>> find_program_parts(const std::vector<std::string>& inputs) {
  std::vector<ProgramPart> parts;
  auto add = [&](const fs::path& p) {
    parts.push_back({p.stem().string(), fs::absolute(p).parent_path().filename().string(), p.string()});
  };
  for (const auto& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      TRY(std::vector<std::string> files, collect_programs(in));  // sorted; .scad ones are not CadQuery
      std::erase_if(files, [](const std::string& f) { return fs::path(f).extension() != ".py"; });
      if (files.empty()) return base::make_diag("io.not_found", "'" + in + "' holds no .py programs", {in});
      for (const auto& f : files) add(f);
    } else if (fs::is_regular_file(in, ec) && fs::path(in).extension() == ".py") {
      add(in);
    } else {
      return base::make_diag("io.not_found", "'" + in + "' is neither a .py program nor a folder of them", {in});
    }
  }
  std::set<std::string> keys;
  for (const auto& p : parts)
    if (!keys.insert(p.key).second)
      return base::make_diag("data.duplicate_key", "two programs are named '" + p.key + "' (keys are file stems)", {p.path});
  return parts;
}

base::Result<ReconstructSplit> reconstruct_programs(const std::vector<ProgramPart>& parts, const CandidateSources& sources,
                                                    const ReconstructOptions& options, const std::string& out,
                                                    const PartSelection& selection,
                                                    const std::function<void(int64_t, int64_t)>& progress) {
  std::vector<PartName> names;
  for (const auto& p : parts) names.push_back({p.key, p.group, ""});
  return reconstruct_each(names, [&](size_t i) -> base::Result<std::optional<PartInput>> {
    TRY(std::string program, render::read_file(parts[i].path));
    // Executed and rendered as the synth engine renders a sample (default meshing and shading).
    cad::ExecOptions exec;
    exec.validate = false;
    auto mesh = program_mesh(program, parts[i].path, exec);
    if (!mesh || mesh->triangles.empty()) return std::optional<PartInput>();
    PartInput part{std::move(program), {}};
    for (auto& v : render::render_rig(*mesh, options.rig, render::RenderOptions{})) part.views.push_back(std::move(v.rgb));
    return std::optional<PartInput>(std::move(part));
  }, sources, options, out, selection, progress);
}

nlohmann::json reconstruct_summary(const std::vector<nlohmann::json>& lines) {
  std::vector<double> seconds;
  std::map<std::string, int64_t> origins;
  int64_t failed = 0, model = 0, model_ok = 0;
  int64_t skipped = 0, in_library = 0;
  for (const auto& j : lines) {
    if (j.contains("skipped")) {
      ++skipped;
      continue;
    }
    seconds.push_back(j.value("seconds", 0.0));
    in_library += j.value("in_library", false) ? 1 : 0;
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
  return {{"parts", int64_t(lines.size()) - skipped},
          {"skipped", skipped},
          {"in_library", in_library},
          {"failed", failed},
          {"seconds", {{"mean", mean}, {"p50", quantile(0.5)}, {"p90", quantile(0.9)}, {"max", seconds.empty() ? 0.0 : seconds.back()}}},
          {"origins", origins},
          {"model_candidates_executed", model ? double(model_ok) / double(model) : 0.0}};
}

}  // namespace cadscribe::pipeline
