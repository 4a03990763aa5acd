// bench/kernel_bench.cpp — OpenCASCADE facade speeds (Google Benchmark).
// Each benchmark prints `anchor_ms`, the figure measured on this machine class before
// (DESIGN.md §8): box minus cylinder 3.7 ms, fillet of 4 edges 3.2 ms, tessellation at 0.1 mm
// 2.5 ms, STEP write 4.7 ms. `x_vs_anchor` is the ratio (anchor / measured); there are no timing asserts.
#include <benchmark/benchmark.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "kernel/shape.h"

namespace {

using namespace cadscribe;
using kernel::Shape;

const math::Frame kXY{{0, 0, 0}, {1, 0, 0}, {0, 0, 1}};

// Prints the anchor and the speed ratio against it (anchor time / measured CPU time per
// iteration: > 1 means faster than the anchor).
void set_anchor(benchmark::State& state, double anchor_ms) {
  state.counters["anchor_ms"] = anchor_ms;
  state.counters["x_vs_anchor"] =
      benchmark::Counter(anchor_ms / 1000.0, benchmark::Counter::kIsIterationInvariantRate);
}

Shape box10() { return kernel::make_box(kXY, 10, 10, 10).value(); }

Shape drilled_box() {
  Shape cyl = kernel::make_cylinder(math::Frame{{5, 5, -1}, {1, 0, 0}, {0, 0, 1}}, 3, 12).value();
  return kernel::cut(box10(), cyl).value();
}

void BM_BoxMinusCylinder(benchmark::State& state) {
  Shape box = box10();
  Shape cyl = kernel::make_cylinder(math::Frame{{5, 5, -1}, {1, 0, 0}, {0, 0, 1}}, 3, 12).value();
  for (auto _ : state) {
    auto r = kernel::cut(box, cyl);
    if (!r.ok()) state.SkipWithError(r.error().message.c_str());
    benchmark::DoNotOptimize(r);
  }
  set_anchor(state, 3.7);
}
BENCHMARK(BM_BoxMinusCylinder)->Unit(benchmark::kMillisecond);

void BM_Fillet4Edges(benchmark::State& state) {
  Shape box = box10();
  std::vector<Shape> vertical;
  for (const auto& e : kernel::sub_shapes(box, kernel::ShapeType::kEdge))
    if (std::abs(kernel::edge_tangent(e).value().z) > 0.5) vertical.push_back(e);
  for (auto _ : state) {
    auto r = kernel::fillet(box, vertical, 1.0);
    if (!r.ok()) state.SkipWithError(r.error().message.c_str());
    benchmark::DoNotOptimize(r);
  }
  set_anchor(state, 3.2);
}
BENCHMARK(BM_Fillet4Edges)->Unit(benchmark::kMillisecond);

void BM_Tessellate01mm(benchmark::State& state) {
  size_t triangles = 0;
  for (auto _ : state) {
    // A fresh shape each time: BRepMesh caches triangulations on the shape it meshed.
    state.PauseTiming();
    Shape s = drilled_box();
    state.ResumeTiming();
    auto m = kernel::tessellate(s, 0.1);
    if (!m.ok()) state.SkipWithError(m.error().message.c_str());
    else triangles = m->triangle_count();
    benchmark::DoNotOptimize(m);
  }
  state.counters["triangles"] = static_cast<double>(triangles);
  set_anchor(state, 2.5);
}
BENCHMARK(BM_Tessellate01mm)->Unit(benchmark::kMillisecond);

void BM_StepWrite(benchmark::State& state) {
  Shape s = drilled_box();
  std::string path = (std::filesystem::temp_directory_path() / "cadscribe_kernel_bench.step").string();
  for (auto _ : state) {
    auto st = kernel::write_step(s, path);
    if (!st.ok()) state.SkipWithError(st.error().message.c_str());
  }
  std::filesystem::remove(path);
  set_anchor(state, 4.7);
}
BENCHMARK(BM_StepWrite)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::AddCustomContext("anchors_ms",
                              "box-minus-cylinder 3.7, fillet-4-edges 3.2, tessellate-0.1mm 2.5, step-write 4.7");
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
