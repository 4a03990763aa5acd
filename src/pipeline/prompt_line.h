// pipeline/prompt_line.h — how a maker's prompt reaches the text → OpenSCAD model: as the
// program's first line, an OpenSCAD comment ("// a tall mug\n"). Prompt and program are then one
// OpenSCAD text: the model learns it whole, the grammar filter and the parser accept it as it
// grows, and the .scad that `make` writes says what it was asked for.
//
// Normalised so that how a prompt was typed matters little: ASCII letters lower-cased, every
// other byte outside printable ASCII and every run of whitespace one space, trimmed, cut to
// kMaxPromptBytes (at a word boundary when there is one).
#pragma once

#include <string>
#include <string_view>

namespace cadscribe::pipeline {

inline constexpr size_t kMaxPromptBytes = 160;

[[nodiscard]] std::string normalize_prompt(std::string_view prompt);
// "// " + normalize_prompt(prompt) + "\n"
[[nodiscard]] std::string prompt_line(std::string_view prompt);

}  // namespace cadscribe::pipeline
