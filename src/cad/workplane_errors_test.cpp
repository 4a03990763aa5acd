// Workplane error reporting: stable Diag codes, method names in messages, call-site spans.
#include "cad/workplane_test_util.h"

namespace cadscribe::cad::testing {
namespace {

TEST(WorkplaneErrors, UnsupportedMethodIsNamed) {
  auto r = run_cq("result = cq.Workplane().box(1, 1, 1).foo()\n");
  ASSERT_FALSE(r.ok());
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].code, "unsupported.method");
  EXPECT_NE(r.diags[0].message.find("Workplane.foo"), std::string::npos) << r.diags[0].message;
}

TEST(WorkplaneErrors, WrongArgumentType) {
  auto r = run_cq("result = cq.Workplane().box('a', 1, 1)\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "runtime.type_error");
  EXPECT_NE(r.diags[0].message.find("Workplane.box"), std::string::npos) << r.diags[0].message;
  EXPECT_NE(r.diags[0].message.find("length"), std::string::npos) << r.diags[0].message;
}

TEST(WorkplaneErrors, MissingArgumentAndBadCentered) {
  CQ_FAILS("result = cq.Workplane().box(1, 1)\n", "runtime.type_error");
  CQ_FAILS("result = cq.Workplane().box(1, 1, 1, centered='yes')\n", "runtime.type_error");
}

TEST(WorkplaneErrors, NoSolidForHole) { CQ_FAILS("result = cq.Workplane().hole(1)\n", "runtime.value_error"); }

TEST(WorkplaneErrors, NoPendingWires) { CQ_FAILS("result = cq.Workplane().extrude(1)\n", "runtime.value_error"); }

TEST(WorkplaneErrors, BadPlaneName) { CQ_FAILS("result = cq.Workplane('QQ')\n", "runtime.value_error"); }

TEST(WorkplaneErrors, CloseWithoutEdges) { CQ_FAILS("result = cq.Workplane().close()\n", "runtime.value_error"); }

TEST(WorkplaneErrors, ExtrudeUntilRules) {
  CQ_FAILS("result = cq.Workplane().box(2, 2, 2).faces('>Z').workplane().rect(1, 1).extrude('next', combine=False)\n",
           "runtime.value_error");
  CQ_FAILS("result = cq.Workplane().box(2, 2, 2).faces('>Z').workplane().rect(1, 1).extrude('sideways')\n",
           "runtime.value_error");
  CQ_FAILS("result = cq.Workplane().box(2, 2, 2).faces('>Z').workplane().rect(1, 1).extrude([1])\n",
           "runtime.type_error");
}

TEST(WorkplaneErrors, GeometryFailureKeepsKernelCodeAndCallSite) {
  auto r = run_cq("a = 1\nresult = cq.Workplane().box(1, 1, 1).edges().fillet(5)\n");
  ASSERT_FALSE(r.ok());
  ASSERT_FALSE(r.diags.empty());
  EXPECT_EQ(r.diags[0].category(), "geom") << r.diags[0].to_string();
  EXPECT_EQ(r.diags[0].span.line, 4) << r.diags[0].to_string();  // two import lines precede
  EXPECT_NE(r.diags[0].message.find("Workplane.fillet"), std::string::npos) << r.diags[0].message;
}

TEST(WorkplaneErrors, TimeBudgetCheckedOnEveryCall) {
  lang::py::ModuleRegistry reg;
  register_cadquery(reg);
  base::Limits limits;
  limits.max_seconds = 0.05;
  base::Budget budget(limits);
  // Few evaluator steps, many kernel operations: the per-call clock check must stop it.
  auto r = lang::py::run_program(
      "import cadquery as cq\nr = cq.Workplane().box(10, 10, 10)\n"
      "for i in range(2000):\n    r = r.faces('>Z').workplane().circle(0.1).extrude(0.01)\n",
      "<test>", budget, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].code, "limit.time") << r.diags[0].to_string();
}

TEST(WorkplaneErrors, BadSelector) {
  auto r = run_cq("result = cq.Workplane().box(1, 1, 1).faces('>Q')\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diags[0].category(), "runtime");
}

}  // namespace
}  // namespace cadscribe::cad::testing
