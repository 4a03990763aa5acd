#include "synth/preview.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "render/font.h"
#include "render/png.h"
#include "render/sheet.h"
#include "synth/dataset.h"
#include "synth/layout.h"
#include "synth/shard_builder.h"
#include "synth/shard_reader.h"

namespace cadscribe::synth {
namespace {

namespace fs = std::filesystem;

// Finished shard files in key order: from dataset.json's plan, or a folder's shard-*.tar.
base::Result<std::vector<std::string>> shard_files(const std::string& dir) {
  std::vector<std::string> files;
  if (file_exists(join_path(dir, "dataset.json"))) {
    TRY(DatasetIdentity id, read_identity(dir));
    for (int64_t j = 0; j < shard_total(id.count, id.per_shard); ++j) {
      std::string tar = shard_paths(dir, id.split, j).tar;
      if (file_exists(tar)) files.push_back(tar);
    }
  } else {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      if (name.rfind("shard-", 0) == 0 && entry.path().extension() == ".tar") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
  }
  if (files.empty()) return base::make_diag("synth.bad_dataset", dir + ": no finished shard to preview", {dir});
  return files;
}

void label(render::Image& tile, const std::string& text) {
  static const uint8_t kInk[3] = {40, 40, 40};
  int y = tile.height - render::kGlyphHeight - 3;
  render::draw_text(tile, 3, y, text, kInk);
}

}  // namespace

base::Result<render::Image> dataset_preview(const std::string& dir, const PreviewOptions& options) {
  TRY(std::vector<std::string> files, shard_files(dir));
  std::vector<render::Image> tiles;
  int64_t taken = 0;
  for (const std::string& file : files) {
    if (taken >= options.samples) break;
    TRY(ShardReader reader, ShardReader::open(file));
    while (taken < options.samples) {
      TRY(std::optional<SampleMembers> sample, reader.next());
      if (!sample) break;
      std::string family;
      if (const TarMember* meta = sample->find("json")) {
        auto j = nlohmann::json::parse(meta->data, nullptr, false);
        if (j.is_object() && j.contains("family") && j["family"].is_string()) family = j["family"].get<std::string>();
      }
      for (int view = 0; view < (options.all_views ? 8 : 1); ++view) {
        const TarMember* png = sample->find(std::to_string(view) + ".png");
        if (!png) {
          if (view == 0) return base::make_diag("synth.bad_dataset", file + ": sample '" + sample->key + "' has no view 0");
          break;
        }
        TRY(render::Image image, render::decode_png(png->data, file + ":" + png->name));
        image = render::to_rgb(image);
        if (options.labels && view == 0) label(image, family);
        tiles.push_back(std::move(image));
      }
      ++taken;
    }
  }
  int columns = options.columns > 0 ? options.columns : 8;
  return render::contact_sheet(tiles, columns, options.gap);
}

}  // namespace cadscribe::synth
