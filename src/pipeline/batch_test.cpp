// Batch isolation: results arrive in input order, and a worker that crashes or hangs costs
// exactly its own program's result, reported with a code, never a lost line.
#include "pipeline/batch.h"

#include <gtest/gtest.h>
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

TEST(Batch, CollectsSortedPythonFilesFromAFolder) {
  fs::path dir = fs::temp_directory_path() / ("cadscribe-collect-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "b.py") << "";
  std::ofstream(dir / "a.py") << "";
  std::ofstream(dir / "notes.txt") << "";
  auto r = collect_programs(dir.string());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(fs::path((*r)[0]).filename(), "a.py");
  EXPECT_FALSE(collect_programs((dir / "missing").string()).ok());
}

}  // namespace
}  // namespace cadscribe::pipeline
