// bench/csg_bench.cpp — csg (CGAL/Clipper mesh CSG for OpenSCAD semantics) timings.
// The 50-sphere union of issue 5 (openscad 2021.01: ~29 s here) is the case that decides the
// design; each benchmark also prints the result's size and volume once.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>

#include "csg/ops.h"
#include "csg/primitives.h"

namespace {

using namespace cadscribe::csg;

Matrix4 translation(double x, double y, double z) { return {1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z, 0, 0, 0, 1}; }

void report(benchmark::State& state, const Solid& s) {
  state.counters["triangles"] = static_cast<double>(s.triangles.size());
  state.counters["volume"] = s.volume();
}

// union(){for(i=[0:49]) translate([i*3,sin(i*20)*10,0]) sphere(r=2.5,$fn=24);}
void BM_Union50Spheres(benchmark::State& state) {
  std::vector<Solid> spheres;
  Solid ball = sphere_solid(2.5, 24);
  for (int i = 0; i < 50; ++i) spheres.push_back(transformed(ball, translation(i * 3, std::sin(i * 20 * M_PI / 180) * 10, 0)));
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kUnion, spheres);
    if (!r) state.SkipWithError(r.error().message.c_str());
    else out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_Union50Spheres)->Unit(benchmark::kMillisecond);

// One pairwise union of two overlapping spheres ($fn=24): the unit cost of the tree.
void BM_UnionTwoSpheres(benchmark::State& state) {
  Solid a = sphere_solid(2.5, 24), b = transformed(a, translation(3, 1, 0));
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kUnion, {a, b});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_UnionTwoSpheres)->Unit(benchmark::kMillisecond);

// difference(){cube([40,40,5]); for(x,y) translate([x,y,-1]) cylinder(r=2,h=7,$fn=32);} (16 holes)
void BM_CubeMinusCylinders(benchmark::State& state) {
  std::vector<Solid> ops{cube_solid({40, 40, 5})};
  Solid cyl = cylinder_solid(7, 2, 2, 32);
  for (int i = 0; i < 16; ++i) ops.push_back(transformed(cyl, translation(5 + 10 * (i % 4), 5 + 10 * (i / 4), -1)));
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kDifference, ops);
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_CubeMinusCylinders)->Unit(benchmark::kMillisecond);

// intersection(){sphere(10,$fn=48); cube(15,center=true);}
void BM_IntersectionSphereCube(benchmark::State& state) {
  Solid s = sphere_solid(10, 48), c = cube_solid({15, 15, 15}, true);
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kIntersection, {s, c});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_IntersectionSphereCube)->Unit(benchmark::kMillisecond);

// Coplanar case: difference(){cube(10); translate([2,2,0]) cube([6,6,10]);}
void BM_CoplanarDifference(benchmark::State& state) {
  Solid a = cube_solid({10, 10, 10}), b = transformed(cube_solid({6, 6, 10}), translation(2, 2, 0));
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kDifference, {a, b});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_CoplanarDifference)->Unit(benchmark::kMillisecond);

// Non-manifold result (cubes sharing an edge): the Nef fallback.
void BM_EdgeTouchingUnionNef(benchmark::State& state) {
  Solid a = cube_solid({10, 10, 10}), b = transformed(a, translation(10, 10, 0));
  Solid out;
  for (auto _ : state) {
    auto r = boolean3(BoolOp::kUnion, {a, b});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_EdgeTouchingUnionNef)->Unit(benchmark::kMillisecond);

// hull() of 100 points on a deterministic spiral.
void BM_Hull100Points(benchmark::State& state) {
  Solid pts;
  for (int i = 0; i < 100; ++i) {
    double t = i * 0.37;
    pts.vertices.emplace_back(10 * std::cos(t) * std::sin(i * 0.031), 10 * std::sin(t) * std::sin(i * 0.031), 10 * std::cos(i * 0.031));
  }
  pts.triangles.push_back({0, 1, 2});  // hull3 takes vertices that triangles use
  for (uint32_t i = 3; i + 2 < 100; i += 3) pts.triangles.push_back({i, i + 1, i + 2});
  pts.triangles.push_back({97, 98, 99});
  Solid out;
  for (auto _ : state) {
    auto r = hull3({pts});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_Hull100Points)->Unit(benchmark::kMillisecond);

// minkowski(){cube(10); sphere(1,$fn=16);}
void BM_MinkowskiCubeSphere(benchmark::State& state) {
  Solid c = cube_solid({10, 10, 10}), s = sphere_solid(1, 16);
  Solid out;
  for (auto _ : state) {
    auto r = minkowski3({c, s});
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_MinkowskiCubeSphere)->Unit(benchmark::kMillisecond);

// linear_extrude(height=20, twist=180, slices=50) circle(5,$fn=64);
void BM_LinearExtrudeTwist(benchmark::State& state) {
  Ring ring;
  for (int i = 0; i < 64; ++i) ring.push_back({5 * std::cos(2 * M_PI * i / 64), 5 * std::sin(2 * M_PI * i / 64)});
  Polygon2 p{{ring}};
  LinearExtrudeParams params;
  params.height = 20;
  params.twist_degrees = 180;
  params.slices = 50;
  Solid out;
  for (auto _ : state) {
    auto r = linear_extrude(p, params);
    if (r) out = std::move(*r);
  }
  report(state, out);
}
BENCHMARK(BM_LinearExtrudeTwist)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
