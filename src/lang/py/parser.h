// lang/py/parser.h — parse (and resolve) a program of the Python subset.
//
// The parser recovers at statement boundaries and reports as many errors as it can (capped),
// each with file:line:col and "expected X but got Y". Nesting is bounded (syntax.too_deep) so no
// input can overflow the C++ stack. Unsupported constructs (class, with, yield, decorators,
// dunder names, ...) are reported here as unsupported.* rather than at run time.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "lang/py/ast.h"

namespace cadscribe::lang::py {

struct ParseResult {
  std::unique_ptr<Program> program;  // always present; meaningful only when diags is empty
  std::vector<base::Diag> diags;
};

// Lexes, parses and resolves names (ast.h NameRef) of `src`.
[[nodiscard]] ParseResult parse_program(std::string_view src, const std::string& file);

// Assigns frame slots to every function/comprehension scope and resolves every Name.
// Reports e.g. "no binding for nonlocal 'x' found" into `diags`.
void resolve_program(Program& program, std::vector<base::Diag>& diags);

}  // namespace cadscribe::lang::py
