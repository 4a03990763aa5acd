// lang/py/lexer.h — tokens of the Python subset.
//
// Produces the whole token stream up front: NEWLINE / INDENT / DEDENT are synthesised from
// indentation (tabs advance to the next multiple of 8); newlines inside brackets and after a
// backslash are joined. String literals arrive with escapes processed, except f-strings, whose
// raw text the parser splits into literal parts and embedded expressions. Errors (bad indent,
// unterminated strings, stray characters) are collected and lexing continues.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"

namespace cadscribe::lang::py {

enum class Tok : uint8_t { kName, kInt, kFloat, kString, kFString, kOp, kNewline, kIndent, kDedent, kEnd };

struct Token {
  Tok kind;
  std::string text;  // identifier / operator / processed string / raw f-string body
  int64_t int_value = 0;
  double float_value = 0;
  bool int_overflow = false;
  int32_t line = 0, col = 0, end_line = 0, end_col = 0;
};

struct LexResult {
  std::vector<Token> tokens;  // always ends with kEnd
  std::vector<base::Diag> diags;
};

// `line_offset`/`col_offset` shift positions (used for expressions inside f-strings).
[[nodiscard]] LexResult lex(std::string_view src, const std::string& file, int32_t line_offset = 0,
                            int32_t col_offset = 0);

// Processes backslash escapes of a (non-raw) string literal body.
[[nodiscard]] std::string unescape(std::string_view body);

// "')'" / "name 'x'" / "end of line" — how a token is named in "expected X but got Y".
[[nodiscard]] std::string describe(const Token& t);

}  // namespace cadscribe::lang::py
