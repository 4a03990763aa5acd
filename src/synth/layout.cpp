#include "synth/layout.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

namespace cadscribe::synth {

namespace fs = std::filesystem;

std::string sample_key(int64_t shard, int64_t index) {
  CHECK(shard >= 0 && shard < kMaxShards && index >= 0 && index < kMaxSamplesPerShard);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06lld_%05lld", static_cast<long long>(shard), static_cast<long long>(index));
  return buf;
}

std::string shard_stem(int64_t shard) {
  CHECK(shard >= 0 && shard < kMaxShards);
  char buf[32];
  std::snprintf(buf, sizeof buf, "shard-%06lld", static_cast<long long>(shard));
  return buf;
}

std::string join_path(std::string_view dir, std::string_view name) {
  std::string out(dir);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  if (!out.empty() && out.back() != '/') out += '/';
  out += name;
  return out;
}

base::Status write_file_atomic(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp";
  {
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(tmp.c_str(), "wb"), std::fclose);
    if (!f) return base::make_diag("io.open_failed", "cannot create '" + tmp + "'", {tmp});
    if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size() || std::fflush(f.get()) != 0)
      return base::make_diag("io.write_failed", "cannot write '" + tmp + "'", {tmp});
    if (std::fclose(f.release()) != 0) return base::make_diag("io.write_failed", "cannot close '" + tmp + "'", {tmp});
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return base::make_diag("io.write_failed", "cannot rename '" + tmp + "': " + ec.message(), {path});
  return base::ok_status();
}

base::Result<std::string> read_text_file(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "'", {path});
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) return base::make_diag("io.read_failed", "cannot read '" + path + "'", {path});
  return out;
}

bool file_exists(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

base::Status make_dirs(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) return base::make_diag("io.create_dir_failed", "cannot create '" + path + "': " + ec.message(), {path});
  return base::ok_status();
}

}  // namespace cadscribe::synth
