// Model speed (issue 6): training throughput of the program decoder and its next-token speed.
// Anchor (DESIGN.md §8): a 4-layer d=256 transformer trains at ~7,900 tokens/s on this machine's
// 2 cores with OpenBLAS (~230 tokens/s with Debian's reference BLAS: install libopenblas0-openmp).
// Next-token speed both ways: a whole forward pass over the prefix (next_logits) and the
// incremental Decoder, which reuses the attention keys and values of the prefix; and the shipped
// text model's shape (d 192, 4 layers) decoded on one core in float (libtorch) and int8
// (nn/quantized_lm.h), the issue-7 figure (target ≥ 100 tokens/s with the int8 model).
#include <benchmark/benchmark.h>

#include <thread>

#include "nn/quantized_lm.h"
#include "nn/torch/program_lm.h"

namespace cadscribe::nn {
namespace {

constexpr double kAnchorTrainTokensPerSecond = 7900;

LmConfig bench_config() {
  LmConfig c;
  c.vocab = 1024;
  c.d_model = 256;
  c.heads = 8;
  c.layers = 4;
  c.d_ff = 1024;
  c.max_len = 256;
  return c;
}

std::vector<ViewsExample> batch(int sequences, int length) {
  std::vector<ViewsExample> out(static_cast<size_t>(sequences));
  uint32_t x = 12345;
  for (auto& s : out)
    for (int k = 0; k < length; ++k) {
      x = x * 1664525u + 1013904223u;
      s.tokens.push_back(int32_t(3 + (x >> 8) % 1000));
    }
  return out;
}

// One AdamW step on 8 sequences of 256 tokens, all cores (libtorch's default here is one thread:
// 1.8k tokens/s against 3.3k with both cores).
void BM_TrainStep(benchmark::State& state) {
  set_cpu_threads(int(std::thread::hardware_concurrency()));
  ProgramLm lm(bench_config());
  auto b = batch(8, 256);
  OptimizerSettings settings;
  settings.learning_rate = 1e-4;
  for (auto _ : state) benchmark::DoNotOptimize(lm.train_step(b, settings));
  const double tokens = double(state.iterations()) * 8 * 255;
  state.counters["tokens_per_s"] = benchmark::Counter(tokens, benchmark::Counter::kIsRate);
  state.counters["anchor_tokens_per_s"] = kAnchorTrainTokensPerSecond;
  state.counters["params_M"] = double(lm.parameter_count()) / 1e6;
}
BENCHMARK(BM_TrainStep)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

// Next-token logits after a prefix of range(0) tokens on one core (greedy decoding's inner step).
void BM_NextTokenOneCore(benchmark::State& state) {
  set_cpu_threads(1);
  ProgramLm lm(bench_config());
  auto prefix = batch(1, int(state.range(0)))[0].tokens;
  for (auto _ : state) benchmark::DoNotOptimize(lm.next_logits({}, prefix));
  state.counters["tokens_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NextTokenOneCore)->Arg(32)->Arg(128)->Unit(benchmark::kMillisecond)->UseRealTime();

// range(0) tokens pushed through a fresh decoder of `model`.
void decode_tokens(benchmark::State& state, const DecodingModel& model) {
  auto tokens = batch(1, int(state.range(0)))[0].tokens;
  for (auto _ : state) {
    auto d = model.decoder({});
    for (int32_t t : tokens) benchmark::DoNotOptimize(d->push(t));
  }
  state.counters["tokens_per_s"] =
      benchmark::Counter(double(state.iterations()) * double(tokens.size()), benchmark::Counter::kIsRate);
}

// Incremental decoding on one core: range(0) tokens pushed through a fresh Decoder.
void BM_DecoderOneCore(benchmark::State& state) {
  set_cpu_threads(1);
  ProgramLm lm(bench_config());
  decode_tokens(state, lm);
}
BENCHMARK(BM_DecoderOneCore)->Arg(128)->Unit(benchmark::kMillisecond)->UseRealTime();

// The shipped text model's shape (models/text2scad.json), random weights.
LmConfig text_config() {
  LmConfig c;
  c.vocab = 2048;
  c.d_model = 192;
  c.heads = 6;
  c.layers = 4;
  c.d_ff = 768;
  c.max_len = 640;
  return c;
}

// range(0) tokens of the text model's shape on one core, float (the anchor of the int8 figure).
void BM_TextFloatDecoderOneCore(benchmark::State& state) {
  set_cpu_threads(1);
  ProgramLm lm(text_config());
  decode_tokens(state, lm);
}
BENCHMARK(BM_TextFloatDecoderOneCore)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same with int8 weights (one thread: QuantizedLm never spawns any).
void BM_TextInt8DecoderOneCore(benchmark::State& state) {
  ProgramLm lm(text_config());
  auto q = QuantizedLm::quantize(lm.weights());
  if (!q) {
    state.SkipWithError(q.error().to_string().c_str());
    return;
  }
  decode_tokens(state, **q);
}
BENCHMARK(BM_TextInt8DecoderOneCore)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace cadscribe::nn

BENCHMARK_MAIN();
