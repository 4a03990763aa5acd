// render/png.h — PNG encoding and decoding (libpng 1.6, classic API behind setjmp guards).
// Encoding is deterministic: fixed zlib level, strategy and row filter, and no time, text or
// gamma chunks, so the same Image always gives the same bytes. Decoding accepts any PNG and
// returns 8-bit gray, RGB or RGBA (palette and low bit depths expanded, 16-bit scaled down,
// gray+alpha widened to RGBA). Every libpng error becomes a Diag with code `io.png`; libpng's
// longjmp never crosses a C++ frame with live objects. Depends on base and libpng only.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "render/image.h"

namespace cadscribe::render {

// zlib level used by encode_png. Measured on 8 renders of a CAD-like part (bench/render_bench.cpp,
// unfiltered rows, see png.cpp): level 1 4.1 ms / 57.6 KB, level 3 4.2 ms / 52.3 KB, level 6
// 10.0 ms / 47.9 KB, level 9 36.8 ms / 44.1 KB.
inline constexpr int kPngDefaultLevel = 3;

// PNG bytes of `image` (channels 1, 3 or 4). `level` is the zlib level 0..9; pass 9 for
// archived files (golden images) where size matters more than time.
[[nodiscard]] std::string encode_png(const Image& image, int level = kPngDefaultLevel);
// 16-bit gray PNG (network byte order inside the file, as PNG requires).
[[nodiscard]] std::string encode_png16(const Image16& image, int level = kPngDefaultLevel);

// `name` is used only in messages (a path or "<memory>").
[[nodiscard]] base::Result<Image> decode_png(std::string_view bytes, const std::string& name);
// A 16-bit (or 8-bit, widened by ×257) gray PNG; colour PNGs are an `io.png` error.
[[nodiscard]] base::Result<Image16> decode_png16(std::string_view bytes, const std::string& name);

// File helpers: errors `io.open_failed`, `io.write_failed`, `io.read_failed`, `io.png`.
[[nodiscard]] base::Status write_png(const Image& image, const std::string& path);
[[nodiscard]] base::Status write_png16(const Image16& image, const std::string& path);
[[nodiscard]] base::Result<Image> read_png(const std::string& path);
[[nodiscard]] base::Status write_file(const std::string& bytes, const std::string& path);
[[nodiscard]] base::Result<std::string> read_file(const std::string& path);

}  // namespace cadscribe::render
