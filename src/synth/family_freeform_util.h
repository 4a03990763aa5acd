// synth/family_freeform_util.h — sampling helpers and generator declarations shared by the
// freeform families (family_freeform*.cpp): shelled, swept, lofted, revolved and composite parts.
//
// Sizes are drawn on a designer's grid (0.5 mm, 1 mm, 5 mm steps) so programs read like hand-written
// ones; screw sizes come from ISO 273 clearances and common tap drills. Units: mm, degrees.
// Depends on base/rng.h and synth/program_writer.h only; header-only because the helpers are tiny.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "base/rng.h"
#include "synth/family_sampling.h"
#include "synth/program_writer.h"

namespace cadscribe::synth::freeform {

using sampling::chance;
using sampling::ceil_to;
using sampling::floor_to;
using sampling::grid;
using sampling::pick;
using sampling::Points;

inline std::string num(double v) { return format_number(v); }

// Metric screws: ISO 273 medium clearance, tap drill, DIN 974 counterbore, 90° countersink.
struct Screw {
  const char* name;
  double clearance;
  double tap_drill;
  double cbore_d;
  double cbore_depth;
  double csk_d;
};

inline constexpr Screw kScrews[] = {
    {"M2.5", 2.9, 2.1, 5.5, 2.8, 5.5}, {"M3", 3.4, 2.5, 6.5, 3.3, 6.6}, {"M4", 4.5, 3.3, 8.0, 4.4, 9.0},
    {"M5", 5.5, 4.2, 10.0, 5.4, 11.0}, {"M6", 6.6, 5.0, 11.0, 6.4, 13.0}, {"M8", 9.0, 6.8, 15.0, 8.6, 17.5},
};

// A screw among kScrews[lo..hi] (indices, inclusive).
inline const Screw& screw(base::Rng& rng, int lo, int hi) {
  constexpr int n = static_cast<int>(sizeof kScrews / sizeof kScrews[0]);
  lo = std::clamp(lo, 0, n - 1);
  hi = std::clamp(hi, lo, n - 1);
  return kScrews[rng.uniform_int(lo, hi)];
}

// The four corners (±x, ±y) in a fixed order.
inline Points corners(double x, double y) { return {{-x, -y}, {x, -y}, {x, y}, {-x, y}}; }

// Generators (one per family); each returns the variable holding the part.
std::string gen_enclosure(base::Rng& rng, ProgramWriter& w);
std::string gen_enclosure_lid(base::Rng& rng, ProgramWriter& w);
std::string gen_tray(base::Rng& rng, ProgramWriter& w);
std::string gen_pipe_bend(base::Rng& rng, ProgramWriter& w);
std::string gen_handle(base::Rng& rng, ProgramWriter& w);
std::string gen_loft_transition(base::Rng& rng, ProgramWriter& w);
std::string gen_funnel(base::Rng& rng, ProgramWriter& w);
std::string gen_nozzle(base::Rng& rng, ProgramWriter& w);
std::string gen_bracket_gusset(base::Rng& rng, ProgramWriter& w);
std::string gen_clip_ring(base::Rng& rng, ProgramWriter& w);
std::string gen_feature_composite(base::Rng& rng, ProgramWriter& w);

}  // namespace cadscribe::synth::freeform
