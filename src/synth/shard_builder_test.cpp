// The shard builder with a fake generator: exact counts and tallies against an independent
// simulation, member order, and byte-identical results after kills at any point (exceptions,
// torn writes, SIGKILL of a child process).
#include "synth/shard_builder.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "synth/dataset_test_util.h"
#include "synth/layout.h"
#include "synth/tar.h"

namespace cadscribe::synth {
namespace {

using testing::FakeGenerator;
using testing::slurp;
using testing::temp_dir;
using testing::tree;

struct Killed {};

ShardSpec spec_in(const std::string& root, int64_t index, int64_t count) {
  ShardSpec s;
  s.root = root;
  s.index = index;
  s.count = count;
  return s;
}

std::map<std::string, std::string> reference(const FakeGenerator& gen, int64_t index, int64_t count) {
  std::string dir = temp_dir("ref" + std::to_string(index) + "_" + std::to_string(count));
  auto r = build_shard(spec_in(dir, index, count), gen.for_shard(index));
  EXPECT_TRUE(r.ok()) << r.error().to_string();
  return tree(dir);
}

TEST(ShardBuilder, CountsTalliesAndMemberOrderMatchASimulation) {
  FakeGenerator gen;
  const int64_t index = 2, count = 25;
  // Independent simulation of what the shard must contain.
  ShardTally want;
  std::set<uint64_t> seen;
  std::vector<Attempt> written;
  for (int64_t a = 0; int64_t(written.size()) < count; ++a) {
    Attempt at = gen(index, a);
    ++want.attempts;
    if (!at.ok) {
      ++want.failures_by_code[at.failure_code];
      ++want.failures_by_family[at.family];
    } else if (!seen.insert(at.fingerprint).second) {
      ++want.duplicates;
    } else {
      written.push_back(at);
    }
  }
  ASSERT_GT(want.duplicates, 0);  // the fake must exercise dedupe
  ASSERT_GT(want.failures_by_code.size(), 1u);

  std::string dir = temp_dir("counts");
  std::vector<int64_t> progress;
  auto r = build_shard(spec_in(dir, index, count), gen.for_shard(index),
                       [&](int64_t done, int64_t total) { progress.push_back(done); EXPECT_EQ(total, count); });
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->tally.samples, count);
  EXPECT_EQ(r->tally.attempts, want.attempts);
  EXPECT_EQ(r->tally.duplicates, want.duplicates);
  EXPECT_EQ(r->tally.failures_by_code, want.failures_by_code);
  EXPECT_EQ(r->tally.failures_by_family, want.failures_by_family);
  EXPECT_FALSE(r->already_done);
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.back(), count);

  ShardPaths p = shard_paths(dir, "train", index);
  EXPECT_EQ(p.tar, dir + "/train/shard-000002.tar");
  EXPECT_TRUE(file_exists(p.tar));
  EXPECT_TRUE(file_exists(p.sidecar));
  EXPECT_FALSE(file_exists(p.partial));
  EXPECT_FALSE(file_exists(p.checkpoint));

  auto members = read_tar(p.tar);
  ASSERT_TRUE(members.ok()) << members.error().to_string();
  size_t m = 0;
  for (int64_t i = 0; i < count; ++i) {
    const Attempt& at = written[size_t(i)];
    std::string key = "000002_" + std::string(5 - std::to_string(i).size(), '0') + std::to_string(i);
    std::vector<std::string> names = {key + ".py"};
    for (int v = 0; v < 8; ++v) names.push_back(key + "." + std::to_string(v) + ".png");
    names.push_back(key + ".json");
    if (!at.sample.stl.empty()) names.push_back(key + ".stl");
    for (const auto& name : names) {
      ASSERT_LT(m, members->size());
      EXPECT_EQ((*members)[m].name, name);
      ++m;
    }
    EXPECT_EQ((*members)[m - names.size()].data, at.sample.program);
    const std::string& meta = (*members)[m - names.size() + 9].data;
    // The generator's bytes stay; fingerprint and descriptor are appended.
    std::string stem = at.sample.meta_json.substr(0, at.sample.meta_json.size() - 1);
    EXPECT_EQ(meta.substr(0, stem.size()), stem);
    auto j = nlohmann::json::parse(meta);
    EXPECT_EQ(std::stoull(j["fingerprint"].get<std::string>(), nullptr, 16), at.fingerprint);
    ASSERT_EQ(j["descriptor"].size(), at.descriptor.size());
    for (size_t d = 0; d < at.descriptor.size(); ++d) EXPECT_EQ(j["descriptor"][d].get<float>(), at.descriptor[d]);
  }
  EXPECT_EQ(m, members->size());

