#include "pipeline/prompt_category.h"

#include <gtest/gtest.h>

namespace cadscribe::pipeline {
namespace {

std::string asked(std::string_view prompt) {
  const synth::ObjectCategory* c = category_in_prompt(prompt);
  return c ? std::string(c->name) : "";
}

TEST(PromptCategory, FindsTheNounsOfTheLibrary) {
  EXPECT_EQ(asked("make me a coffee mug"), "mug");
  EXPECT_EQ(asked("A Tall MUG, 12 cm high"), "mug");
  EXPECT_EQ(asked("a cup coaster"), "coaster");        // the longest match
  EXPECT_EQ(asked("a duck or a fish"), "fish");       // equally long: the last one
  EXPECT_EQ(asked("shelf bracket for a bookshelf"), "shelf_bracket");
  EXPECT_EQ(asked("two ducks"), "duck");                // plurals
  EXPECT_EQ(asked("boxes of dishes"), "bowl");          // "dish" is a bowl's noun, +es
  EXPECT_EQ(asked("a phone stand at 60 degrees"), "phone_stand");
}

TEST(PromptCategory, NamesNothingItDoesNotKnow) {
  EXPECT_EQ(asked("a teapot"), "");
  EXPECT_EQ(asked("mugwort tea"), "");   // a noun inside a word is no match
  EXPECT_EQ(asked("scatter"), "");       // nor is "cat" in "scatter"
  EXPECT_EQ(asked(""), "");
}

}  // namespace
}  // namespace cadscribe::pipeline
