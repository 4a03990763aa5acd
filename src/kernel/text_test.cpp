// kernel/text_test.cpp — text outlines from a TrueType font file.
#include <filesystem>

#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

TEST(Text, OutlinesBecomeFacesOnTheFrame) {
  if (!std::filesystem::exists(kFont)) GTEST_SKIP() << "no DejaVu font on this machine";
  auto faces = must(make_text_faces("Hi", 10, kFont, xy({0, 0, 5}), "left", "bottom"));
  ASSERT_GE(faces.size(), 2u);  // 'H' and the two parts of 'i'
  double total = 0;
  for (const auto& f : faces) {
    total += area(f);
    EXPECT_NEAR(center_of_mass(f).z, 5, 1e-9);
  }
  EXPECT_GT(total, 5);
  Shape solid = must(extrude(faces, {0, 0, 2}));
  EXPECT_NEAR(volume(solid), 2 * total, 1e-6 * total);
}

TEST(Text, HoleInLetterO) {
  if (!std::filesystem::exists(kFont)) GTEST_SKIP() << "no DejaVu font on this machine";
  auto faces = must(make_text_faces("O", 10, kFont, xy(), "center", "center"));
  ASSERT_EQ(faces.size(), 1u);
  EXPECT_EQ(sub_shapes(faces[0], ShapeType::kWire).size(), 2u);
  Vec3 c = bbox_center(faces[0]);
  EXPECT_NEAR(c.x, 0, 1.0);  // centred
}

TEST(Text, Errors) {
  EXPECT_EQ(code_of(make_text_faces("A", 10, "/nonexistent/font.ttf", xy(), "left", "bottom")), "io.not_found");
  EXPECT_EQ(code_of(make_text_faces("A", 0, kFont, xy(), "left", "bottom")), "geom.invalid_input");
  EXPECT_EQ(code_of(make_text_faces("A", 10, kFont, xy(), "middle", "bottom")), "geom.invalid_input");
  EXPECT_EQ(code_of(make_text_faces("A", 10, kFont, xy(), "left", "baseline")), "geom.invalid_input");
}

}  // namespace
}  // namespace cadscribe::kernel
