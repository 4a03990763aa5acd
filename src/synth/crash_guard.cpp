#include "synth/crash_guard.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace cadscribe::synth {
namespace {

std::string marker(const std::string& dir, int64_t shard, const char* ext) {
  char name[64];
  std::snprintf(name, sizeof name, "shard-%06lld.%s", static_cast<long long>(shard), ext);
  return (std::filesystem::path(dir) / name).string();
}

}  // namespace

void mark_in_flight(const std::string& split_dir, int64_t shard, int64_t attempt) {
  std::ofstream(marker(split_dir, shard, "inflight"), std::ios::trunc) << attempt << "\n";
}

int64_t record_crash(const std::string& split_dir, int64_t shard) {
  const std::string inflight = marker(split_dir, shard, "inflight");
  std::ifstream in(inflight);
  int64_t attempt = -1;
  if (!(in >> attempt)) return -1;
  in.close();
  std::ofstream(marker(split_dir, shard, "crashed"), std::ios::app) << attempt << "\n";
  std::error_code ec;
  std::filesystem::remove(inflight, ec);
  return attempt;
}

std::set<int64_t> crashed_attempts(const std::string& split_dir, int64_t shard) {
  std::set<int64_t> out;
  std::ifstream in(marker(split_dir, shard, "crashed"));
  int64_t a;
  while (in >> a) out.insert(a);
  return out;
}

void clear_crash_markers(const std::string& split_dir, int64_t shard) {
  std::error_code ec;
  std::filesystem::remove(marker(split_dir, shard, "inflight"), ec);
  std::filesystem::remove(marker(split_dir, shard, "crashed"), ec);
}

}  // namespace cadscribe::synth
