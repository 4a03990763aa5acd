// Tests of pipeline/made_sheet.h: captions wrap at word boundaries and say when text was cut;
// the sheet has a tile per entry, pictures a mesh, and marks an entry without one.
#include "pipeline/made_sheet.h"

#include <gtest/gtest.h>

#include "mesh/primitives.h"

namespace cadscribe::pipeline {
namespace {

TEST(MadeSheet, CaptionsWrapAtWordsAndMarkWhatWasCut) {
  EXPECT_EQ(wrap_caption("a tall mug with a thick handle", 12, 3),
            (std::vector<std::string>{"a tall mug", "with a thick", "handle"}));
  EXPECT_EQ(wrap_caption("one two three four five six", 9, 2), (std::vector<std::string>{"one two", "three.."}));
  EXPECT_EQ(wrap_caption("abcdefghij", 4, 3), (std::vector<std::string>{"abcd", "efgh", "ij"}));
  EXPECT_TRUE(wrap_caption("   ", 10, 2).empty());
}

TEST(MadeSheet, HasATilePerEntryAndPicturesTheMesh) {
  std::vector<MadeSheetEntry> entries{{"a box", mesh::make_box({0, 0, 0}, {10, 20, 30})}, {"a failure", std::nullopt}};
  const render::Image sheet = made_sheet(entries, 2);
  ASSERT_FALSE(sheet.empty());
  EXPECT_GT(sheet.width, 2 * 256);
  EXPECT_LT(sheet.width, 2 * 256 + 40);
  EXPECT_GT(sheet.height, 256);
  // The box's tile has shaded (non-white) pixels around its centre; the empty tile's centre line
  // carries the red "nothing printable" text and no gray shading.
  auto non_white = [&](int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += sheet.at(x, y)[0] < 250 || sheet.at(x, y)[1] < 250;
    return n;
  };
  EXPECT_GT(non_white(100, 160, 100, 160), 1000);
  EXPECT_EQ(non_white(256 + 20, 256 + 240, 30, 110), 0);
  EXPECT_GT(non_white(256 + 20, 256 + 240, 128, 150), 20);
  EXPECT_EQ(made_sheet(entries, 2).pixels, sheet.pixels);  // deterministic
}

}  // namespace
}  // namespace cadscribe::pipeline
