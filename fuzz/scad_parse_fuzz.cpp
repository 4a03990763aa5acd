// fuzz/scad_parse_fuzz.cpp — libFuzzer target: lex + parse arbitrary bytes as OpenSCAD.
// Invariants checked: no crash, no hang, bounded stack (syntax.too_deep), every Diag has a
// dotted code and a location inside the input; dumping every parsed expression terminates.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lang/scad/closure.h"
#include "lang/scad/parser.h"

namespace {
void walk(const cadscribe::lang::scad::StmtList& list) {
  for (const auto& s : list) {
    if (s.expr) (void)cadscribe::lang::scad::dump_expr(*s.expr);
    for (const auto& a : s.args)
      if (a.expr) (void)cadscribe::lang::scad::dump_expr(*a.expr);
    walk(s.body);
    walk(s.else_body);
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string src(reinterpret_cast<const char*>(data), size);
  auto r = cadscribe::lang::scad::parse(src, "fuzz.scad");
  int lines = 1;
  for (char c : src) lines += c == '\n';
  for (const auto& d : r.diags) {
    if (d.code.find('.') == std::string::npos) std::abort();
    if (d.span.line < 1 || d.span.line > lines) std::abort();
  }
  walk(r.file->stmts);
  return 0;
}
