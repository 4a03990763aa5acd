// corpus_bench — programs per second over the spec corpus, in one process, split into
// interpreter time and native (CadQuery binding + OpenCASCADE) time.
//
// Anchor: CadQuery under CPython needs ~1–2 s just to `import cadquery` (the figure), so
// the "ratio" counter prints how many corpus programs cadscribe finishes in the time CPython
// spends importing CadQuery once (1.5 s taken as the anchor's midpoint).
// Run: build/corpus_bench [--benchmark_min_time=2] (from the repository root, or set
// CADSCRIBE_CORPUS=tests/spec/py).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cad/execute.h"

namespace {

struct Program {
  std::string path, source;
};

// Good programs only: the bad-input cases measure error paths, not throughput.
std::vector<Program> load_corpus() {
  const char* env = std::getenv("CADSCRIBE_CORPUS");
  std::filesystem::path dir = env ? env : "tests/spec/py";
  std::vector<Program> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".py") continue;
    std::ifstream f(e.path());
    std::stringstream ss;
    ss << f.rdbuf();
    if (ss.str().find("# expect error") != std::string::npos) continue;
    out.push_back({e.path().string(), ss.str()});
  }
  std::sort(out.begin(), out.end(), [](const Program& a, const Program& b) { return a.path < b.path; });
  return out;
}

void BM_Corpus(benchmark::State& state, bool validate) {
  static const std::vector<Program> corpus = load_corpus();
  if (corpus.empty()) {
    state.SkipWithError("no corpus found: run from the repository root or set CADSCRIBE_CORPUS");
    return;
  }
  cadscribe::cad::ExecOptions o;
  o.validate = validate;
  double parse = 0, eval = 0, native = 0, valid_s = 0;
  int64_t programs = 0, failures = 0;
  for (auto _ : state) {
    for (const auto& p : corpus) {
      auto e = cadscribe::cad::execute_program(p.source, p.path, o);
      parse += e.times.parse;
      eval += e.times.eval;
      native += e.times.native;
      valid_s += e.times.validate;
      failures += e.ok() ? 0 : 1;
      ++programs;
    }
  }
  state.counters["programs_per_s"] = benchmark::Counter(static_cast<double>(programs), benchmark::Counter::kIsRate);
  state.counters["failures"] = static_cast<double>(failures) / static_cast<double>(state.iterations());
  const double interp = parse + eval - native;
  state.counters["interp_share_%"] = 100.0 * interp / std::max(1e-12, parse + eval + valid_s);
  state.counters["interp_ms_per_prog"] = 1e3 * interp / static_cast<double>(programs);
  state.counters["native_ms_per_prog"] = 1e3 * native / static_cast<double>(programs);
  state.counters["validate_ms_per_prog"] = 1e3 * valid_s / static_cast<double>(programs);
  // Programs run in the time CPython takes to import cadquery once (~1.5 s).
  state.counters["ratio_vs_cq_import"] = 1.5 * static_cast<double>(programs) / std::max(1e-12, parse + eval + valid_s);
}

BENCHMARK_CAPTURE(BM_Corpus, execute_only, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Corpus, execute_and_validate, true)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
