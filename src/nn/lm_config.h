// nn/lm_config.h — the shape of a program language model (nn/language_model.h): vocabulary,
// width, depth, context and the optional view encoder. It travels as JSON inside the weights'
// safetensors metadata (DESIGN.md §6), so a weights file names the model it holds.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>

#include "base/result.h"

namespace cadscribe::nn {

struct LmConfig {
  int32_t vocab = 512;
  int32_t d_model = 128;
  int32_t heads = 4;
  int32_t layers = 2;
  int32_t d_ff = 512;
  int32_t max_len = 512;   // positions
  int32_t image_size = 0;  // > 0: condition on `views` gray images of image_size² (a multiple of 8)
  int32_t views = 8;
  uint64_t seed = 1;  // weight initialisation
  [[nodiscard]] nlohmann::json to_json() const;
  // Checks types and ranges (vocab 4..1M, d_model divisible by heads, ...): io.bad_config.
  // Absent keys keep their defaults; unknown keys are refused (a typo must not pass silently).
  [[nodiscard]] static base::Result<LmConfig> from_json(const nlohmann::json& j);
};

}  // namespace cadscribe::nn
