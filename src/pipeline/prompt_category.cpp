#include "pipeline/prompt_category.h"

#include <string>

#include "pipeline/prompt_line.h"

namespace cadscribe::pipeline {
namespace {

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The length of `noun` (plus a plural ending) matched at `at` in `text`, or 0.
size_t match_at(const std::string& text, size_t at, std::string_view noun) {
  if (text.compare(at, noun.size(), noun) != 0) return 0;
  if (at > 0 && letter(text[at - 1])) return 0;
  size_t end = at + noun.size();
  for (std::string_view plural : {"es", "s", ""})
    if (text.compare(end, plural.size(), plural) == 0 && (end + plural.size() == text.size() || !letter(text[end + plural.size()])))
      return noun.size() + plural.size();
  return 0;
}

}  // namespace

const synth::ObjectCategory* category_in_prompt(std::string_view prompt) {
  const std::string text = normalize_prompt(prompt);
  const synth::ObjectCategory* best = nullptr;
  size_t best_length = 0, best_at = 0;
  for (const auto& category : synth::object_categories())
    for (std::string_view noun : category.nouns)
      for (size_t at = text.find(noun); at != std::string::npos; at = text.find(noun, at + 1)) {
        const size_t length = match_at(text, at, noun);
        if (length == 0) continue;
        if (length > best_length || (length == best_length && at > best_at)) {
          best = &category;
          best_length = length;
          best_at = at;
        }
      }
  return best;
}

}  // namespace cadscribe::pipeline
