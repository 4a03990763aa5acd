// pipeline/report_json.h — the machine-readable form of an cad::Execution (one JSON object, used by
// `cadscribe run --json` and as each line of `cadscribe run --batch`). Field names are stable.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cad/execute.h"

namespace cadscribe::pipeline {

// {"file", "ok", "status", "exit_code", "error": {code, message, file, line, col, notes}, "errors": [...],
//  "valid", "solids", "faces", "edges", "vertices", "volume", "bbox": {min, max, size},
//  "invalid_reasons", "printed", "times_ms": {parse, eval, native, validate, total}}
[[nodiscard]] nlohmann::json execution_to_json(const cad::Execution& e, const std::string& file, bool require_valid);

}  // namespace cadscribe::pipeline
