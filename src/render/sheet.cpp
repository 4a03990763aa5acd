#include "render/sheet.h"

#include <algorithm>
#include <cstring>

#include "base/check.h"

namespace cadscribe::render {

Image contact_sheet(const std::vector<Image>& tiles, int columns, int gap) {
  CHECK(columns > 0 && gap >= 0);
  if (tiles.empty()) return Image{};
  int cell_w = 0, cell_h = 0;
  for (const Image& t : tiles) {
    cell_w = std::max(cell_w, t.width);
    cell_h = std::max(cell_h, t.height);
  }
  int n = int(tiles.size());
  int cols = std::min(columns, n), rows = (n + columns - 1) / columns;
  Image sheet = make_image(cols * cell_w + (cols + 1) * gap, rows * cell_h + (rows + 1) * gap, 3);
  for (int i = 0; i < n; ++i) {
    if (tiles[i].empty()) continue;
    Image rgb = to_rgb(tiles[i]);
    int x0 = gap + (i % columns) * (cell_w + gap) + (cell_w - rgb.width) / 2;
    int y0 = gap + (i / columns) * (cell_h + gap) + (cell_h - rgb.height) / 2;
    for (int y = 0; y < rgb.height; ++y)
      std::memcpy(sheet.at(x0, y0 + y), rgb.at(0, y), size_t(rgb.width) * 3);
  }
  return sheet;
}

}  // namespace cadscribe::render
