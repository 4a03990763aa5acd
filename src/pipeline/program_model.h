// pipeline/program_model.h — a trained program model with its tokenizer, from one
// model.safetensors (pipeline/train.h writes the tokenizer into the weights' metadata): a views
// model (image_size > 0: views → CadQuery) or a text model (image_size 0: prompt → OpenSCAD).
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "nn/bpe_tokenizer.h"
#include "nn/language_model.h"

namespace cadscribe::pipeline {

struct ProgramModel {
  std::unique_ptr<nn::DecodingModel> lm;  // float (libtorch) or int8 (nn/quantized_lm.h)
  nn::BpeTokenizer tokenizer;
  bool int8 = false;  // the int8 model: one thread, and libtorch is never loaded
};

enum class ModelKind { kViews, kText };

// A file of format "cadscribe-program-lm" loads the float model (libtorch's plug-in); one of
// nn::kInt8Format the torch-free int8 model. Errors: io.* (unreadable), io.bad_weights (no or
// bad tokenizer, vocabulary mismatch, a model of the other kind), io.plugin_missing.
[[nodiscard]] base::Result<ProgramModel> load_program_model(const std::string& path, ModelKind kind);

// Decoding threads: libtorch's intra-op threads for a float model; nothing for the int8 model,
// which decodes on the calling thread (so that `make` never loads libtorch for it).
[[nodiscard]] base::Status set_decoding_threads(const ProgramModel& model, int threads);

}  // namespace cadscribe::pipeline
