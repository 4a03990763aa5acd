// Renderer speed: render_rig (8 views, 256², default options) of ~20k-triangle meshes, and PNG
// encoding of the 8 RGB views. The anchor: ≤ 20 ms per 8 views on one core.
#include <benchmark/benchmark.h>

#include "mesh/primitives.h"
#include "render/png.h"
#include "render/render.h"

namespace {

using namespace cadscribe;

mesh::Mesh torus() { return mesh::make_torus({0, 0, 0}, 10, 3, 200, 50); }  // 20,000 triangles

// A CAD-like part: a plate with bosses, holes-ish rims and a dome, every triangle with its own
// three vertices (as per-face tessellators emit them), ~20k triangles.
mesh::Mesh cad_like() {
  mesh::Mesh m = mesh::make_box({-40, -30, 0}, {40, 30, 8});
  for (int i = 0; i < 6; ++i) {
    double x = -30 + 12 * i;
    m.append(mesh::make_cylinder({x, -18, 8}, 4, 10, 256));
    m.append(mesh::make_cylinder({x, 18, 8}, 4, 6, 256, 2));
  }
  m.append(mesh::make_sphere({0, 0, 8}, 9, 96, 48));
  mesh::Mesh split;
  for (const auto& t : m.triangles) {
    uint32_t base = uint32_t(split.positions.size());
    for (uint32_t i : t) split.positions.push_back(m.positions[i]);
    split.triangles.push_back({base, base + 1, base + 2});
  }
  return split;
}

void run_rig(benchmark::State& state, const mesh::Mesh& m) {
  render::Rig rig = render::default_rig();
  render::RenderOptions opt;
  opt.supersample = int(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(render::render_rig(m, rig, opt));
  state.counters["triangles"] = double(m.triangle_count());
}

void BM_RenderRigTorus(benchmark::State& state) { run_rig(state, torus()); }
void BM_RenderRigCadLike(benchmark::State& state) { run_rig(state, cad_like()); }
BENCHMARK(BM_RenderRigTorus)->Arg(2)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderRigCadLike)->Arg(2)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond);

// PNG encoding of the 8 RGB views of the CAD-like part at zlib level `range(0)`.
void BM_EncodePng8Views(benchmark::State& state) {
  auto views = render::render_rig(cad_like(), render::default_rig(), {});
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (const auto& v : views) bytes += render::encode_png(v.rgb, int(state.range(0))).size();
  }
  state.counters["bytes_per_8"] = double(bytes);
}
BENCHMARK(BM_EncodePng8Views)->Arg(1)->Arg(render::kPngDefaultLevel)->Arg(6)->Arg(9)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
