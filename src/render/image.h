// render/image.h — 8-bit raster images and 16-bit gray images (depth), plain value types.
// Invariant: pixels.size() == width * height * channels, row-major, top row first, channels
// interleaved (gray; R,G,B; or R,G,B,A). A default-constructed image is empty (0×0), which is how
// "not requested" outputs are represented. Depends only on the standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cadscribe::render {

struct Image {
  int width = 0, height = 0, channels = 3;  // channels: 1 (gray), 3 (RGB) or 4 (RGBA)
  std::vector<uint8_t> pixels;

  [[nodiscard]] bool empty() const { return width == 0 || height == 0; }
  [[nodiscard]] uint8_t* at(int x, int y) { return &pixels[(size_t(y) * width + x) * channels]; }
  [[nodiscard]] const uint8_t* at(int x, int y) const {
    return &pixels[(size_t(y) * width + x) * channels];
  }
};

// One 16-bit gray channel (e.g. depth: 0 = background, larger = nearer; see render.h).
struct Image16 {
  int width = 0, height = 0;
  std::vector<uint16_t> pixels;

  [[nodiscard]] bool empty() const { return width == 0 || height == 0; }
};

// An image of the given size filled with one value in every channel (255 = white).
[[nodiscard]] inline Image make_image(int width, int height, int channels, uint8_t fill = 255) {
  Image im;
  im.width = width;
  im.height = height;
  im.channels = channels;
  im.pixels.assign(size_t(width) * height * channels, fill);
  return im;
}

// The image as 8-bit RGB: gray is replicated, RGBA is composited over a white background.
[[nodiscard]] Image to_rgb(const Image& image);

}  // namespace cadscribe::render
