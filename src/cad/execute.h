// cad/execute.h — run one CadQuery-style program to a checked shape.
//
// This is the "execute → validate" stage of generate → execute → verify: interpreter + CadQuery
// binding + OpenCASCADE, with every phase timed. The validity rule is DESIGN.md §5 (Zero-to-CAD's):
// executes within budget, exactly one connected solid, >= 7 B-rep faces, exports to STEP and to a
// closed STL. Nothing here prints or exits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/budget.h"
#include "base/diag.h"
#include "cad/meshing.h"
#include "kernel/shape.h"

namespace cadscribe::cad {

struct ExecOptions {
  base::Limits limits;
  bool validate = true;          // run the full validity check (incl. STEP/STL export probes)
  double stl_tolerance = 0.1;    // mm, linear deflection of STL output files
  MeshingOptions meshing;        // the STL probe's tessellation (relative, as rendering's)
};

struct PhaseTimes {
  double parse = 0;      // lexing + parsing
  double eval = 0;       // interpreter including native (CadQuery/OCCT) calls
  double native = 0;     // the part of eval spent inside native calls (binding + OCCT)
  double validate = 0;   // BRepCheck, tessellation and export probes; its parts follow
  double check = 0;      //   BRepCheck, counts, connectivity and volume
  double step = 0;       //   the STEP export probe
  double mesh = 0;       //   the STL probe's tessellation
  double bbox = 0;       //   the tight box from the tessellation
  double total = 0;
};

struct Validity {
  bool valid = false;          // the whole DESIGN.md §5 rule
  bool brep_valid = false;
  int solids = 0;
  int faces = 0;
  int edges = 0;
  int vertices = 0;
  bool connected = false;
  bool step_ok = false;
  bool stl_closed = false;
  double volume = 0;
  mesh::Box bbox;
  std::vector<std::string> reasons;  // why not valid, e.g. "2 solids", "6 faces < 7"
};

struct Execution {
  std::vector<base::Diag> diags;       // syntax errors, or the one runtime/geometry/limit error
  std::optional<kernel::Shape> shape;  // the program's result as one shape (compound if several)
  Validity validity;
  std::string printed;                 // print() output of the program
  PhaseTimes times;
  // The STL probe's mesh (cad::mesh_of with ExecOptions::meshing), kept so callers that render or
  // measure the part do not tessellate it again. Empty unless validated.
  std::optional<mesh::Mesh> mesh;
  [[nodiscard]] bool ok() const { return diags.empty() && shape.has_value(); }
};

// Executes `source` (called `filename` in diagnostics). A program without a result
// (`result`, `r` or show_object) is an error `runtime.no_result`.
[[nodiscard]] Execution execute_program(std::string_view source, const std::string& filename,
                                        const ExecOptions& options);

// Reads a file and executes it; an unreadable file gives io.read_failed.
[[nodiscard]] Execution execute_file(const std::string& path, const ExecOptions& options);

// The outcome by the first error's category: "ok" | "syntax" | "runtime" | "unsupported" |
// "geometry" | "limit" | "io" | "invalid" (only with require_valid). Tools tally by it.
[[nodiscard]] std::string status_of(const Execution& e, bool require_valid);
// The same status for one diagnostic (validity.* → "invalid", metrics.* → "geometry").
[[nodiscard]] std::string status_of(const base::Diag& d);

// Process exit code for an execution (documented in the README):
// 0 ok, 2 syntax, 3 runtime/unsupported, 4 geometry, 5 limit, 6 result not valid, 1 I/O.
[[nodiscard]] int exit_code_for(const Execution& e, bool require_valid);
[[nodiscard]] int exit_code_for_status(const std::string& status);

}  // namespace cadscribe::cad
