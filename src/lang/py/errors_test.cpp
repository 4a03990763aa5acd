// lang/py/errors_test.cpp — every runtime error code, its span, the traceback notes, and how
// try/except maps Python exception classes onto Diag codes.
#include <gtest/gtest.h>

#include "lang/py/test_util.h"

namespace cadscribe::lang::py {
namespace {

using testing::run_src;

struct CodeCase {
  const char* program;
  const char* code;
  const char* message;  // substring, may be empty
};

class ErrorCodes : public ::testing::TestWithParam<CodeCase> {};

TEST_P(ErrorCodes, ReportsCode) {
  const CodeCase& c = GetParam();
  auto o = run_src(c.program);
  ASSERT_FALSE(o.ok) << c.program;
  EXPECT_EQ(o.code, c.code) << c.program << "\n" << o.diag.to_string();
  EXPECT_NE(o.message.find(c.message), std::string::npos) << o.message;
  EXPECT_TRUE(o.diag.span.known()) << c.program;
  EXPECT_EQ(o.diag.span.file, "prog.py");
}

const CodeCase kCodes[] = {
    {"print(undefined)\n", "runtime.name_error", "name 'undefined' is not defined"},
    {"def f():\n    x = x + 1\nf()\n", "runtime.name_error", "cannot access local variable 'x'"},
    {"eval('1')\n", "runtime.name_error", "'eval' is not defined"},
    {"exec('x=1')\n", "runtime.name_error", "'exec' is not defined"},
    {"open('/etc/passwd')\n", "runtime.name_error", "'open' is not defined"},
    {"globals()\n", "runtime.name_error", "'globals' is not defined"},
    {"locals()\n", "runtime.name_error", "'locals' is not defined"},
    {"vars()\n", "runtime.name_error", "'vars' is not defined"},
    {"dir()\n", "runtime.name_error", "'dir' is not defined"},
    {"input()\n", "runtime.name_error", "'input' is not defined"},
    {"compile('1', 'f', 'eval')\n", "runtime.name_error", "'compile' is not defined"},
    {"x = 1 + 'a'\n", "runtime.type_error", "unsupported operand type(s) for +: 'int' and 'str'"},
    {"x = len(5)\n", "runtime.type_error", "object of type 'int' has no len()"},
    {"x = 5()\n", "runtime.type_error", "'int' object is not callable"},
    {"def f(a):\n    pass\nf()\n", "runtime.type_error", "f() missing 1 required argument: 'a'"},
    {"def f(a):\n    pass\nf(1, 2)\n", "runtime.type_error", "f() takes 1 positional argument but 2 were given"},
    {"def f(a):\n    pass\nf(b=1)\n", "runtime.type_error", "unexpected keyword argument 'b'"},
    {"def f(a):\n    pass\nf(1, a=1)\n", "runtime.type_error", "multiple values for argument 'a'"},
    {"x = [1][0.5]\n", "runtime.type_error", "list indices must be integers or slices, not float"},
    {"x = {[1]: 2}\n", "runtime.type_error", "unhashable type: 'list'"},
    {"x = 1 < 'a'\n", "runtime.type_error", "'<' not supported between instances of 'int' and 'str'"},
    {"for x in 5:\n    pass\n", "runtime.type_error", "'int' object is not iterable"},
    {"x = -'a'\n", "runtime.type_error", "bad operand type for unary -: 'str'"},
    {"t = (1, 2)\nt[0] = 5\n", "runtime.type_error", "does not support item assignment"},
    {"x = int('abc')\n", "runtime.value_error", "invalid literal for int() with base 10: 'abc'"},
    {"x = float('x1')\n", "runtime.value_error", "could not convert string to float: 'x1'"},
    {"a, b = [1, 2, 3]\n", "runtime.value_error", "too many values to unpack (expected 2)"},
    {"a, b, c = [1, 2]\n", "runtime.value_error", "not enough values to unpack (expected 3, got 2)"},
    {"x = max([])\n", "runtime.value_error", "max() arg is an empty sequence"},
    {"import math\nx = math.sqrt(-1)\n", "runtime.value_error", "math domain error"},
    {"x = [1].index(5)\n", "runtime.value_error", "5 is not in list"},
    {"x = range(1, 2, 0)\n", "runtime.value_error", "must not be zero"},
    {"x = 1 / 0\n", "runtime.zero_division", "division by zero"},
    {"x = 1 // 0\n", "runtime.zero_division", "division or modulo by zero"},
    {"x = 1 % 0\n", "runtime.zero_division", "modulo by zero"},
    {"x = 1.0 / 0.0\n", "runtime.zero_division", "float division by zero"},
    {"x = 0 ** -1\n", "runtime.zero_division", "negative power"},
    {"x = [1, 2][5]\n", "runtime.index_error", "list index out of range"},
    {"x = 'ab'[9]\n", "runtime.index_error", "string index out of range"},
    {"x = [].pop()\n", "runtime.index_error", "pop from empty list"},
    {"x = {'a': 1}['b']\n", "runtime.key_error", "'b'"},
    {"d = {}\nd.pop('q')\n", "runtime.key_error", "'q'"},
    {"x = (1).foo\n", "runtime.attribute_error", "'int' object has no attribute 'foo'"},
    {"x = [].push(1)\n", "runtime.attribute_error", "'list' object has no attribute 'push'"},
    {"import math\nx = math.nothing\n", "runtime.attribute_error", "module 'math' has no attribute 'nothing'"},
    {"assert 1 == 2, 'one is not two'\n", "runtime.assertion", "one is not two"},
    {"assert False\n", "runtime.assertion", "assertion failed"},
    {"x = 2 ** 64\n", "runtime.overflow", "exceeds 64 bits"},
    {"x = 9223372036854775807 + 1\n", "runtime.overflow", "integer overflow"},
    {"x = 3037000500 * 3037000500\n", "runtime.overflow", "integer overflow"},
    {"x = int(float('inf'))\n", "runtime.overflow", "cannot convert float infinity to integer"},
    {"x = 10.0 ** 400\n", "runtime.overflow", "Numerical result out of range"},
    {"x = 99999999999999999999\n", "runtime.overflow", "too large"},
    {"raise ValueError('custom')\n", "runtime.exception", "ValueError: custom"},
    {"raise Exception\n", "runtime.exception", "Exception"},
    {"raise\n", "runtime.exception", "No active exception"},
    {"raise 5\n", "runtime.type_error", "exceptions must derive from BaseException"},
    {"import os\n", "unsupported.import", "module 'os' is not available"},
    {"import sys\n", "unsupported.import", "module 'sys'"},
    {"import subprocess\n", "unsupported.import", "module 'subprocess'"},
    {"from os import path\n", "unsupported.import", "module 'os'"},
    {"from math import nothing\n", "unsupported.import", "cannot import name 'nothing' from 'math'"},
    {"import os.path\n", "unsupported.import", "dotted imports"},
    {"x = getattr(1, '__class__')\n", "unsupported.dunder", "__class__"},
    {"x = hasattr(1, '__dict__')\n", "unsupported.dunder", "__dict__"},
    {"x = type('A', (), {})\n", "unsupported.feature", "class creation"},
};

INSTANTIATE_TEST_SUITE_P(Codes, ErrorCodes, ::testing::ValuesIn(kCodes));

TEST(Errors, SpanPointsAtFailingExpression) {
  auto o = run_src("a = 1\nb = 0\nc = a + (a / b)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.zero_division");
  EXPECT_EQ(o.diag.span.line, 3);
  EXPECT_EQ(o.diag.span.col, 10);
  EXPECT_EQ(o.diag.span.end_col, 15);
}

TEST(Errors, TracebackInnermostLast) {
  auto o = run_src(
      "def helper(w):\n"
      "    return [1, 2][w]\n"
      "\n"
      "def make_bracket(w):\n"
      "    return helper(w)\n"
      "\n"
      "make_bracket(7)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.index_error");
  EXPECT_EQ(o.diag.span.line, 2);
  const auto& n = o.diag.notes;
  ASSERT_EQ(n.size(), 4u);
  EXPECT_EQ(n[0], "Traceback (most recent call last):");
  EXPECT_EQ(n[1], "File \"prog.py\", line 7, in <module>");
  EXPECT_EQ(n[2], "File \"prog.py\", line 5, in make_bracket");
  EXPECT_EQ(n[3], "File \"prog.py\", line 2, in helper");
}

TEST(Errors, TracebackThroughLambdaAndBuiltin) {
  auto o = run_src("xs = [1, 0]\nys = list(map(lambda v: 1 / v, xs))\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.zero_division");
  EXPECT_EQ(o.diag.notes.back(), "File \"prog.py\", line 2, in <lambda>");
}

TEST(Errors, RecursionTracebackIsCollapsed) {
  auto o = run_src("def f(n):\n    return f(n + 1)\nf(0)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.recursion");
  EXPECT_LT(o.diag.notes.size(), 10u);
  bool collapsed = false;
  for (auto& n : o.diag.notes) collapsed = collapsed || n.find("Previous line repeated") != std::string::npos;
  EXPECT_TRUE(collapsed);
}

TEST(Errors, DiagToStringFormat) {
  auto o = run_src("x = 1\ny = x.bad\n");
  ASSERT_FALSE(o.ok);
  std::string s = o.diag.to_string();
  // Located at the attribute name (`bad`), the token the user has to fix.
  EXPECT_EQ(s.rfind("prog.py:2:7: error[runtime.attribute_error]: 'int' object has no attribute 'bad'", 0), 0u) << s;
}

TEST(Errors, ExceptCatchesByClassHierarchy) {
  EXPECT_EQ(testing::run_text("try:\n    1/0\nexcept ArithmeticError:\n    print('arith')\n"), "arith\n");
  EXPECT_EQ(testing::run_text("try:\n    {}[1]\nexcept LookupError:\n    print('lookup')\n"), "lookup\n");
  EXPECT_EQ(testing::run_text("try:\n    x = q\nexcept Exception as e:\n    print(type(e) == NameError)\n"), "True\n");
  EXPECT_EQ(testing::run_text("try:\n    2**70\nexcept OverflowError:\n    print('ovf')\n"), "ovf\n");
  EXPECT_EQ(testing::run_text("try:\n    assert 0, 'm'\nexcept AssertionError as e:\n    print(e)\n"), "m\n");
}

TEST(Errors, UnmatchedExceptPropagates) {
  auto o = run_src("try:\n    1 / 0\nexcept KeyError:\n    print('no')\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.zero_division");
}

TEST(Errors, LimitsAndUnsupportedCannotBeCaught) {
  base::Limits lim;
  lim.max_steps = 10000;
  auto o = run_src("try:\n    while True:\n        pass\nexcept Exception:\n    print('caught')\n", lim);
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "limit.steps");
  auto o2 = run_src("try:\n    x = 1\n    class A:\n        pass\nexcept Exception:\n    print('caught')\n");
  ASSERT_FALSE(o2.ok);
  EXPECT_EQ(o2.code, "unsupported.feature");
  auto o3 = run_src("try:\n    getattr(1, '__class__')\nexcept:\n    print('caught')\n");
  ASSERT_FALSE(o3.ok);
  EXPECT_EQ(o3.code, "unsupported.dunder");
  auto o4 = run_src("def f():\n    f()\ntry:\n    f()\nexcept:\n    pass\n");
  ASSERT_FALSE(o4.ok);
  EXPECT_EQ(o4.code, "limit.recursion");
}

TEST(Errors, ImportErrorIsCatchable) {
  EXPECT_EQ(testing::run_text("try:\n    import numpy as np\nexcept ImportError:\n    np = None\nprint(np)\n"), "None\n");
  EXPECT_EQ(testing::run_text("try:\n    from os import path\nexcept ModuleNotFoundError as e:\n    print('no', e)\n"),
            "no module 'os' is not available (programs may import cadquery, math and types)\n");
  auto o = run_src("import numpy\n");
  EXPECT_EQ(o.code, "unsupported.import");
}

TEST(Errors, FinallyRunsOnError) {
  auto o = run_src("try:\n    print('body')\n    1/0\nfinally:\n    print('cleanup')\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.zero_division");
}

TEST(Errors, UserRaiseKeepsClassForExcept) {
  EXPECT_EQ(testing::run_text("try:\n    raise KeyError('k')\nexcept LookupError as e:\n    print('got', repr(e))\n"),
            "got KeyError('k')\n");
  auto o = run_src("def check(w):\n    if w <= 0:\n        raise ValueError(f'width must be positive, got {w}')\ncheck(-2)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.code, "runtime.exception");
  EXPECT_EQ(o.message, "ValueError: width must be positive, got -2");
  EXPECT_EQ(o.diag.span.line, 3);
  EXPECT_EQ(o.diag.notes.back(), "File \"prog.py\", line 3, in check");
}

TEST(Errors, SyntaxErrorsStopBeforeRunning) {
  auto o = run_src("print('should not run')\nx = (\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.diag.category(), "syntax");
  EXPECT_FALSE(o.report.output.has_value());
}

}  // namespace
}  // namespace cadscribe::lang::py

namespace cadscribe::lang::py {
namespace {

TEST(Errors, TracebackNamesTheFailingLineOfAMultiLineStatement) {
  auto o = testing::run_src("y = (len('ab')\n     + undefined_name)\n");
  ASSERT_FALSE(o.ok);
  EXPECT_EQ(o.diag.span.line, 2);
  ASSERT_FALSE(o.diag.notes.empty());
  EXPECT_EQ(o.diag.notes.back(), "File \"prog.py\", line 2, in <module>");
}

}  // namespace
}  // namespace cadscribe::lang::py
