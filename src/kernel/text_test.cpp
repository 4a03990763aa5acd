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

// Size is the em height (DejaVu Sans: 2048 units/em, 'H' is 1493 units tall, left bearing 201).
TEST(Text, EmSizeAndBaseline) {
  if (!std::filesystem::exists(kFont)) GTEST_SKIP() << "no DejaVu font on this machine";
  auto faces = must(make_text_faces("H", 10, kFont, xy(), "left", "bottom"));
  ASSERT_EQ(faces.size(), 1u);
  mesh::Box b = bounding_box(faces[0]);
  EXPECT_NEAR(b.min.y, 0, 1e-6);
  EXPECT_NEAR(b.max.y, 1493.0 / 2048 * 10, 1e-6);
  EXPECT_NEAR(b.min.x, 201.0 / 2048 * 10, 1e-6);
  Vec3 n = must(face_normal(faces[0]));
  EXPECT_NEAR(n.z, 1, 1e-9);  // faces face the frame's z whatever the font's winding
}

// CadQuery's alignment shifts the laid-out text by its box size (not to the box's centre).
TEST(Text, AlignmentShiftsByBoxSize) {
  if (!std::filesystem::exists(kFont)) GTEST_SKIP() << "no DejaVu font on this machine";
  auto faces = must(make_text_faces("H", 10, kFont, xy(), "right", "top"));
  ASSERT_EQ(faces.size(), 1u);
  mesh::Box b = bounding_box(faces[0]);
  EXPECT_NEAR(b.max.x, 201.0 / 2048 * 10, 1e-6);
  EXPECT_NEAR(b.max.y, 0, 1e-6);
}

TEST(Text, LinesUtf8AndBlanks) {
  if (!std::filesystem::exists(kFont)) GTEST_SKIP() << "no DejaVu font on this machine";
  auto two = must(make_text_faces("H\nH", 10, kFont, xy(), "left", "bottom"));
  ASSERT_EQ(two.size(), 2u);
  EXPECT_GT(bounding_box(two[0]).min.y, 10);  // first line above the last, one line spacing up
  EXPECT_NEAR(bounding_box(two[1]).min.y, 0, 1e-6);
  EXPECT_EQ(must(make_text_faces("\xC3\xA9", 10, kFont, xy(), "left", "bottom")).size(), 2u);  // e-acute
  EXPECT_TRUE(must(make_text_faces(" \t ", 10, kFont, xy(), "center", "center")).empty());
  EXPECT_TRUE(must(make_text_faces("\xFF\xC3", 10, kFont, xy(), "left", "bottom")).size() >= 1u);  // bad UTF-8
}

TEST(Text, Errors) {
  EXPECT_EQ(code_of(make_text_faces("A", 10, "/nonexistent/font.ttf", xy(), "left", "bottom")), "io.not_found");
  EXPECT_EQ(code_of(make_text_faces("A", 0, kFont, xy(), "left", "bottom")), "geom.invalid_input");
  EXPECT_EQ(code_of(make_text_faces("A", 10, kFont, xy(), "middle", "bottom")), "geom.invalid_input");
  EXPECT_EQ(code_of(make_text_faces("A", 10, kFont, xy(), "left", "baseline")), "geom.invalid_input");
}

}  // namespace
}  // namespace cadscribe::kernel
