#include "base/deflate.h"

#include <zlib.h>

#include <algorithm>

namespace cadscribe::base {

namespace {

int window_bits(DeflateFormat format) { return format == DeflateFormat::kRaw ? -MAX_WBITS : MAX_WBITS; }

}  // namespace

std::string deflate_bytes(std::string_view data, int level, DeflateFormat format) {
  z_stream z{};
  // Level and window are fixed and zlib is deterministic for them: same input, same bytes.
  if (deflateInit2(&z, level, Z_DEFLATED, window_bits(format), 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, uLong(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = uInt(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = uInt(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END ? out : std::string();
}

std::optional<std::string> inflate_bytes(std::string_view packed, size_t max_size, DeflateFormat format, bool exact) {
  z_stream z{};
  if (inflateInit2(&z, window_bits(format)) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = uInt(packed.size());
  // Grows as the stream produces, never past max_size (+1 byte, to see that it would overflow).
  std::string out(std::min(max_size + 1, std::max<size_t>(packed.size() * 4, 4096)), '\0');
  size_t produced = 0;
  int rc = Z_OK;
  while (rc == Z_OK) {  // Z_BUF_ERROR: no progress possible, the stream is truncated
    if (produced == out.size()) {
      if (out.size() > max_size) break;
      out.resize(std::min(max_size + 1, out.size() * 2));
    }
    z.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    z.avail_out = uInt(out.size() - produced);
    rc = inflate(&z, Z_NO_FLUSH);
    produced = out.size() - z.avail_out;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END || produced > max_size || (exact && produced != max_size)) return std::nullopt;
  out.resize(produced);
  return out;
}

}  // namespace cadscribe::base
