// cad/scad_execute.h — run one OpenSCAD program to a mesh: the public entry of the OpenSCAD
// engine (language front end lang/scad + geometry evaluator cad/scad_eval + csg).
//
// The result is what openscad's export would write: the union of the top-level objects, `%`
// subtrees left out. A 3D result is a closed, outward-oriented mesh (csg's invariant); a 2D
// result is returned as its area plus a flat mesh at z = 0 (for rendering; openscad would refuse
// to export it as STL). diags holds the language's and the geometry's warnings and at most one
// error, in order; echo holds openscad's "ECHO: …" lines. Timings are wall-clock seconds.
// Nothing here prints or exits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/budget.h"
#include "base/diag.h"
#include "mesh/mesh.h"

namespace cadscribe::cad {

struct ScadOptions {
  base::Limits limits;                     // language steps/recursion; max_seconds covers geometry too
  int64_t max_triangles = 2'000'000;       // any intermediate or final result (limit.geometry)
  int64_t max_nodes = 1'000'000;           // instances in the evaluated tree
  std::vector<std::string> library_paths;  // include/use/import may also read there
  bool allow_files = true;
  double t = 0;                            // $t
  bool preview = false;                    // $preview: openscad's preview (F5) and .echo export
  uint64_t rands_seed = 0;
};

struct ScadTimes {
  double parse = 0, eval = 0, geometry = 0, total = 0;
};

struct ScadFacts {
  int dimension = 0;          // 0: nothing to export, 2 or 3
  bool closed_manifold = false;  // 3D: every edge shared by two triangles with opposite directions
  double volume = 0;          // 3D: mm³
  double area = 0;            // 2D: mm²
  mesh::Box bbox;
  size_t triangles = 0;
  size_t vertices = 0;
  int components = 0;
  int64_t csg_operations = 0;
};

struct ScadExecution {
  std::vector<base::Diag> diags;      // warnings and errors in order (severity tells which)
  std::vector<std::string> echo;      // "ECHO: ..." lines
  std::optional<mesh::Mesh> mesh;     // set when the run succeeded and the result is not empty
  ScadFacts facts;
  ScadTimes times;
  [[nodiscard]] bool ok() const;      // no error-severity diag
  [[nodiscard]] const base::Diag* first_error() const;
};

[[nodiscard]] ScadExecution execute_scad(std::string_view source, const std::string& filename,
                                         const ScadOptions& options);
// Reads the file (io.read_failed when unreadable); its folder is the sandbox root.
[[nodiscard]] ScadExecution execute_scad_file(const std::string& path, const ScadOptions& options);

// The names cad/ implements, to register as lang::scad::RunOptions::builtin_modules.
[[nodiscard]] std::unordered_set<std::string> scad_builtin_modules();

// "ok" or the first error's status (as cad::status_of), and the process exit code
// (README "Exit codes": 0 ok, 2 syntax, 3 runtime/unsupported, 4 geometry, 5 limit, 1 I/O).
[[nodiscard]] std::string scad_status(const ScadExecution& e);
[[nodiscard]] int scad_exit_code(const ScadExecution& e);

}  // namespace cadscribe::cad
