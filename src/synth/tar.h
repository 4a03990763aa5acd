// synth/tar.h — deterministic ustar archives: the container of WebDataset shards (DESIGN.md §6).
//
// Writer: regular files only, every header field fixed except name and size — mode 0644,
// uid/gid 0, empty uname/gname, mtime 0 — so the same members give the same bytes on any host
// at any time. Names are at most 100 bytes (no prefix field use): longer names are an error, not
// silently split. Data is padded with zeros to 512-byte blocks. The archive ends with two zero
// blocks (no padding to a 10 KiB record: readers — Python's tarfile, GNU tar, webdataset — do
// not need it). A writer can reopen an unfinished archive at a block boundary and append to it:
// the end blocks are written only by finish(), which is what lets a shard resume after a kill.
//
// Reader: iterates members (name, bytes) of a whole archive, verifying each header's checksum,
// its magic, that sizes fit inside the file, and that the archive ends with a zero block.
// Errors carry the byte offset of the bad header: io.tar_corrupt, io.tar_truncated,
// io.tar_unsupported (links, devices, pax/GNU extensions), io.open_failed, io.read_failed,
// io.write_failed, io.tar_name (writer: empty, too long or with NUL).
// Depends on base only.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace cadscribe::synth {

inline constexpr uint64_t kTarBlock = 512;
inline constexpr size_t kTarMaxName = 100;

struct TarMember {
  std::string name;
  std::string data;
};

// Header + data + padding of one member, as the writer stores it.
[[nodiscard]] base::Result<std::string> tar_member_bytes(std::string_view name, std::string_view data);
// The two zero blocks that end an archive.
[[nodiscard]] std::string tar_end_bytes();

// Appends members to a file. Not copyable; the file is closed by the destructor.
class TarWriter {
 public:
  // Creates (or truncates) `path`, or — with `append_at` — keeps its first `append_at` bytes
  // (a multiple of 512, at most the file's size: io.tar_corrupt otherwise), drops the rest and
  // appends after them.
  [[nodiscard]] static base::Result<TarWriter> create(const std::string& path);
  [[nodiscard]] static base::Result<TarWriter> append(const std::string& path, uint64_t append_at);

  // Writes one member and flushes it to the OS, so a killed process leaves it in the file.
  [[nodiscard]] base::Status add(std::string_view name, std::string_view data);
  // Writes the end blocks, flushes and closes. The writer is unusable afterwards.
  [[nodiscard]] base::Status finish();
  // Bytes in the archive so far (excluding end blocks until finish()).
  [[nodiscard]] uint64_t size() const { return size_; }

 private:
  TarWriter(std::string path, FILE* file, uint64_t size);
  struct Closer {
    void operator()(FILE* f) const;
  };
  std::string path_;
  std::unique_ptr<FILE, Closer> file_;
  uint64_t size_ = 0;
};

// Reads members one by one from a file (streaming: one member in memory at a time).
class TarReader {
 public:
  [[nodiscard]] static base::Result<TarReader> open(const std::string& path);
  // The next member, std::nullopt at the end of the archive, or an error.
  [[nodiscard]] base::Result<std::optional<TarMember>> next();
  // Byte offset of the next header.
  [[nodiscard]] uint64_t offset() const { return offset_; }

 private:
  TarReader(std::string path, FILE* file, uint64_t file_size);
  struct Closer {
    void operator()(FILE* f) const;
  };
  std::string path_;
  std::unique_ptr<FILE, Closer> file_;
  uint64_t file_size_ = 0;
  uint64_t offset_ = 0;
  bool done_ = false;
};

// All members of an archive held in memory; `name` is used in messages.
[[nodiscard]] base::Result<std::vector<TarMember>> parse_tar(std::string_view bytes, const std::string& name);
[[nodiscard]] base::Result<std::vector<TarMember>> read_tar(const std::string& path);

}  // namespace cadscribe::synth
