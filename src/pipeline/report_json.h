// pipeline/report_json.h — the machine-readable form of a cad::Execution or cad::ScadExecution (one
// JSON object, used by `cadscribe run --json` and as each line of `cadscribe run --batch`). Field
// names are stable.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cad/execute.h"
#include "cad/scad_execute.h"

namespace cadscribe::pipeline {

// {"file", "ok", "status", "exit_code", "error": {code, message, file, line, col, notes}, "errors": [...],
//  "valid", "solids", "faces", "edges", "vertices", "volume", "bbox": {min, max, size},
//  "invalid_reasons", "printed", "times_ms": {parse, eval, native, validate, total}}
[[nodiscard]] nlohmann::json execution_to_json(const cad::Execution& e, const std::string& file, bool require_valid);

// An OpenSCAD run: {"file", "ok", "status", "exit_code", "dimension", "closed_manifold", "volume",
//  "area", "triangles", "vertices", "components", "csg_operations", "bbox": {min, max} or null,
//  "time_s": {parse, eval, geometry, total}, "echo": [...], "diags": [{code, severity, where, message}]}
[[nodiscard]] nlohmann::json scad_execution_to_json(const cad::ScadExecution& e, const std::string& file);

}  // namespace cadscribe::pipeline
