#include "synth/tar.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>
#include <system_error>

namespace cadscribe::synth {
namespace {

namespace fs = std::filesystem;

// ustar header field offsets and sizes (POSIX.1-1988).
constexpr size_t kNameOff = 0, kModeOff = 100, kUidOff = 108, kGidOff = 116, kSizeOff = 124,
                 kMtimeOff = 136, kChksumOff = 148, kTypeOff = 156, kMagicOff = 257,
                 kVersionOff = 263, kDevMajorOff = 329, kDevMinorOff = 337, kPrefixOff = 345;
constexpr uint64_t kMaxSize = 077777777777ULL;  // 11 octal digits

base::Diag tar_error(const char* code, const std::string& file, uint64_t offset, const std::string& what) {
  return base::make_diag(code, file + ": " + what + " (byte " + std::to_string(offset) + ")", {file});
}

// Writes `value` as `width - 1` zero-padded octal digits followed by NUL.
void put_octal(char* field, size_t width, uint64_t value) {
  for (size_t i = width - 1; i-- > 0;) {
    field[i] = char('0' + (value & 7));
    value >>= 3;
  }
  field[width - 1] = '\0';
}

uint32_t checksum(const char* block) {
  uint32_t sum = 0;
  for (size_t i = 0; i < kTarBlock; ++i) {
    bool in_field = i >= kChksumOff && i < kChksumOff + 8;
    sum += in_field ? uint32_t(' ') : uint32_t(static_cast<unsigned char>(block[i]));
  }
  return sum;
}

// Historic writers summed signed chars; accept either.
int32_t checksum_signed(const char* block) {
  int32_t sum = 0;
  for (size_t i = 0; i < kTarBlock; ++i) {
    bool in_field = i >= kChksumOff && i < kChksumOff + 8;
    sum += in_field ? int32_t(' ') : int32_t(static_cast<signed char>(block[i]));
  }
  return sum;
}

// Octal field: optional leading spaces, digits, then NUL/space terminators only.
std::optional<uint64_t> parse_octal(const char* field, size_t width) {
  size_t i = 0;
  while (i < width && field[i] == ' ') ++i;
  uint64_t value = 0;
  size_t digits = 0;
  for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i, ++digits) {
    if (value > (UINT64_MAX >> 3)) return std::nullopt;
    value = value * 8 + uint64_t(field[i] - '0');
  }
  for (; i < width; ++i)
    if (field[i] != '\0' && field[i] != ' ') return std::nullopt;
  if (digits == 0) return std::nullopt;
  return value;
}

std::string field_string(const char* field, size_t width) {
  return std::string(field, strnlen(field, width));
}

uint64_t padded(uint64_t size) { return (size + kTarBlock - 1) / kTarBlock * kTarBlock; }

struct Header {
  std::string name;
  uint64_t size = 0;
  bool regular = true;  // false: a directory (skipped)
};

// Parses a header block; std::nullopt for a zero block (end of archive).
base::Result<std::optional<Header>> parse_header(const char* block, const std::string& file, uint64_t offset) {
  if (std::all_of(block, block + kTarBlock, [](char c) { return c == '\0'; })) return std::optional<Header>{};
  auto stored = parse_octal(block + kChksumOff, 8);
  if (!stored) return tar_error("io.tar_corrupt", file, offset, "header checksum field is not octal");
  if (*stored != checksum(block) && int64_t(*stored) != checksum_signed(block))
    return tar_error("io.tar_corrupt", file, offset, "header checksum mismatch");
  bool posix = std::memcmp(block + kMagicOff, "ustar\0" "00", 8) == 0;
  bool gnu = std::memcmp(block + kMagicOff, "ustar  \0", 8) == 0;
  if (!posix && !gnu) return tar_error("io.tar_corrupt", file, offset, "not a ustar header");
  Header h;
  h.name = field_string(block + kNameOff, 100);
  std::string prefix = field_string(block + kPrefixOff, 155);
  if (posix && !prefix.empty()) h.name = prefix + "/" + h.name;
  if (static_cast<unsigned char>(block[kSizeOff]) & 0x80)
    return tar_error("io.tar_unsupported", file, offset, "base-256 size field of '" + h.name + "'");
  auto size = parse_octal(block + kSizeOff, 12);
  if (!size) return tar_error("io.tar_corrupt", file, offset, "size field of '" + h.name + "' is not octal");
  h.size = *size;
  char type = block[kTypeOff];
  if (type == '5') {
    h.regular = false;
    h.size = 0;  // directories carry no data
  } else if (type != '0' && type != '\0') {
    return tar_error("io.tar_unsupported", file, offset,
                     std::string("member '") + h.name + "' has type '" + type + "' (only regular files are read)");
  }
  if (h.name.empty()) return tar_error("io.tar_corrupt", file, offset, "member with an empty name");
  return std::optional<Header>(std::move(h));
}

// The member loop shared by the file and memory readers. `read(dst, n)` reads exactly n bytes
// or returns false; `remaining` is the number of unread bytes.
base::Result<std::optional<TarMember>> next_member(const std::function<bool(char*, size_t)>& read,
                                                   uint64_t remaining, const std::string& file,
                                                   uint64_t& offset) {
  while (true) {
    if (remaining < kTarBlock)
      return tar_error("io.tar_truncated", file, offset,
                       remaining == 0 ? "archive ends without its end-of-archive blocks" : "partial header block");
    char block[kTarBlock];
    if (!read(block, kTarBlock)) return tar_error("io.read_failed", file, offset, "cannot read header");
    TRY(std::optional<Header> h, parse_header(block, file, offset));
    if (!h) return std::optional<TarMember>{};
    uint64_t header_at = offset;
    offset += kTarBlock;
    remaining -= kTarBlock;
    if (padded(h->size) > remaining)
      return tar_error("io.tar_truncated", file, header_at,
                       "member '" + h->name + "' claims " + std::to_string(h->size) + " bytes but only " +
                           std::to_string(remaining) + " remain");
    TarMember m{std::move(h->name), std::string(h->size, '\0')};
    uint64_t skip = padded(h->size);
    if (h->size > 0 && !read(m.data.data(), h->size))
      return tar_error("io.read_failed", file, offset, "cannot read data of '" + m.name + "'");
    char pad[kTarBlock];
    if (skip > h->size && !read(pad, skip - h->size))
      return tar_error("io.read_failed", file, offset, "cannot read padding of '" + m.name + "'");
    offset += skip;
    remaining -= skip;
    if (h->regular) return std::optional<TarMember>(std::move(m));
  }
}

}  // namespace

