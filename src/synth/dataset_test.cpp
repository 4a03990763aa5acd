// Shard plans, dataset identity, 1-machine vs K-machine equality, and merge (manifest + stats)
// checked against an independent tally of the fake generator.
#include "synth/dataset.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "synth/dataset_test_util.h"
#include "synth/layout.h"
#include "synth/sample_row.h"
#include "synth/shard_builder.h"
#include "synth/stats.h"

namespace cadscribe::synth {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::FakeGenerator;
using testing::slurp;
using testing::temp_dir;
using testing::tree;

DatasetIdentity identity(int64_t count, int64_t per_shard) {
  DatasetIdentity id;
  id.seed = 7;
  id.count = count;
  id.per_shard = per_shard;
  id.generator_version = "test-1";
  id.options = {{"with_step", false}};
  return id;
}

void build(const std::string& root, const DatasetIdentity& id, const FakeGenerator& gen, int64_t machine,
           int64_t machines) {
  ASSERT_TRUE(write_identity(root, id).ok());
  auto plan = plan_shards(id.count, id.per_shard, machine, machines);
  ASSERT_TRUE(plan.ok());
  for (const auto& s : *plan) {
    ShardSpec spec;
    spec.root = root;
    spec.split = id.split;
    spec.index = s.index;
    spec.count = s.count;
    auto r = build_shard(spec, gen.for_shard(s.index));
    ASSERT_TRUE(r.ok()) << r.error().to_string();
  }
}

TEST(DatasetPlan, ShardsAndCountsPerMachine) {
  auto all = plan_shards(2500, 1000);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].count, 1000);
  EXPECT_EQ((*all)[2].count, 500);
  EXPECT_EQ(shard_total(3000, 1000), 3);
  EXPECT_EQ(shard_total(3001, 1000), 4);
  // Machines partition the shards: j % K == i.
  std::set<int64_t> seen;
  int64_t total = 0;
  for (int64_t i = 0; i < 4; ++i) {
    auto part = plan_shards(10001, 1000, i, 4);
    ASSERT_TRUE(part.ok());
    for (const auto& s : *part) {
      EXPECT_EQ(s.index % 4, i);
      EXPECT_TRUE(seen.insert(s.index).second);
      total += s.count;
    }
  }
  EXPECT_EQ(seen.size(), 11u);
  EXPECT_EQ(total, 10001);
  EXPECT_TRUE(plan_shards(3, 1000, 2, 4)->empty());  // more machines than shards: idle machine
  EXPECT_EQ(plan_shards(0, 10).error().code, "synth.bad_plan");
  EXPECT_EQ(plan_shards(10, 0).error().code, "synth.bad_plan");
  EXPECT_EQ(plan_shards(10, 10, 4, 4).error().code, "synth.bad_plan");
  auto m = parse_machine("2/5");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(*m, std::make_pair(int64_t(2), int64_t(5)));
  for (const char* bad : {"5/5", "1", "a/b", "1/2x", "-1/3"}) EXPECT_FALSE(parse_machine(bad).ok()) << bad;
}

TEST(DatasetIdentityFile, SameDatasetOnlyAndRoundTrip) {
  std::string root = temp_dir("id");
  auto id = identity(100, 10);
  ASSERT_TRUE(write_identity(root, id).ok());
  ASSERT_TRUE(write_identity(root, id).ok());  // a second machine / a resumed run
  auto other = id;
  other.seed = 8;
  EXPECT_EQ(write_identity(root, other).error().code, "synth.dataset_mismatch");
  auto back = read_identity(root);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(identity_json(*back), identity_json(id));
  EXPECT_EQ(json::parse(slurp(root + "/dataset.json"))["shards"], 10);
}

