#include "pipeline/prompt_line.h"

#include <gtest/gtest.h>

namespace cadscribe::pipeline {
namespace {

TEST(PromptLine, NormalisesHowAPromptWasTyped) {
  EXPECT_EQ(normalize_prompt("  Make me a   TALL\tmug\n"), "make me a tall mug");
  EXPECT_EQ(normalize_prompt("a mug, 12 cm high"), "a mug, 12 cm high");
  EXPECT_EQ(normalize_prompt("caf\xc3\xa9 cup"), "caf cup");  // bytes outside ASCII become a space, then trimmed runs
  EXPECT_EQ(normalize_prompt(""), "");
  EXPECT_EQ(prompt_line("A Duck"), "// a duck\n");
}

TEST(PromptLine, LongPromptsAreCutAtAWord) {
  std::string long_prompt;
  for (int i = 0; i < 60; ++i) long_prompt += "word ";
  const std::string n = normalize_prompt(long_prompt);
  EXPECT_LE(n.size(), kMaxPromptBytes);
  EXPECT_EQ(n.back(), 'd');
  EXPECT_EQ(normalize_prompt(std::string(400, 'x')).size(), kMaxPromptBytes);
}

}  // namespace
}  // namespace cadscribe::pipeline