base::Result<std::string> tar_member_bytes(std::string_view name, std::string_view data) {
  if (name.empty() || name.size() > kTarMaxName || name.find('\0') != std::string_view::npos)
    return base::make_diag("io.tar_name", "tar member name must be 1.." + std::to_string(kTarMaxName) +
                                              " bytes without NUL: '" + std::string(name.substr(0, 120)) + "'");
  if (data.size() > kMaxSize)
    return base::make_diag("io.tar_name", "tar member '" + std::string(name) + "' is larger than 8 GiB");
  std::string out(kTarBlock + padded(data.size()), '\0');
  char* h = out.data();
  std::memcpy(h + kNameOff, name.data(), name.size());
  put_octal(h + kModeOff, 8, 0644);
  put_octal(h + kUidOff, 8, 0);
  put_octal(h + kGidOff, 8, 0);
  put_octal(h + kSizeOff, 12, data.size());
  put_octal(h + kMtimeOff, 12, 0);
  h[kTypeOff] = '0';
  std::memcpy(h + kMagicOff, "ustar\0" "00", 8);
  put_octal(h + kDevMajorOff, 8, 0);
  put_octal(h + kDevMinorOff, 8, 0);
  // The checksum is computed with its own field read as spaces, then stored as 6 digits, NUL, space.
  put_octal(h + kChksumOff, 7, checksum(h));
  h[kChksumOff + 7] = ' ';
  if (!data.empty()) std::memcpy(h + kTarBlock, data.data(), data.size());
  return out;
}

