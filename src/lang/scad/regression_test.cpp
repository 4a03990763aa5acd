// lang/scad/regression_test.cpp — openscad's own regression programs (Debian package
// openscad-testing-data): our ECHO lines must equal the package's expected echo output, which
// we checked is byte-identical to what the installed openscad 2021.01 prints for these files.
// Files the package lacks are skipped. Not listed: import() programs. openscad writes .echo files
// in preview mode, so $preview is true here; include-tests also reads MCAD from the library path,
// and its include</> is refused by the sandbox (an error) while the rest of it runs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lang/scad/test_util.h"

namespace cadscribe::lang::scad {
namespace {

const char* const kPrograms[] = {
    "misc/allexpressions",
    "misc/allmodules",
    "functions/assert-expression-tests",
    "misc/assert-tests",
    "misc/builtin-invalid-range-test",
    "misc/builtin-tests",
    "misc/children-tests",
    "misc/chr-tests",
    "misc/concat-tests",
    "functions/cross-tests",
    "misc/dim-all",
    "misc/errors-warnings-included",
    "functions/echo-expression-tests",
    "misc/echo-tests",
    "3D/features/for-tests",
    "misc/empty-stl",
    "misc/errors-warnings",
    "functions/exponent-operator-test",
    "misc/expression-evaluation-tests",
    "functions/expression-precedence-tests",
    "misc/expression-precedence",
    "misc/expression-shortcircuit-tests",
    "functions/function-literal-compare",
    "functions/function-literal-tests",
    "misc/function-scope",
    "misc/include-overwrite-main",
    "misc/include-recursive-test",
    "misc/include-tests",
    "functions/inf-tests",
    "misc/isbool-test",
    "misc/islist-test",
    "misc/isnum-test",
    "misc/isstring-test",
    "issues/issue1472",
    "issues/issue1516",
    "issues/issue1528",
    "issues/issue1851-each-fail-on-scalar",
    "issues/issue1923",
    "issues/issue2342",
    "issues/issue3541",
    "misc/isundef-test",
    "functions/len-tests",
    "misc/let-module-tests",
    "functions/let-test-single",
    "functions/let-tests",
    "functions/list-comprehensions",
    "misc/lookup-tests",
    "functions/min-max-tests",
    "misc/nbsp-latin1-test",
    "misc/nbsp-utf8-test",
    "misc/no-break-space-test",
    "functions/norm-tests",
    "misc/operators-tests",
    "misc/ord-tests",
    "misc/parent_module-tests",
    "misc/parser-tests",
    "misc/preview_variable",
    "functions/rands",
    "misc/range-tests",
    "misc/recursion-test-function3",
    "misc/scope-assignment-tests",
    "misc/search-tests",
    "misc/search-tests-unicode",
    "misc/special-consts",
    "misc/string-indexing",
    "misc/string-test",
    "misc/string-unicode",
    "misc/tail-recursion-tests",
    "functions/trig-tests",
    "misc/unicode-tests",
    "misc/utf8-tests",
    "misc/value-reassignment-tests",
    "misc/value-reassignment-tests2",
    "misc/variable-scope-tests",
    "misc/vector-values",
};

const char* const kTestData = "/usr/share/openscad/testdata/scad/";
const char* const kExpected = "/usr/share/openscad/regression/echotest/";

std::string echo_lines(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line))
    if (line.rfind("ECHO", 0) == 0) out += line + "\n";
  return out;
}

class OpenscadRegression : public ::testing::TestWithParam<const char*> {};

TEST_P(OpenscadRegression, EchoMatchesExpected) {
  std::string rel = GetParam();
  std::string program = std::string(kTestData) + rel + ".scad";
  std::string expected = std::string(kExpected) + std::filesystem::path(rel).filename().string() + "-expected.echo";
  if (!std::filesystem::exists(program) || !std::filesystem::exists(expected)) GTEST_SKIP() << program;
  std::stringstream want;
  want << std::ifstream(expected).rdbuf();
  RunOptions o = testing::default_options();
  o.limits.max_depth = 1000;  // openscad's stack allows deeper non-tail recursion than our default
  o.preview = true;
  // As tools/scad_echo_parity.sh: includes reach across folders, and MCAD where openscad finds it.
  o.library_paths = {kTestData, "/usr/share/openscad/libraries"};
  RunReport r = run_file(program, o);
  std::string got;
  for (const auto& e : r.echo) got += e + "\n";
  EXPECT_EQ(echo_lines(got), echo_lines(want.str())) << rel;
}

INSTANTIATE_TEST_SUITE_P(Openscad2021, OpenscadRegression, ::testing::ValuesIn(kPrograms));

}  // namespace
}  // namespace cadscribe::lang::scad
