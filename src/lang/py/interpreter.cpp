// lang/py/interpreter.cpp — run_program: parse, resolve, evaluate; PyError never escapes.
#include "lang/py/interpreter.h"

#include <chrono>
#include <exception>
#include <new>

#include "lang/py/containers.h"
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

void discard_output(RunOutput& out) {
  std::vector<Value> work;
  for (auto& [k, v] : out.globals) work.push_back(std::move(v));
  for (auto& v : out.shown) work.push_back(std::move(v));
  out.globals.clear();
  out.shown.clear();
  out.printed.clear();
  while (!work.empty()) {
    Value v = std::move(work.back());
    work.pop_back();
    if (v.is_list()) {
      auto& items = v.list_items();
      for (auto& x : items) work.push_back(std::move(x));
      items.clear();
    } else if (v.is_tuple()) {
      for (const auto& x : v.tuple_items())
        if (x.is_list() || x.is_dict() || x.is_tuple()) work.push_back(x);
    } else if (v.is_dict()) {
      auto& d = *v.dict();
      for (auto& [k, x] : d.entries) {
        work.push_back(std::move(k));
        work.push_back(std::move(x));
      }
      d.clear();
    }
  }
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
  ContainerTracker tracker;  // reclaims list/dict cycles once the run is over
  double native_seconds = 0;
  try {
    Evaluator ev(*parsed.program, budget, modules, out);
    ev.set_native_clock(&native_seconds);
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
  if (!report.output) report.printed = out.printed;  // what a failed program printed still counts
  report.native_seconds = native_seconds;
  (void)tracker.collect();
  report.eval_seconds = std::chrono::duration<double>(Clock::now() - t1).count();
  return report;
}

}  // namespace cadscribe::lang::py
