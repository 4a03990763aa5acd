// An object dataset's attempt: a pure function of (seed, shard, attempt) that writes a .scad
// program, its 8 views and metadata with the variant's prompts; category choice honours the
// options; the options round-trip through a dataset identity and refuse what objects cannot do.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "synth/object_attempt.h"
#include "synth/produce.h"
#include "synth/sample_row.h"

namespace cadscribe::synth {
namespace {

GenerateOptions objects(std::vector<std::string> categories = {}) {
  GenerateOptions o;
  o.library = SampleLibrary::kObjects;
  o.families = std::move(categories);
  return o;
}

TEST(ObjectAttempt, WritesAScadSampleWithPrompts) {
  const Attempt a = make_attempt(objects({"mug"}), 5, 0, 3);
  ASSERT_TRUE(a.ok) << a.failure_code;
  EXPECT_EQ(a.family, "mug");
  EXPECT_EQ(a.sample.program_extension, "scad");
  EXPECT_NE(a.sample.program.find("module "), std::string::npos);
  EXPECT_EQ(a.sample.views_png.size(), 8u);
  EXPECT_TRUE(a.sample.step.empty());
  const auto meta = nlohmann::json::parse(a.sample.meta_json);
  EXPECT_EQ(meta["category"], "mug");
  EXPECT_EQ(meta["group"], "container");
  EXPECT_EQ(meta["generator_version"], kObjectGeneratorVersion);
  ASSERT_TRUE(meta["prompts"].is_array());
  EXPECT_GE(meta["prompts"].size(), 2u);
  for (const auto& p : meta["prompts"]) EXPECT_NE(p.get<std::string>().find("mug"), std::string::npos) << p;
  EXPECT_GT(meta["num_triangles"].get<int64_t>(), 100);
  EXPECT_GT(meta["volume"].get<double>(), 0);
  EXPECT_FALSE(meta.contains("num_faces"));
  // The manifest row reads the OpenSCAD ops and tokens.
  auto row = sample_row("k", "train/shard-000000.tar", a.sample.program, a.sample.meta_json, ProgramLanguage::kOpenScad);
  ASSERT_TRUE(row) << row.error().to_string();
  EXPECT_EQ((*row)["category"], "mug");
  EXPECT_EQ((*row)["num_triangles"], meta["num_triangles"]);
  EXPECT_GT((*row)["ops_count"].get<int64_t>(), 3);
  EXPECT_EQ((*row)["num_tokens"], meta["num_tokens"]);
}

TEST(ObjectAttempt, SameInputsSameBytesOtherAttemptOtherObject) {
  const Attempt a = make_attempt(objects(), 9, 2, 7), b = make_attempt(objects(), 9, 2, 7);
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.sample.program, b.sample.program);
  EXPECT_EQ(a.sample.meta_json, b.sample.meta_json);
  EXPECT_EQ(a.sample.views_png, b.sample.views_png);
  EXPECT_EQ(a.fingerprint, b.fingerprint);
  const Attempt c = make_attempt(objects(), 9, 2, 8);
  EXPECT_NE(a.sample.program, c.sample.program);
}

TEST(ObjectAttempt, CategoriesFollowTheOptions) {
  std::set<std::string> drawn;
  for (uint64_t s = 0; s < 400; ++s) drawn.insert(std::string(choose_object_category(objects(), s).name));
  EXPECT_GE(drawn.size(), object_categories().size() - 2);  // 400 draws over 60 categories
  for (uint64_t s = 0; s < 50; ++s) {
    const std::string name(choose_object_category(objects({"duck", "gear"}), s).name);
    EXPECT_TRUE(name == "duck" || name == "gear") << name;
  }
  EXPECT_EQ(attempt_family(objects({"duck"}), 1), "duck");
}

TEST(ObjectAttempt, ScadOpsCountCallsNotDefinitions) {
  const ScadOps ops = scad_ops("module cube() {}\nunion() { cube([1, 2, 3]); translate([1, 0, 0]) cube(1); foo(); }\n");
  EXPECT_EQ(ops.names, (std::vector<std::string>{"union", "cube", "translate"}));
  EXPECT_EQ(ops.count, 4);
}

TEST(ObjectAttempt, OptionsRoundTripAndRefuseWhatObjectsCannotDo) {
  const nlohmann::json j = generate_options_json(objects({"duck"}));
  EXPECT_EQ(j["library"], "objects");
  auto back = generate_options_from(j);
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(back->library, SampleLibrary::kObjects);
  EXPECT_EQ(back->families, std::vector<std::string>{"duck"});
  EXPECT_FALSE(generate_options_json(GenerateOptions{}).contains("library"));  // part datasets as before

  nlohmann::json bad = j;
  bad["families"] = {"plate_with_holes_and_no_such"};
  EXPECT_EQ(generate_options_from(bad).error().code, "synth.unknown_family");
  bad = j;
  bad["with_step"] = true;
  EXPECT_EQ(generate_options_from(bad).error().code, "synth.bad_dataset");
  bad = j;
  bad["library"] = "furniture";
  EXPECT_EQ(generate_options_from(bad).error().code, "synth.bad_dataset");
}

}  // namespace
}  // namespace cadscribe::synth
