// lang/py/interpreter.cpp — run_program: parse, resolve, evaluate; PyError never escapes.
#include "lang/py/interpreter.h"

#include <chrono>
#include <exception>
#include <new>

#include "lang/py/evaluator.h"
#include "lang/py/parser.h"

namespace cadscribe::lang::py {

const Value* RunOutput::result() const {
  for (const char* name : {"result", "r"})
    for (const auto& [k, v] : globals)
      if (k == name) return &v;
  if (!shown.empty()) return &shown.back();
  return nullptr;
}

RunReport run_program(std::string_view source, const std::string& filename, base::Budget& budget,
                      const ModuleRegistry& modules) {
  using Clock = std::chrono::steady_clock;
  RunReport report;
  auto t0 = Clock::now();
  ParseResult parsed = parse_program(source, filename);
  auto t1 = Clock::now();
  report.parse_seconds = std::chrono::duration<double>(t1 - t0).count();
  if (!parsed.diags.empty()) {
    report.diags = std::move(parsed.diags);
    return report;
  }
  RunOutput out;
  try {
    Evaluator ev(*parsed.program, budget, modules, out);
    ev.run();
    report.output = std::move(out);
  } catch (PyError& e) {
    report.diags.push_back(std::move(e.diag));
  } catch (const std::bad_alloc&) {
    // A native allocation failed outright: treat it as the memory limit it effectively is.
    report.diags.push_back(base::make_diag("limit.memory", "out of memory", base::SourceSpan{filename}));
  } catch (const std::exception& e) {
    // Native code must not throw; if it does, the run fails with a Diag instead of crashing.
    report.diags.push_back(base::make_diag("runtime.internal", std::string("internal error: ") + e.what(),
                                           base::SourceSpan{filename}));
  }
  report.eval_seconds = std::chrono::duration<double>(Clock::now() - t1).count();
  return report;
}

}  // namespace cadscribe::lang::py
