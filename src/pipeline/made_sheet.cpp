// pipeline/made_sheet.cpp — see made_sheet.h.
#include "pipeline/made_sheet.h"

#include <algorithm>
#include <sstream>

#include "render/font.h"
#include "render/render.h"
#include "render/rig.h"
#include "render/sheet.h"

namespace cadscribe::pipeline {
namespace {

constexpr int kTextScale = 2, kCaptionLines = 3, kPad = 4;

}  // namespace

std::vector<std::string> wrap_caption(const std::string& text, int width, int max_lines) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string word, line;
  bool left_over = false;
  while (words >> word) {
    while (int(word.size()) > width) {  // a word longer than a line is cut
      if (!line.empty()) lines.push_back(std::move(line)), line.clear();
      lines.push_back(word.substr(0, size_t(width)));
      word.erase(0, size_t(width));
    }
    if (line.empty()) line = word;
    else if (int(line.size() + 1 + word.size()) <= width) line += " " + word;
    else lines.push_back(std::move(line)), line = word;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  if (int(lines.size()) > max_lines) {
    lines.resize(size_t(max_lines));
    left_over = true;
  }
  if (left_over && width >= 2) {
    std::string& last = lines.back();
    if (int(last.size()) > width - 2) last.resize(size_t(width - 2));
    last += "..";
  }
  return lines;
}

render::Image made_sheet(const std::vector<MadeSheetEntry>& entries, int columns) {
  static const uint8_t kInk[3] = {40, 40, 40}, kMissing[3] = {170, 40, 40};
  const render::Rig rig = render::default_rig();
  const int size = rig.size;
  const int line_height = (render::kGlyphHeight + 2) * kTextScale;
  const int chars_per_line = (size - 2 * kPad) / (render::kGlyphAdvance * kTextScale);
  std::vector<render::Image> tiles;
  for (const MadeSheetEntry& e : entries) {
    render::Image tile = render::make_image(size, size + kPad + kCaptionLines * line_height, 3);
    if (e.mesh) {
      const render::Image view = render::to_rgb(render::render_view(*e.mesh, rig.views.front(), rig, {}).rgb);
      for (int y = 0; y < std::min(size, view.height); ++y)
        std::copy_n(view.at(0, y), size_t(std::min(size, view.width)) * 3, tile.at(0, y));
    } else {
      const std::string text = "nothing printable";
      render::draw_text(tile, (size - render::text_width(text, kTextScale)) / 2, size / 2, text, kMissing, kTextScale);
    }
    int y = size + kPad;
    for (const std::string& line : wrap_caption(e.prompt, chars_per_line, kCaptionLines)) {
      render::draw_text(tile, kPad, y, line, kInk, kTextScale);
      y += line_height;
    }
    tiles.push_back(std::move(tile));
  }
  return render::contact_sheet(tiles, columns);
}

}  // namespace cadscribe::pipeline