  auto sidecar = nlohmann::json::parse(slurp(p.sidecar));
  EXPECT_EQ(sidecar["count"], count);
  EXPECT_EQ(sidecar["attempts"], want.attempts);
  EXPECT_EQ(sidecar["file"], "train/shard-000002.tar");
  EXPECT_EQ(sidecar["tar_bytes"].get<uint64_t>(), std::filesystem::file_size(p.tar));
  ASSERT_EQ(sidecar["rows"].size(), size_t(count));
  EXPECT_EQ(sidecar["rows"][0]["key"], "000002_00000");
  EXPECT_EQ(sidecar["rows"][0]["ops"], nlohmann::json({"box", "hole"}));
  EXPECT_EQ(sidecar["rows"][0]["ops_count"], 3);
}

TEST(ShardBuilder, ResumesByteIdenticallyAfterKillsAtAnyAttempt) {
  FakeGenerator gen;
  const int64_t index = 0, count = 12;
  auto want = reference(gen, index, count);
  for (int64_t kill_at : {0, 1, 5, 9, 14}) {
    std::string dir = temp_dir("kill" + std::to_string(kill_at));
    auto killer = [&](int64_t a) -> Attempt {
      if (a == kill_at) throw Killed{};
      return gen(index, a);
    };
    EXPECT_THROW((void)build_shard(spec_in(dir, index, count), killer), Killed);
    auto r = build_shard(spec_in(dir, index, count), gen.for_shard(index));
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_EQ(tree(dir), want) << "killed at attempt " << kill_at;
  }
}

TEST(ShardBuilder, ThreeKillsInARowThenTornWritesStillResumeIdentically) {
  FakeGenerator gen;
  const int64_t index = 3, count = 15;
  auto want = reference(gen, index, count);
  std::string dir = temp_dir("three");
  ShardPaths p = shard_paths(dir, "train", index);
  for (int64_t kill_at : {4, 10, 16}) {
    auto killer = [&](int64_t a) -> Attempt {
      if (a == kill_at) throw Killed{};
      return gen(index, a);
    };
    EXPECT_THROW((void)build_shard(spec_in(dir, index, count), killer), Killed);
    // What a SIGKILL in the middle of the next sample leaves: part of a member after the
    // checkpoint's size, and a half-written checkpoint temp file.
    std::ofstream(p.partial, std::ios::binary | std::ios::app) << std::string(700, 'x');
    std::ofstream(p.checkpoint + ".tmp", std::ios::binary) << "{\"trunc";
  }
  auto r = build_shard(spec_in(dir, index, count), gen.for_shard(index));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_TRUE(r->resumed);
  EXPECT_EQ(tree(dir), want);
}

TEST(ShardBuilder, KillDuringCompletionResumesIdentically) {
  FakeGenerator gen;
  const int64_t index = 1, count = 6;
  auto want = reference(gen, index, count);
  std::string dir = temp_dir("complete");
  ShardPaths p = shard_paths(dir, "train", index);
  // The progress callback runs after each checkpoint: throwing at the last one leaves every
  // sample written and the shard not completed.
  auto stop_at_end = [&](int64_t done, int64_t total) {
    if (done == total) throw Killed{};
  };
  EXPECT_THROW((void)build_shard(spec_in(dir, index, count), gen.for_shard(index), stop_at_end), Killed);
  ASSERT_TRUE(file_exists(p.checkpoint));
  // As if killed after the end blocks and a torn sidecar temp were written.
  std::ofstream(p.partial, std::ios::binary | std::ios::app) << std::string(1024, '\0');
  std::ofstream(p.sidecar + ".tmp", std::ios::binary) << "{";
  auto r = build_shard(spec_in(dir, index, count), [](int64_t) -> Attempt {
    ADD_FAILURE() << "no attempt is needed to complete the shard";
    return {};
  });
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(tree(dir), want);
}

TEST(ShardBuilder, FinishedShardIsSkippedAndLeftoversRemoved) {
  FakeGenerator gen;
  std::string dir = temp_dir("done");
  ASSERT_TRUE(build_shard(spec_in(dir, 0, 5), gen.for_shard(0)).ok());
  auto want = tree(dir);
  ShardPaths p = shard_paths(dir, "train", 0);
  std::ofstream(p.checkpoint) << "{}";  // killed between the rename and the checkpoint's removal
  auto r = build_shard(spec_in(dir, 0, 5), [](int64_t) -> Attempt {
    ADD_FAILURE() << "a finished shard must not generate";
    return {};
  });
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_TRUE(r->already_done);
  EXPECT_EQ(r->tally.samples, 5);
  EXPECT_EQ(tree(dir), want);
}

