// pipeline/train.h — `cadscribe train`: trains a views→program model (nn/language_model.h) on
// synthetic dataset shards, with checkpoints that resume exactly.
//
// A run lives in one output folder:
//   train_config.json   the resolved config (a resumed run must be given the same one)
//   tokenizer.json      BPE learned from the first training programs (nn/bpe_tokenizer.h)
//   checkpoint/         weights.safetensors, optimizer.safetensors, state.json {"step": n}
//   log.jsonl           one JSON object per line: a "start" line per (re)start, "train" lines
//                       (mean loss of the last log_every steps, learning rate, tokens/s,
//                       samples/s), "eval" lines (validation loss, token accuracy, and for the
//                       first val_execute validation samples: greedy programs executed, share
//                       that executed, mean IoU against the ground truth's program)
//   curve.png           training and validation loss by step
//   model.safetensors   the final weights; metadata: "config" (nn::LmConfig), "tokenizer" (its
//                       JSON), "train_config", "steps". One file is a whole model.
//   library.safetensors the training programs with their silhouettes (program_library.h), which
//                       reconstruction retrieves candidates from beside the model's.
//
// Data: the shards are indexed (programs in memory, views read on demand; the next batch loads
// while the current one trains). val_samples samples, drawn by train.seed, are held out; the
// rest are visited in a fresh seeded permutation every epoch, batched by similar length (runs
// of 32 batches sorted by length, then the batches shuffled: less padding, same randomness).
// Programs whose tokens do not fit max_len are left out and counted ("skipped_long"). The batch of step s is a pure function of
// (data, seed, s), so a run killed and resumed from its checkpoint sees the same batches, and on
// the CPU with the same thread count writes the same weights, byte for byte, as one that never
// stopped. Checkpoints are replaced atomically (written aside, then renamed).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/result.h"
#include "pipeline/train_config.h"

namespace cadscribe::pipeline {

struct TrainRun {
  std::vector<std::string> data;  // shards or folders of shards
  std::string out;                // the run's folder (created; resumed when it holds a checkpoint)
  int64_t stop_after = 0;         // > 0: stop (with a checkpoint) after this many steps of this process
  std::function<void(const nlohmann::json& line)> on_log;  // every log line, as written
};

// Returns the last "eval" line. Errors: the data's (data.*, io.*), train.config_mismatch when
// `out` holds a run of another config, io.write_failed, io.plugin_missing.
[[nodiscard]] base::Result<nlohmann::json> train_model(const TrainConfig& config, const TrainRun& run);

}  // namespace cadscribe::pipeline
