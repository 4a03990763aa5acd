// lang/scad/parser.h — OpenSCAD source text to a File (ast.h), recovering from errors.
//
// Reports many syntax errors per run (syntax.* Diags with file:line:col and "expected X, got Y"),
// skipping to the next statement after each. Nesting deeper than kMaxNesting (brackets, calls,
// operators, child statements) gives syntax.too_deep and stops the parse, so hostile input
// cannot overflow the stack here or in the evaluator. `include <f>` is textual: the loader
// returns the file's text and the parser splices its statements in place. Within one statement
// list an assignment to a name already assigned replaces the first one's expression and is
// dropped (openscad's "last assignment wins, at the place of the first"), with a warning.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "base/result.h"
#include "lang/scad/ast.h"

namespace cadscribe::lang::scad {

inline constexpr int kMaxNesting = 200;
inline constexpr int kMaxIncludeDepth = 16;
inline constexpr int kMaxIncludes = 256;  // include<> per program, all files together

struct LoadedSource {
  std::string name;  // resolved path (used for diagnostics and for nested includes)
  std::string text;
};

// Resolves and reads an include<> target for the file `from`; on failure returns a Diag.
using IncludeLoader =
    std::function<base::Result<LoadedSource>(const std::string& requested, const std::string& from,
                                             const base::SourceSpan& at)>;

struct ParseResult {
  std::shared_ptr<File> file;  // never null; holds what was parsed before/around errors
  std::vector<base::Diag> diags;
  [[nodiscard]] bool ok() const;  // no error-severity diag
};

[[nodiscard]] ParseResult parse(std::string_view src, const std::string& filename,
                                const IncludeLoader* loader = nullptr);

}  // namespace cadscribe::lang::scad
