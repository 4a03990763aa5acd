// pipeline/silhouette.h — the part in a picture: foreground masks of input views, and how well
// two sets of views agree (what reconstruction scores its candidates by).
//
// Segmentation: the background colour is the median of the image's border pixels (renders of
// the rig have a white background, but a photo-like grey or tinted one works the same); a pixel
// is foreground when any channel differs from it by more than kForegroundThreshold. Border
// pixels are assumed background: a part cut by the image edge is still segmented, only worse.
// Agreement: per view, IoU of the two masks (both empty counts as 1: nothing matches nothing),
// averaged over the views; plus an appearance term, the mean absolute gray difference inside
// the union of the masks (shading shows holes and steps a silhouette cannot).
// The score weights appearance most: over 40 held-out parts × 24 library candidates each, ranking
// by appearance picked candidates of voxel IoU 0.696 (rank correlation with IoU 0.62), by
// silhouette IoU 0.644 (0.47), by 0.2 silhouette + 0.8 appearance 0.701; the best of the 24 was
// 0.749. Silhouette IoU stays in the score to keep outlines tight where shading is flat.
#pragma once

#include <cstdint>
#include <vector>

#include "render/image.h"

namespace cadscribe::pipeline {

inline constexpr int kForegroundThreshold = 24;  // of 255, per channel
inline constexpr double kSilhouetteWeight = 0.2, kAppearanceWeight = 0.8;  // of the score

struct Mask {
  int width = 0, height = 0;
  std::vector<uint8_t> on;  // 1 = part
  [[nodiscard]] int64_t count() const;
};

[[nodiscard]] Mask foreground(const render::Image& image);

// Luma (ITU-R 601) of pixel i (row-major), 0 … 255.
[[nodiscard]] double gray_at(const render::Image& image, size_t i);

// The image with its background replaced by white (the model's training condition).
[[nodiscard]] render::Image on_white(const render::Image& image, const Mask& mask);

// Masks of equal size (CHECKed).
[[nodiscard]] double mask_iou(const Mask& a, const Mask& b);

struct ViewAgreement {
  double silhouette_iou = 0;  // mean over views
  double appearance = 0;      // 1 − mean |gray difference| / 255 inside the masks' union
  double score = 0;           // kSilhouetteWeight·silhouette + kAppearanceWeight·appearance: the ranking
};

// `a` and `b` hold the same number of views of the same size (CHECKed).
[[nodiscard]] ViewAgreement agreement(const std::vector<render::Image>& a, const std::vector<Mask>& a_masks,
                                      const std::vector<render::Image>& b, const std::vector<Mask>& b_masks);

}  // namespace cadscribe::pipeline
