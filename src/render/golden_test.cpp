// Golden images: four test shapes through the default rig, compared with PNGs in
// tests/data/render/ with a tolerance (≤ 0.5% of pixels off by > 24 levels, mean absolute
// difference ≤ 1.0). Each golden is the contact sheet of the 8 views (256² tiles, 2 × 4).
// Regenerate with CADSCRIBE_UPDATE_GOLDEN=1 — and look at the files before committing them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cmath>

#include "mesh/primitives.h"
#include "render/png.h"
#include "render/render.h"
#include "render/sheet.h"

namespace cadscribe::render {
namespace {

mesh::Mesh shape(const std::string& name) {
  if (name == "box") return mesh::make_box({0, 0, 0}, {30, 20, 10});
  if (name == "sphere") return mesh::make_sphere({0, 0, 0}, 10, 48, 24);
  if (name == "torus") return mesh::make_torus({0, 0, 0}, 10, 3, 64, 24);
  // "frame": a square ring of four bars (a box with a hole) and a post through the hole.
  mesh::Mesh m = mesh::make_box({0, 0, 0}, {40, 10, 8});
  m.append(mesh::make_box({0, 30, 0}, {40, 40, 8}));
  m.append(mesh::make_box({0, 10, 0}, {10, 30, 8}));
  m.append(mesh::make_box({30, 10, 0}, {40, 30, 8}));
  m.append(mesh::make_cylinder({20, 20, -4}, 5, 20, 48));
  return m;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesWithinTolerance) {
  const std::string name = GetParam();
  std::vector<Image> tiles;
  for (auto& v : render_rig(shape(name), default_rig(), {})) tiles.push_back(std::move(v.rgb));
  Image sheet = contact_sheet(tiles, 4, 4);
  std::string path = std::string(CADSCRIBE_TEST_DATA_DIR) + "/render/" + name + ".png";
  const char* update = std::getenv("CADSCRIBE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    ASSERT_TRUE(write_file(encode_png(sheet, 9), path).ok());
    GTEST_SKIP() << "wrote " << path;
  }
  auto golden = read_png(path);
  ASSERT_TRUE(golden.ok()) << golden.error().to_string();
  ASSERT_EQ(golden->width, sheet.width);
  ASSERT_EQ(golden->height, sheet.height);
  ASSERT_EQ(golden->channels, 3);
  size_t off = 0, n = sheet.pixels.size() / 3;
  double abs_sum = 0;
  for (size_t i = 0; i < n; ++i) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) {
      int d = std::abs(int(sheet.pixels[i * 3 + c]) - int(golden->pixels[i * 3 + c]));
      worst = std::max(worst, d);
      abs_sum += d;
    }
    if (worst > 24) ++off;
  }
  EXPECT_LE(double(off) / n, 0.005) << off << " pixels differ by more than 24 levels";
  EXPECT_LE(abs_sum / sheet.pixels.size(), 1.0);
}

INSTANTIATE_TEST_SUITE_P(Shapes, Golden, ::testing::Values("box", "sphere", "torus", "frame"));

}  // namespace
}  // namespace cadscribe::render
