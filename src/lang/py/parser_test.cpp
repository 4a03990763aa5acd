// lang/py/parser_test.cpp — parsing, recovery (many errors per run, exact positions,
// "expected X but got Y"), nesting limits, unsupported constructs, scope resolution.
#include "lang/py/parser.h"

#include <gtest/gtest.h>

namespace cadscribe::lang::py {
namespace {

ParseResult parse(const std::string& src) { return parse_program(src, "prog.py"); }

TEST(Parser, EmptyProgram) {
  auto r = parse("");
  EXPECT_TRUE(r.diags.empty());
  EXPECT_TRUE(r.program->body.empty());
}

TEST(Parser, StatementsParsed) {
  auto r = parse("x = 1\nif x:\n    y = 2\nelse:\n    y = 3\nfor i in range(3):\n    pass\ndef f(a, b=1):\n    return a\n");
  ASSERT_TRUE(r.diags.empty()) << r.diags[0].to_string();
  ASSERT_EQ(r.program->body.size(), 4u);
  EXPECT_EQ(r.program->body[0]->kind, StmtKind::kAssign);
  EXPECT_EQ(r.program->body[1]->kind, StmtKind::kIf);
  EXPECT_EQ(r.program->body[2]->kind, StmtKind::kFor);
  EXPECT_EQ(r.program->body[3]->kind, StmtKind::kDef);
}

TEST(Parser, ExpectedButGotMessage) {
  auto r = parse("x = 1\ny = 2\nz = f(a, b:\n");
  ASSERT_EQ(r.diags.size(), 2u);  // and "'(' was never closed" at 3:6
  EXPECT_EQ(r.diags[0].code, "syntax.unclosed_bracket");
  EXPECT_EQ(r.diags[0].span.col, 6);
  const auto& d = r.diags[1];
  EXPECT_EQ(d.code, "syntax.unexpected_token");
  EXPECT_EQ(d.message, "expected ')' but got ':'");
  EXPECT_EQ(d.span.line, 3);
  EXPECT_EQ(d.span.col, 11);
  EXPECT_EQ(d.to_string(), "prog.py:3:11: error[syntax.unexpected_token]: expected ')' but got ':'");
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  auto r = parse("a = (1 +\n"          // line 1: unclosed, recovered at `def`
                 "def f(:\n"           // line 2
                 "    return 1\n"
                 "b = = 2\n"           // line 4
                 "c = 3\n"
                 "print(c c)\n"        // line 6
                 "if c\n"              // line 7: missing ':'
                 "    pass\n");
  ASSERT_GE(r.diags.size(), 4u);
  std::vector<int> lines;
  for (auto& d : r.diags) lines.push_back(d.span.line);
  EXPECT_NE(std::find(lines.begin(), lines.end(), 4), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), 6), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), 7), lines.end());
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  for (auto& d : r.diags) EXPECT_EQ(d.category(), "syntax") << d.to_string();
}

TEST(Parser, MissingColonMessage) {
  auto r = parse("if x\n    pass\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].message, "expected ':' but got end of line");
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[0].span.col, 5);
}

TEST(Parser, ExpectedIndentedBlock) {
  auto r = parse("def f():\nreturn 1\n");
  ASSERT_GE(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.bad_indent");
  EXPECT_EQ(r.diags[0].span.line, 2);
}

TEST(Parser, UnexpectedIndent) {
  auto r = parse("x = 1\n    y = 2\nz = 3\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.bad_indent");
  EXPECT_EQ(r.diags[0].message, "unexpected indent");
}

TEST(Parser, TooDeepParens) {
  std::string src = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  auto r = parse(src);
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.too_deep");
}

bool has_code(const ParseResult& r, const std::string& code) {
  for (auto& d : r.diags)
    if (d.code == code) return true;
  return false;
}

TEST(Parser, TooDeepUnaryAndBrackets) {
  EXPECT_TRUE(has_code(parse("x = " + std::string(5000, '-') + "1\n"), "syntax.too_deep"));
  EXPECT_TRUE(has_code(parse("x = " + std::string(5000, '[') + "\n"), "syntax.too_deep"));
  EXPECT_TRUE(has_code(parse("x = f" + std::string(3000, '(') + "\n"), "syntax.too_deep"));
  EXPECT_TRUE(has_code(parse("x = " + [] { std::string s; for (int i = 0; i < 3000; ++i) s += "not "; return s; }() + "1\n"), "syntax.too_deep"));
  EXPECT_TRUE(has_code(parse("x = 2" + std::string(3000, '*') + "\n"), "syntax.unexpected_token"));
}

TEST(Parser, NinetyNestedParensAreFine) {
  std::string src = "x = " + std::string(90, '(') + "1" + std::string(90, ')') + "\n";
  EXPECT_TRUE(parse(src).diags.empty());
}

TEST(Parser, TooDeepIndentation) {
  std::string src;
  for (int i = 0; i < 120; ++i) src += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  src += std::string(120, ' ') + "pass\n";
  auto r = parse(src);
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "syntax.too_deep");
}

