// Batch isolation: results arrive in input order, and a worker that crashes or hangs costs
// exactly its own program's result, reported with a code, never a lost line.
#include "pipeline/batch.h"

#include <gtest/gtest.h>
#include <cmath>
#include <sstream>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace cadscribe::pipeline {
namespace {

namespace fs = std::filesystem;

// A fake worker script: answers each path line with a JSON line, except for paths that ask it
// to crash ("crash") or to hang ("hang").
std::string write_fake_worker() {
  fs::path dir = fs::temp_directory_path() / ("cadscribe-batch-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path script = dir / "worker.sh";
  std::ofstream(script) << "#!/bin/sh\n"
                           "while read p; do\n"
                           "  case \"$p\" in\n"
                           "    *crash*) kill -SEGV $$ ;;\n"
                           "    *hang*) exec sleep 60 ;;\n"
                           "    *) echo \"{\\\"file\\\":\\\"$p\\\",\\\"ok\\\":true}\" ;;\n"
                           "  esac\n"
                           "done\n";
  chmod(script.c_str(), 0755);
  return script.string();
}

TEST(Batch, KeepsOrderAndSurvivesCrashesAndHangs) {
  BatchOptions o;
  o.jobs = 2;
  o.wall_seconds = 1.0;
  o.worker_exe = write_fake_worker();
  std::vector<std::string> files = {"a.py", "crash.py", "b.py", "hang.py", "c.py", "d.py"};
  std::vector<std::string> lines;
  BatchSummary s = run_batch(files, o, [&](const std::string& l) { lines.push_back(l); });
  ASSERT_EQ(lines.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    auto j = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(j["file"], files[i]);
  }
  EXPECT_EQ(nlohmann::json::parse(lines[1])["error"]["code"], "crash.worker");
  EXPECT_EQ(nlohmann::json::parse(lines[3])["error"]["code"], "limit.wall_clock");
  EXPECT_EQ(s.ok, 4);
  EXPECT_EQ(s.crashed, 1);
  EXPECT_EQ(s.timed_out, 1);
}

TEST(Batch, CollectsSortedProgramFilesFromAFolder) {
  fs::path dir = fs::temp_directory_path() / ("cadscribe-collect-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "b.py") << "";
  std::ofstream(dir / "a.py") << "";
  std::ofstream(dir / "c.scad") << "";
  std::ofstream(dir / "notes.txt") << "";
  auto r = collect_programs(dir.string());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ(fs::path((*r)[0]).filename(), "a.py");
  EXPECT_EQ(fs::path((*r)[2]).filename(), "c.scad");
  EXPECT_FALSE(collect_programs((dir / "missing").string()).ok());
  fs::remove_all(dir);
}

// The worker side runs .scad files through the OpenSCAD engine, one JSON line each.
TEST(Batch, WorkerRunsOpenscadPrograms) {
  fs::path dir = fs::temp_directory_path() / ("cadscribe-scad-worker-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "ok.scad") << "difference() { cube(10); cylinder(h=30, r=2, center=true, $fn=6); }\n";
  std::ofstream(dir / "bad.scad") << "cube(1;\n";
  std::istringstream in((dir / "ok.scad").string() + "\n" + (dir / "bad.scad").string() + "\n");
  std::ostringstream out;
  cad::ExecOptions options;
  EXPECT_EQ(worker_loop(in, out, options, false), 0);
  std::istringstream lines(out.str());
  std::string first, second;
  ASSERT_TRUE(std::getline(lines, first));
  ASSERT_TRUE(std::getline(lines, second));
  auto a = nlohmann::json::parse(first), b = nlohmann::json::parse(second);
  EXPECT_TRUE(a["ok"].get<bool>());
  EXPECT_TRUE(a["closed_manifold"].get<bool>());
  // The hexagonal hole sits on the cube's corner edge: a quarter of it is cut, 10 deep.
  EXPECT_NEAR(a["volume"].get<double>(), 1000 - 10 * (6 * 0.5 * 2 * 2 * std::sin(M_PI / 3)) / 4, 1e-6);
  EXPECT_FALSE(b["ok"].get<bool>());
  EXPECT_EQ(b["diags"][0]["code"], "syntax.unexpected_token");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace cadscribe::pipeline
