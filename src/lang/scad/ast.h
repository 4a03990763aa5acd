// lang/scad/ast.h — the syntax tree of an OpenSCAD program, as the parser builds it.
//
// Invariants: the tree is immutable once parsed; function literals and closures point into it,
// so a parsed File is kept alive (shared_ptr) as long as any Value made from it. Bare `{ }`
// groups are flattened into the enclosing statement list by the parser (openscad's rule: they
// are not scopes). Statement-level `for`, `let`, `echo`, `assert`, `children`, `intersection_for`
// are ordinary module instantiations here; the evaluator treats those names specially.
// Depends on base only; knows no geometry.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/source.h"
#include "lang/scad/value.h"

namespace cadscribe::lang::scad {

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

enum class ExprKind : uint8_t {
  kLiteral,     // value
  kIdent,       // name
  kVector,      // items (elements may be comprehension items: kLcFor, kLcIf, ...)
  kRange,       // a, b (step), c: [a : c] has b == null
  kUnary,       // op in {'-', '+', '!'}, a
  kBinary,      // op, a, b
  kTernary,     // a ? b : c
  kIndex,       // a[b]
  kMember,      // a.name
  kCall,        // a(args)
  kFunctionLit, // function(params) a
  kLet,         // let(assigns) a
  kAssert,      // assert(args) a (a may be null)
  kEcho,        // echo(args) a (a may be null)
  kLcFor,       // for (assigns) a
  kLcForC,      // for (assigns; b; updates) a
  kLcIf,        // if (b) a else c (c may be null)
  kLcLet,       // let (assigns) a
  kLcEach,      // each a
};

// Binary operators, with OpenSCAD's precedence in the parser.
enum class BinOp : uint8_t { kOr, kAnd, kEq, kNe, kLt, kLe, kGt, kGe, kAdd, kSub, kMul, kDiv, kMod, kPow };
// The operator as written in OpenSCAD ("||", "+", "^"…), for warnings and tree dumps (format.cpp).
[[nodiscard]] const char* binop_text(BinOp op);

struct Arg {  // a call argument or an assignment in let/for: `name = expr` or a positional `expr`
  std::string name;
  ExprPtr expr;  // null for a parameter without default
  base::SourceSpan span;
};

struct Expr {
  ExprKind kind;
  base::SourceSpan span;
  Value value;            // kLiteral
  std::string name;       // kIdent, kMember
  char op = 0;            // kUnary
  BinOp bin = BinOp::kAdd;  // kBinary
  ExprPtr a, b, c;
  std::vector<ExprPtr> items;  // kVector
  std::vector<Arg> args;       // call args, let/for assignments, function literal parameters
  std::vector<Arg> updates;    // kLcForC
};

struct Stmt;
using StmtList = std::vector<Stmt>;

enum class StmtKind : uint8_t { kInstantiate, kAssign, kFunctionDef, kModuleDef, kIf };

struct Stmt {
  StmtKind kind;
  base::SourceSpan span;
  std::string name;          // module called / variable / function / module defined
  char modifier = 0;         // kInstantiate, kIf: 0, '!', '#', '%', '*'
  std::vector<Arg> args;     // call arguments / definition parameters
  ExprPtr expr;              // kAssign value, kFunctionDef body, kIf condition
  StmtList body;             // children of an instantiation / module body / if-then branch
  StmtList else_body;        // kIf
  bool has_else = false;
};

struct UseDirective {
  bool include = false;  // include<> (textual) versus use<>
  std::string path;
  base::SourceSpan span;
};

// One parsed source file. `uses` lists use<> directives; include<> is expanded by the parser's
// caller (see interpreter.cpp) by splicing the included file's statements in place.
struct File {
  std::string name;
  StmtList stmts;
  std::vector<UseDirective> uses;
};

}  // namespace cadscribe::lang::scad
