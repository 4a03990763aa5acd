// synth/family_round_util.h — sampling helpers and standard sizes shared by the round / revolved
// families (family_round*.cpp).
//
// Sizes are in mm and come from the tables a designer reaches for: ISO metric clearance holes,
// shaft bores, DIN 6885 parallel-key keyways, V-belt groove sections, ISO 606 roller chains.
// Every draw goes through the Rng passed in (determinism); helpers round values the way a
// designer would so that programs read like hand-written ones. Depends on base and synth only.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "base/rng.h"
#include "synth/family.h"
#include "synth/program_writer.h"

namespace cadscribe::synth::round {

// `value` rounded to the nearest multiple of `step`.
inline double snap(double value, double step) { return std::round(value / step) * step; }
// Uniform in [lo, hi], rounded to `step`, and kept inside [lo, hi] after rounding.
inline double draw(base::Rng& rng, double lo, double hi, double step) {
  double v = snap(rng.uniform(lo, hi), step);
  if (v < lo) v += step;
  if (v > hi) v -= step;
  return v;
}
inline bool chance(base::Rng& rng, double p) { return rng.uniform() < p; }
inline int draw_int(base::Rng& rng, int lo, int hi) { return static_cast<int>(rng.uniform_int(lo, hi)); }
template <class T>
const T& pick(base::Rng& rng, const std::vector<T>& options) {
  return options[static_cast<size_t>(rng.uniform_int(0, static_cast<int64_t>(options.size()) - 1))];
}

inline std::string num(double v, int decimals = 2) { return format_number(v, decimals); }

// ISO 273 medium clearance holes and DIN 974 counterbores for socket-head cap screws.
struct Bolt {
  const char* name;  // "M6"
  double clearance;  // through-hole diameter
  double cbore;      // counterbore diameter
  double cbore_depth;
};
inline const std::vector<Bolt>& bolts() {
  static const std::vector<Bolt> b = {{"M3", 3.4, 6.5, 3.4},  {"M4", 4.5, 8.0, 4.4},    {"M5", 5.5, 10.0, 5.4},
                                      {"M6", 6.6, 11.0, 6.4}, {"M8", 9.0, 15.0, 8.6},   {"M10", 11.0, 18.0, 10.6},
                                      {"M12", 13.5, 20.0, 12.6}, {"M16", 17.5, 26.0, 16.6}};
  return b;
}
// The largest bolt whose clearance hole is at most `max_clearance` (at least M3).
inline const Bolt& bolt_up_to(double max_clearance) {
  const Bolt* best = &bolts().front();
  for (const auto& b : bolts())
    if (b.clearance <= max_clearance) best = &b;
  return *best;
}
// Tapped-hole drill diameters for set screws (M3…M8).
inline double tap_drill(int metric) {
  switch (metric) {
    case 3: return 2.5;
    case 4: return 3.3;
    case 5: return 4.2;
    case 6: return 5.0;
    default: return 6.8;
  }
}

// Preferred shaft / bore diameters.
inline const std::vector<double>& bore_sizes() {
  static const std::vector<double> s = {6, 8, 10, 12, 14, 15, 16, 18, 20, 22, 25, 28, 30, 32, 35, 40, 45, 50, 55, 60};
  return s;
}
// A preferred bore in [lo, hi] (the nearest one below hi when none fits inside).
inline double draw_bore(base::Rng& rng, double lo, double hi) {
  std::vector<double> fit;
  for (double d : bore_sizes())
    if (d >= lo && d <= hi) fit.push_back(d);
  if (fit.empty()) {
    double best = bore_sizes().front();
    for (double d : bore_sizes())
      if (d <= hi) best = d;
    return best;
  }
  return pick(rng, fit);
}

// DIN 6885 parallel key for a shaft diameter: key width b, shaft keyseat depth t1, hub depth t2.
struct Key {
  double width, shaft_depth, hub_depth;
};
inline Key key_for(double shaft_d) {
  if (shaft_d <= 8) return {2, 1.2, 1.0};
  if (shaft_d <= 10) return {3, 1.8, 1.4};
  if (shaft_d <= 12) return {4, 2.5, 1.8};
  if (shaft_d <= 17) return {5, 3.0, 2.3};
  if (shaft_d <= 22) return {6, 3.5, 2.8};
  if (shaft_d <= 30) return {8, 4.0, 3.3};
  if (shaft_d <= 38) return {10, 5.0, 3.3};
  if (shaft_d <= 44) return {12, 5.0, 3.3};
  if (shaft_d <= 50) return {14, 5.5, 3.8};
  return {16, 6.0, 4.3};
}

// A closed 2D profile whose coordinates are Python expressions over the parameters.
struct Pt {
  std::string x, y;
};
// Prints `name = [\n    (x, y),\n ...]` so that long profiles stay readable.
inline void write_point_list(ProgramWriter& w, const std::string& name, const std::vector<Pt>& pts) {
  w.line(name + " = [");
  for (const auto& p : pts) w.line("    (" + p.x + ", " + p.y + "),");
  w.line("]");
}
// Draws the closed profile on chain `c`: either `polyline(list_name).close()` (the list must
// have been written with write_point_list) or the equivalent moveTo/lineTo/close calls.
inline void draw_profile(Chain& c, const std::vector<Pt>& pts, bool as_list, const std::string& list_name) {
  if (as_list) {
    c.call("polyline", list_name).call("close");
    return;
  }
  c.call("moveTo", pts[0].x + ", " + pts[0].y);
  for (size_t i = 1; i < pts.size(); ++i) c.call("lineTo", pts[i].x + ", " + pts[i].y);
  c.call("close");
}

// A circular pattern of `count` points on radius `radius_expr` starting at angle 0, in one of
// three equivalent spellings: polarArray, a pushPoints list from a comprehension, or (with
// style.loops) a list built in a for-loop. Lines it needs are written now; `apply` adds the
// pattern call to a chain positioned on the pattern's workplane.
struct CirclePattern {
  std::string method, args;
  void apply(Chain& c) const { c.call(method, args); }
};
inline CirclePattern circle_pattern(base::Rng& rng, ProgramWriter& w, const std::string& points_name,
                                    const std::string& radius_expr, const std::string& count_expr) {
  double u = rng.uniform();
  if (w.style().loops && u < 0.7) {
    w.use_math();
    w.line(points_name + " = []");
    w.line("for i in range(" + count_expr + "):");
    w.line("    a = math.radians(i * 360 / " + count_expr + ")");
    w.line("    " + points_name + ".append((" + radius_expr + " * math.cos(a), " + radius_expr + " * math.sin(a)))");
    return {"pushPoints", points_name};
  }
  if (u < 0.25) {
    w.use_math();
    std::string a = "2 * math.pi * i / " + count_expr;
    w.line(points_name + " = [(" + radius_expr + " * math.cos(" + a + "), " + radius_expr + " * math.sin(" + a +
           ")) for i in range(" + count_expr + ")]");
    return {"pushPoints", points_name};
  }
  return {"polarArray", radius_expr + ", 0, 360, " + count_expr};
}

// Groups of families, one per file; each appends its entries.
void add_round_disc_families(std::vector<Family>& out);     // family_round.cpp: flange, hub, bushing
void add_round_shaft_families(std::vector<Family>& out);    // family_round_shafts.cpp: shaft, knob
void add_round_pulley_families(std::vector<Family>& out);   // family_round_pulley.cpp: pulley
void add_round_toothed_families(std::vector<Family>& out);  // family_round_gears.cpp: gear, sprocket, wheel
void add_round_housing_families(std::vector<Family>& out);  // family_round_housings.cpp: pillow block

}  // namespace cadscribe::synth::round
