// synth/family_test_util.h — runs one family for a seed and executes what it writes (tests only).
#pragma once

#include <string>

#include "base/rng.h"
#include "cad/execute.h"
#include "synth/family.h"

namespace cadscribe::synth {

struct FamilyRun {
  std::string program;
  cad::Execution execution;
};

// Seed → (style, parameters) exactly as the sample generator will draw them: the style from
// stream 1 of Rng(seed), the family's parameters from stream 2.
inline std::string write_family_program(const Family& family, uint64_t seed) {
  base::Rng root(seed);
  base::Rng style_rng = root.fork(1);
  base::Rng param_rng = root.fork(2);
  ProgramWriter writer(std::string(family.description), sample_style(style_rng));
  std::string var = family.generate(param_rng, writer);
  return writer.text(var);
}

inline FamilyRun run_family(const Family& family, uint64_t seed, bool validate = true) {
  FamilyRun r;
  r.program = write_family_program(family, seed);
  cad::ExecOptions options;
  options.validate = validate;
  r.execution = cad::execute_program(r.program, std::string(family.name) + "#" + std::to_string(seed) + ".py", options);
  return r;
}

}  // namespace cadscribe::synth
