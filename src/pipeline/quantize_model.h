// pipeline/quantize_model.h — `cadscribe quantize`: a float text → OpenSCAD model to the int8
// model of nn/quantized_lm.h, with the evidence that it still writes what the float model writes.
//
// The int8 file is written, read back and then compared with the float model on a prompt set:
// each prompt's greedy program (after its comment line, prompt_line.h; no grammar filter, so the
// models alone are compared) from both models, on one thread. Reported: the share of prompts
// whose programs are identical token for token, the share of the float model's tokens the int8
// model reproduced before the first divergence, and each model's decoding speed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace cadscribe::pipeline {

struct QuantizeReport {
  int64_t parameters = 0;
  int64_t float_bytes = 0, int8_bytes = 0;  // the two files
  int64_t prompts = 0, identical = 0;       // greedy programs equal token for token
  double token_agreement = 0;               // Σ common-prefix tokens / Σ float tokens
  double float_tokens_per_second = 0, int8_tokens_per_second = 0;
  std::vector<std::string> differing;       // the prompts whose programs differ
  [[nodiscard]] double agreement_rate() const { return prompts ? double(identical) / double(prompts) : 0; }
  [[nodiscard]] nlohmann::json to_json() const;
};

// "a <noun>" for the canonical noun of every object category, in library order.
[[nodiscard]] std::vector<std::string> default_agreement_prompts();

// Errors: io.* (unreadable, unwritable), io.bad_weights (not a float text model),
// io.plugin_missing (the float model needs libtorch's plug-in).
[[nodiscard]] base::Result<QuantizeReport> quantize_text_model(const std::string& float_path, const std::string& int8_path,
                                                               const std::vector<std::string>& prompts);

}  // namespace cadscribe::pipeline
