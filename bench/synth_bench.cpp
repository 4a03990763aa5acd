// Benchmarks of the dataset machinery (no engine): farthest-point sampling at curation scale
// (100k descriptors of 40 floats, clustered like part families), and
// the shard writer's per-sample cost (tar append + flush + atomic checkpoint) with realistic
// member sizes. Single core.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "base/rng.h"
#include "synth/fps.h"
#include "synth/shard_builder.h"

namespace {

using namespace cadscribe;

// N descriptors of length D drawn from a few dozen clusters (descriptors of part families).
std::vector<float> descriptors(int64_t n, int64_t dim) {
  base::Rng rng(3);
  std::vector<float> centres(size_t(64 * dim));
  for (float& c : centres) c = float(rng.uniform(-3, 3));
  std::vector<float> out(size_t(n * dim));
  for (int64_t i = 0; i < n; ++i) {
    int64_t k = rng.uniform_int(0, 63);
    for (int64_t d = 0; d < dim; ++d) out[size_t(i * dim + d)] = centres[size_t(k * dim + d)] + float(rng.uniform(-1, 1));
  }
  return out;
}

void BM_FarthestPointSampling(benchmark::State& state) {
  int64_t n = state.range(0), m = state.range(1), dim = 40;
  auto points = descriptors(n, dim);
  for (auto _ : state) benchmark::DoNotOptimize(synth::farthest_point_sampling(points, dim, m));
  state.counters["picks/s"] = benchmark::Counter(double(m), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_FarthestPointSampling)
    ->Args({100000, 1000})
    ->Args({100000, 10000})
    ->Args({100000, 30000})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// The plain O(M·N·D) loop the pruned search must equal, for scale.
void BM_FarthestPointSamplingExhaustive(benchmark::State& state) {
  int64_t n = state.range(0), m = state.range(1), dim = 40;
  auto points = descriptors(n, dim);
  for (auto _ : state) benchmark::DoNotOptimize(synth::farthest_point_sampling_exhaustive(points, dim, m));
  state.counters["picks/s"] = benchmark::Counter(double(m), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_FarthestPointSamplingExhaustive)->Args({100000, 1000})->Unit(benchmark::kMillisecond)->Iterations(1);

// 1000 samples: a 1.5 KB program, 8 views of 7 KB, a 0.5 KB JSON, a 40-float descriptor.
void BM_ShardWrite(benchmark::State& state) {
  const int64_t count = 1000;
  std::string root = (std::filesystem::temp_directory_path() / ("cadscribe_synth_bench_" + std::to_string(::getpid()))).string();
  std::string program(1500, 'p'), view(7000, 'v'), meta = R"({"family":"plate","num_faces":20})";
  std::vector<float> descriptor(40, 0.25f);
  for (auto _ : state) {
    std::filesystem::remove_all(root);
    synth::ShardSpec spec{root, "train", 0, count};
    auto r = synth::build_shard(spec, [&](int64_t a) {
      synth::Attempt at;
      at.ok = true;
      at.family = "plate";
      at.fingerprint = uint64_t(a) * 0x9E3779B97F4A7C15ull;
      at.sample.program = program;
      at.sample.views_png.assign(8, view);
      at.sample.meta_json = meta;
      at.descriptor = descriptor;
      return at;
    });
    if (!r.ok()) state.SkipWithError(r.error().message.c_str());
  }
  std::filesystem::remove_all(root);
  state.counters["samples/s"] = benchmark::Counter(double(count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ShardWrite)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
