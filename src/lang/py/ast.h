// lang/py/ast.h — the syntax tree of the Python subset, and the identifier interner.
//
// Nodes are plain tagged structs (one kind enum, a few generic child slots) owned by unique_ptr;
// functions and lambdas are shared_ptr<FuncDef> so runtime function values can keep them alive.
// Identifiers are interned to `Sym` ids once at parse time; the resolver then turns every Name
// into a slot reference (local / enclosing-depth / global) so evaluation never hashes strings.
// Positions are 1-based line/column in bytes.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/py/value.h"

namespace cadscribe::lang::py {

using Sym = int32_t;

class Interner {
 public:
  Sym intern(std::string_view s);
  [[nodiscard]] const std::string& name(Sym s) const { return names_[static_cast<size_t>(s)]; }
  [[nodiscard]] size_t size() const { return names_.size(); }
  // The id of `s` if it was ever interned, else -1.
  [[nodiscard]] Sym find(std::string_view s) const;

 private:
  std::deque<std::string> names_;  // deque: stable addresses for the map's string_view keys
  std::unordered_map<std::string_view, Sym> ids_;
};

struct Pos {
  int32_t line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprKind : uint8_t {
  kConst, kName, kAttribute, kSubscript, kSlice, kCall, kBinOp, kUnary, kNot, kAnd, kOr,
  kCompare, kIfExp, kLambda, kList, kTuple, kDict, kListComp, kDictComp, kGenExp, kStarred,
  kFString, kFormatted
};

enum class CmpOp : uint8_t { kEq, kNe, kLt, kLe, kGt, kGe, kIn, kNotIn, kIs, kIsNot };

// Where a name lives, decided by the resolver.
struct NameRef {
  enum Where : uint8_t { kUnresolved, kLocal, kEnclosing, kGlobal };
  Where where = kUnresolved;
  int32_t depth = 0;  // kEnclosing: how many frames up
  int32_t slot = 0;   // kLocal/kEnclosing: slot index in that frame
};

struct Expr;
struct Stmt;
struct FuncDef;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Keyword {
  Sym name = -1;  // -1: `**mapping`
  std::string name_str;
  ExprPtr value;
};

struct CompFor {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};

// A function or comprehension scope: how many slots its frame needs and what they are named.
struct Scope {
  int32_t nslots = 0;
  std::vector<Sym> slot_names;
};

struct Expr {
  ExprKind kind;
  Pos pos;
  Value constant;                  // kConst
  Sym name = -1;                   // kName, kAttribute (attribute name)
  std::string name_str;            // kAttribute: the attribute as a string (for Object::get_attr)
  NameRef ref;                     // kName
  uint8_t op = 0;                  // BinaryOp / UnaryOp, or the f-string conversion char
  ExprPtr a, b, c;                 // operands; kSlice: lower/upper/step; kIfExp: body/test/orelse
  std::vector<ExprPtr> items;      // elements, call args, compare operands, dict keys
  std::vector<ExprPtr> values;     // kDict values (nullptr key = `**d`)
  std::vector<CmpOp> cmp_ops;      // kCompare
  std::vector<Keyword> keywords;   // kCall
  std::vector<CompFor> comps;      // comprehensions
  std::unique_ptr<Scope> scope;    // comprehensions
  std::shared_ptr<FuncDef> func;   // kLambda

  Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
  // Iterative: left-deep chains (a+b+c+..., a.b.c...) can be far deeper than the C++ stack.
  ~Expr();
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
};

enum class ParamKind : uint8_t { kNormal, kVarArgs, kKwOnly, kVarKw };

struct ParamDef {
  Sym name = -1;
  std::string name_str;
  ParamKind kind = ParamKind::kNormal;
  ExprPtr default_value;  // evaluated at def time in the enclosing scope
};

struct FuncDef {
  Sym name = -1;
  std::string name_str;  // "<lambda>" for lambdas
  Pos pos;
  std::vector<ParamDef> params;
  Block body;
  ExprPtr lambda_body;   // lambdas: the expression (body is empty)
  Scope scope;           // params occupy slots 0..params.size()-1
  std::string file;
};

enum class StmtKind : uint8_t {
  kExpr, kAssign, kAugAssign, kAnnAssign, kIf, kFor, kWhile, kBreak, kContinue, kPass,
  kReturn, kDef, kImport, kImportFrom, kGlobal, kNonlocal, kAssert, kDel, kTry, kRaise
};

struct Handler {
  ExprPtr type;    // nullptr: bare `except:`
  ExprPtr target;  // `as name` (a kName expr) or nullptr
  Block body;
  Pos pos;
};

struct ImportItem {
  std::string module;  // dotted module path (import) or attribute name (from-import)
  ExprPtr target;      // the name bound (kName)
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  ExprPtr value;                 // expr / assigned value / test / iter / return value / raise exc
  ExprPtr target;                // aug-assign / ann-assign / for target / assert message
  std::vector<ExprPtr> targets;  // assign targets (a = b = v), del targets
  uint8_t op = 0;                // aug-assign BinaryOp
  Block body, orelse, finalbody;
  std::vector<Handler> handlers;
  std::shared_ptr<FuncDef> func;     // kDef
  std::vector<ImportItem> imports;   // kImport / kImportFrom
  std::string module;                // kImportFrom
  bool star_import = false;          // from m import *
  std::vector<Sym> names;            // global / nonlocal

  Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
};

// A parsed (and resolved) program.
struct Program {
  std::string file;
  Block body;
  Interner interner;
};

}  // namespace cadscribe::lang::py
