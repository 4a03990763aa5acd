// lang/scad/closure.h — what a function literal value holds: its syntax and captured scope.
//
// The File keeps the syntax tree alive as long as the value; `env` is the scope the literal was
// evaluated in (openscad captures the whole context). Cycles (a closure stored in the scope it
// captured) are broken by the evaluator when a run ends (Evaluator::release_captures).
#pragma once

#include <memory>

#include "lang/scad/ast.h"

namespace cadscribe::lang::scad {

struct Env;

struct FunctionClosure {
  std::shared_ptr<const File> file;  // owner of `lit`
  const Expr* lit = nullptr;         // an ExprKind::kFunctionLit
  std::shared_ptr<Env> env;          // captured scope (null after release)
};

// The expression as openscad 2021.01 dumps it (used to print function values).
[[nodiscard]] std::string dump_expr(const Expr& e);
// `function(x, y = 2) body` as echo/str print a function value.
[[nodiscard]] std::string dump_function(const Expr& lit);

// A number as openscad 2021.01 prints it (6 significant digits, trailing zeros trimmed,
// exponent form outside 1e-5 .. 1e+6 as "1e-7" / "1.23457e+8"; inf, -inf, nan; -0 prints 0).
[[nodiscard]] std::string format_number(double d);
// A string literal as openscad dumps it inside expressions ("a\"b\n").
[[nodiscard]] std::string quote_string(const std::string& s);

}  // namespace cadscribe::lang::scad
