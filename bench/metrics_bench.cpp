// bench/metrics_bench.cpp — IoU / Chamfer speeds (Google Benchmark, single core).
// Targets from the issue: one 64³ IoU with cube24 ≤ 10 ms once both meshes are voxelised, and
// ≤ 30 ms including the voxelisation of both. Each benchmark that has a target prints
// `target_ms` and `x_vs_target` (target / measured CPU time: > 1 means within the target).
// Meshes are 10–13k triangles: a torus, a UV sphere and a composite of disjoint primitives.
#include <benchmark/benchmark.h>

#include "metrics/chamfer.h"
#include "metrics/iou.h"
#include "metrics/unit_cube.h"
#include "metrics/voxelize.h"
#include "mesh/primitives.h"

namespace {

using namespace cadscribe;
using mesh::Mesh;

void set_target(benchmark::State& state, double target_ms) {
  state.counters["target_ms"] = target_ms;
  state.counters["x_vs_target"] =
      benchmark::Counter(target_ms / 1000.0, benchmark::Counter::kIsIterationInvariantRate);
}

Mesh torus() { return mesh::make_torus({0, 0, 0}, 3, 1, 128, 48); }  // 12,288 triangles
Mesh sphere() { return mesh::make_sphere({0, 0, 0}, 1, 96, 64); }    // 12,096 triangles
Mesh composite() {                                                   // 10,380 triangles
  Mesh m = mesh::make_torus({0, 0, 0}, 3, 0.8, 96, 32);
  m.append(mesh::make_sphere({0, 0, 2.5}, 1.2, 64, 32));
  m.append(mesh::make_cylinder({0, 0, -4}, 1, 2.5, 64));
  m.append(mesh::make_box({4.5, -1, -1}, {6, 1, 3}));
  return m;
}

Mesh by_index(int64_t i) { return i == 0 ? torus() : i == 1 ? sphere() : composite(); }
const char* kNames[3] = {"torus", "sphere", "composite"};

void BM_Voxelize64(benchmark::State& state) {
  Mesh m = *metrics::to_unit_cube(by_index(state.range(0)));
  state.SetLabel(std::string(kNames[state.range(0)]) + " " + std::to_string(m.triangle_count()) + " tris");
  for (auto _ : state) benchmark::DoNotOptimize(metrics::voxelize(m, 64));
}
BENCHMARK(BM_Voxelize64)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// The first bar: the IoU search alone on two voxelised meshes.
void BM_IouCube24Voxelised(benchmark::State& state) {
  set_target(state, 10);
  metrics::VoxelGrid a = metrics::voxelize_normalized(composite(), 64);
  metrics::VoxelGrid b = metrics::voxelize_normalized(torus(), 64);
  for (auto _ : state) benchmark::DoNotOptimize(metrics::best_iou_cube24(a, b));
}
BENCHMARK(BM_IouCube24Voxelised)->Unit(benchmark::kMillisecond);

// The second bar: normalise + voxelise both + cube24 (no Chamfer).
void BM_IouCube24Total(benchmark::State& state) {
  set_target(state, 30);
  Mesh pred = composite(), gt = by_index(state.range(0));
  state.SetLabel(std::string("composite vs ") + kNames[state.range(0)]);
  metrics::ScoreOptions options;
  options.chamfer = false;
  for (auto _ : state) benchmark::DoNotOptimize(metrics::score_meshes(pred, gt, options));
}
BENCHMARK(BM_IouCube24Total)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

// Chamfer alone: 8,192 samples on each surface, two k-d trees, 2 × 8,192 queries.
void BM_Chamfer8192(benchmark::State& state) {
  Mesh a = *metrics::to_unit_cube(composite()), b = *metrics::to_unit_cube(torus());
  for (auto _ : state) {
    auto pa = metrics::sample_surface(a, 8192, 0);
    auto pb = metrics::sample_surface(b, 8192, 0);
    benchmark::DoNotOptimize(metrics::chamfer_distance(pa, pb));
  }
}
BENCHMARK(BM_Chamfer8192)->Unit(benchmark::kMillisecond);

// Sampling alone (both surfaces), to split BM_Chamfer8192 into sampling and nearest neighbours.
void BM_SampleSurface8192(benchmark::State& state) {
  Mesh a = *metrics::to_unit_cube(composite()), b = *metrics::to_unit_cube(torus());
  for (auto _ : state) {
    benchmark::DoNotOptimize(metrics::sample_surface(a, 8192, 0));
    benchmark::DoNotOptimize(metrics::sample_surface(b, 8192, 0));
  }
}
BENCHMARK(BM_SampleSurface8192)->Unit(benchmark::kMillisecond);

// The full default protocol: cube24 IoU + Chamfer.
void BM_ScoreCube24WithChamfer(benchmark::State& state) {
  Mesh pred = composite(), gt = torus();
  metrics::ScoreOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(metrics::score_meshes(pred, gt, options));
}
BENCHMARK(BM_ScoreCube24WithChamfer)->Unit(benchmark::kMillisecond);

// euler45: every candidate rotation re-normalised and re-voxelised.
void BM_ScoreEuler45(benchmark::State& state) {
  Mesh pred = composite(), gt = torus();
  metrics::ScoreOptions options;
  options.alignment = metrics::Alignment::euler45;
  options.chamfer = false;
  state.counters["rotations"] = double(metrics::euler45_rotations().size());
  for (auto _ : state) benchmark::DoNotOptimize(metrics::score_meshes(pred, gt, options));
}
BENCHMARK(BM_ScoreEuler45)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