TEST(Parser, UnsupportedConstructs) {
  struct C { const char* src; const char* code; };
  for (C c : {C{"class A:\n    pass\n", "unsupported.feature"}, C{"with f() as g:\n    pass\n", "unsupported.feature"},
              C{"def f():\n    yield 1\n", "unsupported.feature"}, C{"@dec\ndef f():\n    pass\n", "unsupported.feature"},
              C{"async def f():\n    pass\n", "unsupported.feature"}, C{"x = {1, 2}\n", "unsupported.feature"},
              C{"if (n := 3):\n    pass\n", "unsupported.feature"}, C{"x = 1 << 2\n", "unsupported.feature"},
              C{"x = ...\n", "unsupported.feature"}, C{"x = 3j\n", "unsupported.feature"},
              C{"x = ().__class__\n", "unsupported.dunder"}, C{"__import__('os')\n", "unsupported.dunder"},
              C{"x = __builtins__\n", "unsupported.dunder"}, C{"def __init__(self):\n    pass\n", "unsupported.dunder"},
              C{"from math import __dict__\n", "unsupported.dunder"}, C{"from . import x\n", "unsupported.import"}}) {
    auto r = parse(c.src);
    ASSERT_FALSE(r.diags.empty()) << c.src;
    EXPECT_EQ(r.diags[0].code, c.code) << c.src;
  }
}

TEST(Parser, BadTargets) {
  for (const char* src : {"f() = 1\n", "1 = x\n", "a + b = 3\n", "x, f() = 1, 2\n", "a, *b, *c = x\n", "(a + 1) += 2\n"}) {
    auto r = parse(src);
    ASSERT_FALSE(r.diags.empty()) << src;
    EXPECT_EQ(r.diags[0].code, "syntax.bad_target") << src;
  }
}

TEST(Parser, BadParamsAndCalls) {
  EXPECT_EQ(parse("def f(a=1, b):\n    pass\n").diags.at(0).code, "syntax.bad_params");
  EXPECT_EQ(parse("def f(a, a):\n    pass\n").diags.at(0).code, "syntax.bad_params");
  EXPECT_EQ(parse("f(a=1, 2)\n").diags.at(0).code, "syntax.bad_call");
  EXPECT_EQ(parse("f(a=1, a=2)\n").diags.at(0).code, "syntax.bad_call");
}

TEST(Parser, NonlocalWithoutBinding) {
  auto r = parse("def f():\n    nonlocal q\n    q = 1\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].code, "syntax.bad_nonlocal");
}

TEST(Parser, FStringErrors) {
  EXPECT_EQ(parse("x = f'{}'\n").diags.at(0).code, "syntax.bad_fstring");
  EXPECT_EQ(parse("x = f'{a'\n").diags.at(0).code, "syntax.bad_fstring");
  EXPECT_EQ(parse("x = f'a}'\n").diags.at(0).code, "syntax.bad_fstring");
  EXPECT_EQ(parse("x = f'{a!z}'\n").diags.at(0).code, "syntax.bad_fstring");
  auto r = parse("x = f'abc {1 +}'\n");
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "syntax.unexpected_token");
  EXPECT_EQ(r.diags[0].span.line, 1);
  EXPECT_EQ(r.diags[0].span.col, 15);  // the '}' position after `1 +` inside the f-string
}

TEST(Parser, ResolvesLocalsGlobalsAndClosures) {
  auto r = parse("g = 1\ndef f(a):\n    b = a + g\n    def h():\n        return b\n    return h\n");
  ASSERT_TRUE(r.diags.empty());
  const Stmt& def = *r.program->body[1];
  EXPECT_EQ(def.func->scope.nslots, 3);  // a, b, h
  const Stmt& assign = *def.func->body[0];
  const Expr& add = *assign.value;
  EXPECT_EQ(add.a->ref.where, NameRef::kLocal);
  EXPECT_EQ(add.a->ref.slot, 0);
  EXPECT_EQ(add.b->ref.where, NameRef::kGlobal);
  const Stmt& inner = *def.func->body[1];
  const Expr& ret = *inner.func->body[0]->value;
  EXPECT_EQ(ret.ref.where, NameRef::kEnclosing);
  EXPECT_EQ(ret.ref.depth, 1);
  EXPECT_EQ(ret.ref.slot, 1);
}

TEST(Parser, ErrorCapStopsRunawayInput) {
  std::string src;
  for (int i = 0; i < 500; ++i) src += "x = = 1\n";
  auto r = parse(src);
  EXPECT_LE(r.diags.size(), 60u);
  EXPECT_GE(r.diags.size(), 40u);
}

TEST(Parser, ExpressionForms) {
  auto r = parse("y = [a for a in b if a] + [(c, d) for c in e for d in c]\n"
                 "z = {k: v for k, v in w}\n"
                 "q = lambda *a, k=1, **kw: (a, k, kw)\n"
                 "s = x[1:2, ::3]\n"
                 "t = not a is not b and c not in d or e if f else g\n"
                 "u = f(*a, **k, z=1)\n"
                 "v = f'{a!r:>{w}}' 'tail'\n");
  EXPECT_TRUE(r.diags.empty()) << (r.diags.empty() ? "" : r.diags[0].to_string());
}

}  // namespace
}  // namespace cadscribe::lang::py

namespace cadscribe::lang::py {
namespace {

TEST(Parser, VeryLongLeftDeepChainsAreBounded) {
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  auto r = parse_program(sum + "\n", "prog.py");
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "syntax.too_deep");
  std::string attr = "x = a";
  for (int i = 0; i < 100000; ++i) attr += ".b";
  auto r2 = parse_program(attr + "\n", "prog.py");
  ASSERT_FALSE(r2.diags.empty());
  EXPECT_EQ(r2.diags[0].code, "syntax.too_deep");
}

}  // namespace
}  // namespace cadscribe::lang::py
