// synth/sample_row.h — the manifest row of one sample, derived from what its shard stores.
//
// A row is a JSON object (keys sorted, so dumps are deterministic):
//   key, shard ("{split}/shard-000000.tar", relative to the dataset folder), family, num_faces
//   (num_triangles for OpenSCAD objects),
//   ops (distinct op names, sorted), ops_count, num_tokens (tokens of the program by its language's
//   lexer, lang/py or lang/scad, end marker excluded), fingerprint (16 hex digits), and, when the metadata has them,
//   seed, style, source_key (curated datasets), category and prompts (objects); sidecars also keep `descriptor` (curation input),
//   which manifest.jsonl leaves out.
// Ops come from the metadata's `cadquery_ops_json` (a list of op names, an {op: count} object, or
// either as a JSON string, as Zero-to-CAD stores it), or `scad_ops_json` for OpenSCAD objects;
// `ops_count` from `cadquery_ops_count` (`scad_ops_count`) when present, else the number of ops.
// Objects' rows also carry `category` and `prompts`. Errors: synth.bad_metadata. Depends on lang/py's lexer and
// nlohmann_json.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace cadscribe::synth {

// Adds "fingerprint" and "descriptor" to a one-object metadata JSON when it lacks them, by
// inserting text before the final '}': every byte the generator wrote stays as it was.
[[nodiscard]] base::Result<std::string> annotate_meta(std::string_view meta_json, uint64_t fingerprint,
                                                      const std::vector<float>& descriptor);

// Inserts `"name":value_json` before the final '}' of a JSON object's text unless the object
// already has `name` (then the text is returned unchanged). synth.bad_metadata if not an object.
[[nodiscard]] base::Result<std::string> add_json_field(std::string_view object_json, const std::string& name,
                                                       const std::string& value_json);

enum class ProgramLanguage : uint8_t { kPython, kOpenScad };

[[nodiscard]] base::Result<nlohmann::json> sample_row(const std::string& key, const std::string& shard_file,
                                                      std::string_view program, std::string_view meta_json,
                                                      ProgramLanguage language = ProgramLanguage::kPython);

// Shortest text that reads back as the same float (std::to_chars): deterministic, compact.
// NaN and infinities, which JSON cannot hold, are written as 0.
[[nodiscard]] std::string format_float(float value);
[[nodiscard]] std::string fingerprint_hex(uint64_t fingerprint);
// Tokens of a program as its language's lexer splits it (Python: NEWLINE/INDENT/DEDENT included; end excluded).
[[nodiscard]] int64_t count_tokens(std::string_view program, ProgramLanguage language = ProgramLanguage::kPython);

}  // namespace cadscribe::synth
