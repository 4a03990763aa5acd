#include "render/png.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/rng.h"

namespace cadscribe::render {
namespace {

Image random_image(int w, int h, int channels, uint64_t seed) {
  base::Rng rng(seed);
  Image im = make_image(w, h, channels);
  for (auto& p : im.pixels) p = uint8_t(rng.uniform_int(0, 255));
  return im;
}

TEST(Png, RoundTripGrayRgbRgba) {
  for (int channels : {1, 3, 4}) {
    Image im = random_image(37, 23, channels, 7 + channels);
    std::string bytes = encode_png(im);
    auto back = decode_png(bytes, "<memory>");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    EXPECT_EQ(back->width, 37);
    EXPECT_EQ(back->height, 23);
    EXPECT_EQ(back->channels, channels);
    EXPECT_EQ(back->pixels, im.pixels);
    // Every zlib level decodes to the same pixels.
    auto best = decode_png(encode_png(im, 9), "<memory>");
    ASSERT_TRUE(best.ok());
    EXPECT_EQ(best->pixels, im.pixels);
  }
}

TEST(Png, EncodingIsDeterministicAndHasNoExtraChunks) {
  Image im = random_image(16, 16, 3, 1);
  std::string a = encode_png(im), b = encode_png(im);
  EXPECT_EQ(a, b);
  for (const char* chunk : {"tIME", "tEXt", "zTXt", "iTXt", "gAMA", "sRGB"})
    EXPECT_EQ(a.find(chunk), std::string::npos) << chunk;
}

TEST(Png, SixteenBitGrayRoundTrip) {
  Image16 im;
  im.width = 5;
  im.height = 3;
  for (int i = 0; i < 15; ++i) im.pixels.push_back(uint16_t(i * 4369 + (i % 3)));  // 0 .. 61169
  std::string bytes = encode_png16(im);
  // PNG stores 16-bit samples big-endian: the second pixel (4370 = 0x1112) starts at 0x11.
  auto back = decode_png16(bytes, "<memory>");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->pixels, im.pixels);
  // Read as 8-bit, 16-bit samples scale to the nearest 8-bit value (v / 257).
  auto narrow = decode_png(bytes, "<memory>");
  ASSERT_TRUE(narrow.ok());
  ASSERT_EQ(narrow->channels, 1);
  for (int i = 0; i < 15; ++i) EXPECT_NEAR(narrow->pixels[i], im.pixels[i] / 257.0, 0.51) << i;
}

TEST(Png, CorruptAndTruncatedGiveIoPng) {
  std::string good = encode_png(random_image(32, 32, 3, 3));
  auto truncated = decode_png(good.substr(0, good.size() / 2), "half.png");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, "io.png");
  EXPECT_NE(truncated.error().message.find("half.png"), std::string::npos);

  std::string corrupt = good;
  corrupt[corrupt.size() / 2] ^= 0x5A;  // inside IDAT: the CRC no longer matches
  auto bad = decode_png(corrupt, "bad.png");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "io.png");

  auto not_png = decode_png("GIF89a and so on", "x.gif");
  ASSERT_FALSE(not_png.ok());
  EXPECT_EQ(not_png.error().code, "io.png");
  EXPECT_FALSE(decode_png("", "empty").ok());

  auto color16 = decode_png16(good, "rgb.png");  // a colour PNG is not a depth image
  ASSERT_FALSE(color16.ok());
  EXPECT_EQ(color16.error().code, "io.png");
}

TEST(Png, FileHelpers) {
  auto dir = std::filesystem::temp_directory_path() / "cadscribe_png_test";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "a.png").string();
  Image im = random_image(8, 4, 4, 9);
  ASSERT_TRUE(write_png(im, path).ok());
  auto back = read_png(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->pixels, im.pixels);
  auto missing = read_png((dir / "missing.png").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "io.open_failed");
  auto unwritable = write_png(im, (dir / "no_such_dir" / "a.png").string());
  ASSERT_FALSE(unwritable.ok());
  EXPECT_EQ(unwritable.error().code, "io.open_failed");
  std::filesystem::remove_all(dir);
}

TEST(Image, ToRgbCompositesOverWhite) {
  Image rgba = make_image(1, 1, 4, 0);
  rgba.pixels = {255, 0, 0, 128};
  Image rgb = to_rgb(rgba);
  ASSERT_EQ(rgb.channels, 3);
  EXPECT_EQ(rgb.pixels, (std::vector<uint8_t>{255, 127, 127}));
  Image gray = make_image(1, 1, 1, 42);
  EXPECT_EQ(to_rgb(gray).pixels, (std::vector<uint8_t>{42, 42, 42}));
}

}  // namespace
}  // namespace cadscribe::render
