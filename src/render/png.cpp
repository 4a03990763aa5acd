#include "render/png.h"

#include <png.h>
#include <zlib.h>

#include <bit>
#include <cstdio>
#include <cstring>
#include <memory>

#include "base/check.h"

namespace cadscribe::render {
namespace {

// Everything libpng callbacks touch lives here, on the heap, so that a longjmp back to the
// setjmp point never leaves a C++ object half-updated in a register (C11 7.13.2.1).
struct PngState {
  std::string_view input;
  size_t pos = 0;
  std::string output;
  std::string error;
  // Read results.
  int width = 0, height = 0, channels = 0, bit_depth = 0;
  std::vector<uint8_t> pixels;
  std::vector<png_bytep> rows;
  bool want16 = false;
};

[[noreturn]] void on_error(png_structp png, png_const_charp msg) {
  auto* st = static_cast<PngState*>(png_get_error_ptr(png));
  st->error = msg ? msg : "unknown libpng error";
  png_longjmp(png, 1);
}
void on_warning(png_structp, png_const_charp) {}  // libraries never print

void on_write(png_structp png, png_bytep data, size_t n) {
  static_cast<PngState*>(png_get_io_ptr(png))->output.append(reinterpret_cast<char*>(data), n);
}
void on_flush(png_structp) {}

void on_read(png_structp png, png_bytep data, size_t n) {
  auto* st = static_cast<PngState*>(png_get_io_ptr(png));
  if (st->input.size() - st->pos < n) png_error(png, "unexpected end of data (truncated file)");
  std::memcpy(data, st->input.data() + st->pos, n);
  st->pos += n;
}

// No automatic C++ objects in the two functions below: a longjmp may land in them.
bool write_rows(png_structp png, png_infop info, PngState* st, int width, int height, int color_type,
                int bit_depth, int level, png_bytepp rows) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_write_fn(png, st, on_write, on_flush);
  png_set_IHDR(png, info, width, height, bit_depth, color_type, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(png, level);
  png_set_compression_strategy(png, Z_FILTERED);
  // 8-bit renders are flat background and flat-shaded faces, which deflate finds as repeats
  // unfiltered: no filter is both the fastest and the smallest (bench/render_bench.cpp, 8 views
  // at level 1: none 6.9 ms / 57.6 KB, SUB 8.5 ms / 59.2 KB, UP 12.8 / 59.4, Paeth 11.9 / 59.6,
  // adaptive SUB|UP 19.2 ms / 61.2 KB). 16-bit depth is smooth gradients: adaptive SUB|UP.
  png_set_filter(png, PNG_FILTER_TYPE_BASE, bit_depth == 8 ? PNG_FILTER_NONE : PNG_FILTER_SUB | PNG_FILTER_UP);
  png_write_info(png, info);
  // Our uint16 rows are in host order; PNG stores big-endian.
  if (bit_depth == 16 && std::endian::native == std::endian::little) png_set_swap(png);
  png_write_image(png, rows);
  png_write_end(png, nullptr);
  return true;
}

bool read_rows(png_structp png, png_infop info, PngState* st) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_read_fn(png, st, on_read);
  png_set_user_limits(png, 1u << 15, 1u << 15);
  png_read_info(png, info);
  int color_type = png_get_color_type(png, info);
  int depth = png_get_bit_depth(png, info);
  if (st->want16) {
    if (color_type & PNG_COLOR_MASK_COLOR) png_error(png, "expected a gray PNG");
    if (color_type & PNG_COLOR_MASK_ALPHA) png_set_strip_alpha(png);
    if (depth < 8) png_set_expand_gray_1_2_4_to_8(png);
    if (depth == 16 && std::endian::native == std::endian::little) png_set_swap(png);
  } else {
    png_set_expand(png);  // palette -> RGB, gray < 8 bit -> 8 bit, tRNS -> alpha
    png_set_scale_16(png);
    if (color_type == PNG_COLOR_TYPE_GRAY_ALPHA) png_set_gray_to_rgb(png);
    if (color_type == PNG_COLOR_TYPE_GRAY && png_get_valid(png, info, PNG_INFO_tRNS))
      png_set_gray_to_rgb(png);
  }
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  st->width = int(png_get_image_width(png, info));
  st->height = int(png_get_image_height(png, info));
  st->channels = png_get_channels(png, info);
  st->bit_depth = png_get_bit_depth(png, info);
  size_t row_bytes = png_get_rowbytes(png, info);
  if (!st->want16 && st->channels == 2) png_error(png, "unsupported channel layout");
  if (size_t(st->height) * row_bytes > (size_t(1) << 30)) png_error(png, "image too large");
  st->pixels.resize(size_t(st->height) * row_bytes);
  st->rows.resize(size_t(st->height));
  for (int y = 0; y < st->height; ++y) st->rows[y] = st->pixels.data() + size_t(y) * row_bytes;
  png_read_image(png, st->rows.data());
  png_read_end(png, nullptr);
  return true;
}

std::string encode(const uint8_t* data, int width, int height, int channels, int bit_depth, int level) {
  CHECK(width > 0 && height > 0);
  CHECK(channels == 1 || channels == 3 || channels == 4);
  CHECK(level >= 0 && level <= 9);
  int color_type = channels == 1 ? PNG_COLOR_TYPE_GRAY
                   : channels == 3 ? PNG_COLOR_TYPE_RGB
                                   : PNG_COLOR_TYPE_RGB_ALPHA;
  auto st = std::make_unique<PngState>();
  size_t row_bytes = size_t(width) * channels * (bit_depth / 8);
  st->rows.resize(size_t(height));
  for (int y = 0; y < height; ++y)
    st->rows[y] = const_cast<png_bytep>(data) + size_t(y) * row_bytes;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, st.get(), on_error, on_warning);
  CHECK(png != nullptr);
  png_infop info = png_create_info_struct(png);
  bool ok = info && write_rows(png, info, st.get(), width, height, color_type, bit_depth, level,
                               st->rows.data());
  png_destroy_write_struct(&png, &info);
  CHECK(ok);  // only an out-of-memory condition can fail here: the input was validated above
  return std::move(st->output);
}

