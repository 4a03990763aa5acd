#include "pipeline/training_data.h"

#include <gtest/gtest.h>

#include "render/png.h"
#include "synth/tar.h"

namespace cadscribe::pipeline {
namespace {

TEST(TrainingData, ViewsBecomeInvertedGrayBoxFilteredToTheModelSize) {
  // 4×4 RGB: white, except the top-left 2×2 block black and one mid-gray pixel.
  render::Image im = render::make_image(4, 4, 3, 255);
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 2; ++x) std::fill(im.at(x, y), im.at(x, y) + 3, uint8_t(0));
  std::fill(im.at(3, 3), im.at(3, 3) + 3, uint8_t(51));
  auto v = views_input({im, im}, 2, {"a.png", "b.png"});
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->size(), 8u);
  EXPECT_FLOAT_EQ((*v)[0], 1.0f);                            // black block: 1
  EXPECT_FLOAT_EQ((*v)[1], 0.0f);                            // white: 0
  EXPECT_NEAR((*v)[3], (1.0 - 51.0 / 255.0) / 4.0, 1e-6);    // one gray pixel in four
  EXPECT_EQ(std::vector<float>(v->begin(), v->begin() + 4), std::vector<float>(v->begin() + 4, v->end()));
  // Gray input gives the same values as RGB of the same gray.
  render::Image gray = render::make_image(4, 4, 1, 255);
  EXPECT_FLOAT_EQ((*views_input({gray}, 2, {"g.png"}))[0], 0.0f);
}

TEST(TrainingData, RefusesViewsOfTheWrongShape) {
  auto code = [](const std::vector<render::Image>& ims, int size) {
    auto r = views_input(ims, size, {"first.png", "second.png"});
    return r.ok() ? std::string("ok") : r.error().code + " " + r.error().message;
  };
  EXPECT_NE(code({render::make_image(6, 6, 3)}, 4).find("multiple of 4"), std::string::npos);
  EXPECT_NE(code({render::make_image(8, 4, 3)}, 4).find("square"), std::string::npos);
  EXPECT_NE(code({render::make_image(2, 2, 3)}, 4).find("data.bad_views"), std::string::npos);
  EXPECT_NE(code({render::make_image(8, 8, 3), render::make_image(16, 16, 3)}, 4).find("second.png"), std::string::npos);
}

// A shard with one sample of the given members (PNG members hold a real 8×8 white image).
std::string shard_with(const std::string& name, const std::vector<std::string>& members) {
  const std::string path = ::testing::TempDir() + "/" + name + ".tar";
  auto w = synth::TarWriter::create(path);
  EXPECT_TRUE(w.ok());
  const std::string png = render::encode_png(render::make_image(8, 8, 3, 255));
  for (const auto& m : members) {
    const bool is_png = m.size() > 4 && m.compare(m.size() - 4, 4, ".png") == 0;
    EXPECT_TRUE(w->add(m, is_png ? png : (m.ends_with(".json") ? R"({"family":"plate"})" : "result = 1\n")).ok());
  }
  EXPECT_TRUE(w->finish().ok());
  return path;
}

TEST(TrainingData, IndexesSamplesAndNamesWhatIsMissing) {
  EXPECT_EQ(index_dataset({"/nonexistent/data"}, 2).error().code, "io.not_found");
  const std::string good = shard_with("good", {"k1.py", "k1.0.png", "k1.1.png", "k1.json", "k2.py", "k2.0.png", "k2.1.png"});
  auto index = index_dataset({good}, 2);
  ASSERT_TRUE(index.ok()) << index.error().message;
  ASSERT_EQ(index->samples.size(), 2u);
  EXPECT_EQ(index->samples[0].key, "k1");
  EXPECT_EQ(index->samples[0].family, "plate");
  EXPECT_EQ(index->samples[1].program, "result = 1\n");
  EXPECT_EQ(index->samples[1].family, "");
  auto views = load_views(*index, index->samples[1], 2, 4);
  ASSERT_TRUE(views.ok()) << views.error().message;
  EXPECT_EQ(*views, std::vector<float>(32, 0.0f));  // white views are all background
  auto no_py = index_dataset({shard_with("nopy", {"k1.0.png", "k1.1.png"})}, 2);
  EXPECT_EQ(no_py.error().code, "data.bad_sample");
  EXPECT_NE(no_py.error().message.find("k1.py"), std::string::npos);
  auto no_view = index_dataset({shard_with("noview", {"k1.py", "k1.0.png"})}, 2);
  EXPECT_NE(no_view.error().message.find("k1.1.png"), std::string::npos);
}

}  // namespace
}  // namespace cadscribe::pipeline
