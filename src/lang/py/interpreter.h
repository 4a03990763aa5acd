// lang/py/interpreter.h — the entry point: parse and run a program of the Python subset.
//
// Parsing reports every syntax error it can recover from; running stops at the first runtime
// error and returns it with a Python-like traceback in Diag::notes. Programs reach nothing but
// the values and modules given to them: no files, network, processes or environment.
//
// Known deviations from CPython (deliberate or not yet needed by CAD programs):
//  * ints are 64-bit: results beyond that raise runtime.overflow instead of growing;
//  * str is UTF-8 bytes: len/indexing/slicing count code points, case mapping is ASCII-only;
//  * zip/map/filter/enumerate/reversed and generator expressions return lists (eager);
//  * no classes, with, generators, sets, decorators, walrus, shifts (unsupported.*);
//  * `__name__` reads as "__main__"; every other dunder name or attribute is unsupported.dunder;
//  * user `raise X(...)` reports runtime.exception ("X: message"); `except X` still matches X;
//  * closure cycles are reclaimed, but a container that contains itself (a.append(a)) is not.
// The evaluator needs about 4 MB of C++ stack (it stops at 3 MB with limit.recursion).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/budget.h"
#include "lang/py/value.h"

namespace cadscribe::lang::py {

struct RunOutput {
  // Module-level variables after the run, in order of first assignment.
  std::vector<std::pair<std::string, Value>> globals;
  // Arguments of every show_object(x, ...) call, in order.
  std::vector<Value> shown;
  // Text written by print(), capped (the cap is part of the Budget's memory).
  std::string printed;

  // The program's result per DESIGN.md §4: `result`, else `r`, else the last show_object.
  [[nodiscard]] const Value* result() const;
};

struct RunReport {
  std::vector<base::Diag> diags;   // syntax errors (possibly many) or the one runtime/limit error
  std::optional<RunOutput> output; // present when the program ran to completion
  double parse_seconds = 0;
  double eval_seconds = 0;         // interpreter + native calls
  double native_seconds = 0;
  // print() output of a program that failed (a successful run has it in output->printed).
  std::string printed;       // time inside native (make_native / Object) calls, outermost only
  [[nodiscard]] bool ok() const { return output.has_value() && diags.empty(); }
};

// Empties every list/dict reachable from `out` (and clears `out`), breaking reference cycles a
// program left in its results (d['self'] = d). Call it when discarding results in long-running
// processes; cycles that were garbage at the end of the run are reclaimed automatically.
void discard_output(RunOutput& out);

// Runs `source` (named `filename` in diagnostics) under `budget`, importing from `modules`.
[[nodiscard]] RunReport run_program(std::string_view source, const std::string& filename,
                                    base::Budget& budget, const ModuleRegistry& modules);

}  // namespace cadscribe::lang::py
