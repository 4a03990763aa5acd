// lang/scad/test_util.h — helpers for the lang/scad tests: run a program, collect its echo
// lines, warnings and error codes.
#pragma once

#include <string>
#include <vector>

#include "lang/scad/interpreter.h"

namespace cadscribe::lang::scad::testing {

inline RunOptions default_options() {
  RunOptions o;
  for (const char* m : {"cube", "sphere", "cylinder", "polyhedron", "square", "circle", "polygon", "text",
                        "translate", "rotate", "scale", "mirror", "multmatrix", "resize", "color", "offset",
                        "projection", "union", "difference", "intersection", "hull", "minkowski", "render",
                        "linear_extrude", "rotate_extrude", "import", "surface", "group"})
    o.builtin_modules.insert(m);
  return o;
}

inline RunReport run(const std::string& src, const RunOptions& o = default_options()) {
  return run_program(src, "test.scad", o);
}

// The echo lines joined by '\n'.
inline std::string echo(const std::string& src, const RunOptions& o = default_options()) {
  RunReport r = run(src, o);
  std::string s;
  for (size_t i = 0; i < r.echo.size(); ++i) s += (i ? "\n" : "") + r.echo[i];
  return s;
}

// The codes of all diags ("code" for errors, "w:code" for warnings), joined by ' '.
inline std::string codes(const RunReport& r) {
  std::string s;
  for (const auto& d : r.diags) {
    if (!s.empty()) s += ' ';
    if (d.severity == base::Severity::kWarning) s += "w:";
    s += d.code;
  }
  return s;
}

inline const base::Diag* first_error(const RunReport& r) {
  for (const auto& d : r.diags)
    if (d.severity == base::Severity::kError) return &d;
  return nullptr;
}

}  // namespace cadscribe::lang::scad::testing