std::string tar_end_bytes() { return std::string(2 * kTarBlock, '\0'); }

// ---- writer ----

void TarWriter::Closer::operator()(FILE* f) const { std::fclose(f); }

TarWriter::TarWriter(std::string path, FILE* file, uint64_t size)
    : path_(std::move(path)), file_(file), size_(size) {}

base::Result<TarWriter> TarWriter::create(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return base::make_diag("io.open_failed", "cannot create '" + path + "'", {path});
  return TarWriter(path, f, 0);
}

base::Result<TarWriter> TarWriter::append(const std::string& path, uint64_t append_at) {
  std::error_code ec;
  uint64_t have = fs::file_size(path, ec);
  if (ec) return base::make_diag("io.open_failed", "cannot open '" + path + "': " + ec.message(), {path});
  if (append_at % kTarBlock != 0 || append_at > have)
    return tar_error("io.tar_corrupt", path, append_at,
                     "cannot append: the file has " + std::to_string(have) + " bytes");
  // Whatever follows `append_at` was written after the last checkpoint (or is the end blocks).
  fs::resize_file(path, append_at, ec);
  if (ec) return base::make_diag("io.write_failed", "cannot truncate '" + path + "': " + ec.message(), {path});
  FILE* f = std::fopen(path.c_str(), "ab");
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "' for appending", {path});
  return TarWriter(path, f, append_at);
}

base::Status TarWriter::add(std::string_view name, std::string_view data) {
  CHECK(file_ != nullptr);
  TRY(std::string bytes, tar_member_bytes(name, data));
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size() || std::fflush(file_.get()) != 0)
    return base::make_diag("io.write_failed", "cannot write '" + path_ + "'", {path_});
  size_ += bytes.size();
  return base::ok_status();
}

base::Status TarWriter::finish() {
  CHECK(file_ != nullptr);
  std::string end = tar_end_bytes();
  bool ok = std::fwrite(end.data(), 1, end.size(), file_.get()) == end.size();
  ok = std::fclose(file_.release()) == 0 && ok;
  if (!ok) return base::make_diag("io.write_failed", "cannot finish '" + path_ + "'", {path_});
  size_ += end.size();
  return base::ok_status();
}

// ---- reader ----

void TarReader::Closer::operator()(FILE* f) const { std::fclose(f); }

TarReader::TarReader(std::string path, FILE* file, uint64_t file_size)
    : path_(std::move(path)), file_(file), file_size_(file_size) {}

base::Result<TarReader> TarReader::open(const std::string& path) {
  std::error_code ec;
  uint64_t size = fs::file_size(path, ec);
  if (ec) return base::make_diag("io.open_failed", "cannot open '" + path + "': " + ec.message(), {path});
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "'", {path});
  return TarReader(path, f, size);
}

base::Result<std::optional<TarMember>> TarReader::next() {
  if (done_) return std::optional<TarMember>{};
  FILE* f = file_.get();
  auto read = [f](char* dst, size_t n) { return std::fread(dst, 1, n, f) == n; };
  TRY(std::optional<TarMember> m, next_member(read, file_size_ - offset_, path_, offset_));
  if (!m) done_ = true;
  return m;
}

base::Result<std::vector<TarMember>> parse_tar(std::string_view bytes, const std::string& name) {
  std::vector<TarMember> out;
  uint64_t offset = 0;
  auto read = [&](char* dst, size_t n) {
    if (n > bytes.size()) return false;
    std::memcpy(dst, bytes.data(), n);
    bytes.remove_prefix(n);
    return true;
  };
  while (true) {
    TRY(std::optional<TarMember> m, next_member(read, bytes.size(), name, offset));
    if (!m) return out;
    out.push_back(std::move(*m));
  }
}

base::Result<std::vector<TarMember>> read_tar(const std::string& path) {
  TRY(TarReader reader, TarReader::open(path));
  std::vector<TarMember> out;
  while (true) {
    TRY(std::optional<TarMember> m, reader.next());
    if (!m) return out;
    out.push_back(std::move(*m));
  }
}

}  // namespace cadscribe::synth
