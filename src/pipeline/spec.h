// pipeline/spec.h — expectations embedded in spec programs and their checking.
//
// A spec program carries lines like
//   # expect: volume 6000 ±0.5%     # expect: faces 6      # expect: solids 1
//   # expect: bbox 10 20 30 ±0.01   # expect: edges 12     # expect: valid
//   # expect error runtime.name_error
// Tolerance is `±X%` (relative) or `±X` (absolute); the ASCII spelling `+-` works too.
// Defaults: volume ±0.5%, bbox ±0.01 mm. Error expectations also require the error to carry a
// source location unless it is a limit.* error (limits are not tied to one expression).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "cad/execute.h"
#include "cad/scad_execute.h"

namespace cadscribe::pipeline {

struct Expectation {
  std::string key;              // volume faces solids edges bbox valid error
  std::vector<double> values;   // numbers after the key
  std::string text;             // the error code for `error`
  double tolerance = -1;        // < 0: default for the key
  bool relative = false;        // tolerance in percent
  int line = 0;                 // where it was written
};

// Parses every expectation in the program text; a malformed expect line is an error with its line.
[[nodiscard]] base::Result<std::vector<Expectation>> parse_expectations(const std::string& source,
                                                                        const std::string& filename);

// Checks an execution against expectations; returns one message per failed expectation.
[[nodiscard]] std::vector<std::string> check_expectations(const std::vector<Expectation>& expects,
                                                          const cad::Execution& e);

// OpenSCAD spec programs (tests/spec/scad/README.md) write `// expect:` lines:
//   volume V [±tol]   triangles N   bbox X Y Z [±tol]   area A [±tol]   closed   empty
//   echo TEXT (TEXT is one whole echo line, e.g. `ECHO: "a", 1`; all echo lines, in order)
//   warning CODE (some warning has that code)       and `// expect error CODE`.
// Defaults as for .py: volume and area ±0.5%, bbox ±0.01.
[[nodiscard]] base::Result<std::vector<Expectation>> parse_scad_expectations(const std::string& source,
                                                                             const std::string& filename);
[[nodiscard]] std::vector<std::string> check_scad_expectations(const std::vector<Expectation>& expects,
                                                               const cad::ScadExecution& e);

}  // namespace cadscribe::pipeline
