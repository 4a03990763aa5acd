// synth/family_test_util.h — runs one family for a seed and executes what it writes (tests only).
#pragma once

#include <string>

#include "base/rng.h"
#include "cad/execute.h"
#include "synth/family.h"
#include "synth/generate.h"

namespace cadscribe::synth {

struct FamilyRun {
  std::string program;
  cad::Execution execution;
};

// Seed → program exactly as the sample generator draws it (synth/generate.h).
inline std::string write_family_program(const Family& family, uint64_t seed) {
  return write_program(family, seed).text;
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
