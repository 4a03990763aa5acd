#include "pipeline/silhouette.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "base/check.h"

namespace cadscribe::pipeline {

namespace {

std::array<uint8_t, 3> rgb_at(const render::Image& im, int x, int y) {
  const uint8_t* p = im.at(x, y);
  if (im.channels >= 3) return {p[0], p[1], p[2]};
  return {p[0], p[0], p[0]};
}

}  // namespace

double gray_at(const render::Image& im, size_t i) {
  const uint8_t* p = &im.pixels[i * size_t(im.channels)];
  return im.channels >= 3 ? 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2] : double(p[0]);
}

int64_t Mask::count() const { return std::count(on.begin(), on.end(), uint8_t(1)); }

Mask foreground(const render::Image& image) {
  Mask m;
  m.width = image.width;
  m.height = image.height;
  m.on.assign(size_t(image.width) * size_t(image.height), 0);
  if (image.empty()) return m;
  std::array<std::vector<uint8_t>, 3> border;
  auto add = [&](int x, int y) {
    const auto c = rgb_at(image, x, y);
    for (int k = 0; k < 3; ++k) border[size_t(k)].push_back(c[size_t(k)]);
  };
  for (int x = 0; x < image.width; ++x) add(x, 0), add(x, image.height - 1);
  for (int y = 1; y + 1 < image.height; ++y) add(0, y), add(image.width - 1, y);
  std::array<int, 3> bg{};
  for (int k = 0; k < 3; ++k) {
    auto& v = border[size_t(k)];
    std::nth_element(v.begin(), v.begin() + int64_t(v.size() / 2), v.end());
    bg[size_t(k)] = v[v.size() / 2];
  }
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const auto c = rgb_at(image, x, y);
      bool fg = false;
      for (int k = 0; k < 3; ++k) fg = fg || std::abs(int(c[size_t(k)]) - bg[size_t(k)]) > kForegroundThreshold;
      m.on[size_t(y) * size_t(image.width) + size_t(x)] = fg ? 1 : 0;
    }
  return m;
}

render::Image on_white(const render::Image& image, const Mask& mask) {
  render::Image out = image;
  for (size_t i = 0; i < mask.on.size(); ++i)
    if (!mask.on[i]) std::fill_n(&out.pixels[i * size_t(out.channels)], out.channels, uint8_t(255));
  return out;
}

double mask_iou(const Mask& a, const Mask& b) {
  CHECK(a.width == b.width && a.height == b.height);
  int64_t inter = 0, uni = 0;
  for (size_t i = 0; i < a.on.size(); ++i) {
    inter += a.on[i] & b.on[i];
    uni += a.on[i] | b.on[i];
  }
  return uni == 0 ? 1.0 : double(inter) / double(uni);
}

ViewAgreement agreement(const std::vector<render::Image>& a, const std::vector<Mask>& a_masks,
                        const std::vector<render::Image>& b, const std::vector<Mask>& b_masks) {
  CHECK(a.size() == b.size() && a.size() == a_masks.size() && b.size() == b_masks.size() && !a.empty());
  ViewAgreement out;
  double diff = 0;
  int64_t pixels = 0;
  for (size_t v = 0; v < a.size(); ++v) {
    out.silhouette_iou += mask_iou(a_masks[v], b_masks[v]);
    CHECK(a[v].width == b[v].width && a[v].height == b[v].height);
    for (size_t i = 0; i < a_masks[v].on.size(); ++i) {
      if (!(a_masks[v].on[i] | b_masks[v].on[i])) continue;
      // Outside its own mask a view counts as white, so a missing part shows as a difference.
      const double ga = a_masks[v].on[i] ? gray_at(a[v], i) : 255.0;
      const double gb = b_masks[v].on[i] ? gray_at(b[v], i) : 255.0;
      diff += std::abs(ga - gb);
      ++pixels;
    }
  }
  out.silhouette_iou /= double(a.size());
  out.appearance = pixels ? 1.0 - diff / (255.0 * double(pixels)) : 1.0;
  out.score = kSilhouetteWeight * out.silhouette_iou + kAppearanceWeight * out.appearance;
  return out;
}

}  // namespace cadscribe::pipeline
