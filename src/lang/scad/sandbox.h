// lang/scad/sandbox.h — reading files that resolve_confined (interpreter.h) has approved.
#pragma once

#include <string>

#include "base/result.h"

namespace cadscribe::lang::scad {

inline constexpr size_t kMaxSourceBytes = 4u << 20;

// The file's bytes; io.read_failed if unreadable, limit.size beyond max_bytes.
[[nodiscard]] base::Result<std::string> read_confined_file(const std::string& path,
                                                           size_t max_bytes = kMaxSourceBytes);

}  // namespace cadscribe::lang::scad
