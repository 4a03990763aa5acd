// base/wire.h — the byte codec and blocking pipe I/O of messages between forked processes.
//
// Parents and the children they fork (synth's attempt zygote, reconstruction's candidate
// worker) exchange records over pipes: fixed-width little-endian numbers and length-prefixed
// strings, in host layout (both ends are the same binary). A reader that runs past the end or
// meets a length larger than what is left marks itself failed and returns zeros, so a record cut
// by a killed child is detected, never read out of bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace cadscribe::base {

// Write or read exactly n bytes (retrying short transfers and EINTR); false on EOF or error.
[[nodiscard]] bool write_all(int fd, const void* data, size_t n);
[[nodiscard]] bool read_all(int fd, void* data, size_t n);

struct ByteWriter {
  std::string out;
  void u64(uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
  void f64(double v) { out.append(reinterpret_cast<const char*>(&v), 8); }
  void str(const std::string& s) {
    u64(s.size());
    out += s;
  }
  void raw(const void* data, size_t n) { out.append(static_cast<const char*>(data), n); }
};

struct ByteReader {
  const std::string& s;
  size_t at = 0;
  bool ok = true;

  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, 8);
    return v;
  }
  double f64() {
    double v = 0;
    raw(&v, 8);
    return v;
  }
  std::string str() {
    const uint64_t n = u64();
    if (!ok || n > s.size() - at) {
      ok = false;
      return {};
    }
    std::string v = s.substr(at, n);
    at += n;
    return v;
  }
  void raw(void* data, size_t n) {
    if (!ok || n > s.size() - at) {
      ok = false;
      std::memset(data, 0, n);
      return;
    }
    std::memcpy(data, s.data() + at, n);
    at += n;
  }
  [[nodiscard]] bool done() const { return ok && at == s.size(); }
};

}  // namespace cadscribe::base
