// The freeform families' solids are right side out and fill part of their box: an outline the
// engine turns inside out (a revolve or extrude of some non-convex polylines) still passes the
// validity rule but has a negative volume, which would poison booleans and the dataset's metadata.
#include <gtest/gtest.h>

#include "synth/family_freeform_util.h"
#include "synth/family_test_util.h"

namespace cadscribe::synth {
namespace {

constexpr const char* kFreeform[] = {"enclosure", "enclosure_lid", "tray",      "pipe_bend",
                                     "handle",    "loft_transition", "funnel",  "nozzle",
                                     "bracket_gusset", "clip_ring", "feature_composite"};

TEST(FreeformFamilies, AreRegistered) {
  for (const char* name : kFreeform) EXPECT_NE(find_family(name), nullptr) << name;
}

TEST(FreeformFamilies, SolidsArePositiveAndInsideTheirBox) {
  for (const char* name : kFreeform) {
    const Family* family = find_family(name);
    ASSERT_NE(family, nullptr) << name;
    for (uint64_t seed = 1000; seed < 1006; ++seed) {
      FamilyRun r = run_family(*family, seed, /*validate=*/true);
      ASSERT_TRUE(r.execution.ok()) << name << " seed " << seed << "\n" << r.program;
      const auto& v = r.execution.validity;
      const auto size = v.bbox.max - v.bbox.min;
      const double box = size.x * size.y * size.z;
      EXPECT_GT(v.volume, 0.0) << name << " seed " << seed << "\n" << r.program;
      EXPECT_LT(v.volume, box) << name << " seed " << seed;
      // Thin-walled and drilled parts: never a solid block.
      EXPECT_LT(v.volume, 0.98 * box) << name << " seed " << seed;
    }
  }
}

TEST(FreeformFamilies, ProgramsUseTheirSignatureOperation) {
  // Each family is defined by one construction; a refactor that drops it changes the dataset.
  const std::pair<const char*, const char*> expect[] = {
      {"enclosure", ".shell("}, {"enclosure_lid", "rect("},  {"tray", ".shell("},
      {"pipe_bend", ".sweep("}, {"handle", ".sweep("},       {"loft_transition", ".loft("},
      {"funnel", ".revolve("},  {"nozzle", ".revolve("},     {"bracket_gusset", ".polyline("},
  };
  for (const auto& [name, op] : expect) {
    const Family* family = find_family(name);
    ASSERT_NE(family, nullptr) << name;
    for (uint64_t seed = 0; seed < 20; ++seed)
      EXPECT_NE(write_family_program(*family, seed).find(op), std::string::npos) << name << " seed " << seed;
  }
}

}  // namespace
}  // namespace cadscribe::synth
