// lang/py/lexer_test.cpp — tokens, indentation, literals and lexical errors.
#include "lang/py/lexer.h"

#include <gtest/gtest.h>

namespace cadscribe::lang::py {
namespace {

std::string kinds(const LexResult& r) {
  std::string s;
  for (const auto& t : r.tokens) {
    switch (t.kind) {
      case Tok::kName: s += "N"; break;
      case Tok::kInt: s += "I"; break;
      case Tok::kFloat: s += "F"; break;
      case Tok::kString: s += "S"; break;
      case Tok::kFString: s += "f"; break;
      case Tok::kOp: s += t.text; break;
      case Tok::kNewline: s += ";"; break;
      case Tok::kIndent: s += ">"; break;
      case Tok::kDedent: s += "<"; break;
      case Tok::kEnd: s += "$"; break;
    }
    s += " ";
  }
  return s;
}

TEST(Lexer, SimpleStatement) {
  auto r = lex("x = 1 + 2.5\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N = I + F ; $ ");
  EXPECT_EQ(r.tokens[2].int_value, 1);
  EXPECT_DOUBLE_EQ(r.tokens[4].float_value, 2.5);
}

TEST(Lexer, IndentDedent) {
  auto r = lex("if x:\n    y\n    if z:\n        w\nv\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N N : ; > N ; N N : ; > N ; < < N ; $ ");
}

TEST(Lexer, BlankAndCommentLinesDoNotIndent) {
  auto r = lex("if x:\n\n  # c\n    y\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N N : ; > N ; < $ ");
}

TEST(Lexer, BracketsJoinLines) {
  auto r = lex("f(1,\n  2)\nx\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N ( I , I ) ; N ; $ ");
}

TEST(Lexer, BackslashContinuation) {
  auto r = lex("x = 1 + \\\n    2\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N = I + I ; $ ");
}

TEST(Lexer, Numbers) {
  auto r = lex("0x1F 0o17 0b101 1_000 1e3 .5 3. 1E-2", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(r.tokens[0].int_value, 31);
  EXPECT_EQ(r.tokens[1].int_value, 15);
  EXPECT_EQ(r.tokens[2].int_value, 5);
  EXPECT_EQ(r.tokens[3].int_value, 1000);
  EXPECT_EQ(r.tokens[4].kind, Tok::kFloat);
  EXPECT_DOUBLE_EQ(r.tokens[5].float_value, 0.5);
  EXPECT_DOUBLE_EQ(r.tokens[6].float_value, 3.0);
  EXPECT_DOUBLE_EQ(r.tokens[7].float_value, 0.01);
}

TEST(Lexer, IntOverflowIsFlagged) {
  auto r = lex("99999999999999999999", "t.py");
  EXPECT_TRUE(r.tokens[0].int_overflow);
}

TEST(Lexer, StringsAndEscapes) {
  auto r = lex(R"('a\tb' "q\"" r'\n' '''tri
ple''' b'x')", "t.py");
  ASSERT_TRUE(r.diags.empty());
  EXPECT_EQ(r.tokens[0].text, "a\tb");
  EXPECT_EQ(r.tokens[1].text, "q\"");
  EXPECT_EQ(r.tokens[2].text, "\\n");
  EXPECT_EQ(r.tokens[3].text, "tri\nple");
  EXPECT_EQ(r.tokens[4].text, "x");
}

TEST(Lexer, FStringKeepsRawBody) {
  auto r = lex("f'{x:.2f}\\n'", "t.py");
  ASSERT_EQ(r.tokens[0].kind, Tok::kFString);
  EXPECT_EQ(r.tokens[0].text, "{x:.2f}\\n");
}

TEST(Lexer, UnterminatedString) {
  auto r = lex("x = 'abc\ny = 2\n", "t.py");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.unterminated_string");
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[0].span.col, 5);
}

TEST(Lexer, UnterminatedTripleString) {
  auto r = lex("x = '''abc\n", "t.py");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.unterminated_string");
}

TEST(Lexer, BadDedent) {
  auto r = lex("if x:\n    y\n  z\n", "t.py");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.bad_indent");
  EXPECT_EQ(r.diags[0].span.line, 3);
}

TEST(Lexer, InvalidCharacter) {
  auto r = lex("x = 1 $ 2\n", "t.py");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.unexpected_char");
  EXPECT_EQ(r.diags[0].span.col, 7);
}

TEST(Lexer, StringLeftOpenInsideACallIsTheOnlyError) {
  // CPython reports only the string: the bracket it swallowed is an echo, not a second error.
  auto r = lex("r = f(\"XY).box(1)\n", "t.py");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.unterminated_string");
  EXPECT_EQ(r.diags[0].span.col, 7);
}

TEST(Lexer, UnclosedBracketReportedAtOpening) {
  auto r = lex("x = (1,\n2\n", "t.py");
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "syntax.unclosed_bracket");
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[0].span.col, 5);
}

TEST(Lexer, Positions) {
  auto r = lex("a = b\n  # c\nfoo(x)\n", "t.py");
  // foo is on line 3, col 1; x at col 5.
  const Token* foo = nullptr;
  const Token* x = nullptr;
  for (const auto& t : r.tokens) {
    if (t.text == "foo") foo = &t;
    if (t.text == "x") x = &t;
  }
  ASSERT_TRUE(foo && x);
  EXPECT_EQ(foo->line, 3);
  EXPECT_EQ(foo->col, 1);
  EXPECT_EQ(x->col, 5);
}

TEST(Lexer, TabsIndentToMultiplesOfEight) {
  auto r = lex("if x:\n\ty\n        z\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_EQ(kinds(r), "N N : ; > N ; N ; < $ ");
}

TEST(Lexer, OperatorsLongestMatch) {
  auto r = lex("a **= b // c != d -> e", "t.py");
  EXPECT_EQ(kinds(r), "N **= N // N != N -> N ; $ ");
}

TEST(Lexer, WindowsLineEndingsViaParser) {
  // parse_program normalises \r\n; the lexer itself tolerates a stray \r as whitespace.
  auto r = lex("x = 1\r\nif x:\r\n    y\r\n", "t.py");
  EXPECT_TRUE(r.diags.empty());
}

TEST(Lexer, UnescapeHexAndUnicode) {
  EXPECT_EQ(unescape("\\x41\\u00e9\\q"), "A\xc3\xa9\\q");
}

}  // namespace
}  // namespace cadscribe::lang::py
