#include "render/image.h"

namespace cadscribe::render {

Image to_rgb(const Image& image) {
  if (image.channels == 3) return image;
  Image out = make_image(image.width, image.height, 3);
  size_t n = size_t(image.width) * image.height;
  const uint8_t* src = image.pixels.data();
  uint8_t* dst = out.pixels.data();
  for (size_t i = 0; i < n; ++i, dst += 3) {
    if (image.channels == 1) {
      dst[0] = dst[1] = dst[2] = src[i];
    } else {  // RGBA over white, rounded: c*a + 255*(255-a), divided by 255
      const uint8_t* p = src + i * 4;
      for (int c = 0; c < 3; ++c) dst[c] = uint8_t((p[c] * p[3] + 255 * (255 - p[3]) + 127) / 255);
    }
  }
  return out;
}

}  // namespace cadscribe::render
