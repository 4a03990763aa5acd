// lang/scad/value_test.cpp — number formatting (every expectation checked against openscad
// 2021.01's echo output), printing of values, equality, truthiness, range enumeration.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "lang/scad/closure.h"
#include "lang/scad/value.h"

namespace cadscribe::lang::scad {
namespace {

TEST(ScadFormat, NumbersAsOpenscad2021) {
  const double inf = std::numeric_limits<double>::infinity();
  struct { double v; const char* s; } cases[] = {
      {1.0 / 3, "0.333333"}, {1e20, "1e+20"}, {-0.0, "0"}, {1e-7, "1e-7"}, {123456789, "1.23457e+8"},
      {0.1 + 0.2, "0.3"}, {inf, "inf"}, {-inf, "-inf"}, {std::nan(""), "nan"}, {1e6, "1e+6"},
      {12345678.9, "1.23457e+7"}, {100000, "100000"}, {999999, "999999"}, {1.0 / 1024, "0.000976563"},
      {1234565, "1.23457e+6"}, {1234575, "1.23458e+6"}, {0.00001, "0.00001"}, {1e-6, "1e-6"},
      {5e-324, "4.94066e-324"}, {-0.0000123456, "-0.0000123456"}, {99999.95, "99999.9"},
      {999999.5, "1e+6"}, {1.5, "1.5"}, {-2.5e15, "-2.5e+15"}, {1e21, "1e+21"}, {1.5e300, "1.5e+300"},
      {123456.7, "123457"}, {0.1234565, "0.123456"}, {3.14159265358979, "3.14159"}, {20210100, "2.02101e+7"},
      {0.5, "0.5"}, {7, "7"}, {-100, "-100"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_number(c.v), c.s) << c.s;
}

TEST(ScadFormat, ValuesStrAndRepr) {
  Value v = Value::vector({Value::number(1), Value::vector({Value::number(2), Value::string("a")}), Value{},
                           Value::boolean(true)});
  EXPECT_EQ(v.repr(), "[1, [2, \"a\"], undef, true]");
  EXPECT_EQ(v.str(), "[1, [2, \"a\"], undef, true]");
  EXPECT_EQ(Value::string("x").str(), "x");
  EXPECT_EQ(Value::string("x").repr(), "\"x\"");
  EXPECT_EQ(Value::range({0, 2, 5}).repr(), "[0 : 2 : 5]");
  EXPECT_EQ(Value::vector({}).repr(), "[]");
  EXPECT_EQ(quote_string("a\"b\n"), "\"a\\\"b\\n\"");
}

TEST(ScadValue, EqualityAndTruthiness) {
  EXPECT_TRUE(Value::number(1).equals(Value::number(1.0)));
  EXPECT_FALSE(Value::number(1).equals(Value::boolean(true)));
  EXPECT_FALSE(Value::string("1").equals(Value::number(1)));
  EXPECT_TRUE(Value{}.equals(Value{}));
  EXPECT_TRUE(Value::vector({Value::number(1)}).equals(Value::vector({Value::number(1)})));
  EXPECT_FALSE(Value::vector({Value::number(1)}).equals(Value::vector({})));
  EXPECT_FALSE(Value{}.truthy());
  EXPECT_FALSE(Value::number(0).truthy());
  EXPECT_FALSE(Value::string("").truthy());
  EXPECT_FALSE(Value::vector({}).truthy());
  EXPECT_TRUE(Value::vector({Value::number(0)}).truthy());
  EXPECT_TRUE(Value::range({0, 1, 0}).truthy());
  EXPECT_TRUE(Value::string("0").truthy());
}

TEST(ScadValue, BindingConveniences) {
  Value v = Value::vector({Value::number(1), Value::number(2), Value::number(3)});
  ASSERT_TRUE(v.number_vector(3, 3));
  EXPECT_EQ((*v.number_vector(2, 3))[2], 3);
  EXPECT_FALSE(v.number_vector(2, 2));
  EXPECT_FALSE(Value::vector({Value::number(1), Value::string("a")}).number_vector(1, 3));
  EXPECT_FALSE(Value::number(std::nan("")).finite_number());
  EXPECT_EQ(*Value::number(2).finite_number(), 2);
  EXPECT_EQ(v.nesting(), 1);
  EXPECT_EQ(Value::vector({v, Value::number(1)}).nesting(), 2);
}

TEST(ScadRange, CountFollowsOpenscad) {
  EXPECT_EQ((Range{0, 1, 3}.count()), 4u);
  EXPECT_EQ((Range{0, 0.1, 0.3}.count()), 4u);  // nextafter absorbs 2.9999999999999996
  EXPECT_EQ((Range{0, 0.1, 0.3 - 1e-14}.count()), 3u);
  EXPECT_EQ((Range{0, 2, 5}.count()), 3u);
  EXPECT_EQ((Range{5, -1, 0}.count()), 6u);
  EXPECT_EQ((Range{0, -1, 5}.count()), 0u);
  EXPECT_EQ((Range{5, 1, 0}.count()), 0u);
  EXPECT_EQ((Range{3, 1, 3}.count()), 1u);
  EXPECT_EQ((Range{0, 0, 5}.count()), 4294967295u);
  EXPECT_EQ((Range{0, 1, 1e12}.count()), 4294967295u);
  EXPECT_EQ((Range{0, std::nan(""), 5}.count()), 0u);
  EXPECT_DOUBLE_EQ((Range{1, 0.5, 3}.at(3)), 2.5);
}

}  // namespace
}  // namespace cadscribe::lang::scad
