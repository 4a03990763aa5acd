// render/sheet.h — contact sheets: tiles in a grid with white gaps (the 8 views as 2 × 4, input
// vs result as 16 tiles, dataset previews with any count). Tiles may differ in size and channel
// count: each cell is as large as the largest tile, tiles are centred in their cells and
// converted to RGB (gray replicated, RGBA over white). The result is RGB with a `gap`-pixel
// white border around and between cells; no tiles gives an empty image. Depends on image.h.
#pragma once

#include <vector>

#include "render/image.h"

namespace cadscribe::render {

[[nodiscard]] Image contact_sheet(const std::vector<Image>& tiles, int columns = 4, int gap = 4);

}  // namespace cadscribe::render
