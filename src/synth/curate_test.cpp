// curate_dataset end to end on a fake dataset: the FPS selection, re-keyed shards, provenance.
#include "synth/curate.h"

#include <gtest/gtest.h>

#include <set>

#include "synth/dataset.h"
#include "synth/dataset_test_util.h"
#include "synth/fps.h"
#include "synth/layout.h"
#include "synth/shard_builder.h"
#include "synth/shard_reader.h"

namespace cadscribe::synth {
namespace {

using nlohmann::json;
using testing::FakeGenerator;
using testing::temp_dir;
using testing::tree;

TEST(CurateDataset, SelectsByFpsAndWritesARekeyedDataset) {
  FakeGenerator gen;
  DatasetIdentity id;
  id.seed = 7;
  id.count = 40;
  id.per_shard = 10;
  id.generator_version = "test-1";
  std::string in = temp_dir("in");
  ASSERT_TRUE(write_identity(in, id).ok());
  auto plan = plan_shards(id.count, id.per_shard);
  ASSERT_TRUE(plan.ok());
  for (const auto& s : *plan) {
    ShardSpec spec{in, "train", s.index, s.count};
    ASSERT_TRUE(build_shard(spec, gen.for_shard(s.index)).ok());
  }
  ASSERT_TRUE(merge_dataset(in).ok());

  // The expected selection, from descriptors read out of the tars' JSON members.
  std::vector<float> desc;
  std::vector<std::string> keys;
  std::map<std::string, std::string> view3;
  for (int64_t j = 0; j < 4; ++j) {
    auto reader = ShardReader::open(shard_paths(in, "train", j).tar);
    ASSERT_TRUE(reader.ok());
    while (auto sample = *reader->next()) {
      json meta = json::parse(sample->find("json")->data);
      for (float x : meta["descriptor"]) desc.push_back(x);
      keys.push_back(sample->key);
      view3[sample->key] = sample->find("3.png")->data;
    }
  }
  ASSERT_EQ(keys.size(), 40u);
  ASSERT_EQ(desc.size(), 160u);
  std::set<std::string> want;
  for (int64_t i : farthest_point_sampling(desc, 4, 12)) want.insert(keys[size_t(i)]);

  std::string out = temp_dir("out");
  CurateOptions options;
  options.count = 12;
  options.per_shard = 5;
  auto stats = curate_dataset(in, out, options);
  ASSERT_TRUE(stats.ok()) << stats.error().to_string();
  EXPECT_EQ((*stats)["total"], 12);
  EXPECT_EQ((*stats)["shards"], 3);

  std::set<std::string> got;
  std::string last_source;
  int64_t n = 0;
  for (int64_t j = 0; j < 3; ++j) {
    auto reader = ShardReader::open(shard_paths(out, "train", j).tar);
    ASSERT_TRUE(reader.ok());
    while (auto sample = *reader->next()) {
      EXPECT_EQ(sample->key, sample_key(j, n - j * 5));
      std::string source = json::parse(sample->find("json")->data)["source_key"];
      EXPECT_LT(last_source, source);  // key order is kept
      last_source = source;
      got.insert(source);
      EXPECT_EQ(sample->find("3.png")->data, view3[source]);
      ++n;
    }
  }
  EXPECT_EQ(n, 12);
  EXPECT_EQ(got, want);
  auto curated = read_identity(out);
  ASSERT_TRUE(curated.ok());
  EXPECT_EQ(curated->provenance["method"], "farthest_point_sampling");
  EXPECT_EQ(curated->provenance["source"]["count"], 40);

  // Deterministic: a second run writes the same bytes.
  std::string again = temp_dir("again");
  ASSERT_TRUE(curate_dataset(in, again, options).ok());
  EXPECT_EQ(tree(out), tree(again));
  EXPECT_EQ(curate_dataset(in, in + "/", options).error().code, "synth.bad_plan");  // would overwrite its input
  options.count = 41;
  EXPECT_EQ(curate_dataset(in, temp_dir("too_many"), options).error().code, "synth.bad_plan");
}

}  // namespace
}  // namespace cadscribe::synth
