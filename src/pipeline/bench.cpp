#include "pipeline/bench.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

#include "render/plot.h"
#include "render/png.h"

namespace cadscribe::pipeline {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kGroundTruthExtensions[] = {".py", ".step", ".stp", ".stl", ".obj", ".ply", ".off"};

base::Diag line_error(const std::string& file, int line, const std::string& message) {
  return base::make_diag("io.bad_pairs", message, {file, line, 1});
}

// Turns a worker's JSON line (or the batch's crash/timeout line) into a table row.
metrics::PairOutcome outcome_of(const json& j, const BenchPair& pair) {
  metrics::PairOutcome o;
  o.id = pair.id;
  o.group = pair.group;
  o.success = j.value("ok", false);
  if (!o.success) o.failure_code = j.contains("error") ? j["error"].value("code", "unknown") : "unknown";
  o.iou = j.value("iou", 0.0);
  o.has_chamfer = j.contains("chamfer");
  o.chamfer = j.value("chamfer", 0.0);
  if (j.contains("seconds") && j["seconds"].is_object())
    for (const auto& [k, v] : j["seconds"].items()) o.seconds += v.get<double>();
  return o;
}

}  // namespace

base::Result<std::vector<BenchPair>> read_pairs_jsonl(const std::string& path) {
  std::ifstream f(path);
  if (!f) return base::make_diag("io.read_failed", "cannot read pairs file '" + path + "'");
  const fs::path base = fs::path(path).parent_path();
  auto resolve = [&](const std::string& p) { return fs::path(p).is_absolute() ? p : (base / p).string(); };
  std::vector<BenchPair> pairs;
  std::string line;
  for (int number = 1; std::getline(f, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return line_error(path, number, "expected a JSON object {\"pred\": …, \"gt\": …}");
    for (const char* key : {"pred", "gt"})
      if (!j.contains(key) || !j[key].is_string())
        return line_error(path, number, std::string("expected a string field \"") + key + "\"");
    BenchPair p;
    p.pred = resolve(j["pred"].get<std::string>());
    p.gt = resolve(j["gt"].get<std::string>());
    p.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "line" + std::to_string(number);
    p.group = j.contains("group") && j["group"].is_string() ? j["group"].get<std::string>() : "";
    pairs.push_back(std::move(p));
  }
  return pairs;
}

base::Result<std::vector<BenchPair>> pair_directories(const std::string& pred_dir, const std::string& gt_dir) {
  std::error_code ec;
  for (const auto& d : {pred_dir, gt_dir})
    if (!fs::is_directory(d, ec)) return base::make_diag("io.not_found", "'" + d + "' is not a folder");
  std::map<std::string, std::string> truths;  // stem → path; sorted by stem
  for (const auto& e : fs::directory_iterator(gt_dir, ec)) {
    if (!e.is_regular_file()) continue;
    const std::string ext = e.path().extension().string();
    for (const char* ok : kGroundTruthExtensions)
      if (ext == ok && !truths.count(e.path().stem().string())) truths[e.path().stem().string()] = e.path().string();
  }
  std::vector<BenchPair> pairs;
  for (const auto& [stem, gt] : truths) {
    std::string pred = (fs::path(pred_dir) / (stem + ".py")).string();
    for (const char* ext : kGroundTruthExtensions) {
      const fs::path candidate = fs::path(pred_dir) / (stem + ext);
      if (fs::is_regular_file(candidate, ec)) {
        pred = candidate.string();
        break;
      }
    }
    pairs.push_back({stem, pred, gt, ""});
  }
  return pairs;
}

BenchResult run_bench(const std::vector<BenchPair>& pairs, const ScoreSettings& settings,
                      const BatchOptions& workers, const std::function<void(int, int)>& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<BatchTask> tasks;
  tasks.reserve(pairs.size());
  for (const auto& p : pairs)
    tasks.push_back({p.id, json{{"id", p.id}, {"pred", p.pred}, {"gt", p.gt}, {"group", p.group}}.dump()});
  BenchResult result;
  size_t index = 0;
  (void)run_tasks(
      tasks, workers,
      [&](const std::string& line) {
        const BenchPair& pair = pairs[index++];
        json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (!j.is_object()) j = json{{"ok", false}, {"error", {{"code", "crash.bad_worker_output"}}}};
        if (j.contains("gt_error")) {
          const auto& e = j["gt_error"];
          result.gt_failures.emplace_back(pair.id, base::make_diag(e.value("code", "unknown"), e.value("message", "")));
        } else {
          result.outcomes.push_back(outcome_of(j, pair));
        }
        // Crash and timeout lines come from the batch and lack the pair's fields: add them.
        j["id"] = pair.id;
        j["pred"] = pair.pred;
        j["gt"] = pair.gt;
        j["group"] = pair.group;
        j.erase("file");
        result.pair_lines.push_back(j.dump());
      },
      progress);
  const std::string alignment(metrics::alignment_name(settings.metric.alignment));
  result.table = metrics::summarize(result.outcomes, alignment, settings.metric.resolution);
  bool grouped = std::any_of(result.outcomes.begin(), result.outcomes.end(),
                             [](const metrics::PairOutcome& o) { return !o.group.empty(); });
  if (grouped) result.groups = metrics::summarize_by_group(result.outcomes, alignment, settings.metric.resolution);
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

base::Status write_bench_report(const BenchResult& r, const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return base::make_diag("io.write_failed", "cannot create '" + out_dir + "': " + ec.message());
  auto write_text = [&](const std::string& name, const std::string& text) -> base::Status {
    const std::string path = (fs::path(out_dir) / name).string();
    std::ofstream f(path, std::ios::binary);
    f << text;
    if (!f) return base::make_diag("io.write_failed", "cannot write '" + path + "'");
    return base::ok_status();
  };
  std::string md = metrics::to_markdown(r.table, r.groups);
  if (!r.gt_failures.empty()) {
    md += "\nExcluded (ground truth failed to load): " + std::to_string(r.gt_failures.size()) + " pairs\n\n";
    for (const auto& [id, d] : r.gt_failures) md += "- `" + id + "`: " + d.code + " — " + d.message + "\n";
  }
  TRY_STATUS(write_text("table.md", md));
  json j = metrics::to_json(r.table);
  j["wall_seconds"] = r.wall_seconds;
  j["excluded_ground_truth_failures"] = r.gt_failures.size();
  if (!r.groups.empty()) {
    json groups = json::object();
    for (const auto& [name, t] : r.groups) groups[name] = metrics::to_json(t);
    j["groups"] = groups;
  }
  TRY_STATUS(write_text("table.json", j.dump(2) + "\n"));
  std::string lines;
  for (const auto& l : r.pair_lines) lines += l + "\n";
  TRY_STATUS(write_text("pairs.jsonl", lines));
  std::vector<double> ious;
  for (const auto& o : r.outcomes)
    if (o.success) ious.push_back(o.iou);
  const render::Image chart = render::histogram_chart(
      ious, 0.0, 1.0, 20, "IOU OVER " + std::to_string(ious.size()) + " SUCCESSES (" + r.table.alignment + ")", "IOU");
  return render::write_png(chart, (fs::path(out_dir) / "iou_histogram.png").string());
}

int score_worker_loop(std::istream& in, std::ostream& out, const ScoreSettings& settings) {
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json task = json::parse(line, nullptr, /*allow_exceptions=*/false);
    const std::string id = task.is_object() ? task.value("id", "") : "";
    const std::string pred = task.is_object() ? task.value("pred", "") : "";
    const std::string gt = task.is_object() ? task.value("gt", "") : "";
    const std::string group = task.is_object() ? task.value("group", "") : "";
    const PairScore s = score_pair(pred, gt, settings);
    out << pair_score_to_json(s, id, group, pred, gt).dump() << '\n';
    out.flush();
  }
  return 0;
}

}  // namespace cadscribe::pipeline
