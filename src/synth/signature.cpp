#include "synth/signature.h"

#include <algorithm>
#include <cstdio>

namespace cadscribe::synth {

uint64_t splitmix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

std::string sample_uuid(uint64_t seed) {
  const uint64_t a = splitmix(seed ^ 0x5555), b = splitmix(seed ^ 0xAAAA);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xFFFF),
                unsigned(a & 0xFFF), unsigned(0x8000 | ((b >> 48) & 0x3FFF)),
                static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFull));
  return buf;
}

uint64_t fingerprint_of(const metrics::VoxelGrid& g) {
  uint64_t h = 0xcbf29ce484222325ull;
  const int n = g.n();
  for (int z = 0; z < n; ++z)
    for (int y = 0; y < n; ++y)
      for (int x = 0; x < n; ++x) {
        h ^= g.get(x, y, z) ? 1u : 0u;
        h *= 0x100000001b3ull;
      }
  return h ^ static_cast<uint64_t>(n);
}

std::vector<float> descriptor_of(const metrics::VoxelGrid& g, const mesh::Box& box) {
  std::vector<float> d(64, 0.0f);
  const int n = g.n(), block = n / 4;
  for (int z = 0; z < n; ++z)
    for (int y = 0; y < n; ++y)
      for (int x = 0; x < n; ++x)
        if (g.get(x, y, z)) d[(z / block) * 16 + (y / block) * 4 + x / block] += 1.0f;
  const float per_block = float(block) * block * block;
  for (auto& v : d) v /= per_block;
  auto s = box.size();
  std::vector<double> e = {s.x, s.y, s.z};
  std::sort(e.begin(), e.end());
  const double longest = e[2] > 0 ? e[2] : 1;
  for (double v : e) d.push_back(float(v / longest));
  return d;
}

}  // namespace cadscribe::synth
