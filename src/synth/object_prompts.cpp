#include "synth/object_prompts.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "synth/scad_writer.h"

namespace cadscribe::synth {

std::string with_article(const std::string& phrase) {
  const bool vowel = !phrase.empty() && std::string("aeiou").find(phrase[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + phrase;
}

std::string Prompts::length(base::Rng& rng, double mm) {
  const double rounded = std::round(mm);
  if (rounded >= 20 && std::fmod(rounded, 5) == 0 && rng.uniform() < 0.5) return scad_number(rounded / 10, 1) + " cm";
  return scad_number(rounded, 0) + " mm";
}

std::vector<std::string> Prompts::phrasings(base::Rng& rng, const std::vector<std::string>& nouns, int n) const {
  auto draw = [&rng](const std::vector<std::string>& from) { return from[size_t(rng.uniform_int(0, int64_t(from.size()) - 1))]; };
  const bool adj = !adjectives_.empty(), det = !details_.empty();
  std::set<std::string> seen;
  std::vector<std::string> out;
  // A bounded number of draws: few facts may allow fewer distinct phrasings than asked for.
  for (int tries = 0; int(out.size()) < n && tries < 20 * n; ++tries) {
    const std::string noun = draw(nouns);
    std::string p;
    switch (rng.uniform_int(0, 6)) {
      case 0: p = with_article(noun); break;
      case 1: p = adj ? with_article(draw(adjectives_) + " " + noun) : with_article(noun); break;
      case 2: p = det ? with_article(noun) + " " + draw(details_) : with_article(noun); break;
      case 3: {
        p = noun;
        std::vector<std::string> d = details_;
        for (size_t k = 0; k < std::min<size_t>(2, d.size()); ++k) {
          const size_t j = size_t(rng.uniform_int(int64_t(k), int64_t(d.size()) - 1));
          std::swap(d[k], d[j]);
          p += ", " + d[k];
        }
        break;
      }
      case 4: p = "make me " + with_article((adj ? draw(adjectives_) + " " : "") + noun); break;
      case 5: p = "make me " + with_article(noun) + (det ? " " + draw(details_) : ""); break;
      default:
        p = "I need " + with_article((adj ? draw(adjectives_) + " " : "") + noun) + (det ? " " + draw(details_) : "");
    }
    if (seen.insert(p).second) out.push_back(p);
  }
  return out;
}

}  // namespace cadscribe::synth
