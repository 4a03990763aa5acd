#include "metrics/bench_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

namespace cadscribe::metrics {

namespace {

double mean_of(const std::vector<double>& v) {
  if (v.empty()) return 0;
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

double finite(double x) { return std::isfinite(x) ? x : 0.0; }

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

}  // namespace

double median_of(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double p90_of(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = (9 * v.size() + 9) / 10;  // ceil(0.9·n), exactly, in integers
  return v[rank - 1];
}

BenchTable summarize(const std::vector<PairOutcome>& outcomes, const std::string& alignment,
                     int resolution) {
  BenchTable t;
  t.alignment = alignment;
  t.resolution = resolution;
  t.total = static_cast<int>(outcomes.size());
  std::vector<double> ious, chamfers;
  double seconds = 0;
  std::map<std::string, int> failures;
  for (const auto& o : outcomes) {
    seconds += o.seconds;
    if (!o.success) {
      ++failures[o.failure_code.empty() ? "unknown" : o.failure_code];
      continue;
    }
    ious.push_back(o.iou);
    if (o.has_chamfer) chamfers.push_back(o.chamfer);
  }
  t.successes = static_cast<int>(ious.size());
  t.success_rate = t.total ? static_cast<double>(t.successes) / t.total : 0;
  t.iou_mean = mean_of(ious);
  t.iou_median = median_of(ious);
  t.iou_p90 = p90_of(ious);
  t.iou_mean_with_failures = t.total ? t.iou_mean * t.successes / t.total : 0;
  t.chamfer_count = static_cast<int>(chamfers.size());
  t.chamfer_mean = mean_of(chamfers);
  t.chamfer_median = median_of(chamfers);
  t.seconds_mean = t.total ? seconds / t.total : 0;
  t.failures_by_code.assign(failures.begin(), failures.end());
  std::stable_sort(t.failures_by_code.begin(), t.failures_by_code.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return t;
}

std::vector<std::pair<std::string, BenchTable>> summarize_by_group(
    const std::vector<PairOutcome>& outcomes, const std::string& alignment, int resolution) {
  std::map<std::string, std::vector<PairOutcome>> by_group;
  for (const auto& o : outcomes) by_group[o.group].push_back(o);
  std::vector<std::pair<std::string, BenchTable>> out;
  for (const auto& [name, list] : by_group) out.emplace_back(name, summarize(list, alignment, resolution));
  return out;
}

std::string to_markdown(const BenchTable& t, const std::vector<std::pair<std::string, BenchTable>>& groups) {
  auto iou_str = [](const BenchTable& x, double v) { return x.successes ? fmt("%.4f", v) : "n/a"; };
  auto cd_str = [](const BenchTable& x, double v) { return x.chamfer_count ? fmt("%.6f", v) : "n/a"; };
  auto rate = [](const BenchTable& x) {
    return fmt("%.1f%%", 100 * x.success_rate) + " (" + std::to_string(x.successes) + "/" +
           std::to_string(x.total) + ")";
  };
  std::string s = "IoU: alignment `" + t.alignment + "`, " + std::to_string(t.resolution) +
                  "³ voxel centres; Chamfer in normalised units²\n\n";
  s += "| metric | value |\n| --- | --- |\n";
  s += "| pairs | " + std::to_string(t.total) + " |\n";
  s += "| success rate | " + rate(t) + " |\n";
  s += "| IoU mean (successes) | " + iou_str(t, t.iou_mean) + " |\n";
  s += "| IoU median (successes) | " + iou_str(t, t.iou_median) + " |\n";
  s += "| IoU P90 (successes) | " + iou_str(t, t.iou_p90) + " |\n";
  s += "| IoU mean (failures as 0) | " + (t.total ? fmt("%.4f", t.iou_mean_with_failures) : "n/a") + " |\n";
  s += "| Chamfer mean | " + cd_str(t, t.chamfer_mean) + " |\n";
  s += "| Chamfer median | " + cd_str(t, t.chamfer_median) + " |\n";
  s += "| seconds per pair (mean) | " + fmt("%.3f", t.seconds_mean) + " |\n";
  if (!t.failures_by_code.empty()) {
    s += "\n| failure code | count |\n| --- | --- |\n";
    for (const auto& [code, count] : t.failures_by_code)
      s += "| `" + code + "` | " + std::to_string(count) + " |\n";
  }
  if (!groups.empty()) {
    s += "\n| group | pairs | success | IoU mean | IoU median | IoU P90 | IoU (failures as 0) | "
         "Chamfer mean |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n";
    for (const auto& [name, g] : groups)
      s += "| " + (name.empty() ? std::string("(none)") : name) + " | " + std::to_string(g.total) +
           " | " + rate(g) + " | " + iou_str(g, g.iou_mean) + " | " + iou_str(g, g.iou_median) +
           " | " + iou_str(g, g.iou_p90) + " | " + fmt("%.4f", g.iou_mean_with_failures) + " | " +
           cd_str(g, g.chamfer_mean) + " |\n";
  }
  return s;
}

nlohmann::json to_json(const BenchTable& t, const std::vector<std::pair<std::string, BenchTable>>& groups) {
  nlohmann::json j;
  j["alignment"] = t.alignment;
  j["resolution"] = t.resolution;
  j["total"] = t.total;
  j["successes"] = t.successes;
  j["success_rate"] = finite(t.success_rate);
  j["iou_mean"] = finite(t.iou_mean);
  j["iou_median"] = finite(t.iou_median);
  j["iou_p90"] = finite(t.iou_p90);
  j["iou_mean_with_failures"] = finite(t.iou_mean_with_failures);
  j["chamfer_count"] = t.chamfer_count;
  j["chamfer_mean"] = finite(t.chamfer_mean);
  j["chamfer_median"] = finite(t.chamfer_median);
  j["seconds_mean"] = finite(t.seconds_mean);
  nlohmann::json failures = nlohmann::json::array();
  for (const auto& [code, count] : t.failures_by_code) failures.push_back({{"code", code}, {"count", count}});
  j["failures_by_code"] = failures;
  if (!groups.empty()) {
    nlohmann::json g = nlohmann::json::object();
    for (const auto& [name, table] : groups) g[name] = to_json(table);
    j["groups"] = g;
  }
  return j;
}

}  // namespace cadscribe::metrics
