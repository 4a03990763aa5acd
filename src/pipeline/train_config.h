// pipeline/train_config.h — what `cadscribe train --config model.json` reads: the model's shape
// (nn::LmConfig), the tokenizer, the optimiser and its schedule, evaluation and checkpoints.
//
//   {"model": {"d_model": 256, "layers": 4, "heads": 8, "d_ff": 1024, "max_len": 768,
//              "image_size": 64, "views": 8, "seed": 1},
//    "tokenizer": {"vocab": 1024, "corpus": 4000, "chunking": "words"},
//    "train": {"steps": 3000, "batch": 16, "learning_rate": 1e-3, "min_learning_rate": 1e-4,
//              "warmup": 100, "weight_decay": 0.1, "clip_norm": 1.0, "seed": 1, "threads": 0,
//              "log_every": 10, "eval_every": 250, "checkpoint_every": 250,
//              "val_samples": 200, "val_execute": 16}}
//
// Every key is optional (defaults below) and unknown keys are errors, so a typo never trains a
// different model silently. model.vocab is set from the tokenizer, never given. Errors:
// io.bad_config naming the key.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "base/result.h"
#include "nn/bpe_tokenizer.h"
#include "nn/lm_config.h"

namespace cadscribe::pipeline {

struct TrainConfig {
  nn::LmConfig model;                  // vocab comes from the tokenizer
  int32_t tokenizer_vocab = 1024;      // ids, at least 259 (the bytes and three specials)
  int64_t tokenizer_corpus = 4000;     // training programs the tokenizer learns from (the first ones)
  // "words" (the default, and the views model's) or "phrases" (the text model's: see BpeTokenizer)
  nn::BpeTokenizer::Chunking tokenizer_chunking = nn::BpeTokenizer::Chunking::kWords;
  int64_t steps = 3000;
  int32_t batch = 16;
  double learning_rate = 1e-3;         // peak, after a linear warm-up
  double min_learning_rate = 1e-4;     // the cosine decay's floor at the last step
  int64_t warmup = 100;
  double weight_decay = 0.1;
  double clip_norm = 1.0;
  uint64_t seed = 1;                   // data order and the validation split
  int32_t threads = 0;                 // libtorch's CPU threads; 0: all cores
  int64_t log_every = 10;              // a log line with the mean training loss of so many steps
  int64_t eval_every = 250;            // validation loss/accuracy (and executed IoU) every so many steps
  int64_t checkpoint_every = 250;
  int32_t val_samples = 200;           // held out of training, drawn by `seed`
  int32_t val_execute = 16;            // of those, decoded greedily, executed and scored by IoU

  [[nodiscard]] nlohmann::json to_json() const;
  [[nodiscard]] static base::Result<TrainConfig> from_json(const nlohmann::json& j);
  // A config file; parse errors name the file and the byte offset.
  [[nodiscard]] static base::Result<TrainConfig> read(const std::string& path);
};

// The learning rate at `step` (0-based): linear warm-up to the peak, cosine decay to the floor.
[[nodiscard]] double learning_rate_at(const TrainConfig& c, int64_t step);

}  // namespace cadscribe::pipeline
