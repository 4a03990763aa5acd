// nn/generate.h — decoding a program from a model (nn::DecodingModel): greedy, seeded top-k sampling, or beam
// search, optionally constrained by a caller's filter (a grammar) that masks tokens per step.
// Torch-free: it drives the model's LmDecoder. Deterministic: the same model, views and options
// give the same tokens (sampling draws from a seeded engine by a fixed inverse-CDF rule, not by a
// standard-library distribution whose algorithm differs between libraries).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "nn/language_model.h"

namespace cadscribe::nn {

// Sets to -inf the logits of tokens that may not follow `so_far` (the tokens written after
// <bos>). Masking every token ends that hypothesis (it is dropped, or ends generation).
using TokenFilter = std::function<void(const std::vector<int32_t>& so_far, std::vector<float>& logits)>;

struct GenerateOptions {
  int32_t max_tokens = 512;  // stop after this many (the model's max_len bounds it too)
  double temperature = 0;    // 0: greedy (or beam); > 0: sample from softmax(logits / temperature)
  int32_t top_k = 0;         // sampling: only among the k most likely (0: all)
  int32_t beam = 1;          // > 1: beam search of this width (temperature must be 0)
  uint64_t seed = 1;         // sampling: same seed, same tokens
  TokenFilter filter;        // optional
  // Tokens forced after <bos> before generation starts (a text model's prompt). They open
  // Generation::tokens, the filter sees them, and they add nothing to log_prob.
  std::vector<int32_t> prefix;
  // Decoding stops here (the output is then unfinished): callers with a time budget set it.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct Generation {
  std::vector<int32_t> tokens;  // after <bos> (the prefix, then what was generated), without <eos>
  int32_t prefix = 0;           // how many of `tokens` were the forced prefix
  double log_prob = 0;          // sum of the chosen tokens' log-probabilities (<eos> included)
  bool finished = false;        // ended with <eos> (not cut by max_tokens, the filter or the deadline)
};

// The best program (greedy, sampled or the beam's best by mean log-probability per token).
[[nodiscard]] Generation generate(const DecodingModel& lm, const std::vector<float>& views, const GenerateOptions& options);
// Beam search's `options.beam` best hypotheses, best first (finished ones before unfinished).
[[nodiscard]] std::vector<Generation> beam_search(const DecodingModel& lm, const std::vector<float>& views,
                                                  const GenerateOptions& options);

}  // namespace cadscribe::nn
