// nn/quantized_lm.h — the text model with int8 weights, for inference without libtorch.
//
// Every matrix of a float text model (nn/torch/program_lm.h: token and position embeddings, the
// attention and feed-forward projections) is stored as int8 with one float scale per row
// (symmetric: scale = max |w| / 127), a quarter of its float size; vectors (biases, LayerNorms)
// stay float32. Activations stay float32: a row's dot product converts its int8 weights as it
// goes and multiplies by the scale once, so the only error is the weights' rounding, and greedy
// output rarely departs from the float model's (bench and test measure the agreement). The
// forward pass is the float model's, written out here: pre-norm blocks (LayerNorm ε 1e-5, exact
// GELU), causal attention over cached keys and values, the head tied to the token embedding.
// Not loading libtorch also saves ~0.6 s and ~160 MB per process (nn/language_model.h).
//
// File (safetensors): metadata "format" "cadscribe-program-lm-int8" and the float model's
// "config" (and whatever else it carried, e.g. the tokenizer); a matrix `name` as I8 [rows, cols]
// with `name.scale` F32 [rows]; vectors F32 under their float names. Text models only
// (image_size 0): the view encoder of a views model is not quantised.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "nn/language_model.h"
#include "nn/safetensors.h"

namespace cadscribe::nn {

inline constexpr const char* kInt8Format = "cadscribe-program-lm-int8";

// An int8 matrix with one scale per row: w[r][c] ≈ q[r * cols + c] * scale[r].
struct Int8Matrix {
  int64_t rows = 0, cols = 0;
  std::vector<int8_t> q;
  std::vector<float> scale;
  // y[r] = Σ_c w[r][c] x[c] (+ bias[r] when given), for x of `cols` values.
  void multiply(const float* x, float* y, const float* bias = nullptr) const;
};

class QuantizedLm final : public DecodingModel {
 public:
  // From a float model's weights (format "cadscribe-program-lm"); io.bad_weights for a views
  // model, a missing tensor or a wrong shape.
  [[nodiscard]] static base::Result<std::unique_ptr<QuantizedLm>> quantize(const Safetensors& float_weights);
  // From an int8 file's tensors (format kInt8Format).
  [[nodiscard]] static base::Result<std::unique_ptr<QuantizedLm>> load(const Safetensors& int8_weights);

  [[nodiscard]] const LmConfig& config() const override { return config_; }
  [[nodiscard]] std::unique_ptr<LmDecoder> decoder(const std::vector<float>& views) const override;
  // The int8 file (its metadata: the source's, with "format" replaced).
  [[nodiscard]] Safetensors weights() const;
  [[nodiscard]] int64_t parameter_count() const;

 private:
  struct Block {
    std::vector<float> ln1_w, ln1_b, ln2_w, ln2_b, qkv_b, out_b, ff_in_b, ff_out_b;
    Int8Matrix qkv, out, ff_in, ff_out;
  };

  QuantizedLm() = default;
  friend class QuantizedDecoder;
  // From float (quantized false: every matrix is rounded here) or int8 tensors.
  [[nodiscard]] static base::Result<std::unique_ptr<QuantizedLm>> assemble(const LmConfig& c, const Safetensors& st,
                                                                          bool quantized);

  LmConfig config_;
  std::map<std::string, std::string> metadata_;
  Int8Matrix tok_emb_, pos_emb_;
  std::vector<Block> blocks_;
  std::vector<float> ln_f_w_, ln_f_b_;
};

// A matrix quantised per row (exposed for tests): CHECKs rows × cols == values.size().
[[nodiscard]] Int8Matrix quantize_rows(const std::vector<float>& values, int64_t rows, int64_t cols);

}  // namespace cadscribe::nn
