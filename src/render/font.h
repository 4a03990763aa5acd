// render/font.h — a built-in 5×7 bitmap font for chart labels (no font files, deterministic).
// Covers digits, A–Z (lower case is drawn as upper case), space and . , - + % : / ( ) = _ [ ];
// any other character is drawn as a hollow box. Glyphs advance 6 columns (5 + 1 space) per
// scale unit. Depends on image.h only.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "render/image.h"

namespace cadscribe::render {

inline constexpr int kGlyphWidth = 5, kGlyphHeight = 7, kGlyphAdvance = 6;

// Rows top to bottom; bit 4 is the leftmost column.
[[nodiscard]] std::array<uint8_t, 7> glyph(char c);
// Width in pixels of `text` drawn at `scale` (no trailing space).
[[nodiscard]] int text_width(const std::string& text, int scale = 1);
// Draws `text` with its top-left corner at (x, y) in `rgb` (channel values per pixel), clipped
// to the image. `vertical` rotates the text 90° counter-clockwise (reading bottom to top), with
// (x, y) its bottom-left corner.
void draw_text(Image& image, int x, int y, const std::string& text, const uint8_t* rgb, int scale = 1,
               bool vertical = false);

}  // namespace cadscribe::render
