// base/source.h — where a piece of program text came from.
// A SourceSpan names a file and a 1-based line/column range; it is what every Diag points at.
// Depends on nothing.
#pragma once

#include <cstdint>
#include <string>

namespace cadscribe::base {

struct SourceSpan {
  std::string file;     // path as given by the user, or "<string>"
  int32_t line = 0;     // 1-based; 0 = unknown
  int32_t col = 0;      // 1-based, in bytes
  int32_t end_line = 0; // inclusive end; 0 = same as line
  int32_t end_col = 0;

  [[nodiscard]] bool known() const { return line > 0; }
  // "file:line:col" (or just "file" when the position is unknown).
  [[nodiscard]] std::string to_string() const;
};

}  // namespace cadscribe::base
