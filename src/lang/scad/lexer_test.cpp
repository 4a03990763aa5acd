// lang/scad/lexer_test.cpp — tokens: numbers, strings and escapes, identifiers, comments,
// include/use directives, positions and lexical errors.
#include "lang/scad/lexer.h"

#include <gtest/gtest.h>

namespace cadscribe::lang::scad {
namespace {

std::vector<Token> toks(const std::string& s) { return lex(s, "t.scad").tokens; }

TEST(ScadLexer, Numbers) {
  auto t = toks("1 1.5 .5 1e-3 2E+2 7. 0");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_EQ(t[0].number, 1);
  EXPECT_EQ(t[1].number, 1.5);
  EXPECT_EQ(t[2].number, 0.5);
  EXPECT_DOUBLE_EQ(t[3].number, 1e-3);
  EXPECT_EQ(t[4].number, 200);
  EXPECT_EQ(t[5].number, 7);
  EXPECT_EQ(t[6].number, 0);
  EXPECT_EQ(t[7].kind, Tok::kEnd);
}

TEST(ScadLexer, StringEscapes) {
  auto t = toks(R"("a\nb\t\"q\"\\ \x41\u263A\U01F600 \z")");
  ASSERT_EQ(t[0].kind, Tok::kString);
  EXPECT_EQ(t[0].text, "a\nb\t\"q\"\\ A\xE2\x98\xBA\xF0\x9F\x98\x80 z");
  // Malformed escapes lose their backslash (openscad 2021.01: "\x80\u0" prints x80u0).
  EXPECT_EQ(toks(R"("\x80\u0\U0000")")[0].text, "x80u0U0000");
}

TEST(ScadLexer, IdentifiersAndSpecialVariables) {
  auto t = toks("$fn foo_1 _x $children");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].text, "$fn");
  EXPECT_EQ(t[1].text, "foo_1");
  EXPECT_EQ(t[2].text, "_x");
  EXPECT_EQ(t[3].text, "$children");
  for (int i = 0; i < 4; ++i) EXPECT_EQ(t[size_t(i)].kind, Tok::kIdent);
}

// openscad's lexer takes the longest match, and a name may start with a digit: '8bit_font',
// '3d' and '1e3x' are identifiers, while '8' and '1e3' (a tie) stay numbers (openscad 2021.01).
TEST(ScadLexer, DigitLedIdentifiers) {
  auto t = toks("8bit_font 3d 1e3x 8 1e3 0x10");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].kind, Tok::kIdent);
  EXPECT_EQ(t[0].text, "8bit_font");
  EXPECT_EQ(t[1].text, "3d");
  EXPECT_EQ(t[2].text, "1e3x");
  EXPECT_EQ(t[3].kind, Tok::kNumber);
  EXPECT_EQ(t[4].kind, Tok::kNumber);
  EXPECT_EQ(t[4].number, 1000);
  EXPECT_EQ(t[5].kind, Tok::kIdent);
  EXPECT_TRUE(lex("x = 1.5y;", "t.scad").diags.size() == 1);  // a decimal number cannot start a name
}

TEST(ScadLexer, CommentsAndPositions) {
  auto t = toks("a // line comment\n/* block\n comment */ b");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].line, 1);
  EXPECT_EQ(t[0].col, 1);
  EXPECT_EQ(t[1].text, "b");
  EXPECT_EQ(t[1].line, 3);
  EXPECT_EQ(t[1].col, 13);
}

TEST(ScadLexer, Operators) {
  auto t = toks("a<=b==c!=d&&e||!f>=g<h>i?j:k^2%3");
  std::vector<std::string> ops;
  for (const auto& x : t)
    if (x.kind == Tok::kOp) ops.push_back(x.text);
  EXPECT_EQ(ops, (std::vector<std::string>{"<=", "==", "!=", "&&", "||", "!", ">=", "<", ">", "?", ":", "^", "%"}));
}

TEST(ScadLexer, IncludeAndUse) {
  auto t = toks("include <lib/a.scad>\nuse<b.scad> x");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, Tok::kInclude);
  EXPECT_EQ(t[0].text, "lib/a.scad");
  EXPECT_EQ(t[1].kind, Tok::kUse);
  EXPECT_EQ(t[1].text, "b.scad");
  EXPECT_EQ(t[1].line, 2);
  EXPECT_EQ(t[2].text, "x");
}

TEST(ScadLexer, ErrorsAreLocatedAndLexingContinues) {
  auto r = lex("a = 1 @ 2;\n\"open", "t.scad");
  ASSERT_EQ(r.diags.size(), 2u);
  EXPECT_EQ(r.diags[0].code, "syntax.bad_character");
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[0].span.col, 7);
  EXPECT_EQ(r.diags[1].code, "syntax.unterminated_string");
  EXPECT_EQ(r.diags[1].span.line, 2);
  EXPECT_EQ(r.tokens.back().kind, Tok::kEnd);
}

TEST(ScadLexer, UnterminatedComment) {
  auto r = lex("a /* never closed", "t.scad");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.unterminated_comment");
}

TEST(ScadLexer, Describe) {
  auto t = toks("x ( 3");
  EXPECT_EQ(describe(t[0]), "identifier 'x'");
  EXPECT_EQ(describe(t[1]), "'('");
  EXPECT_EQ(describe(t[2]), "number 3");
  EXPECT_EQ(describe(t[3]), "end of input");
}

}  // namespace
}  // namespace cadscribe::lang::scad
