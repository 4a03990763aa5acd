// mesh/io_detail.h — private helpers shared by the format readers and writers of mesh/io.h:
// error construction with locations, a byte scanner for the text formats, number parsing and
// printing, little/big-endian access, and the welder that turns triangle soups into indexed
// meshes. Not part of the module's public API (include only from src/mesh/io*.cpp).
#pragma once

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh::detail {

inline constexpr const char* kParseCode = "io.mesh_parse";

// An error at byte `pos` of a text file: the span gets the 1-based line and column.
[[nodiscard]] base::Diag text_error(std::string_view text, size_t pos, const std::string& name,
                                    std::string message);
// An error in a binary file: the byte offset goes into the message (spans are line-based).
[[nodiscard]] base::Diag binary_error(const std::string& name, uint64_t offset, std::string message);
// A token quoted for a message, cut to a readable length, non-printable bytes escaped.
[[nodiscard]] std::string quoted(std::string_view token);

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
inline bool is_space(char c) { return is_blank(c) || c == '\n'; }
// ASCII case-insensitive equality.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

// Cursor over text. Tokens are runs of non-whitespace bytes; "blank" excludes the newline so
// line-based formats can stop at line ends.
class Scanner {
 public:
  explicit Scanner(std::string_view text, size_t pos = 0) : text_(text), pos_(pos) {}
  [[nodiscard]] size_t pos() const { return pos_; }
  [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
  [[nodiscard]] bool at_eol() const { return at_end() || text_[pos_] == '\n'; }
  void skip_blanks() { while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_; }
  void skip_space() { while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_; }
  // Moves past the next newline (or to the end).
  void next_line() {
    auto nl = text_.find('\n', pos_);
    pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  }
  // The token at the cursor (empty at a line end or the end); the cursor moves past it.
  std::string_view token() {
    size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  size_t pos_;
};

// Decimal number (leading '+' allowed, as C's strtod does; "nan"/"inf" parse and are caught by
// the callers' finiteness checks). False when the whole token is not a number.
[[nodiscard]] bool parse_double(std::string_view token, double& out);
// Decimal integer with optional sign; false on junk or overflow.
[[nodiscard]] bool parse_int(std::string_view token, int64_t& out);
// A coordinate must be finite after rounding to float (1e300 is as bad as inf).
[[nodiscard]] inline bool to_finite_float(double v, float& out) {
  out = static_cast<float>(v);
  return std::isfinite(out);
}

// Shortest decimal that reads back as the same float; locale-independent, unlike printf.
inline void append_float(std::string& out, float v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}
// "x y z\n": one vertex line of the text formats.
inline void append_xyz_line(std::string& out, float x, float y, float z) {
  append_float(out, x);
  out += ' ';
  append_float(out, y);
  out += ' ';
  append_float(out, z);
  out += '\n';
}
inline void append_uint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// Fixed-width unsigned load/store in a chosen byte order.
template <typename U>
[[nodiscard]] inline U load(const char* p, bool little) {
  U v;
  std::memcpy(&v, p, sizeof v);
  if (little != (std::endian::native == std::endian::little)) {
    if constexpr (sizeof(U) == 2) v = static_cast<U>(__builtin_bswap16(v));
    if constexpr (sizeof(U) == 4) v = __builtin_bswap32(v);
    if constexpr (sizeof(U) == 8) v = __builtin_bswap64(v);
  }
  return v;
}
template <typename U>
inline void store_le(std::string& out, U v) {
  if constexpr (std::endian::native != std::endian::little) {
    if constexpr (sizeof(U) == 2) v = static_cast<U>(__builtin_bswap16(v));
    if constexpr (sizeof(U) == 4) v = __builtin_bswap32(v);
  }
  char buf[sizeof v];
  std::memcpy(buf, &v, sizeof v);
  out.append(buf, sizeof v);
}
inline void store_le_float(std::string& out, float f) { store_le(out, std::bit_cast<uint32_t>(f)); }

// Builds an indexed mesh from a stream of triangle corners, merging corners whose positions are
// bit-identical (−0 counts as +0). Vertices are numbered in first-occurrence order, so the result
// does not depend on hashing. Open addressing over the position bits: no per-vertex allocation.
class Welder {
 public:
  explicit Welder(size_t expected_vertices);
  uint32_t add(float x, float y, float z);
  void add_triangle(uint32_t a, uint32_t b, uint32_t c) { mesh_.triangles.push_back({a, b, c}); }
  void reserve_triangles(size_t n) { mesh_.triangles.reserve(n); }
  [[nodiscard]] Mesh take() { return std::move(mesh_); }

 private:
  void grow();
  Mesh mesh_;
  std::vector<uint32_t> slots_;  // vertex index + 1; 0 = empty
  size_t mask_ = 0;
};

// Per-format entry points (io_<format>.cpp).
[[nodiscard]] base::Result<Mesh> parse_stl(std::string_view bytes, const std::string& name);
[[nodiscard]] base::Result<Mesh> parse_obj(std::string_view bytes, const std::string& name);
[[nodiscard]] base::Result<Mesh> parse_ply(std::string_view bytes, const std::string& name);
[[nodiscard]] base::Result<Mesh> parse_off(std::string_view bytes, const std::string& name);
[[nodiscard]] base::Result<Mesh> parse_3mf(std::string_view bytes, const std::string& name);  // read only

}  // namespace cadscribe::mesh::detail
