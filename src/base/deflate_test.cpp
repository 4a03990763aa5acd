#include "base/deflate.h"

#include <gtest/gtest.h>

namespace cadscribe::base {
namespace {

std::string sample() {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "result = cq.Workplane().box(" + std::to_string(i % 97) + ", 2, 3)\n";
  return s;
}

TEST(Deflate, RoundTripsInBothFormatsAndIsDeterministic) {
  const std::string data = sample();
  for (auto format : {DeflateFormat::kZlib, DeflateFormat::kRaw}) {
    const std::string packed = deflate_bytes(data, 9, format);
    EXPECT_LT(packed.size(), data.size() / 10);
    EXPECT_EQ(deflate_bytes(data, 9, format), packed);
    EXPECT_EQ(inflate_bytes(packed, data.size(), format, /*exact=*/true), data);
    EXPECT_EQ(inflate_bytes(packed, data.size() * 3, format), data);
  }
  EXPECT_EQ(inflate_bytes(deflate_bytes(""), 0, DeflateFormat::kZlib, true), "");
}

TEST(Deflate, RefusesBrokenTruncatedAndOversizedStreams) {
  const std::string data = sample();
  const std::string packed = deflate_bytes(data);
  EXPECT_FALSE(inflate_bytes(packed.substr(0, packed.size() / 2), data.size()));
  EXPECT_FALSE(inflate_bytes("not deflate data", 1000));
  // The limit holds however far the stream would go (a "zip bomb"), and `exact` wants the size.
  EXPECT_FALSE(inflate_bytes(packed, data.size() - 1));
  EXPECT_FALSE(inflate_bytes(packed, data.size() + 1, DeflateFormat::kZlib, /*exact=*/true));
  const std::string bomb = deflate_bytes(std::string(size_t(64) << 20, '\0'));
  EXPECT_LT(bomb.size(), size_t(100) << 10);
  EXPECT_FALSE(inflate_bytes(bomb, size_t(1) << 20));
  // A raw stream is not a zlib one.
  EXPECT_FALSE(inflate_bytes(deflate_bytes(data, 9, DeflateFormat::kRaw), data.size()));
}

}  // namespace
}  // namespace cadscribe::base
