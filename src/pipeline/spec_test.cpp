#include "pipeline/spec.h"

#include <gtest/gtest.h>

namespace cadscribe::pipeline {
namespace {

TEST(SpecParse, ReadsEveryKeyAndTolerance) {
  auto r = parse_expectations(
      "# expect: volume 6000 ±1%\n# expect: faces 6\n# expect: bbox 10 20 30 +-0.5\n"
      "# expect: valid\nx = 1\n# expect error runtime.name_error\n",
      "t.py");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->size(), 5u);
  EXPECT_EQ((*r)[0].key, "volume");
  EXPECT_DOUBLE_EQ((*r)[0].values[0], 6000);
  EXPECT_DOUBLE_EQ((*r)[0].tolerance, 1);
  EXPECT_TRUE((*r)[0].relative);
  EXPECT_EQ((*r)[2].values.size(), 3u);
  EXPECT_DOUBLE_EQ((*r)[2].tolerance, 0.5);
  EXPECT_FALSE((*r)[2].relative);
  EXPECT_EQ((*r)[4].key, "error");
  EXPECT_EQ((*r)[4].text, "runtime.name_error");
  EXPECT_EQ((*r)[4].line, 6);
}

TEST(SpecParse, RejectsMalformedLinesWithTheirLine) {
  auto r = parse_expectations("x = 1\n# expect: volume abc\n", "t.py");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "spec.bad_expectation");
  EXPECT_EQ(r.error().span.line, 2);
  EXPECT_FALSE(parse_expectations("# expect: bbox 1 2\n", "t.py").ok());
  EXPECT_FALSE(parse_expectations("# expect: colour 1\n", "t.py").ok());
  EXPECT_FALSE(parse_expectations("x = 1\n", "t.py").ok());  // no expectation at all
}

cad::Execution fake_success(double volume, int faces) {
  cad::Execution e;
  e.shape = kernel::Shape{};
  e.validity.volume = volume;
  e.validity.faces = faces;
  e.validity.solids = 1;
  e.validity.bbox.add({0, 0, 0});
  e.validity.bbox.add({10, 20, 30});
  e.validity.valid = true;
  return e;
}

TEST(SpecCheck, PassesAndFailsOnTolerance) {
  auto x = parse_expectations("# expect: volume 6000\n# expect: faces 6\n# expect: bbox 10 20 30\n", "t.py");
  ASSERT_TRUE(x.ok());
  EXPECT_TRUE(check_expectations(*x, fake_success(6020, 6)).empty());   // within 0.5%
  EXPECT_EQ(check_expectations(*x, fake_success(6040, 6)).size(), 1u);  // outside 0.5%
  EXPECT_EQ(check_expectations(*x, fake_success(6000, 7)).size(), 1u);
}

TEST(SpecCheck, ErrorExpectationsNeedTheCodeAndALocation) {
  auto x = parse_expectations("# expect error runtime.name_error\n", "t.py");
  ASSERT_TRUE(x.ok());
  cad::Execution e;
  e.diags.push_back(base::make_diag("runtime.name_error", "name 'q' is not defined", {"t.py", 3, 5}));
  EXPECT_TRUE(check_expectations(*x, e).empty());
  e.diags[0].span = {};
  EXPECT_EQ(check_expectations(*x, e).size(), 1u);  // no location
  e.diags[0] = base::make_diag("runtime.type_error", "x", {"t.py", 3, 5});
  EXPECT_EQ(check_expectations(*x, e).size(), 1u);  // wrong code
  EXPECT_EQ(check_expectations(*x, fake_success(1, 6)).size(), 1u);  // succeeded instead
}

}  // namespace
}  // namespace cadscribe::pipeline
