// lang/py/format_test.cpp — float repr and the formatting mini-languages, called directly.
#include "lang/py/format.h"

#include <gtest/gtest.h>

#include <cmath>

#include "lang/py/containers.h"

namespace cadscribe::lang::py {
namespace {

std::string fmt(const Value& v, const char* spec) {
  auto r = format_value(v, spec);
  return r.ok() ? *r : "error[" + r.error().code + "]";
}

TEST(FloatRepr, ShortestRoundTrip) {
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(-2.5), "-2.5");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(float_repr(1e-4), "0.0001");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(HUGE_VAL), "inf");
  EXPECT_EQ(float_repr(-HUGE_VAL), "-inf");
  EXPECT_EQ(float_repr(std::nan("")), "nan");
  EXPECT_EQ(float_repr(123456.789), "123456.789");
}

TEST(FormatSpec, Floats) {
  Value pi = Value::from_float(3.14159265);
  EXPECT_EQ(fmt(pi, ".2f"), "3.14");
  EXPECT_EQ(fmt(pi, "8.3f"), "   3.142");
  EXPECT_EQ(fmt(pi, "<8.1f"), "3.1     ");
  EXPECT_EQ(fmt(pi, "^9.2f"), "  3.14   ");
  EXPECT_EQ(fmt(pi, "*>8.2f"), "****3.14");
  EXPECT_EQ(fmt(pi, "+.1f"), "+3.1");
  EXPECT_EQ(fmt(Value::from_float(-3.5), "08.2f"), "-0003.50");
  EXPECT_EQ(fmt(pi, ".3e"), "3.142e+00");
  EXPECT_EQ(fmt(Value::from_float(0.125), ".1%"), "12.5%");
  EXPECT_EQ(fmt(Value::from_float(1234567.891), ",.2f"), "1,234,567.89");
  EXPECT_EQ(fmt(Value::from_float(2.5), ".0f"), "2");   // half-even on the exact binary value
  EXPECT_EQ(fmt(Value::from_float(0.5), ""), "0.5");
  EXPECT_EQ(fmt(Value::from_float(1e-7), "g"), "1e-07");
  EXPECT_EQ(fmt(Value::from_float(1.0), ".3"), "1.0");
  EXPECT_EQ(fmt(pi, "d"), "error[runtime.value_error]");
}

TEST(FormatSpec, IntsAndStrings) {
  Value n = Value::from_int(255);
  EXPECT_EQ(fmt(n, "5d"), "  255");
  EXPECT_EQ(fmt(n, "<5d"), "255  ");
  EXPECT_EQ(fmt(n, "x"), "ff");
  EXPECT_EQ(fmt(n, "#X"), "0XFF");
  EXPECT_EQ(fmt(n, "b"), "11111111");
  EXPECT_EQ(fmt(Value::from_int(1234567), ",d"), "1,234,567");
  EXPECT_EQ(fmt(Value::from_int(-42), "=+6d"), "-   42");
  EXPECT_EQ(fmt(n, ".2f"), "255.00");
  EXPECT_EQ(fmt(n, ".2d"), "error[runtime.value_error]");
  EXPECT_EQ(fmt(Value::from_str("ab"), ">4"), "  ab");
  EXPECT_EQ(fmt(Value::from_str("abcdef"), ".3"), "abc");
  EXPECT_EQ(fmt(Value::from_str("ab"), "d"), "error[runtime.value_error]");
  EXPECT_EQ(fmt(Value::from_bool(true), ""), "True");
  EXPECT_EQ(fmt(Value::from_bool(true), "d"), "1");
  EXPECT_EQ(fmt(n, "99999999"), "error[runtime.value_error]");  // width bounded
}

TEST(PercentFormat, Basics) {
  auto t = [](const char* f, const Value& a) {
    auto r = percent_format(f, a);
    return r.ok() ? *r : "error[" + r.error().code + "]";
  };
  EXPECT_EQ(t("%d items", Value::from_int(3)), "3 items");
  EXPECT_EQ(t("%5.2f|%-4s|%x", Value::from_tuple({Value::from_float(3.14159), Value::from_str("ab"), Value::from_int(255)})),
            " 3.14|ab  |ff");
  EXPECT_EQ(t("%s %s", Value::from_tuple({Value::from_int(1)})), "error[runtime.type_error]");
  EXPECT_EQ(t("%d", Value::from_tuple({Value::from_int(1), Value::from_int(2)})), "error[runtime.type_error]");
  EXPECT_EQ(t("%d", Value::from_str("x")), "error[runtime.type_error]");
  EXPECT_EQ(t("100%%", Value::from_tuple({})), "100%");
  EXPECT_EQ(t("%q", Value::from_int(1)), "error[runtime.value_error]");
}

TEST(StrFormat, Fields) {
  Args a;
  a.positional = {Value::from_int(1), Value::from_str("x")};
  a.keywords = {{"w", Value::from_float(2.5)}};
  auto t = [&](const char* f) {
    auto r = str_format(f, a);
    return r.ok() ? *r : "error[" + r.error().code + "]";
  };
  EXPECT_EQ(t("{} {}"), "1 x");
  EXPECT_EQ(t("{1}{0}{1}"), "x1x");
  EXPECT_EQ(t("{w:.2f}"), "2.50");
  EXPECT_EQ(t("{0!r:>5}"), "    1");
  EXPECT_EQ(t("{1!r}"), "'x'");
  EXPECT_EQ(t("{{}} {}"), "{} 1");
  EXPECT_EQ(t("{5}"), "error[runtime.index_error]");
  EXPECT_EQ(t("{nope}"), "error[runtime.key_error]");
  EXPECT_EQ(t("{"), "error[runtime.value_error]");
  EXPECT_EQ(t("}"), "error[runtime.value_error]");
  EXPECT_EQ(t("{w:{0}}"), "2.5");
}

}  // namespace
}  // namespace cadscribe::lang::py