// Decodes into st; returns the Diag message on failure.
std::unique_ptr<PngState> decode(std::string_view bytes, bool want16, std::string* error) {
  static const uint8_t kSignature[8] = {137, 80, 78, 71, 13, 10, 26, 10};
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kSignature, 8) != 0) {
    *error = "not a PNG file (bad signature)";
    return nullptr;
  }
  auto st = std::make_unique<PngState>();
  st->input = bytes;
  st->want16 = want16;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, st.get(), on_error, on_warning);
  CHECK(png != nullptr);
  png_infop info = png_create_info_struct(png);
  bool ok = info && read_rows(png, info, st.get());
  png_destroy_read_struct(&png, &info, nullptr);
  if (!ok) {
    *error = st->error.empty() ? "libpng failed" : st->error;
    if (st->pos) *error += " (at byte " + std::to_string(st->pos) + ")";
    return nullptr;
  }
  return st;
}

}  // namespace

std::string encode_png(const Image& image, int level) {
  CHECK(image.pixels.size() == size_t(image.width) * image.height * image.channels);
  return encode(image.pixels.data(), image.width, image.height, image.channels, 8, level);
}

std::string encode_png16(const Image16& image, int level) {
  CHECK(image.pixels.size() == size_t(image.width) * image.height);
  return encode(reinterpret_cast<const uint8_t*>(image.pixels.data()), image.width, image.height, 1,
                16, level);
}

base::Result<Image> decode_png(std::string_view bytes, const std::string& name) {
  std::string error;
  auto st = decode(bytes, false, &error);
  if (!st) return base::make_diag("io.png", name + ": " + error, {name});
  Image im;
  im.width = st->width;
  im.height = st->height;
  im.channels = st->channels;
  im.pixels = std::move(st->pixels);
  return im;
}

base::Result<Image16> decode_png16(std::string_view bytes, const std::string& name) {
  std::string error;
  auto st = decode(bytes, true, &error);
  if (!st) return base::make_diag("io.png", name + ": " + error, {name});
  Image16 im;
  im.width = st->width;
  im.height = st->height;
  im.pixels.resize(size_t(im.width) * im.height);
  if (st->bit_depth == 16) {
    std::memcpy(im.pixels.data(), st->pixels.data(), im.pixels.size() * 2);
  } else {
    for (size_t i = 0; i < im.pixels.size(); ++i) im.pixels[i] = uint16_t(st->pixels[i] * 257);
  }
  return im;
}

base::Status write_file(const std::string& bytes, const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), std::fclose);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "' for writing", {path});
  if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size() || std::fflush(f.get()) != 0)
    return base::make_diag("io.write_failed", "cannot write '" + path + "'", {path});
  return base::ok_status();
}

base::Result<std::string> read_file(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "'", {path});
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) return base::make_diag("io.read_failed", "cannot read '" + path + "'", {path});
  return out;
}

base::Status write_png(const Image& image, const std::string& path) {
  return write_file(encode_png(image), path);
}

base::Status write_png16(const Image16& image, const std::string& path) {
  return write_file(encode_png16(image), path);
}

base::Result<Image> read_png(const std::string& path) {
  TRY(std::string bytes, read_file(path));
  return decode_png(bytes, path);
}

}  // namespace cadscribe::render
