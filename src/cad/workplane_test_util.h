// cad/workplane_test_util.h — helpers for the Workplane tests: run a CadQuery program through
// lang::py with the cadquery module registered, and measure the resulting shape.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "cad/module.h"
#include "cad/values.h"
#include "cad/workplane.h"
#include "kernel/shape.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad::testing {

constexpr double kPi = 3.14159265358979323846;

inline lang::py::RunReport run_cq(const std::string& body) {
  lang::py::ModuleRegistry reg;
  register_cadquery(reg);
  base::Budget budget;
  std::string src = "import cadquery as cq\nimport math\n" + body;
  return lang::py::run_program(src, "<test>", budget, reg);
}

inline std::string diags_of(const lang::py::RunReport& r) {
  std::string s;
  for (const auto& d : r.diags) s += d.to_string() + "\n";
  return s;
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
