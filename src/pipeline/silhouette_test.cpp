#include "pipeline/silhouette.h"

#include <gtest/gtest.h>

namespace cadscribe::pipeline {
namespace {

render::Image square_on(uint8_t background, int x0, int x1, uint8_t ink = 90) {
  render::Image im = render::make_image(16, 16, 3, background);
  for (int y = 4; y < 12; ++y)
    for (int x = x0; x < x1; ++x) std::fill(im.at(x, y), im.at(x, y) + 3, ink);
  return im;
}

TEST(Silhouette, SegmentsAgainstTheBorderColour) {
  const Mask white = foreground(square_on(255, 4, 12));
  EXPECT_EQ(white.count(), 64);
  const Mask grey = foreground(square_on(200, 4, 12));  // a grey background works the same
  EXPECT_EQ(grey.on, white.on);
  const render::Image clean = on_white(square_on(200, 4, 12), grey);
  EXPECT_EQ(clean.at(0, 0)[0], 255);
  EXPECT_EQ(clean.at(5, 5)[0], 90);
  EXPECT_EQ(foreground(render::make_image(16, 16, 3, 255)).count(), 0);
}

TEST(Silhouette, AgreementRanksTheCloserShapeHigher) {
  const auto a = square_on(255, 4, 12), near = square_on(255, 5, 12), far = square_on(255, 10, 14);
  const Mask ma = foreground(a), mn = foreground(near), mf = foreground(far);
  EXPECT_DOUBLE_EQ(mask_iou(ma, ma), 1.0);
  EXPECT_DOUBLE_EQ(mask_iou(ma, mn), 56.0 / 64.0);
  const auto same = agreement({a, a}, {ma, ma}, {a, a}, {ma, ma});
  EXPECT_DOUBLE_EQ(same.score, 1.0);
  const auto close = agreement({a}, {ma}, {near}, {mn});
  const auto poor = agreement({a}, {ma}, {far}, {mf});
  EXPECT_GT(close.score, poor.score);
  EXPECT_LT(close.appearance, 1.0);
  // Shading counts: the same silhouette in another grey scores below the exact match.
  const auto shaded = square_on(255, 4, 12, 160);
  const auto tone = agreement({a}, {ma}, {shaded}, {foreground(shaded)});
  EXPECT_DOUBLE_EQ(tone.silhouette_iou, 1.0);
  EXPECT_LT(tone.score, 1.0);
}

}  // namespace
}  // namespace cadscribe::pipeline
