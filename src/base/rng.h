// base/rng.h — deterministic random numbers (splitmix64 seeding + xoshiro256**).
// Same seed => same sequence on every platform; never use std::random_device or std::*_distribution
// (their output differs between standard libraries).
#pragma once

#include <cstdint>

namespace cadscribe::base {

class Rng {
 public:
  explicit Rng(uint64_t seed);
  uint64_t next_u64();
  // Uniform in [0, 1) with 53 random bits.
  double uniform();
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // Uniform integer in [lo, hi] (inclusive), unbiased.
  int64_t uniform_int(int64_t lo, int64_t hi);
  // A child generator for an independent stream (e.g. per sample).
  Rng fork(uint64_t stream);

 private:
  uint64_t s_[4];
};

}  // namespace cadscribe::base
