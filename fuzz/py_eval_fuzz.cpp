// fuzz/py_eval_fuzz.cpp — libFuzzer target: run arbitrary programs under a small budget.
// Invariants checked: no crash (ASan/UBSan), no leak (LSan; results are released with
// discard_output as a long-running caller would), the run ends within its budget, errors carry
// a dotted code, and the Budget's call depth is balanced afterwards.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lang/py/interpreter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return 0;
  std::string src(reinterpret_cast<const char*>(data), size);
  cadscribe::base::Limits limits;
  limits.max_steps = 200'000;
  limits.max_seconds = 2.0;
  limits.max_collection = 20'000;
  limits.max_alloc_bytes = 32 << 20;
  limits.max_depth = 60;
  cadscribe::base::Budget budget(limits);
  cadscribe::lang::py::ModuleRegistry modules;
  auto report = cadscribe::lang::py::run_program(src, "fuzz.py", budget, modules);
  for (const auto& d : report.diags)
    if (d.code.find('.') == std::string::npos) std::abort();
  if (budget.depth() != 0) std::abort();
  if (report.ok() && !report.output) std::abort();
  if (report.output) cadscribe::lang::py::discard_output(*report.output);
  return 0;
}
