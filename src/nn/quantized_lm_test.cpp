// The int8 text model against the float model it was made from (the float model runs in the
// libtorch plug-in, as in the app).
#include "nn/quantized_lm.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "nn/bpe_tokenizer.h"
#include "nn/generate.h"

namespace cadscribe::nn {
namespace {

const std::string kBox = "// box\ncube([8, 8, 2]);\n";
const std::string kCyl = "// cylinder\ncylinder(h = 5, r = 3);\n";
const std::string kSphere = "// ball\nsphere(r = 4);\n";

std::vector<int32_t> ids(const BpeTokenizer& tok, const std::string& s) {
  std::vector<int32_t> out{BpeTokenizer::kBos};
  for (int32_t t : tok.encode(s)) out.push_back(t);
  out.push_back(BpeTokenizer::kEos);
  return out;
}

struct Trained {
  BpeTokenizer tok;
  std::unique_ptr<LanguageModel> lm;
};

// A text model that learned three programs, each after its comment line.
Trained trained() {
  auto tok = BpeTokenizer::train({kBox, kCyl, kSphere}, 300, BpeTokenizer::Chunking::kPhrases);
  LmConfig c;
  c.vocab = tok.vocab_size();
  c.d_model = 32;
  c.heads = 4;
  c.layers = 2;
  c.d_ff = 64;
  c.max_len = 64;
  c.image_size = 0;
  c.seed = 5;
  auto lm = create_language_model(c);
  EXPECT_TRUE(lm.ok()) << (lm.ok() ? "" : lm.error().message);
  std::vector<ViewsExample> data = {{{}, ids(tok, kBox)}, {{}, ids(tok, kCyl)}, {{}, ids(tok, kSphere)}};
  OptimizerSettings s;
  s.learning_rate = 3e-3;
  for (int step = 0; step < 250; ++step) (*lm)->train_step(data, s);
  return {std::move(tok), std::move(*lm)};
}

// The logits after each token of `tokens`, from a fresh decoder of `m`.
std::vector<std::vector<float>> logits_along(const DecodingModel& m, const std::vector<int32_t>& tokens) {
  auto d = m.decoder({});
  std::vector<std::vector<float>> out;
  for (int32_t t : tokens) out.push_back(d->push(t));
  return out;
}

TEST(QuantizedLm, RowsRoundToWithinHalfAStep) {
  const std::vector<float> w = {0.5f, -1.0f, 0.25f, 0, 0, 0, 3.0f, 2.9f, -0.01f};
  Int8Matrix m = quantize_rows(w, 3, 3);
  EXPECT_FLOAT_EQ(m.scale[0], 1.0f / 127);
  EXPECT_FLOAT_EQ(m.scale[1], 1.0f);  // an all-zero row keeps a harmless scale
  for (int64_t r = 0; r < 3; ++r)
    for (int64_t c = 0; c < 3; ++c)
      EXPECT_LE(std::fabs(m.q[size_t(r * 3 + c)] * m.scale[size_t(r)] - w[size_t(r * 3 + c)]), m.scale[size_t(r)] / 2);
  const float x[3] = {1, 2, -1};
  const float bias[3] = {10, 20, 30};
  float y[3];
  m.multiply(x, y, bias);
  EXPECT_NEAR(y[0], 10 + 0.5f - 2.0f - 0.25f, 0.02f);
  EXPECT_FLOAT_EQ(y[1], 20);
  EXPECT_NEAR(y[2], 30 + 3.0f + 5.8f + 0.01f, 0.05f);
}

TEST(QuantizedLm, LogitsAndGreedyOutputFollowTheFloatModel) {
  auto [tok, lm] = trained();
  auto q = QuantizedLm::quantize(lm->weights());
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ((*q)->parameter_count(), lm->parameter_count());
  EXPECT_EQ((*q)->config().d_model, 32);
  // Logits along a program: within a few hundredths of the float model's, relative to their range.
  const auto path = ids(tok, kCyl);
  const auto want = logits_along(*lm, path), got = logits_along(**q, path);
  for (size_t i = 0; i < want.size(); ++i) {
    const auto [lo, hi] = std::minmax_element(want[i].begin(), want[i].end());
    float worst = 0;
    for (size_t k = 0; k < want[i].size(); ++k) worst = std::max(worst, std::fabs(want[i][k] - got[i][k]));
    EXPECT_LT(worst, 0.05f * (*hi - *lo)) << "position " << i;
  }
  // Greedy decoding after each prompt writes what the float model writes (here: the program).
  for (const std::string* program : {&kBox, &kCyl, &kSphere}) {
    GenerateOptions o;
    o.max_tokens = 48;
    o.prefix = tok.encode(program->substr(0, program->find('\n') + 1));
    const Generation f = generate(*lm, {}, o), g = generate(**q, {}, o);
    EXPECT_EQ(tok.decode(f.tokens), *program);
    EXPECT_EQ(g.tokens, f.tokens);
    EXPECT_TRUE(g.finished);
  }
}

TEST(QuantizedLm, TheInt8FileLoadsBackToTheSameModel) {
  auto [tok, lm] = trained();
  auto float_weights = lm->weights();
  float_weights.metadata["tokenizer"] = tok.to_json().dump();
  auto q = QuantizedLm::quantize(float_weights);
  ASSERT_TRUE(q.ok()) << q.error().message;
  const Safetensors st = (*q)->weights();
  EXPECT_EQ(st.metadata.at("format"), kInt8Format);
  EXPECT_EQ(st.metadata.at("tokenizer"), float_weights.metadata.at("tokenizer"));
  EXPECT_EQ(st.tensors.at("tok_emb.weight").dtype, DType::kI8);
  EXPECT_EQ(st.tensors.at("ln_f.weight").dtype, DType::kF32);
  // A quarter of the float bytes, plus the float vectors and scales.
  size_t int8_bytes = 0, float_bytes = 0;
  for (const auto& [name, t] : st.tensors) int8_bytes += t.bytes.size();
  for (const auto& [name, t] : float_weights.tensors) float_bytes += t.bytes.size();
  EXPECT_LT(int8_bytes, float_bytes * 2 / 5);
  // Through the file format and back: bit-identical logits.
  auto bytes = encode_safetensors(st);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto read = decode_safetensors(*bytes, "int8 test");
  ASSERT_TRUE(read.ok()) << read.error().message;
  auto loaded = QuantizedLm::load(*read);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const auto path = ids(tok, kBox);
  EXPECT_EQ(logits_along(**loaded, path), logits_along(**q, path));
}

TEST(QuantizedLm, BadWeightsAreRefusedWithTheReason) {
  auto [tok, lm] = trained();
  const Safetensors good = lm->weights();
  auto expect_bad = [](const base::Result<std::unique_ptr<QuantizedLm>>& r, const std::string& needle) {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "io.bad_weights");
    EXPECT_NE(r.error().message.find(needle), std::string::npos) << r.error().message;
  };
  // An int8 file is not a float model, and the other way round.
  expect_bad(QuantizedLm::load(good), "expected format");
  auto q = QuantizedLm::quantize(good);
  ASSERT_TRUE(q.ok());
  expect_bad(QuantizedLm::quantize((*q)->weights()), "expected format");
  Safetensors missing = good;
  missing.tensors.erase("block1.ff_in.weight");
  expect_bad(QuantizedLm::quantize(missing), "missing tensor 'block1.ff_in.weight'");
  Safetensors extra = good;
  extra.tensors["stray"] = good.tensors.at("ln_f.bias");
  expect_bad(QuantizedLm::quantize(extra), "tensors, this model has");
  Safetensors wrong_dtype = (*q)->weights();
  wrong_dtype.tensors["block0.attn_out.weight"] = good.tensors.at("block0.attn_out.weight");  // F32, not I8
  expect_bad(QuantizedLm::load(wrong_dtype), "'block0.attn_out.weight' is not I8");
  Safetensors no_scale = (*q)->weights();
  no_scale.tensors.erase("pos_emb.weight.scale");
  expect_bad(QuantizedLm::load(no_scale), "'pos_emb.weight.scale' is missing");
  Safetensors views_model = good;
  auto cfg = nlohmann::json::parse(views_model.metadata.at("config"));
  cfg["image_size"] = 16;
  views_model.metadata["config"] = cfg.dump();
  expect_bad(QuantizedLm::quantize(views_model), "only text models");
}

}  // namespace
}  // namespace cadscribe::nn
