#include "synth/program_writer.h"

#include <gtest/gtest.h>

#include "cad/execute.h"

namespace cadscribe::synth {
namespace {

TEST(FormatNumber, TrimsButKeepsOneDecimal) {
  EXPECT_EQ(format_number(12.5), "12.5");
  EXPECT_EQ(format_number(40), "40.0");
  EXPECT_EQ(format_number(0.25, 2), "0.25");
  EXPECT_EQ(format_number(1.23456, 3), "1.235");
  EXPECT_EQ(format_number(-0.0001, 2), "0.0");
  EXPECT_EQ(format_points({{1, 2}, {3.5, -4}}), "[(1.0, 2.0), (3.5, -4.0)]");
}

std::string plate(const Style& style) {
  ProgramWriter w("Plate with a hole", style);
  auto len = w.param("length", 40, "plate length");
  auto thick = w.param("thickness", 5);
  auto dia = w.param("hole_diameter", 6.5);
  w.chain("plate", w.workplane(), "base plate")
      .call("box", len + ", " + len + ", " + thick)
      .step("faces", "\">Z\"", "drill the hole")
      .call("workplane")
      .call("hole", dia);
  return w.text("plate");
}

TEST(ProgramWriter, ChainedAndStepwiseBuildTheSamePart) {
  Style chained, stepwise;
  stepwise.chained = false;
  std::string a = plate(chained), b = plate(stepwise);
  EXPECT_NE(a, b);
  EXPECT_NE(b.find("plate = plate.faces(\">Z\")"), std::string::npos) << b;
  EXPECT_NE(a.find("# Parameters (mm)\nlength = 40.0  # plate length\n"), std::string::npos) << a;
  cad::ExecOptions o;
  o.validate = false;
  auto ea = cad::execute_program(a, "a.py", o);
  auto eb = cad::execute_program(b, "b.py", o);
  ASSERT_TRUE(ea.ok()) << a;
  ASSERT_TRUE(eb.ok()) << b;
  EXPECT_NEAR(ea.validity.volume, eb.validity.volume, 1e-6);
}

TEST(ProgramWriter, RecordsOpsInFirstUseOrderAndCountsEveryCall) {
  ProgramWriter w("ops", Style{});
  w.chain("a", w.workplane()).call("box", "1, 1, 1").call("faces", "\">Z\"").call("box", "1, 1, 1");
  EXPECT_EQ(w.ops(), (std::vector<std::string>{"box", "faces"}));
  EXPECT_EQ(w.op_count(), 3);
}

TEST(ProgramWriter, CommentsFollowTheStyle) {
  Style quiet;
  quiet.comments = false;
  std::string t = plate(quiet);
  EXPECT_EQ(t.find("  # plate length"), std::string::npos);
  EXPECT_EQ(t.find("# drill"), std::string::npos);
  EXPECT_EQ(t.rfind("# Plate with a hole", 0), 0u);  // the title stays
}

}  // namespace
}  // namespace cadscribe::synth
