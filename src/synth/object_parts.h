// synth/object_parts.h — helpers the object generators share: sizes drawn between derived
// bounds, the flat-bottomed assembly that lets a figure stand on the print bed, and parts with
// cuts taken out of them.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "base/rng.h"
#include "synth/family_sampling.h"

namespace cadscribe::synth {

// A size between lo and hi on the grid of `step`; lo is rounded up to the grid first, so derived
// bounds (a share of another size) can be passed as they are.
inline double size_in(base::Rng& rng, double lo, double hi, double step = 1) {
  const double a = sampling::ceil_to(lo, step);
  return sampling::grid(rng, a, std::max(a, hi), step);
}

// The assembly: the parts unioned, everything below z = 0 cut away so it stands flat on the bed.
inline std::vector<std::string> cut_flat(const std::vector<std::string>& parts) {
  std::vector<std::string> body = {"difference() {", "  union() {"};
  for (const auto& p : parts) body.push_back("    " + p);
  body.insert(body.end(), {"  }", "  translate([0, 0, -150]) cube(300, center = true);  // a flat bottom to stand on", "}"});
  return body;
}

// `difference() { union() { parts } cuts }`: parts joined, then the cuts taken out of them all.
inline std::vector<std::string> union_minus(const std::vector<std::string>& parts, const std::vector<std::string>& cuts) {
  std::vector<std::string> body = {"difference() {", "  union() {"};
  for (const auto& p : parts) body.push_back("    " + p);
  body.push_back("  }");
  for (const auto& c : cuts) body.push_back("  " + c);
  body.push_back("}");
  return body;
}

}  // namespace cadscribe::synth
