// nn/torch/program_lm.h — the libtorch implementation of nn::LanguageModel (CPU, or CUDA when
// libtorch has it): a small causal transformer over program tokens, the decoder that the
// views→CadQuery and text→OpenSCAD models build on. Only the plug-in and nn's own tests and
// benchmarks use this header; everything else goes through nn/language_model.h.
//
// Pre-norm blocks (LayerNorm → causal multi-head attention → residual, LayerNorm → GELU MLP →
// residual), learned positions, output head tied to the token embedding. With image_size > 0
// the model is conditioned on `views` gray images: a small CNN (three stride-2 3×3 convolutions,
// pooled to a 4 × 4 grid and flattened) turns each view into one prefix token (plus a per-view
// embedding) that the
// program tokens attend to; the loss is on program tokens only. Cross-entropy on next tokens,
// <pad> ignored; AdamW written out here (not torch::optim) so that its state is plain named
// tensors that checkpoints save and restore exactly. Weights initialise from config.seed.
#pragma once

#include <memory>

#include "nn/language_model.h"

namespace cadscribe::nn {

class ProgramLm final : public LanguageModel {
 public:
  explicit ProgramLm(const LmConfig& config);
  ~ProgramLm() override;

  [[nodiscard]] const LmConfig& config() const override;
  [[nodiscard]] int64_t parameter_count() const override;
  double train_step(const std::vector<ViewsExample>& batch, const OptimizerSettings& settings) override;
  [[nodiscard]] Evaluation evaluate(const std::vector<ViewsExample>& batch) const override;
  [[nodiscard]] std::vector<float> next_logits(const std::vector<float>& views,
                                               const std::vector<int32_t>& prefix) const override;
  [[nodiscard]] std::unique_ptr<LmDecoder> decoder(const std::vector<float>& views) const override;
  [[nodiscard]] Safetensors weights() const override;
  [[nodiscard]] base::Status load_weights(const Safetensors& st) override;
  [[nodiscard]] Safetensors optimizer_state() const override;
  [[nodiscard]] base::Status load_optimizer_state(const Safetensors& st) override;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Intra-op threads of libtorch's CPU kernels for this process.
void set_cpu_threads(int threads);

}  // namespace cadscribe::nn
