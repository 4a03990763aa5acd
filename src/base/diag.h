// base/diag.h — structured diagnostics.
// A Diag has a stable dotted code (tools tally failures by it), a span, a message and notes
// (e.g. a traceback, "expected X"). Libraries return Diags; only apps/ print them.
#pragma once

#include <string>
#include <vector>

#include "base/source.h"

namespace cadscribe::base {

enum class Severity { kError, kWarning, kNote };

struct Diag {
  std::string code;      // e.g. "syntax.unexpected_token", "runtime.name_error", "limit.steps"
  SourceSpan span;
  std::string message;
  std::vector<std::string> notes;  // extra lines, innermost last (traceback frames, hints)
  Severity severity = Severity::kError;

  // The category is the code's first component: "syntax", "runtime", "geom", "limit",
  // "unsupported", "io", "validity". Exit codes and tallies are keyed on it.
  [[nodiscard]] std::string category() const;
  // "file:line:col: error[code]: message" followed by indented notes.
  [[nodiscard]] std::string to_string() const;
};

[[nodiscard]] Diag make_diag(std::string code, std::string message, SourceSpan span = {});

}  // namespace cadscribe::base
