// lang/scad/interpreter.h — parse and evaluate one OpenSCAD program to its instance tree.
//
// The entry point the geometry binding, the CLI and the tests call. Parsing recovers and reports
// many syntax errors (file:line:col, what was expected); evaluation reports openscad's warnings
// (unknown variable / function / module, wrong argument types, undefined operations) and stops at
// the first error (failed assert, recursion too deep, a budget exceeded) with a call stack in the
// Diag's notes. include/use read files only inside the program's folder and the library paths.
// Nothing here prints, exits or touches geometry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/budget.h"
#include "base/diag.h"
#include "base/result.h"
#include "lang/scad/node.h"

namespace cadscribe::lang::scad {

struct RunOptions {
  base::Limits limits;                           // steps, time, recursion depth, vector sizes, memory
  int64_t max_nodes = 1'000'000;                 // instances in the result tree (limit.geometry)
  std::unordered_set<std::string> builtin_modules;  // registered by cad/; others are unknown modules
  std::vector<std::string> library_paths;        // where include<>/use<> may also read (OPENSCADPATH)
  bool allow_files = true;                       // false: include/use/import are all refused
  double t = 0;                                  // $t
  bool preview = false;                          // $preview (false: as openscad's render/export)
  uint64_t rands_seed = 0;                       // rands() without a seed argument draws from this
};

struct RunReport {
  Node root;                           // a "group" holding the top-level instances
  std::vector<std::string> echo;       // "ECHO: ..." lines, exactly as openscad prints them
  std::vector<base::Diag> diags;       // errors (severity kError) and warnings, in order
  double parse_seconds = 0, eval_seconds = 0;
  int64_t steps = 0;
  [[nodiscard]] bool ok() const;       // no error-severity diag
};

[[nodiscard]] RunReport run_program(std::string_view source, const std::string& filename,
                                    const RunOptions& options);
// Reads the file (io.read_failed if unreadable, limit.size over 4 MiB) and runs it; its folder is
// the sandbox root for include/use/import.
[[nodiscard]] RunReport run_file(const std::string& path, const RunOptions& options);

// Resolves `requested` (as written in include<...>, use<...> or import("...")) against the
// including file's folder, then each library path. The result must lie inside one of those
// roots after resolving symlinks and "..": otherwise io.sandbox_violation. Missing: io.not_found.
[[nodiscard]] base::Result<std::string> resolve_confined(const std::string& requested,
                                                         const std::string& including_file,
                                                         const std::vector<std::string>& library_paths);

}  // namespace cadscribe::lang::scad
