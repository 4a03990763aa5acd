// pipeline/grammar_filter.h — constrains a program model's decoding (nn/generate.h) so that
// what it writes is a Python program our parser accepts (views → CadQuery), or an OpenSCAD one
// (text → OpenSCAD: strings "…" on one line, // and /* */ comments, lang/scad's parser).
//
// Per step: a token is allowed only if its bytes keep the text lexically sound — no closing
// bracket without its opening one, no newline inside a one-line string, only printable ASCII,
// tab and newline outside comments (comments may hold UTF-8, as the object library's do).
// <eos> is allowed only where the whole text parses (lang/py parse_program,
// resolver included) with every bracket and string closed and a final newline. So a finished
// generation always parses; a generation cut by max_tokens may not, and callers drop it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "nn/bpe_tokenizer.h"
#include "nn/generate.h"

namespace cadscribe::pipeline {

// A filter for one generation at a time per copy (it caches the state of the text so far; a
// beam's hypotheses share it safely because the state is keyed by the tokens written).
[[nodiscard]] nn::TokenFilter python_grammar_filter(const nn::BpeTokenizer& tokenizer);

[[nodiscard]] nn::TokenFilter scad_grammar_filter(const nn::BpeTokenizer& tokenizer);

// Whether `text` is a whole program the filter would let the model end with.
[[nodiscard]] bool complete_program(const std::string& text);
[[nodiscard]] bool complete_scad_program(const std::string& text);

}  // namespace cadscribe::pipeline
