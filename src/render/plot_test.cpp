#include "render/plot.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "render/font.h"
#include "render/png.h"
#include "render/sheet.h"
#include "render/views_io.h"

namespace cadscribe::render {
namespace {

bool is_bar(const Image& im, int x, int y) {
  const uint8_t* p = im.at(x, y);
  return p[0] == kBarColor[0] && p[1] == kBarColor[1] && p[2] == kBarColor[2];
}

TEST(Plot, HistogramBarHeightsFollowCounts) {
  // Bins of width 1 over [0, 4): counts 1, 3, 0, 6 (4.0 itself falls in the last bin).
  std::vector<double> values = {0.5, 1.1, 1.5, 1.9, 3.0, 3.2, 3.4, 3.6, 3.8, 4.0, -1, 7, NAN};
  Image im = histogram_chart(values, 0, 4, 4, "IoU", "value");
  ASSERT_EQ(im.width, kChartWidth);
  ASSERT_EQ(im.height, kChartHeight);
  const int counts[4] = {1, 3, 0, 6};
  int plot_w = kChartWidth - kPlotRight - kPlotLeft, plot_h = kChartHeight - kPlotBottom - kPlotTop;
  int heights[4];
  for (int b = 0; b < 4; ++b) {
    int x = kPlotLeft + (2 * b + 1) * plot_w / 8;  // middle of bin b
    heights[b] = 0;
    for (int y = 0; y < im.height; ++y) heights[b] += is_bar(im, x, y);
  }
  // The y axis tops at 6 (a nice number ≥ the largest count), so 6 fills the plot height.
  for (int b = 0; b < 4; ++b)
    EXPECT_NEAR(heights[b], counts[b] * plot_h / 6.0, 1.0) << "bin " << b;
  EXPECT_EQ(histogram_chart(values, 0, 4, 4, "IoU", "value").pixels, im.pixels);
}

TEST(Plot, LineChartDrawsSeriesInDistinctColoursDeterministically) {
  std::vector<Series> s = {{"train", {{0, 1.0}, {1, 0.5}, {2, 0.25}, {3, 0.2}}},
                           {"val", {{0, 1.2}, {1, 0.8}, {2, 0.6}, {3, 0.55}}}};
  Image a = line_chart(s, "Loss", "epoch", "loss");
  Image b = line_chart(s, "Loss", "epoch", "loss");
  EXPECT_EQ(a.pixels, b.pixels);
  auto count = [&](uint8_t r, uint8_t g, uint8_t bl) {
    int n = 0;
    for (size_t i = 0; i < a.pixels.size(); i += 3)
      n += a.pixels[i] == r && a.pixels[i + 1] == g && a.pixels[i + 2] == bl;
    return n;
  };
  EXPECT_GT(count(0, 114, 178), 200);  // first series colour: lines plus legend swatch
  EXPECT_GT(count(213, 94, 0), 200);   // second
  // Degenerate input still draws a chart.
  EXPECT_EQ(line_chart({}, "empty", "x", "y").width, kChartWidth);
}

TEST(Font, LowerCaseIsUpperCaseAndUnknownIsABox) {
  EXPECT_EQ(glyph('a'), glyph('A'));
  EXPECT_NE(glyph('A'), glyph('B'));
  EXPECT_EQ(glyph('~'), glyph('\x01'));
  EXPECT_EQ(text_width("ab", 2), 22);
  for (char c : std::string("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.,-+%:/()=_[]"))
    EXPECT_NE(glyph(c), glyph('~')) << c;
}

TEST(Sheet, GridWithWhiteGaps) {
  std::vector<Image> tiles;
  for (int i = 0; i < 8; ++i) tiles.push_back(make_image(10, 6, 1, uint8_t(i * 20)));
  Image s = contact_sheet(tiles, 4, 4);
  ASSERT_EQ(s.width, 4 * 10 + 5 * 4);
  ASSERT_EQ(s.height, 2 * 6 + 3 * 4);
  for (int i = 0; i < 8; ++i) {
    int x = 4 + (i % 4) * 14, y = 4 + (i / 4) * 10;
    EXPECT_EQ(s.at(x, y)[0], i * 20);
    EXPECT_EQ(s.at(x + 9, y + 5)[2], i * 20);
    EXPECT_EQ(s.at(x - 1, y)[0], 255);  // gap
  }
  EXPECT_TRUE(contact_sheet({}).empty());
  EXPECT_EQ(contact_sheet(std::vector<Image>(3, make_image(5, 5, 3, 0)), 4, 0).width, 15);
}

TEST(ViewsIo, WritesDatasetNames) {
  auto dir = std::filesystem::temp_directory_path() / "cadscribe_views_io_test" / "sub";
  std::filesystem::remove_all(dir.parent_path());
  std::vector<ViewImages> views(2);
  for (auto& v : views) {
    v.rgb = make_image(4, 4, 3, 200);
    v.mask = make_image(4, 4, 1, 255);
  }
  views[1].depth.width = views[1].depth.height = 4;
  views[1].depth.pixels.assign(16, 1000);
  ASSERT_TRUE(save_views(views, dir.string(), "k").ok());
  EXPECT_TRUE(std::filesystem::exists(dir / "k.0.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "k.1.mask.png"));
  EXPECT_FALSE(std::filesystem::exists(dir / "k.0.depth.png"));
  EXPECT_FALSE(std::filesystem::exists(dir / "k.0.normal.png"));
  auto depth = read_file((dir / "k.1.depth.png").string());
  ASSERT_TRUE(depth.ok());
  auto d = decode_png16(*depth, "depth");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->pixels[5], 1000);
  // A file where the folder should be.
  auto bad = save_views(views, (dir / "k.0.png").string(), "k");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "io.create_dir_failed");
  std::filesystem::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace cadscribe::render
