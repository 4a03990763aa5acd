#include "cad/execute.h"

#include <gtest/gtest.h>

#include <string>

#include "kernel/shape.h"

namespace cadscribe::cad {
namespace {

// Validation's box comes from the probe mesh (kernel::bounding_box_of_tessellated, which bounds
// exactly only the faces near the sides): it must equal the tight box of the whole shape on parts
// whose extremes lie inside curved faces, on edges and at vertices.
struct BoxCase {
  const char* name;
  const char* program;
};

const BoxCase kBoxCases[] = {
    {"filleted_shelled_enclosure",
     "import cadquery as cq\n"
     "body = cq.Workplane('XY').rect(115, 90).extrude(65)\n"
     "body = body.edges('|Z').fillet(13.5).edges('<Z').fillet(9.5)\n"
     "result = body.faces('>Z').shell(-2.5)\n"},
    {"rotated_cylinder_and_sphere",
     "import cadquery as cq\n"
     "a = cq.Workplane('XY').cylinder(30, 8).rotate((0, 0, 0), (1, 1, 0), 37)\n"
     "result = a.union(cq.Workplane('XY').sphere(9).translate((14, 3, 5)))\n"},
    {"torus_by_revolve",
     "import cadquery as cq\n"
     "result = cq.Workplane('XZ').center(20, 0).circle(6).revolve(270, (-20, 0, 0), (-20, 1, 0))\n"},
    {"lofted_transition",
     "import cadquery as cq\n"
     "result = (cq.Workplane('XY').rect(40, 30).workplane(offset=25).circle(9)\n"
     "          .workplane(offset=15).rect(12, 22).loft())\n"},
    {"swept_pipe",
     "import cadquery as cq\n"
     "path = cq.Workplane('XZ').spline([(0, 0), (10, 20), (30, 25), (45, 10)])\n"
     "result = cq.Workplane('XY').circle(4).circle(3).sweep(path)\n"},
};

class ValidationBox : public ::testing::TestWithParam<BoxCase> {};

TEST_P(ValidationBox, EqualsTheTightBox) {
  const BoxCase& c = GetParam();
  Execution e = execute_program(c.program, std::string(c.name) + ".py", ExecOptions{});
  ASSERT_TRUE(e.diags.empty()) << e.diags.front().to_string();
  ASSERT_TRUE(e.shape.has_value());
  ASSERT_TRUE(e.mesh.has_value()) << "validation keeps its probe mesh";
  const mesh::Box tight = kernel::bounding_box(*e.shape);
  const mesh::Box& got = e.validity.bbox;
  ASSERT_FALSE(got.empty);
  for (int k = 0; k < 3; ++k) {
    EXPECT_NEAR(got.min[k], tight.min[k], 1e-9) << "axis " << k;
    EXPECT_NEAR(got.max[k], tight.max[k], 1e-9) << "axis " << k;
  }
  // The loose box contains the tight one.
  const mesh::Box loose = kernel::loose_bounding_box(*e.shape);
  for (int k = 0; k < 3; ++k) {
    EXPECT_LE(loose.min[k], tight.min[k] + 1e-9);
    EXPECT_GE(loose.max[k], tight.max[k] - 1e-9);
  }
}

INSTANTIATE_TEST_SUITE_P(Parts, ValidationBox, ::testing::ValuesIn(kBoxCases),
                         [](const auto& info) { return std::string(info.param.name); });

// Without validation there is no probe mesh: the box is then the tight box computed directly.
TEST(ValidationBox, WithoutValidationIsTheTightBoxToo) {
  ExecOptions o;
  o.validate = false;
  Execution e = execute_program("import cadquery as cq\nresult = cq.Workplane('XY').sphere(5)\n", "s.py", o);
  ASSERT_TRUE(e.shape.has_value());
  EXPECT_NEAR(e.validity.bbox.max.z, 5, 1e-9);
  EXPECT_NEAR(e.validity.bbox.min.x, -5, 1e-9);
}

}  // namespace
}  // namespace cadscribe::cad
