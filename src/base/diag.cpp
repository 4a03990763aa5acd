#include "base/diag.h"

#include <cstdio>
#include <cstdlib>

#include "base/check.h"

namespace cadscribe::base {

void check_failed(const char* cond, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", file, line, cond);
  std::abort();
}

std::string SourceSpan::to_string() const {
  std::string s = file.empty() ? "<input>" : file;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(col);
  return s;
}

std::string Diag::category() const {
  auto dot = code.find('.');
  return dot == std::string::npos ? code : code.substr(0, dot);
}

std::string Diag::to_string() const {
  const char* sev = severity == Severity::kError ? "error" : severity == Severity::kWarning ? "warning" : "note";
  std::string s = span.to_string() + ": " + sev + "[" + code + "]: " + message;
  for (const auto& n : notes) s += "\n  " + n;
  return s;
}

Diag make_diag(std::string code, std::string message, SourceSpan span) {
  Diag d;
  d.code = std::move(code);
  d.message = std::move(message);
  d.span = std::move(span);
  return d;
}

}  // namespace cadscribe::base
