// Mesh I/O and inspection speed on a ~20k-triangle torus (single core).
// Bytes/s are file bytes; items/s are triangles.
#include <benchmark/benchmark.h>

#include "mesh/check.h"
#include "mesh/io.h"
#include "mesh/primitives.h"

namespace {

using namespace cadscribe::mesh;

const Mesh& torus() {
  static const Mesh m = make_torus({0, 0, 0}, 30, 10, 128, 80);  // 20,480 triangles
  return m;
}

void BM_WriteStlBinary(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    std::string s = to_stl_binary(torus());
    bytes = s.size();
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(int64_t(state.iterations() * bytes));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_WriteStlBinary)->Unit(benchmark::kMillisecond);

void BM_ReadStlBinary(benchmark::State& state) {
  const std::string s = to_stl_binary(torus());
  for (auto _ : state) {
    auto r = parse_mesh(s, MeshFormat::stl, "bench.stl");
    if (!r.ok()) state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(int64_t(state.iterations() * s.size()));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_ReadStlBinary)->Unit(benchmark::kMillisecond);

void BM_Inspect(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(inspect(torus()));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_Inspect)->Unit(benchmark::kMillisecond);

// Reference point for inspect(): the map-based closedness test already in mesh.h.
void BM_IsClosedOrientedMap(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(torus().is_closed_oriented());
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_IsClosedOrientedMap)->Unit(benchmark::kMillisecond);

void BM_ReadFormat(benchmark::State& state) {
  auto format = static_cast<MeshFormat>(state.range(0));
  std::string s = format == MeshFormat::obj ? to_obj(torus())
                  : format == MeshFormat::ply ? to_ply(torus())
                  : format == MeshFormat::off ? to_off(torus())
                                              : to_stl_ascii(torus());
  state.SetLabel(format == MeshFormat::stl ? "stl-ascii" : std::string(format_name(format)));
  for (auto _ : state) {
    auto r = parse_mesh(s, format, "bench");
    if (!r.ok()) state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(int64_t(state.iterations() * s.size()));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_ReadFormat)
    ->Arg(int(MeshFormat::stl))
    ->Arg(int(MeshFormat::obj))
    ->Arg(int(MeshFormat::ply))
    ->Arg(int(MeshFormat::off))
    ->Unit(benchmark::kMillisecond);

void BM_WriteGlb(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(to_glb(torus()));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_WriteGlb)->Unit(benchmark::kMillisecond);

void BM_Welded(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(welded(torus(), 1e-3));
  state.SetItemsProcessed(int64_t(state.iterations() * torus().triangle_count()));
}
BENCHMARK(BM_Welded)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
