// pipeline/prompt_category.h — which object category a maker's prompt asks for, by the nouns
// the object library gives each category (synth/object.h): "make me a coffee mug" → mug,
// "a cup coaster" → coaster. A noun matches at word boundaries, also in the plural (+s, +es);
// the longest match wins ("cup coaster" over "cup"), and of equally long ones the last in the
// prompt (in English the head noun comes last: "a mug tree" is a tree).
#pragma once

#include <string_view>

#include "synth/object.h"

namespace cadscribe::pipeline {

// nullptr when the prompt names no known category. `prompt` as typed (normalised here).
[[nodiscard]] const synth::ObjectCategory* category_in_prompt(std::string_view prompt);

}  // namespace cadscribe::pipeline
