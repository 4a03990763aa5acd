// synth/dataset_test_util.h — a fake sample generator and file helpers for the writer, shard,
// dataset, curation and preview tests (tests only; no engine, no rendering).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>
#include <unistd.h>

#include "base/rng.h"
#include "synth/sample.h"

namespace cadscribe::synth::testing {

namespace fs = std::filesystem;

// A generator whose attempts are pure functions of (seed, shard, attempt): about one in five
// fails, fingerprints come from a small pool so in-shard and cross-shard duplicates happen.
struct FakeGenerator {
  uint64_t seed = 7;
  int fingerprint_pool = 40;
  int view_bytes = 100;
  int descriptor_dim = 4;

  static constexpr const char* kFamilies[3] = {"plate", "flange", "bracket"};

  [[nodiscard]] Attempt operator()(int64_t shard, int64_t a) const {
    base::Rng rng = base::Rng(seed).fork(uint64_t(shard) * 1000003u + uint64_t(a));
    Attempt out;
    out.family = kFamilies[rng.uniform_int(0, 2)];
    if (rng.uniform() < 0.2) {
      out.failure_code = rng.uniform() < 0.5 ? "geom.boolean_failed" : "validity.faces";
      return out;
    }
    out.ok = true;
    out.fingerprint = uint64_t(rng.uniform_int(0, fingerprint_pool - 1)) * 0x9E3779B97F4A7C15ull;
    int64_t w = rng.uniform_int(1, 99);
    out.sample.program = "import cadquery as cq\nresult = cq.Workplane().box(" + std::to_string(w) + ", 2, 3)\n";
    for (int v = 0; v < 8; ++v)
      out.sample.views_png.push_back(std::string(size_t(view_bytes) + size_t(v), char('a' + v)) + std::to_string(w));
    int faces = int(rng.uniform_int(6, 40));
    out.sample.meta_json = "{\"family\":\"" + out.family + "\",\"num_faces\":" + std::to_string(faces) +
                           ",\"cadquery_ops_json\":\"[\\\"box\\\",\\\"hole\\\",\\\"box\\\"]\",\"cadquery_ops_count\":3"
                           ",\"style\":\"" + (w % 2 ? "chained" : "stepwise") + "\"}";
    for (int d = 0; d < descriptor_dim; ++d) out.descriptor.push_back(float(rng.uniform(-1, 1)));
    if (w % 3 == 0) out.sample.stl = "solid x\nendsolid x\n";
    return out;
  }
  [[nodiscard]] std::function<Attempt(int64_t)> for_shard(int64_t shard) const {
    return [*this, shard](int64_t a) { return (*this)(shard, a); };
  }
};

// Folders made by temp_dir, removed when the test binary exits (set CADSCRIBE_KEEP_TEST_FILES
// to keep them for debugging). Forked children leave with _exit and remove nothing.
struct TempDirs {
  std::vector<fs::path> paths;
  ~TempDirs() {
    if (std::getenv("CADSCRIBE_KEEP_TEST_FILES")) return;
    std::error_code ec;
    for (const auto& p : paths) fs::remove_all(p, ec);
  }
};
inline TempDirs& temp_dirs() {
  static TempDirs dirs;
  return dirs;
}

// A fresh empty folder under the test temp dir, unique per test and process.
inline std::string temp_dir(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path p = fs::temp_directory_path() /
               ("cadscribe_synth_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" + name + "_" +
                std::to_string(::getpid()));
  fs::remove_all(p);
  fs::create_directories(p);
  temp_dirs().paths.push_back(p);
  return p.string();
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Relative path → bytes of every regular file under `dir`.
inline std::map<std::string, std::string> tree(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = slurp(e.path().string());
  return out;
}

}  // namespace cadscribe::synth::testing