TEST(DatasetMerge, OneMachineAndThreeMachinesGiveIdenticalFiles) {
  FakeGenerator gen;
  auto id = identity(47, 10);
  std::string one = temp_dir("one");
  build(one, id, gen, 0, 1);
  std::string three = temp_dir("three");
  for (int64_t i = 0; i < 3; ++i) {
    std::string machine = temp_dir("m" + std::to_string(i));
    build(machine, id, gen, i, 3);
    // Merging the machines' outputs is copying their files into one folder.
    fs::copy(machine, three, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  }
  ASSERT_TRUE(merge_dataset(one).ok());
  auto merged = merge_dataset(three);
  ASSERT_TRUE(merged.ok()) << merged.error().to_string();
  auto a = tree(one), b = tree(three);
  EXPECT_EQ(a.size(), 13u);  // dataset.json, 5 tars, 5 sidecars, manifest.jsonl, stats.json
  EXPECT_EQ(a, b);
}

TEST(DatasetMerge, RefusesMissingShards) {
  FakeGenerator gen;
  auto id = identity(30, 10);
  std::string root = temp_dir("missing");
  build(root, id, gen, 0, 2);  // shards 0 and 2 only
  auto r = merge_dataset(root);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "synth.merge_incomplete");
  EXPECT_NE(r.error().message.find(": 1"), std::string::npos) << r.error().message;
}

TEST(DatasetMerge, ManifestAndStatsMatchAnIndependentTally) {
  FakeGenerator gen;
  auto id = identity(33, 10);
  std::string root = temp_dir("stats");
  build(root, id, gen, 0, 1);
  auto stats = merge_dataset(root);
  ASSERT_TRUE(stats.ok()) << stats.error().to_string();
  std::string first_manifest = slurp(root + "/manifest.jsonl");
  std::string first_stats = slurp(root + "/stats.json");
  ASSERT_TRUE(merge_dataset(root).ok());
  EXPECT_EQ(slurp(root + "/manifest.jsonl"), first_manifest);
  EXPECT_EQ(slurp(root + "/stats.json"), first_stats);

  // Re-simulate the generator: attempts, failures, dedupes, and the samples written.
  int64_t attempts = 0, failures = 0, duplicates = 0, dataset_dups = 0, chained = 0;
  std::map<std::string, int64_t> families, faces_10_15;
  std::set<uint64_t> all_fps;
  auto plan = plan_shards(id.count, id.per_shard);
  ASSERT_TRUE(plan.ok());
  for (const auto& shard : *plan) {
    std::set<uint64_t> seen;
    int64_t written = 0;
    for (int64_t a = 0; written < shard.count; ++a) {
      Attempt at = gen(shard.index, a);
      ++attempts;
      if (!at.ok) {
        ++failures;
        continue;
      }
      if (!seen.insert(at.fingerprint).second) {
        ++duplicates;
        continue;
      }
      ++written;
      if (!all_fps.insert(at.fingerprint).second) ++dataset_dups;
      ++families[at.family];
      auto meta = json::parse(at.sample.meta_json);
      int faces = meta["num_faces"];
      if (faces >= 10 && faces < 15) ++faces_10_15["n"];
      if (meta["style"] == "chained") ++chained;
    }
  }
  const json& s = *stats;
  EXPECT_EQ(s["total"], 33);
  EXPECT_EQ(s["shards"], 4);
  EXPECT_EQ(s["attempts"], attempts);
  EXPECT_EQ(s["valid"], 33 + duplicates);
  EXPECT_EQ(s["duplicates"], duplicates);
  EXPECT_GT(dataset_dups, 0);  // the small fingerprint pool repeats across shards
  EXPECT_EQ(s["dataset_duplicates"], dataset_dups);
  EXPECT_DOUBLE_EQ(s["dataset_duplicate_rate"].get<double>(), round_to(double(dataset_dups) / 33, 6));
  EXPECT_DOUBLE_EQ(s["valid_rate"].get<double>(), round_to(double(33 + duplicates) / double(attempts), 6));
  int64_t fail_sum = 0;
  for (const auto& [code, n] : s["failures_by_code"].items()) fail_sum += n.get<int64_t>();
  EXPECT_EQ(fail_sum, failures);
  for (const auto& [name, n] : families) EXPECT_EQ(s["families"][name], n) << name;
  EXPECT_EQ(s["ops"]["box"], 33);
  EXPECT_EQ(s["ops"]["hole"], 33);
  EXPECT_EQ(s["style"]["chained"], chained);
  int64_t binned = 0;
  for (const auto& bin : s["face_counts"]["bins"]) {
    binned += bin["count"].get<int64_t>();
    if (bin["lo"] == 10) {
      EXPECT_EQ(bin["hi"], 15);
      EXPECT_EQ(bin["count"], faces_10_15["n"]);
    }
  }
  EXPECT_EQ(binned, 33);
  EXPECT_EQ(s["token_counts"]["min"], 22);  // every fake program has 22 tokens
  EXPECT_EQ(s["op_counts"]["max"], 3);

  // Manifest: one row per sample, key order, no descriptors.
  std::istringstream lines(first_manifest);
  std::string line, last_key;
  int64_t rows = 0;
  while (std::getline(lines, line)) {
    json row = json::parse(line);
    EXPECT_FALSE(row.contains("descriptor"));
    EXPECT_LT(last_key, row["key"].get<std::string>());
    EXPECT_EQ(row["shard"], "train/shard-" + row["key"].get<std::string>().substr(0, 6) + ".tar");
    last_key = row["key"];
    ++rows;
  }
  EXPECT_EQ(rows, 33);
}

