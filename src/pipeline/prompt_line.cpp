#include "pipeline/prompt_line.h"

namespace cadscribe::pipeline {

std::string normalize_prompt(std::string_view prompt) {
  std::string out;
  bool space = false;
  for (char raw : prompt) {
    const unsigned char c = static_cast<unsigned char>(raw);
    if (c <= 0x20 || c >= 0x7f) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c));
  }
  if (out.size() > kMaxPromptBytes) {
    const size_t cut = out.rfind(' ', kMaxPromptBytes);
    out.resize(cut != std::string::npos && cut > 0 ? cut : kMaxPromptBytes);
  }
  return out;
}

std::string prompt_line(std::string_view prompt) { return "// " + normalize_prompt(prompt) + "\n"; }

}  // namespace cadscribe::pipeline
