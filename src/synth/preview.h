// synth/preview.h — a contact sheet of a dataset's first samples, so a person can see the variety
// (`cadscribe synth --preview`, the README's sheet).
//
// Samples are taken in key order from the finished shards of a dataset folder (OUT with its
// dataset.json, or directly a folder of shard-*.tar files). Each sample contributes view 0, or
// all of its views when `all_views` (then the sheet has one row per sample). Tiles are decoded
// from the shard's PNGs unchanged and, with `labels`, carry the sample's family name in the
// bottom-left corner. Deterministic: same dataset ⇒ same image.
// Errors: synth.bad_dataset (no finished shard, or a sample without view 0), io.png, io.tar_*.
// Depends on render (sheet, png, font), shard_reader.h, dataset.h.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "render/image.h"

namespace cadscribe::synth {

struct PreviewOptions {
  int64_t samples = 48;
  bool all_views = false;
  int columns = 0;  // 0: 8 (one sample per row with all_views, else a row of 8 samples)
  int gap = 4;
  bool labels = true;
};

[[nodiscard]] base::Result<render::Image> dataset_preview(const std::string& dir, const PreviewOptions& options = {});

}  // namespace cadscribe::synth
