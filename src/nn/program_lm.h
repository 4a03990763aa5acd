// nn/program_lm.h — a small causal transformer over program tokens (libtorch, CPU or CUDA),
// the decoder that the views→CadQuery and text→OpenSCAD models build on.
//
// Pre-norm blocks (LayerNorm → causal multi-head attention → residual, LayerNorm → GELU MLP →
// residual), learned positions, output head tied to the token embedding. With image_size > 0
// the model is conditioned on `views` gray images: a small CNN (three stride-2 3×3 convolutions,
// average pooled) turns each view into one prefix token (plus a per-view embedding) that the
// program tokens attend to; the loss is on program tokens only. Trained with AdamW
// and cross-entropy on next tokens, <pad> ignored. Weights initialise from config.seed, so a
// config names one starting point. Weights travel as safetensors (nn/safetensors.h) with the
// config as JSON beside them (DESIGN.md §6). torch stays inside program_lm.cpp: this header
// includes none of it, so users compile fast.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "base/result.h"
#include "nn/safetensors.h"

namespace cadscribe::nn {

struct LmConfig {
  int32_t vocab = 512;
  int32_t d_model = 128;
  int32_t heads = 4;
  int32_t layers = 2;
  int32_t d_ff = 512;
  int32_t max_len = 512;  // positions
  int32_t image_size = 0;  // > 0: condition on `views` gray images of image_size² (a multiple of 8)
  int32_t views = 8;
  uint64_t seed = 1;      // weight initialisation
  [[nodiscard]] nlohmann::json to_json() const;
  // Checks ranges (vocab 4..1M, d_model divisible by heads, ...): io.bad_config.
  [[nodiscard]] static base::Result<LmConfig> from_json(const nlohmann::json& j);
};

// Intra-op threads of libtorch's CPU kernels for this process (benchmarks pin one core).
void set_cpu_threads(int threads);

// A training or scoring example for a conditioned model: views × image_size² gray values in
// [0, 1], row-major per view, and the program's tokens (<bos> … <eos>).
struct ViewsExample {
  std::vector<float> views;
  std::vector<int32_t> tokens;
};

// Incremental decoding over a ProgramLm (which must outlive it): each pushed token reuses the
// attention keys and values of everything before it, so a step costs one position, not the
// whole prefix. At most max_len tokens (CHECKed).
class Decoder {
 public:
  // Logits of the token after everything pushed so far, `token` included.
  [[nodiscard]] std::vector<float> push(int32_t token);
  [[nodiscard]] int32_t tokens() const;
  ~Decoder();
  Decoder(Decoder&&) noexcept;
  Decoder& operator=(Decoder&&) noexcept;

 private:
  friend class ProgramLm;
  struct State;
  explicit Decoder(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

class ProgramLm {
 public:
  explicit ProgramLm(const LmConfig& config);
  ~ProgramLm();
  ProgramLm(ProgramLm&&) noexcept;
  ProgramLm& operator=(ProgramLm&&) noexcept;

  [[nodiscard]] const LmConfig& config() const;
  [[nodiscard]] int64_t parameter_count() const;

  // One AdamW step on `batch` (token sequences, each at most max_len; shorter ones are padded):
  // returns the batch's mean next-token loss before the step.
  double train_step(const std::vector<std::vector<int32_t>>& batch, double learning_rate);
  // Mean next-token loss without training.
  [[nodiscard]] double loss(const std::vector<std::vector<int32_t>>& batch) const;
  // Logits of the token after `prefix` (vocab entries).
  [[nodiscard]] std::vector<float> next_logits(const std::vector<int32_t>& prefix) const;

  // The same for a model with image_size > 0 (CHECKed), on examples with their views.
  double train_step(const std::vector<ViewsExample>& batch, double learning_rate);
  [[nodiscard]] double loss(const std::vector<ViewsExample>& batch) const;
  [[nodiscard]] std::vector<float> next_logits(const std::vector<float>& views, const std::vector<int32_t>& prefix) const;

  // A decoder starting after the views (a conditioned model) or from nothing (`views` empty).
  [[nodiscard]] Decoder decoder(const std::vector<float>& views = {}) const;

  // Parameters by name ("tok_emb.weight", "block0.attn_qkv.weight", ...), float32.
  [[nodiscard]] Safetensors weights() const;
  // Replaces every parameter; names, shapes and dtypes must match this config (io.bad_weights).
  [[nodiscard]] base::Status load_weights(const Safetensors& st);

 private:
  friend class Decoder;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct GenerateOptions {
  int32_t max_tokens = 512;  // stop after this many (the model's max_len bounds it too)
  double temperature = 0;    // 0: greedy; > 0: sample from softmax(logits / temperature)
  int32_t top_k = 0;         // sampling: only among the k most likely (0: all)
  uint64_t seed = 1;         // sampling: same seed, same tokens
};

// The tokens a model writes after <bos> (given the views, for a conditioned model) up to <eos>,
// which is not returned, or max_tokens. Greedy or seeded sampling; never emits <pad> or <bos>.
[[nodiscard]] std::vector<int32_t> generate(const ProgramLm& lm, const std::vector<float>& views,
                                            const GenerateOptions& options);

}  // namespace cadscribe::nn
