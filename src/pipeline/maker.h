// pipeline/maker.h — `cadscribe make`: words → a printable OpenSCAD object (issue 7).
//
// The text model writes `candidates` programs after the prompt's comment line (prompt_line.h):
// the greedy one first, then seeded samples, all under the OpenSCAD grammar filter so that every
// finished one parses. Each is executed with the OpenSCAD engine in a watched child (no file
// access, the time and size limits of `exec`, killed at a wall limit: child_io.h) and checked printable as the library's objects are (object_check.h:
// one closed body with a volume), and the judge (object_judge.h) says what it resembles.
// The kept candidate is printable and, ranked in this order: judged to be the category the prompt
// names (prompt_category.h), closest to that category's instances by IoU, most likely under the
// model (mean log-probability per token). A prompt that names no known category gets the most
// likely printable candidate, reported with the category it resembles — never a pretence.
// Deterministic: the same model, prompt and options give the same candidates.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"
#include "pipeline/object_judge.h"
#include "pipeline/program_model.h"

namespace cadscribe::pipeline {

struct MakeOptions {
  int candidates = 4;        // 1 greedy + (candidates − 1) samples
  uint64_t seed = 1;         // of the samples
  double temperature = 0.8;  // of the samples
  int top_k = 40;
  int max_tokens = 0;        // 0: as long as the model's context allows
  double exec_seconds = 5;   // the OpenSCAD engine's limit per candidate
  double wall_seconds = 8;   // then its watched child is killed (a kernel call that never returns)
};

struct MadeCandidate {
  std::string program;       // the whole .scad text, the prompt's comment line first
  bool finished = false;     // the model ended it (else it ran out of tokens: not executed)
  double mean_log_prob = 0;
  int32_t tokens = 0;        // generated (after the prompt)
  std::string failure;       // "" when printable; else decode.unfinished, a Diag code or printability.*
  JudgeVerdict verdict;      // when printable
  double asked_iou = 0;      // IoU with the asked category's nearest instance (0 when none is asked)
  double decode_seconds = 0, execute_seconds = 0;
  std::optional<mesh::Mesh> mesh;
  [[nodiscard]] bool printable() const { return failure.empty(); }
};

struct MadeObject {
  std::string prompt;                   // normalised
  std::string asked;                    // the category the prompt names ("" when none)
  std::vector<MadeCandidate> candidates;
  int chosen = -1;                      // index of the kept candidate; -1 when none is printable
  [[nodiscard]] const MadeCandidate* best() const { return chosen >= 0 ? &candidates[size_t(chosen)] : nullptr; }
};

// Errors: make.empty_prompt (nothing left after normalising). No printable candidate is not an
// error here: `chosen` stays -1 and every candidate says why it failed.
[[nodiscard]] base::Result<MadeObject> make_from_prompt(const ProgramModel& model, const ObjectJudge& judge,
                                                        std::string_view prompt, const MakeOptions& options);

}  // namespace cadscribe::pipeline
