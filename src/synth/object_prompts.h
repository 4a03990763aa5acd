// synth/object_prompts.h — prompts that say what a drawn object variant is, in the words makers
// use: the category's nouns, adjectives true of the variant ("tall", "thick-walled") and details
// with numbers ("12 cm high", "at 60 degrees"), combined by templates ("a tall mug", "mug, 9.5 cm
// high, thick handle", "make me a coffee mug with a 8 cm diameter"). A generator states facts
// only; wording is drawn here from its own Rng stream, so it never changes the program.
#pragma once

#include <string>
#include <vector>

#include "base/rng.h"

namespace cadscribe::synth {

class Prompts {
 public:
  void adjective(const std::string& a) { adjectives_.push_back(a); }
  // A detail phrase that follows the noun: "12 cm high", "with a thick handle".
  void detail(const std::string& d) { details_.push_back(d); }
  // A size as people write it: "95 mm" or, for round centimetres, "9.5 cm" (drawn).
  [[nodiscard]] static std::string length(base::Rng& rng, double mm);

  // `n` distinct phrasings (fewer when the facts allow fewer), nouns drawn from `nouns`.
  [[nodiscard]] std::vector<std::string> phrasings(base::Rng& rng, const std::vector<std::string>& nouns, int n) const;

  [[nodiscard]] const std::vector<std::string>& adjectives() const { return adjectives_; }
  [[nodiscard]] const std::vector<std::string>& details() const { return details_; }

 private:
  std::vector<std::string> adjectives_, details_;
};

// "a" or "an" before `word`.
[[nodiscard]] std::string with_article(const std::string& phrase);

}  // namespace cadscribe::synth
