// lang/scad/builtins.h — openscad's builtin functions, split by theme across builtins_*.cpp.
// Each takes the evaluated arguments in call order; wrong types give openscad's warning and undef.
#pragma once

#include <cstdint>

#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {

struct BuiltinEntry {
  const char* name;
  BuiltinFn fn;
};

// The entries of one theme (static tables, never mutated).
const BuiltinEntry* math_builtins(size_t* count);
const BuiltinEntry* list_builtins(size_t* count);
const BuiltinEntry* dxf_builtins(size_t* count);  // dxf_dim, dxf_cross (read files)

// Helpers shared by the tables.
const Value* positional(const std::vector<CallArg>& args, size_t i);
const Value* arg(const std::vector<CallArg>& args, const char* name, size_t position);

// openscad's degree trigonometry (exact at multiples of 30 and 45 degrees; nan for non-finite).
double sin_degrees(double deg);
double cos_degrees(double deg);

// openscad's std::mt19937 + std::uniform_real_distribution<double> as libstdc++ computes it,
// written out here so seeded rands() matches openscad's numbers on every platform.
class Mt19937 {
 public:
  explicit Mt19937(uint32_t seed = 5489u) { seed_with(seed); }
  void seed_with(uint32_t seed);
  uint32_t next();
  double uniform(double lo, double hi);  // generate_canonical<double, 53> scaled to [lo, hi)

 private:
  uint32_t mt_[624];
  int index_ = 624;
};

}  // namespace cadscribe::lang::scad
