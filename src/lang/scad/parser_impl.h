// lang/scad/parser_impl.h — the recursive-descent parser shared by parser_expr.cpp and
// parser_stmt.cpp. Private to the parser; see parser.h for the contract.
#pragma once

#include <string>
#include <vector>

#include "lang/scad/lexer.h"
#include "lang/scad/parser.h"

namespace cadscribe::lang::scad {

// Thrown to abandon the current statement; caught by the statement loop, which resynchronises.
struct SyntaxError {};
// Thrown when nesting exceeds kMaxNesting or too many errors: the parse stops.
struct FatalSyntax {};

class Parser {
 public:
  Parser(std::vector<Token> tokens, std::string file, const IncludeLoader* loader, int include_depth,
         std::vector<base::Diag>* diags, int* includes)
      : t_(std::move(tokens)), file_(std::move(file)), loader_(loader), include_depth_(include_depth),
        diags_(diags), includes_(includes) {}

  // Parses statements until end of input into `out`.
  void parse_file(File& out);

  // --- expressions (parser_expr.cpp)
  ExprPtr expr();
  void call_args(std::vector<Arg>& out);   // after '(' up to and including ')'
  void params(std::vector<Arg>& out);      // after '(' up to and including ')'

 private:
  friend struct DepthGuard;
  // --- tokens
  const Token& peek(size_t k = 0) const { return t_[std::min(i_ + k, t_.size() - 1)]; }
  const Token& next() { const Token& t = t_[i_]; if (i_ + 1 < t_.size()) ++i_; return t; }
  bool is_op(const char* op, size_t k = 0) const { return peek(k).kind == Tok::kOp && peek(k).text == op; }
  bool is_word(const char* w, size_t k = 0) const { return peek(k).kind == Tok::kIdent && peek(k).text == w; }
  bool accept(const char* op) { if (is_op(op)) { next(); return true; } return false; }
  void expect(const char* op, const char* what = nullptr);
  [[noreturn]] void fail(const Token& at, const std::string& expected);
  void error(const std::string& code, const std::string& msg, const base::SourceSpan& span);
  base::SourceSpan span_of(const Token& t) const { return {file_, t.line, t.col, t.end_line, t.end_col}; }
  base::SourceSpan span_from(const Token& first) const;
  std::string ident(const char* what);

  ExprPtr make(ExprKind k, const Token& at) const;
  ExprPtr ternary();
  ExprPtr binary(int level);
  ExprPtr unary();
  ExprPtr exponent();
  ExprPtr postfix();
  ExprPtr primary();
  ExprPtr vector_or_range(const Token& open);
  ExprPtr list_element();
  void assignments(std::vector<Arg>& out, const char* close);  // a=1, b=2 ... up to close

  // --- statements (parser_stmt.cpp)
  void statements(StmtList& out, File& file, bool top);  // until '}' or end
  void statement(StmtList& out, File& file);
  void child_statement(StmtList& out, File& file);
  void instantiation(StmtList& out, File& file, char modifier, const Token& first);
  void include(const Token& tok, StmtList& out, File& file);
  void resync();
  void dedupe_assignments(StmtList& list);

  std::vector<Token> t_;
  size_t i_ = 0;
  std::string file_;
  const IncludeLoader* loader_;
  int include_depth_;
  std::vector<base::Diag>* diags_;
  int* includes_;  // include<> performed in this whole parse, shared with nested parsers
  // The files being included around this one, outermost first (not the main program, which
  // openscad lets include itself once): an include of one of them is a cycle.
  std::vector<std::string> include_chain_;
  int depth_ = 0;
  int errors_ = 0;
};

// Counts one level of nesting for the lifetime of the guard.
struct DepthGuard {
  Parser& p;
  explicit DepthGuard(Parser& parser, int levels = 1);
  ~DepthGuard();
  int levels;
};

}  // namespace cadscribe::lang::scad
