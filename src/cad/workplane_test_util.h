// cad/workplane_test_util.h — helpers for the cad tests: run a CadQuery program through
// lang::py with the cadquery module registered, read its globals, and measure the resulting shape.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "base/budget.h"
#include "cad/module.h"
#include "cad/values.h"
#include "cad/workplane.h"
#include "kernel/shape.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad::testing {

constexpr double kPi = 3.14159265358979323846;

// Preludes for run_cq. The prelude's line count shifts every diagnostic's line number, so tests
// that assert on lines pick the prelude their expectations were written against.
inline constexpr const char* kCqAndMathPrelude = "import cadquery as cq\nimport math\n";
inline constexpr const char* kCqPrelude = "import cadquery as cq\n";

inline lang::py::RunReport run_cq(const std::string& body, const std::string& prelude = kCqAndMathPrelude) {
  lang::py::ModuleRegistry reg;
  register_cadquery(reg);
  base::Budget budget;
  return lang::py::run_program(prelude + body, "<test>", budget, reg);
}

inline std::string diags_of(const lang::py::RunReport& r) {
  std::string s;
  for (const auto& d : r.diags) s += d.to_string() + "\n";
  return s;
}

// Code of the first diagnostic, or "" when there is none.
inline std::string error_code(const lang::py::RunReport& r) { return r.diags.empty() ? "" : r.diags[0].code; }

// The value of global `name` after a run that is expected to have succeeded.
inline lang::py::Value global_value(const lang::py::RunReport& r, const std::string& name) {
  EXPECT_TRUE(r.ok()) << diags_of(r);
  if (!r.output) return lang::py::Value();
  for (const auto& [k, v] : r.output->globals) {
    if (k == name) return v;
  }
  ADD_FAILURE() << "no global " << name;
  return lang::py::Value();
}

// Global `name` as a number (0 and a failure when it is not one).
inline double global_number(const lang::py::RunReport& r, const std::string& name) {
  lang::py::Value v = global_value(r, name);
  EXPECT_TRUE(v.is_number()) << name << " = " << v.repr();
  return v.is_number() ? v.as_double() : 0.0;
}

// The program's result as one shape (the Workplane's stack shapes, compounded when several).
inline kernel::Shape result_shape(const lang::py::RunReport& r) {
  if (!r.ok() || !r.output->result()) return {};
  const lang::py::Value& v = *r.output->result();
  if (auto s = v.object_as<ShapeObject>()) return s->shape;
  auto w = v.object_as<WorkplaneObject>();
  if (!w) return {};
  auto shapes = stack_shapes(*w);
  if (shapes.empty()) return {};
  if (shapes.size() == 1) return shapes[0];
  auto c = kernel::make_compound(shapes);
  return c ? *c : kernel::Shape{};
}

inline double result_number(const lang::py::RunReport& r) {
  if (!r.ok() || !r.output->result()) return NAN;
  const lang::py::Value& v = *r.output->result();
  return v.is_number() ? v.as_double() : NAN;
}

inline size_t face_count(const kernel::Shape& s) { return kernel::sub_shapes(s, kernel::ShapeType::kFace).size(); }
inline size_t solid_count(const kernel::Shape& s) { return kernel::sub_shapes(s, kernel::ShapeType::kSolid).size(); }

// Expects the program to succeed and returns its shape.
#define CQ_SHAPE(var, program)                          \
  auto var##_report = ::cadscribe::cad::testing::run_cq(program); \
  ASSERT_TRUE(var##_report.ok()) << ::cadscribe::cad::testing::diags_of(var##_report); \
  ::cadscribe::kernel::Shape var = ::cadscribe::cad::testing::result_shape(var##_report); \
  ASSERT_FALSE(var.is_null())

// Expects the program to fail with `code`.
#define CQ_FAILS(program, expected_code)                                       \
  do {                                                                        \
    auto rep_ = ::cadscribe::cad::testing::run_cq(program);                   \
    ASSERT_FALSE(rep_.ok());                                                  \
    ASSERT_FALSE(rep_.diags.empty());                                         \
    EXPECT_EQ(rep_.diags[0].code, expected_code) << rep_.diags[0].to_string(); \
  } while (0)

}  // namespace cadscribe::cad::testing
