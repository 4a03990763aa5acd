// lang/py/parser_impl.h — the recursive-descent parser's internals, shared by parser_stmt.cpp
// (statements, recovery) and parser_expr.cpp (expressions, f-strings). Private to lang/py.
//
// A syntax error inside a statement throws ParseError (caught at the statement boundary, which
// records it and skips to the next line); `fatal_` stops the whole parse (too deep, too many
// errors) so pathological input costs bounded time and stack.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/py/ast.h"
#include "lang/py/lexer.h"

namespace cadscribe::lang::py {

struct ParseError {
  base::Diag diag;
};

class Parser {
 public:
  static constexpr int kMaxDepth = 200;   // nesting units (a paren level costs 2, a unary op 1)
  static constexpr size_t kMaxErrors = 50;

  Parser(std::vector<Token> tokens, Program& program, std::vector<base::Diag>& diags)
      : toks_(std::move(tokens)), prog_(program), diags_(diags) {}

  void parse_file(Block& out);
  // Parses one expression that must span all tokens (f-string fields).
  ExprPtr parse_standalone_expr();
  void set_depth(int d) { depth_ = d; }

 private:
  friend struct DepthGuard;

  // --- tokens ---
  const Token& peek(size_t k = 0) const {
    size_t j = i_ + k;
    return j < toks_.size() ? toks_[j] : toks_.back();
  }
  const Token& next() { const Token& t = peek(); if (i_ < toks_.size() - 1) ++i_; return t; }
  // string_view parameters: literal lengths are known at compile time, so a mismatch is
  // usually decided by the size check alone (this is the parser's hottest path).
  bool at_op(std::string_view op) const { return peek().kind == Tok::kOp && peek().text == op; }
  bool at_kw(std::string_view kw) const { return peek().kind == Tok::kName && peek().text == kw; }
  bool accept_op(std::string_view op) { if (at_op(op)) { next(); return true; } return false; }
  bool accept_kw(std::string_view kw) { if (at_kw(kw)) { next(); return true; } return false; }
  const Token& expect_op(std::string_view op);
  void expect_kw(std::string_view kw);
  [[noreturn]] void fail(const Token& at, const std::string& code, const std::string& msg);
  [[noreturn]] void fail_expected(const std::string& what);
  Pos pos_of(const Token& t) const { return {t.line, t.col, t.end_line, t.end_col}; }
  Pos span(const Pos& a, const Pos& b) const { return {a.line, a.col, b.end_line, b.end_col}; }
  Pos last_pos() const { return i_ > 0 ? pos_of(toks_[i_ - 1]) : pos_of(peek()); }
  base::SourceSpan to_span(const Pos& p) const { return {prog_.file, p.line, p.col, p.end_line, p.end_col}; }
  void report(base::Diag d);
  static bool is_keyword(const std::string& s);

  // --- statements (parser_stmt.cpp) ---
  void parse_statement(Block& out);
  void parse_simple_line(Block& out);
  StmtPtr parse_simple(bool& done);
  StmtPtr parse_expr_statement();
  void parse_block(Block& out, const char* what, int header_line);
  StmtPtr parse_if();
  StmtPtr parse_while();
  StmtPtr parse_for();
  StmtPtr parse_try();
  StmtPtr parse_def();
  StmtPtr parse_import();
  StmtPtr parse_from_import();
  void parse_params(FuncDef& f, bool lambda);
  void synchronize();
  void skip_block();
  void check_target(const Expr& e, bool allow_tuple);

  // --- expressions (parser_expr.cpp) ---
  ExprPtr parse_expr();                       // test (incl. lambda, conditional)
  ExprPtr parse_expr_list(bool allow_star);   // testlist: a, b -> tuple
  ExprPtr parse_target_list();                // for-targets: or_expr list
  ExprPtr parse_or_test();
  ExprPtr parse_and_test();
  ExprPtr parse_not_test();
  ExprPtr parse_comparison();
  ExprPtr parse_bitor();
  ExprPtr parse_bitxor();
  ExprPtr parse_bitand();
  ExprPtr parse_shift();
  ExprPtr parse_arith();
  ExprPtr parse_term();
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_primary();
  ExprPtr parse_atom();
  ExprPtr parse_lambda();
  ExprPtr parse_star_or_expr();
  void parse_call_args(Expr& call);
  ExprPtr parse_subscript();
  ExprPtr parse_slice_item();
  void parse_comp_fors(Expr& comp);
  ExprPtr parse_strings();
  void parse_fstring_into(const Token& t, std::vector<ExprPtr>& parts);
  void parse_fstring_body(const std::string& body, bool raw, int32_t line, int32_t col,
                          std::vector<ExprPtr>& parts, int nesting);
  ExprPtr make_name(const Token& t);
  ExprPtr make_const(Value v, Pos p);

  std::vector<Token> toks_;
  size_t i_ = 0;
  Program& prog_;
  std::vector<base::Diag>& diags_;
  int depth_ = 0;
  bool fatal_ = false;
};

struct DepthGuard {
  explicit DepthGuard(Parser& p) : p_(p) {
    if (++p_.depth_ > Parser::kMaxDepth) {
      --p_.depth_;  // the destructor will not run when the constructor throws
      p_.fatal_ = true;
      p_.fail(p_.peek(), "syntax.too_deep", "expression nested too deeply (more than " +
                                                std::to_string(Parser::kMaxDepth) + " levels)");
    }
  }
  ~DepthGuard() { --p_.depth_; }
  Parser& p_;
};

}  // namespace cadscribe::lang::py
