// lang/py/test_util.h — helpers for lang/py's unit tests (not part of the library).
#pragma once

#include <string>

#include "lang/py/interpreter.h"

namespace cadscribe::lang::py::testing {

struct Outcome {
  bool ok = false;
  std::string printed;  // print() output when ok
  std::string code;     // first Diag code when !ok
  std::string message;  // first Diag message
  base::Diag diag;
  RunReport report;
};

inline Outcome run_src(const std::string& src, base::Limits limits = {}, const ModuleRegistry* reg = nullptr) {
  base::Budget budget(limits);
  ModuleRegistry empty;
  Outcome o;
  o.report = run_program(src, "prog.py", budget, reg ? *reg : empty);
  o.ok = o.report.ok();
  if (o.ok) {
    o.printed = o.report.output->printed;
  } else if (!o.report.diags.empty()) {
    o.diag = o.report.diags.front();
    o.code = o.diag.code;
    o.message = o.diag.message;
  }
  return o;
}

// "printed text" or "error[code]: message" — one string to compare in table tests.
inline std::string run_text(const std::string& src, base::Limits limits = {}) {
  Outcome o = run_src(src, limits);
  if (o.ok) return o.printed;
  return "error[" + o.code + "]: " + o.message;
}

}  // namespace cadscribe::lang::py::testing
