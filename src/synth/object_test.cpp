// Every object category writes printable programs across 100 seeds, they differ, and their
// prompts say what they are; the writer and the prompts behave as documented.
#include <gtest/gtest.h>

#include <set>

#include "synth/object.h"
#include "synth/object_check.h"

namespace cadscribe::synth {
namespace {

constexpr int kSeeds = 100;

std::vector<std::string> category_names() {
  std::vector<std::string> names;
  for (const auto& c : object_categories()) names.emplace_back(c.name);
  return names;
}

class ObjectPrintability : public ::testing::TestWithParam<std::string> {};

TEST_P(ObjectPrintability, PrintableAndVariedAcrossSeeds) {
  const ObjectCategory* category = find_object_category(GetParam());
  ASSERT_NE(category, nullptr);
  std::set<std::string> programs;
  int failed = 0;
  for (uint64_t seed = 0; seed < kSeeds; ++seed) {
    const ObjectSample sample = make_object(*category, seed);
    programs.insert(sample.program);
    EXPECT_FALSE(sample.prompts.empty());
    const ObjectRun run = run_object(sample);
    if (!run.printable()) {
      const base::Diag* d = run.execution.first_error();
      ADD_FAILURE() << category->name << " seed " << seed << ": " << run.failure << " "
                    << (d ? d->to_string() : "") << " components " << run.execution.facts.components << "\n"
                    << sample.program;
      if (++failed >= 3) return;
    }
  }
  EXPECT_GE(programs.size(), kSeeds * 95 / 100) << category->name << " repeats itself";
}

INSTANTIATE_TEST_SUITE_P(All, ObjectPrintability, ::testing::ValuesIn(category_names()),
                         [](const auto& info) { return info.param; });

TEST(Objects, SameSeedSameBytesAndPromptsNameTheObject) {
  for (const auto& c : object_categories()) {
    const ObjectSample a = make_object(c, 7, 4), b = make_object(c, 7, 4);
    EXPECT_EQ(a.program, b.program);
    EXPECT_EQ(a.prompts, b.prompts);
    EXPECT_EQ(a.category, c.name);
    EXPECT_EQ(std::set<std::string>(a.prompts.begin(), a.prompts.end()).size(), a.prompts.size()) << "prompts repeat";
    for (const auto& p : a.prompts) {
      bool named = false;
      for (auto noun : c.nouns) named = named || p.find(noun) != std::string::npos;
      EXPECT_TRUE(named) << c.name << ": '" << p << "' names no noun of the category";
    }
    // Asking for other phrasings never changes the program.
    EXPECT_EQ(make_object(c, 7, 1).program, a.program);
  }
  EXPECT_EQ(find_object_category("no such thing"), nullptr);
}

TEST(ScadWriter, PrintsParametersModulesAndTheAssembly) {
  EXPECT_EQ(scad_number(95.0), "95");
  EXPECT_EQ(scad_number(2.50), "2.5");
  EXPECT_EQ(scad_number(-0.0), "0");
  EXPECT_EQ(scad_number(1.23456, 3), "1.235");
  EXPECT_EQ(scad_vector({1, 2.5, 0}), "[1, 2.5, 0]");
  ScadStyle style;
  style.main_module = true;
  ScadWriter w("Peg: a rod", style, 32);
  const auto L = w.param("length", 40, "mm");
  const auto D = w.param("diameter", 6);
  w.module("peg", "", {"cylinder(h = " + L + ", " + w.round_size(D) + ");"}, "the rod");
  w.assembly("rod", {"peg();"});
  EXPECT_EQ(w.text(),
            "// Peg: a rod\n\n// Parameters (mm)\nlength = 40;  // mm\ndiameter = 6;\n$fn = 32;\n\n"
            "// the rod\nmodule peg() {\n  cylinder(h = length, d = diameter);\n}\n\n"
            "// the whole rod\nmodule rod() {\n  peg();\n}\n\nrod();\n");
  style.diameters = false;
  style.comments = false;
  ScadWriter r("x", style);
  EXPECT_EQ(r.round_size("d"), "r = d / 2");
  EXPECT_EQ(r.round_size("d - 2 * w"), "r = (d - 2 * w) / 2");
}

TEST(Prompts, ArticlesLengthsAndDistinctPhrasings) {
  EXPECT_EQ(with_article("owl"), "an owl");
  EXPECT_EQ(with_article("tall mug"), "a tall mug");
  base::Rng rng(3);
  for (int i = 0; i < 20; ++i) {
    const std::string s = Prompts::length(rng, 95);
    EXPECT_TRUE(s == "95 mm" || s == "9.5 cm") << s;
    EXPECT_EQ(Prompts::length(rng, 12.4), "12 mm");
  }
  Prompts p;
  EXPECT_TRUE(p.phrasings(rng, {"mug"}, 0).empty());
  const auto few = Prompts{}.phrasings(rng, {"mug"}, 10);  // no facts: only the noun's forms
  EXPECT_LE(few.size(), 4u);
  p.adjective("tall");
  p.detail("12 cm high");
  p.detail("with a thick handle");
  const auto many = p.phrasings(rng, {"mug", "coffee mug"}, 8);
  EXPECT_EQ(many.size(), 8u);
  EXPECT_EQ(std::set<std::string>(many.begin(), many.end()).size(), 8u);
}

}  // namespace
}  // namespace cadscribe::synth