TEST(ShardBuilder, SigkillAtRandomInstantsResumesIdentically) {
  FakeGenerator gen;
  gen.view_bytes = 3000;
  gen.fingerprint_pool = 1 << 20;
  const int64_t index = 4, count = 120;
  auto want = reference(gen, index, count);
  std::string dir = temp_dir("sigkill");
  auto slow = [&](int64_t a) {
    ::usleep(300);
    return gen(index, a);
  };
  ShardPaths p = shard_paths(dir, "train", index);
  int mid_way = 0;  // kills that left a checkpoint with some but not all samples
  for (int round = 0; round < 12 && !file_exists(p.tar); ++round) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto r = build_shard(spec_in(dir, index, count), slow);
      ::_exit(r.ok() ? 0 : 1);
    }
    ::usleep(useconds_t(3000 + 2500 * round));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (file_exists(p.checkpoint)) {
      auto samples = nlohmann::json::parse(slurp(p.checkpoint))["count"].get<int64_t>();
      mid_way += samples > 0 && samples < count;
    }
  }
  EXPECT_GE(mid_way, 2);
  auto r = build_shard(spec_in(dir, index, count), gen.for_shard(index));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(tree(dir), want);
}

TEST(ShardBuilder, PythonGroupsTheShardAsWebdatasetDoes) {
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not available";
  FakeGenerator gen;
  std::string dir = temp_dir("wds");
  ASSERT_TRUE(build_shard(spec_in(dir, 5, 9), gen.for_shard(5)).ok());
  std::string script = dir + "/group.py";
  // webdataset's tar_file_expander + group_by_keys: key = basename up to the first dot, a new
  // sample starts whenever the key changes; a key seen twice would be a split sample.
  std::ofstream(script) << "import re, sys, tarfile, json\n"
                           "groups, seen = [], set()\n"
                           "for m in tarfile.open(sys.argv[1], 'r|'):\n"
                           "  key, ext = re.match(r'^((?:.*/|)[^.]+)[.]([^/]*)$', m.name).groups()\n"
                           "  if not groups or groups[-1][0] != key:\n"
                           "    assert key not in seen, key; seen.add(key); groups.append((key, []))\n"
                           "  groups[-1][1].append(ext)\n"
                           "assert len(groups) == 9, len(groups)\n"
                           "for i, (key, exts) in enumerate(groups):\n"
                           "  assert key == '000005_%05d' % i, key\n"
                           "  assert exts[:10] == ['py'] + ['%d.png' % v for v in range(8)] + ['json'], exts\n"
                           "  assert exts[10:] in ([], ['stl']), exts\n";
  EXPECT_EQ(std::system(("python3 " + script + " " + shard_paths(dir, "train", 5).tar).c_str()), 0);
}

TEST(ShardBuilder, BrokenGeneratorStopsAtTheCap) {
  std::string dir = temp_dir("cap");
  int64_t calls = 0;
  auto r = build_shard(spec_in(dir, 0, 2), [&](int64_t) {
    ++calls;
    Attempt a;
    a.family = "plate";
    a.failure_code = "geom.boolean_failed";
    return a;
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "synth.too_many_failures");
  EXPECT_EQ(calls, max_attempts(2));
  EXPECT_NE(r.error().message.find("geom.boolean_failed×1100"), std::string::npos) << r.error().message;
}

TEST(ShardBuilder, CorruptCheckpointIsAnError) {
  FakeGenerator gen;
  std::string dir = temp_dir("badck");
  EXPECT_THROW((void)build_shard(spec_in(dir, 0, 5), [&](int64_t a) -> Attempt {
                 if (a == 3) throw Killed{};
                 return gen(0, a);
               }),
               Killed);
  ShardPaths p = shard_paths(dir, "train", 0);
  std::ofstream(p.checkpoint) << "{\"shard\": 0}";
  auto r = build_shard(spec_in(dir, 0, 5), gen.for_shard(0));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "synth.bad_checkpoint");
  // A checkpoint of another shard size is refused too.
  std::filesystem::remove(p.checkpoint);
  EXPECT_THROW((void)build_shard(spec_in(dir, 0, 5), [&](int64_t a) -> Attempt {
                 if (a == 4) throw Killed{};
                 return gen(0, a);
               }),
               Killed);
  EXPECT_EQ(build_shard(spec_in(dir, 0, 6), gen.for_shard(0)).error().code, "synth.bad_checkpoint");
}

}  // namespace
}  // namespace cadscribe::synth
