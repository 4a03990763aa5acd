// synth/family_prismatic_util.h — sampling helpers shared by the prismatic families
// (family_prismatic*.cpp): sizes rounded as a designer rounds them, ISO metric screw clearances
// and counterbore/countersink sizes, and the two ways a point pattern is written (a pushPoints
// list or a for-loop that builds the list).
//
// Units: mm, degrees. Depends on base/rng.h and synth/program_writer.h only; header-only because
// the helpers are tiny and used by several translation units.
#pragma once

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "base/rng.h"
#include "synth/family_sampling.h"
#include "synth/family.h"
#include "synth/program_writer.h"

namespace cadscribe::synth::prismatic {

using sampling::chance;
using sampling::ceil_to;
using sampling::floor_to;
using sampling::grid;
using sampling::pick;
using sampling::Points;

// ISO 273 medium clearance holes and the matching DIN 974 counterbores (socket head cap screws)
// and 90° countersinks (ISO 10642 flat heads).
struct Screw {
  const char* name;   // "M4"
  double nominal;     // thread diameter
  double clearance;   // through hole
  double tap_drill;   // for a tapped (threaded) hole
  double cbore_d;     // counterbore diameter
  double cbore_depth; // counterbore depth (head height + a little)
  double csk_d;       // countersink outer diameter at 90°
};

inline constexpr Screw kScrews[] = {
    {"M3", 3, 3.4, 2.5, 6.5, 3.3, 6.6},     {"M4", 4, 4.5, 3.3, 8.0, 4.4, 9.0},
    {"M5", 5, 5.5, 4.2, 10.0, 5.4, 11.0},   {"M6", 6, 6.6, 5.0, 11.0, 6.4, 13.0},
    {"M8", 8, 9.0, 6.8, 15.0, 8.6, 17.5},   {"M10", 10, 11.0, 8.5, 18.0, 10.8, 22.0},
};
inline constexpr int kScrewCount = static_cast<int>(sizeof kScrews / sizeof kScrews[0]);

// A screw between sizes `lo` and `hi` (indices into kScrews, inclusive, clamped).
inline const Screw& pick_screw(base::Rng& rng, int lo, int hi) {
  lo = std::max(0, std::min(lo, kScrewCount - 1));
  hi = std::max(lo, std::min(hi, kScrewCount - 1));
  return kScrews[rng.uniform_int(lo, hi)];
}

// The largest screw index whose clearance hole fits a wall of `wall` mm with `margin` each side.
inline int largest_screw_for(double wall, double margin) {
  int best = 0;
  for (int i = 0; i < kScrewCount; ++i)
    if (kScrews[i].clearance + 2 * margin <= wall) best = i;
  return best;
}

// Points of a centred nx × ny grid with pitches px, py (what rarray(px, py, nx, ny) makes).
inline Points grid_points(int nx, int ny, double px, double py) {
  Points p;
  for (int i = 0; i < nx; ++i)
    for (int j = 0; j < ny; ++j) p.emplace_back((i - (nx - 1) / 2.0) * px, (j - (ny - 1) / 2.0) * py);
  return p;
}

// Declares a named list of points of a centred nx × ny grid: as a literal parameter, or — in loop
// style — built by a for-loop (both give the same points). nx, ny, px, py are Python expressions
// (parameter names or numbers); "1" for ny gives a single row. Returns the variable name.
inline std::string points_param(ProgramWriter& w, const std::string& name, const std::string& nx, const std::string& ny,
                                const std::string& px, const std::string& py, const Points& literal,
                                const std::string& comment) {
  if (!w.style().loops) return w.param_expr(name, format_points(literal), comment);
  if (!comment.empty()) w.comment(comment);
  auto offset = [](const std::string& var, const std::string& n, const std::string& pitch) {
    return n == "1" ? std::string("0.0") : "(" + var + " - (" + n + " - 1) / 2) * " + pitch;
  };
  w.line(name + " = []");
  w.line("for i in range(" + nx + "):");
  if (ny == "1") {
    w.line("    " + name + ".append((" + offset("i", nx, px) + ", 0.0))");
  } else {
    w.line("    for j in range(" + ny + "):");
    w.line("        " + name + ".append((" + offset("i", nx, px) + ", " + offset("j", ny, py) + "))");
  }
  return name;
}

// The other prismatic files register their families through these (called by
// add_prismatic_families, in this order).
void add_prismatic_bracket_families(std::vector<Family>& out);  // family_prismatic_brackets.cpp
void add_prismatic_feature_families(std::vector<Family>& out);  // family_prismatic_features.cpp

}  // namespace cadscribe::synth::prismatic
