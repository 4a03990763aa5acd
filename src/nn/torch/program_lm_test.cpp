#include "nn/torch/program_lm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "nn/bpe_tokenizer.h"

namespace cadscribe::nn {
namespace {

LmConfig tiny(int32_t vocab) {
  LmConfig c;
  c.vocab = vocab;
  c.d_model = 32;
  c.heads = 4;
  c.layers = 2;
  c.d_ff = 64;
  c.max_len = 96;
  c.seed = 7;
  return c;
}

OptimizerSettings lr(double rate) {
  OptimizerSettings s;
  s.learning_rate = rate;
  return s;
}

// <bos> program <eos>, as the model reads and writes programs.
std::vector<int32_t> program_ids(const BpeTokenizer& tok, const std::string& text) {
  std::vector<int32_t> ids{BpeTokenizer::kBos};
  for (int32_t id : tok.encode(text)) ids.push_back(id);
  ids.push_back(BpeTokenizer::kEos);
  return ids;
}

std::vector<ViewsExample> batch_of(const BpeTokenizer& tok) {
  std::vector<std::string> docs = {"result = cq.Workplane(\"XY\").box(10.0, 20.0, 5.0)\n",
                                   "result = cq.Workplane(\"XY\").circle(4.0).extrude(12.0)\n",
                                   "result = cq.Workplane(\"XZ\").rect(8.0, 3.0).extrude(2.5)\n"};
  std::vector<ViewsExample> out;
  for (const auto& d : docs) out.push_back({{}, program_ids(tok, d)});
  return out;
}

TEST(ProgramLm, TrainingLowersTheLossAndRaisesTokenAccuracy) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane(\"XY\").box(10.0, 20.0, 5.0).circle(4.0).extrude(12.0)\n"}, 300);
  ProgramLm lm(tiny(tok.vocab_size()));
  auto batch = batch_of(tok);
  const Evaluation before = lm.evaluate(batch);
  EXPECT_NEAR(before.loss, std::log(double(tok.vocab_size())), 1.0);  // an untrained model is near uniform
  EXPECT_LT(before.token_accuracy, 0.2);
  double last = 0;
  for (int step = 0; step < 60; ++step) last = lm.train_step(batch, lr(3e-3));
  const Evaluation after = lm.evaluate(batch);
  EXPECT_LT(after.loss, 0.5 * before.loss);
  EXPECT_LT(last, before.loss);
  EXPECT_GT(after.token_accuracy, 0.6);
  size_t targets = 0;
  for (const auto& e : batch) targets += e.tokens.size() - 1;
  EXPECT_EQ(after.tokens, int64_t(targets));
}

TEST(ProgramLm, SameSeedSameWeightsAndSavedWeightsGiveTheSameOutputs) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(1, 2, 3)\n"}, 280);
  ProgramLm a(tiny(tok.vocab_size())), b(tiny(tok.vocab_size()));
  auto batch = batch_of(tok);
  for (int step = 0; step < 5; ++step) a.train_step(batch, lr(1e-3));
  EXPECT_NE(a.next_logits({}, batch[0].tokens), b.next_logits({}, batch[0].tokens));
  auto bytes = encode_safetensors(a.weights());
  ASSERT_TRUE(bytes.ok());
  auto st = decode_safetensors(*bytes, "mem");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(b.load_weights(*st).ok());
  EXPECT_EQ(a.next_logits({}, batch[0].tokens), b.next_logits({}, batch[0].tokens));
  EXPECT_EQ(a.next_logits({}, batch[1].tokens), b.next_logits({}, batch[1].tokens));
  ProgramLm c(tiny(tok.vocab_size())), d(tiny(tok.vocab_size()));
  EXPECT_EQ(c.next_logits({}, batch[2].tokens), d.next_logits({}, batch[2].tokens));  // initialisation follows the seed
  EXPECT_EQ(a.weights().metadata.at("config"), a.config().to_json().dump());
}

// Whether two models' parameters are bit-identical (without printing megabytes when not).
bool same_parameters(const LanguageModel& a, const LanguageModel& b) {
  const auto x = a.weights().tensors, y = b.weights().tensors;
  if (x.size() != y.size()) return false;
  for (const auto& [name, t] : x) {
    auto it = y.find(name);
    if (it == y.end() || it->second.shape != t.shape || it->second.bytes != t.bytes) return false;
  }
  return true;
}

// A checkpoint (weights + optimiser state) taken mid-run resumes into the very same run.
TEST(ProgramLm, WeightsAndOptimizerStateResumeTrainingExactly) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(1, 2, 3)\n"}, 280);
  auto batch = batch_of(tok);
  ProgramLm straight(tiny(tok.vocab_size()));
  for (int step = 0; step < 6; ++step) straight.train_step(batch, lr(2e-3));
  ProgramLm first(tiny(tok.vocab_size()));
  for (int step = 0; step < 3; ++step) first.train_step(batch, lr(2e-3));
  auto weights = decode_safetensors(*encode_safetensors(first.weights()), "w");
  auto state = decode_safetensors(*encode_safetensors(first.optimizer_state()), "o");
  ASSERT_TRUE(weights.ok() && state.ok());
  EXPECT_EQ(state->metadata.at("step"), "3");
  LmConfig other_seed = tiny(tok.vocab_size());
  other_seed.seed = 99;  // everything must come from the checkpoint
  ProgramLm resumed(other_seed);
  ASSERT_TRUE(resumed.load_weights(*weights).ok());
  ASSERT_TRUE(resumed.load_optimizer_state(*state).ok());
  for (int step = 0; step < 3; ++step) resumed.train_step(batch, lr(2e-3));
  EXPECT_TRUE(same_parameters(resumed, straight));
  // Without the optimiser state the run differs (the moments matter).
  ProgramLm fresh(tiny(tok.vocab_size()));
  ASSERT_TRUE(fresh.load_weights(*weights).ok());
  for (int step = 0; step < 3; ++step) fresh.train_step(batch, lr(2e-3));
  EXPECT_FALSE(same_parameters(fresh, straight));
  auto broken = *state;
  broken.metadata.erase("step");
  EXPECT_EQ(resumed.load_optimizer_state(broken).error().code, "io.bad_optimizer_state");
  broken = *state;
  broken.tensors.erase(broken.tensors.begin());
  EXPECT_EQ(resumed.load_optimizer_state(broken).error().code, "io.bad_optimizer_state");
}

