#include "nn/program_lm.h"

#include <gtest/gtest.h>

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

// <bos> program <eos>, as the model reads and writes programs.
std::vector<int32_t> program_ids(const BpeTokenizer& tok, const std::string& text) {
  std::vector<int32_t> ids{BpeTokenizer::kBos};
  for (int32_t id : tok.encode(text)) ids.push_back(id);
  ids.push_back(BpeTokenizer::kEos);
  return ids;
}

std::vector<std::vector<int32_t>> batch_of(const BpeTokenizer& tok) {
  std::vector<std::string> docs = {"result = cq.Workplane(\"XY\").box(10.0, 20.0, 5.0)\n",
                                   "result = cq.Workplane(\"XY\").circle(4.0).extrude(12.0)\n",
                                   "result = cq.Workplane(\"XZ\").rect(8.0, 3.0).extrude(2.5)\n"};
  std::vector<std::vector<int32_t>> out;
  for (const auto& d : docs) out.push_back(program_ids(tok, d));
  return out;
}

TEST(ProgramLm, TrainingLowersTheLoss) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane(\"XY\").box(10.0, 20.0, 5.0).circle(4.0).extrude(12.0)\n"}, 300);
  ProgramLm lm(tiny(tok.vocab_size()));
  auto batch = batch_of(tok);
  const double before = lm.loss(batch);
  EXPECT_NEAR(before, std::log(double(tok.vocab_size())), 1.0);  // an untrained model is near uniform
  double last = 0;
  for (int step = 0; step < 60; ++step) last = lm.train_step(batch, 3e-3);
  EXPECT_LT(lm.loss(batch), 0.5 * before);
  EXPECT_LT(last, before);
}

TEST(ProgramLm, SameSeedSameWeightsAndSavedWeightsGiveTheSameOutputs) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(1, 2, 3)\n"}, 280);
  ProgramLm a(tiny(tok.vocab_size())), b(tiny(tok.vocab_size()));
  auto batch = batch_of(tok);
  for (int step = 0; step < 5; ++step) a.train_step(batch, 1e-3);
  EXPECT_NE(a.next_logits(batch[0]), b.next_logits(batch[0]));
  auto bytes = encode_safetensors(a.weights());
  ASSERT_TRUE(bytes.ok());
  auto st = decode_safetensors(*bytes, "mem");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(b.load_weights(*st).ok());
  EXPECT_EQ(a.next_logits(batch[0]), b.next_logits(batch[0]));
  EXPECT_EQ(a.next_logits(batch[1]), b.next_logits(batch[1]));
  ProgramLm c(tiny(tok.vocab_size())), d(tiny(tok.vocab_size()));
  EXPECT_EQ(c.next_logits(batch[2]), d.next_logits(batch[2]));  // initialisation follows the seed
  EXPECT_EQ(a.weights().metadata.at("config"), a.config().to_json().dump());
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
  for (int step = 0; step < 120; ++step) lm.train_step(matched, 3e-3);
  // The programs share their first tokens; only the views tell which one follows.
  EXPECT_LT(lm.loss(matched) * 3, lm.loss(swapped));
  // Saved and loaded, the conditioned model gives the same logits.
  ProgramLm other(c);
  ASSERT_TRUE(other.load_weights(lm.weights()).ok());
  std::vector<int32_t> prefix(box.begin(), box.begin() + 6);
  EXPECT_EQ(lm.next_logits(views_of(true, 2, 16), prefix), other.next_logits(views_of(true, 2, 16), prefix));
  EXPECT_NE(lm.next_logits(views_of(true, 2, 16), prefix), lm.next_logits(views_of(false, 2, 16), prefix));
  EXPECT_FALSE(LmConfig::from_json({{"image_size", 12}}).ok());  // not a multiple of 8
}

// The incremental decoder gives the logits of a whole forward pass over the prefix.
void expect_near(const std::vector<float>& a, const std::vector<float>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) ASSERT_NEAR(a[i], b[i], 1e-4) << i;
}

TEST(ProgramLm, DecoderMatchesTheFullForwardPass) {
  auto tok = BpeTokenizer::train({"result = cq.Workplane().box(1, 2, 3)\n"}, 280);
  ProgramLm lm(tiny(tok.vocab_size()));
  auto seq = batch_of(tok)[0];
  for (int step = 0; step < 3; ++step) lm.train_step(batch_of(tok), 1e-3);
  Decoder dec = lm.decoder();
  for (size_t k = 1; k <= 12; ++k) {
    auto step = dec.push(seq[k - 1]);
    expect_near(step, lm.next_logits(std::vector<int32_t>(seq.begin(), seq.begin() + int64_t(k))));
  }
  EXPECT_EQ(dec.tokens(), 12);
  // Conditioned: the views are the decoder's prefix.
  LmConfig c = tiny(tok.vocab_size());
  c.image_size = 16;
  c.views = 2;
  ProgramLm vlm(c);
  const auto views = views_of(true, 2, 16);
  Decoder vdec = vlm.decoder(views);
  for (size_t k = 1; k <= 6; ++k) {
    auto step = vdec.push(seq[k - 1]);
    expect_near(step, vlm.next_logits(views, std::vector<int32_t>(seq.begin(), seq.begin() + int64_t(k))));
  }
}

TEST(ProgramLm, GreedyGenerationWritesTheProgramTheViewsShow) {
  const std::string box = "result = cq.Workplane().box(8, 8, 2)\n";
  const std::string cyl = "result = cq.Workplane().cylinder(5, 3)\n";
  auto tok = BpeTokenizer::train({box, cyl}, 300);
  LmConfig c = tiny(tok.vocab_size());
  c.image_size = 16;
  c.views = 2;
  ProgramLm lm(c);
  std::vector<ViewsExample> data = {{views_of(true, 2, 16), program_ids(tok, box)}, {views_of(false, 2, 16), program_ids(tok, cyl)}};
  for (int step = 0; step < 200; ++step) lm.train_step(data, 3e-3);
  GenerateOptions greedy;
  greedy.max_tokens = 64;
  EXPECT_EQ(tok.decode(generate(lm, views_of(true, 2, 16), greedy)), box);
  EXPECT_EQ(tok.decode(generate(lm, views_of(false, 2, 16), greedy)), cyl);
  // Seeded sampling: the same seed writes the same tokens; max_tokens bounds the output.
  GenerateOptions hot;
  hot.temperature = 2.0;
  hot.top_k = 20;
  hot.seed = 5;
  EXPECT_EQ(generate(lm, views_of(true, 2, 16), hot), generate(lm, views_of(true, 2, 16), hot));
  hot.max_tokens = 3;
  EXPECT_LE(generate(lm, views_of(true, 2, 16), hot).size(), 3u);
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
  auto c = LmConfig::from_json(tiny(300).to_json());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->to_json(), tiny(300).to_json());
}

}  // namespace
}  // namespace cadscribe::nn
