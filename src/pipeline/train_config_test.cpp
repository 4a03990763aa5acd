#include "pipeline/train_config.h"

#include <gtest/gtest.h>

namespace cadscribe::pipeline {
namespace {

TEST(TrainConfig, DefaultsRoundTripAndTheTokenizerSetsTheVocabulary) {
  auto c = TrainConfig::from_json(nlohmann::json::object());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->model.vocab, c->tokenizer_vocab);
  auto again = TrainConfig::from_json(c->to_json());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->to_json(), c->to_json());
  auto custom = TrainConfig::from_json({{"model", {{"d_model", 64}, {"image_size", 64}}},
                                        {"tokenizer", {{"vocab", 700}}},
                                        {"train", {{"steps", 10}, {"learning_rate", 0.01}, {"seed", 3}}}});
  ASSERT_TRUE(custom.ok()) << custom.error().message;
  EXPECT_EQ(custom->model.d_model, 64);
  EXPECT_EQ(custom->model.vocab, 700);
  EXPECT_EQ(custom->steps, 10);
  EXPECT_EQ(custom->seed, 3u);
  // The default chunking is not written, so the configs of runs before it existed compare equal.
  EXPECT_FALSE(c->to_json()["tokenizer"].contains("chunking"));
  auto phrases = TrainConfig::from_json({{"tokenizer", {{"chunking", "phrases"}}}});
  ASSERT_TRUE(phrases.ok()) << phrases.error().message;
  EXPECT_EQ(phrases->tokenizer_chunking, nn::BpeTokenizer::Chunking::kPhrases);
  EXPECT_EQ(phrases->to_json()["tokenizer"]["chunking"], "phrases");
}

TEST(TrainConfig, RefusesTyposWrongTypesAndRanges) {
  auto code = [](const nlohmann::json& j) {
    auto c = TrainConfig::from_json(j);
    return c.ok() ? std::string("ok") : c.error().code + ": " + c.error().message;
  };
  EXPECT_NE(code({{"trian", {}}}).find("unknown key 'trian'"), std::string::npos);
  EXPECT_NE(code({{"train", {{"step", 3}}}}).find("unknown key 'train.step'"), std::string::npos);
  EXPECT_NE(code({{"train", {{"steps", 0}}}}).find("train.steps must be in"), std::string::npos);
  EXPECT_NE(code({{"train", {{"batch", 2.5}}}}).find("train.batch must be an integer"), std::string::npos);
  EXPECT_NE(code({{"train", {{"seed", -1}}}}).find("non-negative"), std::string::npos);
  EXPECT_NE(code({{"model", {{"vocab", 300}}}}).find("set by the tokenizer"), std::string::npos);
  EXPECT_NE(code({{"model", {{"d_model", 30}, {"heads", 4}}}}).find("io.bad_config"), std::string::npos);
  EXPECT_NE(code({{"tokenizer", {{"vocab", 100}}}}).find("tokenizer.vocab"), std::string::npos);
  EXPECT_NE(code({{"tokenizer", {{"chunking", "lines"}}}}).find("tokenizer.chunking"), std::string::npos);
  EXPECT_NE(code({{"train", {{"val_samples", 4}, {"val_execute", 5}}}}).find("val_execute"), std::string::npos);
  EXPECT_NE(code({{"train", {{"learning_rate", 1e-4}, {"min_learning_rate", 1e-3}}}}).find("min_learning_rate"),
            std::string::npos);
  auto missing = TrainConfig::read("/nonexistent/model.json");
  EXPECT_EQ(missing.error().code, "io.open_failed");
}

TEST(TrainConfig, LearningRateWarmsUpThenDecaysToTheFloor) {
  TrainConfig c;
  c.steps = 110;
  c.warmup = 10;
  c.learning_rate = 1e-3;
  c.min_learning_rate = 1e-4;
  EXPECT_DOUBLE_EQ(learning_rate_at(c, 0), 1e-4);
  EXPECT_DOUBLE_EQ(learning_rate_at(c, 9), 1e-3);
  EXPECT_DOUBLE_EQ(learning_rate_at(c, 10), 1e-3);
  EXPECT_NEAR(learning_rate_at(c, 59), 5.5e-4, 1e-5);
  EXPECT_DOUBLE_EQ(learning_rate_at(c, 109), 1e-4);
  for (int64_t s = 11; s < 110; ++s) EXPECT_LE(learning_rate_at(c, s), learning_rate_at(c, s - 1));
}

}  // namespace
}  // namespace cadscribe::pipeline
