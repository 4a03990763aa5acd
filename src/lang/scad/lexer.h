// lang/scad/lexer.h — tokens of the OpenSCAD language.
//
// The whole token stream is produced up front and always ends with kEnd. Numbers are decimal
// (1, 1.5, .5, 1e-3); strings arrive with their escapes (\n \t \r \" \\ \xHH \uXXXX \UXXXXXX)
// processed into UTF-8; an unknown or malformed escape drops its backslash, as openscad does; `include <p>` and `use <p>` become single tokens carrying the path.
// Comments (// and /* */) are skipped. Errors are collected as syntax.* Diags and lexing goes on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"

namespace cadscribe::lang::scad {

enum class Tok : uint8_t { kIdent, kNumber, kString, kOp, kInclude, kUse, kEnd };

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier, operator, processed string, or include/use path
  double number = 0;
  int32_t line = 0, col = 0, end_line = 0, end_col = 0;
};

struct LexResult {
  std::vector<Token> tokens;
  std::vector<base::Diag> diags;
};

[[nodiscard]] LexResult lex(std::string_view src, const std::string& file);

// How a token is named in "expected X, got Y": "'('", "identifier 'x'", "end of input".
[[nodiscard]] std::string describe(const Token& t);

// Appends the UTF-8 encoding of code point `cp` (invalid ones become U+FFFD).
void append_utf8(std::string& out, uint32_t cp);

}  // namespace cadscribe::lang::scad
