// `make` end to end on a model small enough to train here: it writes what the prompt asks for,
// executes it, keeps a printable candidate the judge agrees with, and answers a prompt that
// names no known category with what it made and what that resembles.
#include "pipeline/maker.h"

#include <gtest/gtest.h>

#include "nn/generate.h"
#include "pipeline/prompt_line.h"
#include "synth/object.h"

namespace cadscribe::pipeline {
namespace {

struct Fixture {
  ProgramModel model{nullptr, nn::BpeTokenizer::train({}, 259)};
  ObjectJudge judge;
};

// A text model that learned one washer and one dice program, each after its prompt line.
const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    const std::string washer = prompt_line("a washer") + synth::make_object(*synth::find_object_category("washer"), 1, 1).program;
    const std::string dice = prompt_line("a dice") + synth::make_object(*synth::find_object_category("dice"), 1, 1).program;
    x.model.tokenizer = nn::BpeTokenizer::train({washer, dice}, 600);
    nn::LmConfig c;
    c.vocab = x.model.tokenizer.vocab_size();
    c.d_model = 48;
    c.heads = 4;
    c.layers = 2;
    c.d_ff = 96;
    c.max_len = 1024;
    c.seed = 5;
    auto lm = nn::create_language_model(c);
    EXPECT_TRUE(lm) << lm.error().message;
    EXPECT_TRUE(nn::set_model_threads(1));  // a model this small only waits on more threads
    auto ids = [&](const std::string& s) {
      std::vector<int32_t> out{nn::BpeTokenizer::kBos};
      for (int32_t t : x.model.tokenizer.encode(s)) out.push_back(t);
      out.push_back(nn::BpeTokenizer::kEos);
      EXPECT_LE(out.size(), size_t(c.max_len));
      return out;
    };
    std::vector<nn::ViewsExample> data = {{{}, ids(washer)}, {{}, ids(dice)}};
    nn::OptimizerSettings s;
    s.learning_rate = 3e-3;
    for (int step = 0; step < 300; ++step) (*lm)->train_step(data, s);
    x.model.lm = std::move(*lm);
    ObjectJudge::BuildOptions o;
    o.instances = 3;
    o.categories = {"washer", "dice", "mug"};
    auto judge = ObjectJudge::build(o);
    EXPECT_TRUE(judge) << judge.error().to_string();
    x.judge = std::move(*judge);
    return x;
  }();
  return f;
}

TEST(Maker, MakesWhatThePromptAsksForAndChecksIt) {
  MakeOptions o;
  o.candidates = 2;
  auto made = make_from_prompt(fixture().model, fixture().judge, "A Washer", o);
  ASSERT_TRUE(made) << made.error().to_string();
  EXPECT_EQ(made->prompt, "a washer");
  EXPECT_EQ(made->asked, "washer");
  ASSERT_EQ(made->candidates.size(), 2u);
  const MadeCandidate* best = made->best();
  ASSERT_NE(best, nullptr) << made->candidates[0].failure;
  EXPECT_TRUE(best->program.starts_with("// a washer\n"));
  EXPECT_TRUE(best->mesh.has_value());
  EXPECT_EQ(best->verdict.category, "washer");
  EXPECT_GT(best->asked_iou, 0.5);
  // Deterministic: the same call writes the same candidates.
  auto again = make_from_prompt(fixture().model, fixture().judge, "a washer", o);
  ASSERT_TRUE(again);
  for (size_t i = 0; i < 2; ++i) EXPECT_EQ(again->candidates[i].program, made->candidates[i].program);
}

TEST(Maker, AnUnknownObjectGetsAnHonestAnswer) {
  MakeOptions o;
  o.candidates = 1;
  auto made = make_from_prompt(fixture().model, fixture().judge, "a teapot", o);
  ASSERT_TRUE(made) << made.error().to_string();
  EXPECT_EQ(made->asked, "");
  if (const MadeCandidate* best = made->best()) EXPECT_FALSE(best->verdict.category.empty());
  EXPECT_EQ(make_from_prompt(fixture().model, fixture().judge, "  \n ", o).error().code, "make.empty_prompt");
}

TEST(Maker, ACandidateCutShortIsNotExecuted) {
  MakeOptions o;
  o.candidates = 1;
  o.max_tokens = 5;
  auto made = make_from_prompt(fixture().model, fixture().judge, "a dice", o);
  ASSERT_TRUE(made);
  EXPECT_EQ(made->candidates[0].failure, "decode.unfinished");
  EXPECT_EQ(made->best(), nullptr);
}

}  // namespace
}  // namespace cadscribe::pipeline
