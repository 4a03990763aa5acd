#include "synth/stats.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace cadscribe::synth {
namespace {

using nlohmann::json;

// Bin edges chosen for CAD programs: most parts have 7–100 faces, 5–40 ops, 100–2000 tokens.
const std::vector<int64_t> kOpEdges = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 25, 30, 40, 50};
const std::vector<int64_t> kFaceEdges = {0, 7, 10, 15, 20, 30, 40, 60, 80, 100, 150, 200, 300, 500, 1000};
const std::vector<int64_t> kTriangleEdges = {0, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000};
const std::vector<int64_t> kTokenEdges = {0, 64, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 8192};

json counts_json(const std::map<std::string, int64_t>& counts) {
  json j = json::object();
  for (const auto& [k, v] : counts) j[k] = v;
  return j;
}

void add_counts(std::map<std::string, int64_t>& into, const std::map<std::string, int64_t>& from) {
  for (const auto& [k, v] : from) into[k] += v;
}

double ratio(int64_t a, int64_t b) { return b == 0 ? 0.0 : round_to(double(a) / double(b), 6); }

}  // namespace

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

json histogram_json(std::vector<int64_t> values, const std::vector<int64_t>& edges) {
  json bins = json::array();
  std::sort(values.begin(), values.end());
  for (size_t i = 0; i < edges.size(); ++i) {
    int64_t lo = edges[i];
    bool last = i + 1 == edges.size();
    auto begin = std::lower_bound(values.begin(), values.end(), lo);
    auto end = last ? values.end() : std::lower_bound(values.begin(), values.end(), edges[i + 1]);
    json bin = {{"lo", lo}, {"hi", last ? json(nullptr) : json(edges[i + 1])}, {"count", int64_t(end - begin)}};
    bins.push_back(std::move(bin));
  }
  json h = {{"bins", bins}};
  if (values.empty()) return h;
  double sum = 0;
  for (int64_t v : values) sum += double(v);
  size_t n = values.size();
  double median = n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2;
  h["min"] = values.front();
  h["max"] = values.back();
  h["mean"] = round_to(sum / double(n), 3);
  h["median"] = median;
  // Values below the first edge (negative) are not binned; count them so nothing is hidden.
  int64_t below = std::lower_bound(values.begin(), values.end(), edges.front()) - values.begin();
  if (below > 0) h["below_first_bin"] = below;
  return h;
}

void StatsAccumulator::add_tally(const ShardTally& t) {
  ++shards_;
  total_.samples += t.samples;
  total_.attempts += t.attempts;
  total_.duplicates += t.duplicates;
  add_counts(total_.failures_by_code, t.failures_by_code);
  add_counts(total_.failures_by_family, t.failures_by_family);
  add_counts(total_.attempts_by_family, t.attempts_by_family);
}

void StatsAccumulator::add_row(const json& row) {
  ++samples_;
  std::string fp = row.value("fingerprint", std::string());
  if (!fp.empty() && !fingerprints_.insert(std::strtoull(fp.c_str(), nullptr, 16)).second) ++dataset_duplicates_;
  ++families_[row.value("family", std::string())];
  if (row.contains("ops"))
    for (const auto& op : row["ops"]) ++ops_[op.get<std::string>()];
  op_counts_.push_back(row.value("ops_count", int64_t(0)));
  if (row.contains("num_faces")) face_counts_.push_back(row.value("num_faces", int64_t(0)));
  if (row.contains("num_triangles")) triangle_counts_.push_back(row.value("num_triangles", int64_t(0)));
  token_counts_.push_back(row.value("num_tokens", int64_t(0)));
  if (row.contains("style")) {
    const json& style = row["style"];
    if (style.is_object()) {  // {"chained": true, "loops": false} → "chained=true", "loops=false"
      for (const auto& [k, v] : style.items()) ++styles_[k + "=" + v.dump()];
    } else {
      ++styles_[style.is_string() ? style.get<std::string>() : style.dump()];
    }
  }
}

json StatsAccumulator::result() const {
  int64_t valid = total_.samples + total_.duplicates;
  int64_t max_family = 0;
  for (const auto& [name, n] : families_) max_family = std::max(max_family, n);
  json j = {{"total", samples_},
            {"shards", shards_},
            {"attempts", total_.attempts},
            {"valid", valid},
            {"valid_rate", ratio(valid, total_.attempts)},
            {"failures_by_code", counts_json(total_.failures_by_code)},
            {"failures_by_family", counts_json(total_.failures_by_family)},
            {"attempts_by_family", counts_json(total_.attempts_by_family)},
            {"duplicates", total_.duplicates},
            {"duplicate_rate", ratio(total_.duplicates, valid)},
            {"dataset_duplicates", dataset_duplicates_},
            {"dataset_duplicate_rate", ratio(dataset_duplicates_, samples_)},
            {"families", counts_json(families_)},
            {"max_family_share", ratio(max_family, samples_)},
            {"ops", counts_json(ops_)},
            {"op_counts", histogram_json(op_counts_, kOpEdges)},
            {"face_counts", histogram_json(face_counts_, kFaceEdges)},
            {"token_counts", histogram_json(token_counts_, kTokenEdges)}};
  if (!styles_.empty()) j["style"] = counts_json(styles_);
  if (!triangle_counts_.empty()) j["triangle_counts"] = histogram_json(triangle_counts_, kTriangleEdges);
  return j;
}

}  // namespace cadscribe::synth
