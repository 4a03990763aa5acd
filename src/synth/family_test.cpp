// Every family writes valid programs (DESIGN.md §5) across 200 seeds, and they differ.
#include <gtest/gtest.h>

#include <set>

#include "synth/family_test_util.h"

namespace cadscribe::synth {
namespace {

constexpr int kSeeds = 200;

std::vector<std::string> family_names() {
  std::vector<std::string> names;
  for (const auto& f : families()) names.emplace_back(f.name);
  return names;
}

class FamilyValidity : public ::testing::TestWithParam<std::string> {};

TEST_P(FamilyValidity, ValidAndVariedAcrossSeeds) {
  const Family* family = find_family(GetParam());
  ASSERT_NE(family, nullptr);
  std::set<std::string> programs;
  int invalid = 0;
  for (uint64_t seed = 0; seed < kSeeds; ++seed) {
    FamilyRun r = run_family(*family, seed);
    programs.insert(r.program);
    const auto& v = r.execution.validity;
    if (!r.execution.ok() || !v.valid) {
      ++invalid;
      std::string why = r.execution.diags.empty() ? "" : r.execution.diags.front().to_string();
      for (const auto& reason : v.reasons) why += reason + "; ";
      ADD_FAILURE() << family->name << " seed " << seed << " is not valid: " << why << "\n" << r.program;
      if (invalid >= 3) return;  // enough to debug; keep the log readable
    }
  }
  // Near-every seed must give a different program (parameters and style vary).
  EXPECT_GE(programs.size(), kSeeds * 95 / 100) << family->name << " repeats itself";
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FamilyValidity);
INSTANTIATE_TEST_SUITE_P(AllFamilies, FamilyValidity, ::testing::ValuesIn(family_names()),
                         [](const auto& info) { return info.param; });

TEST(Families, NamesAreUniqueSnakeCaseAndDescribed) {
  std::set<std::string_view> seen;
  for (const auto& f : families()) {
    EXPECT_TRUE(seen.insert(f.name).second) << f.name;
    EXPECT_FALSE(f.description.empty()) << f.name;
    for (char c : f.name) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') << f.name;
  }
}

TEST(Families, CoverAtLeast25PartKinds) {
  // The bar; with a uniform choice each family then stays under 10% of a dataset.
  EXPECT_GE(families().size(), 25u);
}

TEST(Families, SameSeedSameProgram) {
  for (const auto& f : families()) EXPECT_EQ(write_family_program(f, 7), write_family_program(f, 7)) << f.name;
}

}  // namespace
}  // namespace cadscribe::synth