TEST(SampleRow, TokensOpsAndAnnotation) {
  EXPECT_EQ(count_tokens("import cadquery as cq\nresult = cq.Workplane().box(1, 2, 3)\n"), 22);
  EXPECT_EQ(count_tokens("if x:\n    y = 1\n"), 10);  // if x : NL INDENT y = 1 NL DEDENT
  for (const char* ops : {R"("[\"box\",\"hole\",\"box\"]")", R"(["box","hole","box"])", R"({"box":2,"hole":1})"}) {
    std::string meta = std::string(R"({"family":"f","cadquery_ops_json":)") + ops + "}";
    auto row = sample_row("000000_00000", "train/shard-000000.tar", "x = 1\n", meta);
    ASSERT_TRUE(row.ok()) << ops;
    EXPECT_EQ((*row)["ops"], json({"box", "hole"})) << ops;
    EXPECT_EQ((*row)["ops_count"], 3) << ops;
  }
  auto a = annotate_meta(R"({"family":"f"})", 0xabcull, {0.1f, -2.5f});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, R"({"family":"f","fingerprint":"0000000000000abc","descriptor":[0.1,-2.5]})");
  EXPECT_EQ(*annotate_meta("{}", 1, {}), R"({"fingerprint":"0000000000000001"})");
  EXPECT_EQ(*annotate_meta(R"({"fingerprint":"x","descriptor":[1]})", 1, {2.0f}), R"({"fingerprint":"x","descriptor":[1]})");
  EXPECT_EQ(annotate_meta("[1]", 1, {}).error().code, "synth.bad_metadata");
  EXPECT_EQ(sample_row("k", "s", "", "nope").error().code, "synth.bad_metadata");
  EXPECT_EQ(sample_row("k", "s", "", R"({"family":3})").error().code, "synth.bad_metadata");
  EXPECT_EQ(sample_row("k", "s", "", R"({"descriptor":[1,"x"]})").error().code, "synth.bad_metadata");
}

TEST(SynthStats, StyleObjectsAreCountedPerAttribute) {
  StatsAccumulator acc;
  acc.add_row(json::parse(R"({"style":{"chained":true,"loops":false}})"));
  acc.add_row(json::parse(R"({"style":{"chained":false,"loops":false}})"));
  json s = acc.result();
  EXPECT_EQ(s["style"], json::parse(R"({"chained=true":1,"chained=false":1,"loops=false":2})"));
  EXPECT_EQ(s["total"], 2);
}

TEST(SynthStats, HistogramBinsAreHalfOpen) {
  json h = histogram_json({0, 1, 1, 5, 9, 10, 100}, {0, 5, 10});
  EXPECT_EQ(h["bins"][0], json({{"lo", 0}, {"hi", 5}, {"count", 3}}));
  EXPECT_EQ(h["bins"][1], json({{"lo", 5}, {"hi", 10}, {"count", 2}}));
  EXPECT_EQ(h["bins"][2], json({{"lo", 10}, {"hi", nullptr}, {"count", 2}}));
  EXPECT_EQ(h["median"], 5.0);
  EXPECT_EQ(h["mean"], round_to(126.0 / 7, 3));
  EXPECT_EQ(h["min"], 0);
  EXPECT_EQ(h["max"], 100);
}

}  // namespace
}  // namespace cadscribe::synth
