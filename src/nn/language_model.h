// nn/language_model.h — the program language model as the rest of cadscribe sees it: training
// steps, evaluation, incremental decoding and weights, behind an interface with no libtorch in it.
//
// The implementation (nn/torch/program_lm.h: a pre-norm causal transformer, optionally conditioned
// on gray views) lives in the plug-in libcadscribe_nn_torch.so, opened on the first call of
// create_language_model (base/plugin.h). Why: loading libtorch costs ~0.6 s and ~160 MB of memory
// (its operator registry is built at load time), which every `cadscribe` process would otherwise
// pay, `cadscribe run` included. The plug-in and its callers are built from the same headers by
// the same compiler, so these C++ types cross the boundary as they are.
//
// Tokens are the ids of nn/bpe_tokenizer.h (<pad> 0, <bos> 1, <eos> 2). A text model
// (image_size 0) takes examples with empty `views`; a conditioned one takes views × image_size²
// gray values in [0, 1] per example, row-major per view. Sizes and token ranges are CHECKed: the
// callers (pipeline/) validate user data before it gets here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "nn/lm_config.h"
#include "nn/safetensors.h"

namespace cadscribe::nn {

struct ViewsExample {
  std::vector<float> views;     // empty for a text model
  std::vector<int32_t> tokens;  // <bos> … <eos>
};

// AdamW with gradient clipping. Weight decay applies to matrices only (not to biases, norms).
struct OptimizerSettings {
  double learning_rate = 1e-3;
  double weight_decay = 0.01;
  double beta1 = 0.9, beta2 = 0.95, epsilon = 1e-8;
  double clip_norm = 1.0;  // of all gradients together; 0: no clipping
};

struct Evaluation {
  double loss = 0;            // mean next-token cross-entropy over non-<pad> targets
  double token_accuracy = 0;  // share of those targets that are the argmax of the logits
  int64_t tokens = 0;         // how many targets
};

// Incremental decoding: each pushed token reuses the cached attention keys and values of
// everything before it. At most config.max_len tokens (CHECKed). Valid while its model lives.
class LmDecoder {
 public:
  virtual ~LmDecoder() = default;
  // Logits (vocab entries) of the token after everything pushed so far, `token` included.
  [[nodiscard]] virtual std::vector<float> push(int32_t token) = 0;
  [[nodiscard]] virtual int32_t tokens() const = 0;
  // An independent decoder in the same state (beam search forks hypotheses).
  [[nodiscard]] virtual std::unique_ptr<LmDecoder> fork() const = 0;
};

// What decoding (nn/generate.h) needs: the model's shape and fresh decoders. The float model
// below is one, and so is the torch-free int8 model of nn/quantized_lm.h.
class DecodingModel {
 public:
  virtual ~DecodingModel() = default;
  [[nodiscard]] virtual const LmConfig& config() const = 0;
  // A decoder whose prefix is the views (conditioned model) or nothing (`views` empty).
  [[nodiscard]] virtual std::unique_ptr<LmDecoder> decoder(const std::vector<float>& views) const = 0;
};

class LanguageModel : public DecodingModel {
 public:
  [[nodiscard]] virtual int64_t parameter_count() const = 0;
  // One optimiser step on `batch` (sequences cut to max_len, shorter ones padded): returns the
  // batch's mean loss before the step.
  virtual double train_step(const std::vector<ViewsExample>& batch, const OptimizerSettings& settings) = 0;
  [[nodiscard]] virtual Evaluation evaluate(const std::vector<ViewsExample>& batch) const = 0;
  // Logits of the token after `prefix` by a whole forward pass (a reference for the decoder).
  [[nodiscard]] virtual std::vector<float> next_logits(const std::vector<float>& views,
                                                       const std::vector<int32_t>& prefix) const = 0;
  // Parameters by name, float32, with metadata "format" and "config" (the config's JSON).
  [[nodiscard]] virtual Safetensors weights() const = 0;
  // Replaces every parameter; names, shapes and dtypes must match this config (io.bad_weights).
  [[nodiscard]] virtual base::Status load_weights(const Safetensors& st) = 0;
  // The optimiser's moments and step count, for checkpoints that resume exactly.
  [[nodiscard]] virtual Safetensors optimizer_state() const = 0;
  [[nodiscard]] virtual base::Status load_optimizer_state(const Safetensors& st) = 0;
};

// A model initialised from config.seed (io.plugin_missing when the plug-in cannot be loaded).
[[nodiscard]] base::Result<std::unique_ptr<LanguageModel>> create_language_model(const LmConfig& config);
// A model built from the config in the weights' metadata, then loaded with them.
[[nodiscard]] base::Result<std::unique_ptr<LanguageModel>> load_language_model(const Safetensors& weights);
// Intra-op threads of libtorch's CPU kernels for this process (libtorch defaults to one here).
[[nodiscard]] base::Status set_model_threads(int threads);

}  // namespace cadscribe::nn
