// synth/family_sampling.h — the sampling helpers the prismatic and freeform families share:
// sizes on a designer's grid (0.5, 1, 5 mm steps) so programs read like hand-written ones, grid
// rounding that keeps a derived size inside (or outside) its bound, coin flips and choices.
// The round families keep their own `draw` (nearest-step rounding of a continuous draw): it
// consumes the Rng differently, and changing it would change every round family's samples.
// Depends on base/rng.h only; header-only because the helpers are tiny.
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

#include "base/rng.h"

namespace cadscribe::synth::sampling {

using Points = std::vector<std::pair<double, double>>;

// A value in [lo, hi] on the grid of `step` (lo is assumed on the grid; hi is floored to it).
inline double grid(base::Rng& rng, double lo, double hi, double step) {
  const auto n = static_cast<int64_t>(std::floor((hi - lo) / step + 1e-9));
  if (n <= 0) return lo;
  return lo + step * static_cast<double>(rng.uniform_int(0, n));
}

// Rounds down / up to the grid: keeps a derived size inside (or outside) its bound.
inline double floor_to(double v, double step) { return std::floor(v / step + 1e-9) * step; }
inline double ceil_to(double v, double step) { return std::ceil(v / step - 1e-9) * step; }

inline bool chance(base::Rng& rng, double p) { return rng.uniform() < p; }

template <typename T>
T pick(base::Rng& rng, std::initializer_list<T> options) {
  const auto i = rng.uniform_int(0, static_cast<int64_t>(options.size()) - 1);
  return *(options.begin() + i);
}

}  // namespace cadscribe::synth::sampling
