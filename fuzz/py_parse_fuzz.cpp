// fuzz/py_parse_fuzz.cpp — libFuzzer target: lex + parse + resolve arbitrary bytes.
// Invariants checked: no crash, no hang, bounded stack (syntax.too_deep), every Diag located
// in the input with a dotted code.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lang/py/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string src(reinterpret_cast<const char*>(data), size);
  auto r = cadscribe::lang::py::parse_program(src, "fuzz.py");
  for (const auto& d : r.diags) {
    if (d.code.find('.') == std::string::npos) std::abort();
    if (d.span.line < 0) std::abort();
  }
  return 0;
}
