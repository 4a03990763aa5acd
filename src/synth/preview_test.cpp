// The dataset preview: tiles come from the shards' PNGs in key order, one or all views.
#include "synth/preview.h"

#include <gtest/gtest.h>

#include "render/png.h"
#include "synth/dataset.h"
#include "synth/dataset_test_util.h"
#include "synth/shard_builder.h"

namespace cadscribe::synth {
namespace {

using testing::temp_dir;

constexpr int kW = 20, kH = 16;

// Sample s, view v is a solid image of gray level 10·s + v (s < 20, v < 8).
Attempt solid_sample(int64_t s) {
  Attempt a;
  a.ok = true;
  a.family = "plate";
  a.fingerprint = uint64_t(s) + 1;
  a.sample.program = "x = 1\n";
  a.sample.meta_json = R"({"family":"plate"})";
  for (int v = 0; v < 8; ++v)
    a.sample.views_png.push_back(render::encode_png(render::make_image(kW, kH, 3, uint8_t(10 * s + v))));
  return a;
}

std::string make_dataset(int64_t count, int64_t per_shard) {
  std::string root = temp_dir("ds");
  DatasetIdentity id;
  id.count = count;
  id.per_shard = per_shard;
  id.generator_version = "t";
  EXPECT_TRUE(write_identity(root, id).ok());
  auto plan = plan_shards(count, per_shard);
  EXPECT_TRUE(plan.ok());
  for (const auto& s : *plan) {
    int64_t base = s.index * per_shard;
    ShardSpec spec{root, "train", s.index, s.count};
    EXPECT_TRUE(build_shard(spec, [base](int64_t a) { return solid_sample(base + a); }).ok());
  }
  return root;
}

int gray_at(const render::Image& im, int x, int y) { return im.at(x, y)[0]; }

TEST(SynthPreview, FirstViewsInKeyOrderAcrossShards) {
  std::string root = make_dataset(7, 3);
  PreviewOptions options;
  options.samples = 5;
  options.columns = 4;
  options.gap = 2;
  options.labels = false;
  auto sheet = dataset_preview(root, options);
  ASSERT_TRUE(sheet.ok()) << sheet.error().to_string();
  EXPECT_EQ(sheet->width, 4 * kW + 5 * 2);
  EXPECT_EQ(sheet->height, 2 * kH + 3 * 2);
  // Tile i (sample i, view 0) sits at column i % 4, row i / 4.
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(gray_at(*sheet, 2 + (i % 4) * (kW + 2) + kW / 2, 2 + (i / 4) * (kH + 2) + kH / 2), 10 * i) << i;
  EXPECT_EQ(gray_at(*sheet, 2 + 1 * (kW + 2) + kW / 2, 2 + 1 * (kH + 2) + kH / 2), 255);  // no 6th tile
}

TEST(SynthPreview, AllViewsGiveOneRowPerSample) {
  std::string root = make_dataset(4, 4);
  PreviewOptions options;
  options.samples = 2;
  options.all_views = true;
  options.gap = 0;
  options.labels = false;
  auto sheet = dataset_preview(root + "/train", options);  // a folder of shards works too
  ASSERT_TRUE(sheet.ok()) << sheet.error().to_string();
  EXPECT_EQ(sheet->width, 8 * kW);
  EXPECT_EQ(sheet->height, 2 * kH);
  for (int s = 0; s < 2; ++s)
    for (int v = 0; v < 8; ++v) EXPECT_EQ(gray_at(*sheet, v * kW + 3, s * kH + 3), 10 * s + v);
}

TEST(SynthPreview, LabelsDrawTheFamilyAndEmptyFoldersFail) {
  std::string root = make_dataset(1, 1);
  PreviewOptions options;
  options.samples = 1;
  options.gap = 0;
  auto sheet = dataset_preview(root, options);
  ASSERT_TRUE(sheet.ok());
  int dark = 0;
  for (int y = kH - 11; y < kH; ++y)
    for (int x = 0; x < kW; ++x) dark += gray_at(*sheet, x, y) == 40;
  EXPECT_GT(dark, 0);
  EXPECT_EQ(dataset_preview(temp_dir("empty")).error().code, "synth.bad_dataset");
}

}  // namespace
}  // namespace cadscribe::synth
