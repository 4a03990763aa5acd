// base/deflate.h — zlib (RFC 1950/1951) streams in memory. Inflating is bounded by the caller's
// limit, so a hostile file (a "zip bomb") cannot exhaust memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cadscribe::base {

enum class DeflateFormat {
  kZlib,  // with the zlib header and checksum (our own files)
  kRaw,   // bare deflate data (ZIP entries)
};

[[nodiscard]] std::string deflate_bytes(std::string_view data, int level = 9, DeflateFormat format = DeflateFormat::kZlib);

// The inflated bytes; nullopt when the stream is broken or truncated, when it inflates to more
// than `max_size` bytes, or, with `exact`, to any size other than `max_size`.
[[nodiscard]] std::optional<std::string> inflate_bytes(std::string_view packed, size_t max_size,
                                                       DeflateFormat format = DeflateFormat::kZlib, bool exact = false);

}  // namespace cadscribe::base