// Views of two made-up parts: bright left halves or bright top halves.
std::vector<float> views_of(bool left, int views, int size) {
  std::vector<float> v;
  for (int k = 0; k < views; ++k)
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) v.push_back((left ? x < size / 2 : y < size / 2) ? 0.9f : 0.1f);
  return v;
}

TEST(ProgramLm, ConditionedModelReadsTheViews) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(8, 8, 2)\nresult = cq.Workplane().cylinder(5, 3)\n"}, 300);
  LmConfig c = tiny(tok.vocab_size());
  c.image_size = 16;
  c.views = 2;
  ProgramLm lm(c);
  const auto box = program_ids(tok, "result = cq.Workplane().box(8, 8, 2)\n");
  const auto cyl = program_ids(tok, "result = cq.Workplane().cylinder(5, 3)\n");
  std::vector<ViewsExample> matched = {{views_of(true, 2, 16), box}, {views_of(false, 2, 16), cyl}};
  std::vector<ViewsExample> swapped = {{views_of(true, 2, 16), cyl}, {views_of(false, 2, 16), box}};
  for (int step = 0; step < 120; ++step) lm.train_step(matched, lr(3e-3));
  // The programs share their first tokens; only the views tell which one follows.
  EXPECT_LT(lm.evaluate(matched).loss * 3, lm.evaluate(swapped).loss);
  // Saved and loaded, the conditioned model gives the same logits.
  ProgramLm other(c);
  ASSERT_TRUE(other.load_weights(lm.weights()).ok());
  std::vector<int32_t> prefix(box.begin(), box.begin() + 6);
  EXPECT_EQ(lm.next_logits(views_of(true, 2, 16), prefix), other.next_logits(views_of(true, 2, 16), prefix));
  EXPECT_NE(lm.next_logits(views_of(true, 2, 16), prefix), lm.next_logits(views_of(false, 2, 16), prefix));
}

// The incremental decoder gives the logits of a whole forward pass over the prefix.
void expect_near(const std::vector<float>& a, const std::vector<float>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) ASSERT_NEAR(a[i], b[i], 1e-4) << i;
}

TEST(ProgramLm, DecoderMatchesTheFullForwardPassAndForksIndependently) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(1, 2, 3)\n"}, 280);
  ProgramLm lm(tiny(tok.vocab_size()));
  auto seq = batch_of(tok)[0].tokens;
  for (int step = 0; step < 3; ++step) lm.train_step(batch_of(tok), lr(1e-3));
  auto dec = lm.decoder({});
  std::unique_ptr<LmDecoder> fork;
  for (size_t k = 1; k <= 12; ++k) {
    auto step = dec->push(seq[k - 1]);
    expect_near(step, lm.next_logits({}, std::vector<int32_t>(seq.begin(), seq.begin() + int64_t(k))));
    if (k == 6) fork = dec->fork();
  }
  EXPECT_EQ(dec->tokens(), 12);
  // The fork went on from token 6 on its own: pushing another token there leaves `dec` alone.
  ASSERT_EQ(fork->tokens(), 6);
  std::vector<int32_t> branch(seq.begin(), seq.begin() + 6);
  branch.push_back(seq[0]);
  expect_near(fork->push(seq[0]), lm.next_logits({}, branch));
  // Conditioned: the views are the decoder's prefix.
  LmConfig c = tiny(tok.vocab_size());
  c.image_size = 16;
  c.views = 2;
  ProgramLm vlm(c);
  const auto views = views_of(true, 2, 16);
  auto vdec = vlm.decoder(views);
  for (size_t k = 1; k <= 6; ++k) {
    auto step = vdec->push(seq[k - 1]);
    expect_near(step, vlm.next_logits(views, std::vector<int32_t>(seq.begin(), seq.begin() + int64_t(k))));
  }
}

TEST(ProgramLm, RefusesWeightsOfAnotherShapeAndBadConfigs) {
  ProgramLm a(tiny(300)), b(tiny(301));
  auto st = a.weights();
  EXPECT_EQ(b.load_weights(st).error().code, "io.bad_weights");
  st.tensors.erase(st.tensors.begin());
  EXPECT_EQ(a.load_weights(st).error().code, "io.bad_weights");
  EXPECT_EQ(LmConfig::from_json({{"d_model", 30}, {"heads", 4}}).error().code, "io.bad_config");
  EXPECT_FALSE(LmConfig::from_json({{"vocab", -1}}).ok());
  EXPECT_FALSE(LmConfig::from_json({{"layers", "two"}}).ok());
  EXPECT_FALSE(LmConfig::from_json({{"image_size", 12}}).ok());  // not a multiple of 8
  EXPECT_FALSE(LmConfig::from_json({{"layer", 2}}).ok());        // a typo
  auto c = LmConfig::from_json(tiny(300).to_json());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->to_json(), tiny(300).to_json());
}

}  // namespace
}  // namespace cadscribe::nn
