// Decoding through the plug-in: these tests open libcadscribe_nn_torch.so as the app does.
#include "nn/generate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "nn/bpe_tokenizer.h"

namespace cadscribe::nn {
namespace {

const std::string kBox = "result = cq.Workplane().box(8, 8, 2)\n";
const std::string kCyl = "result = cq.Workplane().cylinder(5, 3)\n";

std::vector<float> views_of(bool left) {
  std::vector<float> v;
  for (int k = 0; k < 2; ++k)
    for (int y = 0; y < 16; ++y)
      for (int x = 0; x < 16; ++x) v.push_back((left ? x < 8 : y < 8) ? 0.9f : 0.1f);
  return v;
}

struct Trained {
  BpeTokenizer tok;
  std::unique_ptr<LanguageModel> lm;
};

// A conditioned model that learned kBox from views_of(true) and kCyl from views_of(false).
// <bos> text <eos>
std::vector<int32_t> ids(const BpeTokenizer& tok, const std::string& s) {
  std::vector<int32_t> out{BpeTokenizer::kBos};
  for (int32_t t : tok.encode(s)) out.push_back(t);
  out.push_back(BpeTokenizer::kEos);
  return out;
}

// A model small enough to learn two programs in 200 steps.
LmConfig tiny(const BpeTokenizer& tok, int32_t image_size, uint64_t seed) {
  LmConfig c;
  c.vocab = tok.vocab_size();
  c.d_model = 32;
  c.heads = 4;
  c.layers = 2;
  c.d_ff = 64;
  c.max_len = 96;
  c.image_size = image_size;
  c.views = 2;
  c.seed = seed;
  return c;
}

Trained trained() {
  auto tok = BpeTokenizer::train({kBox, kCyl}, 300);
  auto lm = create_language_model(tiny(tok, 16, 7));
  EXPECT_TRUE(lm.ok()) << (lm.ok() ? "" : lm.error().message);
  std::vector<ViewsExample> data = {{views_of(true), ids(tok, kBox)}, {views_of(false), ids(tok, kCyl)}};
  OptimizerSettings s;
  s.learning_rate = 3e-3;
  for (int step = 0; step < 200; ++step) (*lm)->train_step(data, s);
  return {std::move(tok), std::move(*lm)};
}

TEST(Generate, GreedyAndBeamWriteTheProgramTheViewsShow) {
  auto [tok, lm] = trained();
  GenerateOptions greedy;
  greedy.max_tokens = 64;
  auto box = generate(*lm, views_of(true), greedy);
  EXPECT_TRUE(box.finished);
  EXPECT_LT(box.log_prob, 0);
  EXPECT_EQ(tok.decode(box.tokens), kBox);
  EXPECT_EQ(tok.decode(generate(*lm, views_of(false), greedy).tokens), kCyl);
  GenerateOptions beam = greedy;
  beam.beam = 4;
  auto beams = beam_search(*lm, views_of(true), beam);
  ASSERT_EQ(beams.size(), 4u);
  EXPECT_EQ(tok.decode(beams[0].tokens), kBox);
  for (size_t i = 1; i < beams.size(); ++i) EXPECT_NE(beams[i].tokens, beams[0].tokens);
  EXPECT_EQ(tok.decode(generate(*lm, views_of(false), beam).tokens), kCyl);
}

TEST(Generate, SamplingIsSeededAndBounded) {
  auto [tok, lm] = trained();
  GenerateOptions hot;
  hot.temperature = 2.0;
  hot.top_k = 20;
  hot.seed = 5;
  hot.max_tokens = 64;
  EXPECT_EQ(generate(*lm, views_of(true), hot).tokens, generate(*lm, views_of(true), hot).tokens);
  hot.max_tokens = 3;
  auto cut = generate(*lm, views_of(true), hot);
  EXPECT_LE(cut.tokens.size(), 3u);
  // A deadline already past ends decoding at once, unfinished, greedy and beam alike.
  GenerateOptions late;
  late.deadline = std::chrono::steady_clock::now();
  auto g = generate(*lm, views_of(true), late);
  EXPECT_TRUE(g.tokens.empty());
  EXPECT_FALSE(g.finished);
  late.beam = 3;
  auto beams = beam_search(*lm, views_of(true), late);
  ASSERT_EQ(beams.size(), 1u);
  EXPECT_FALSE(beams[0].finished);
}

TEST(Generate, FilterMasksTokens) {
  auto [tok, lm] = trained();
  // Forbid the token greedy decoding writes first: the output must start otherwise.
  GenerateOptions greedy;
  greedy.max_tokens = 64;
  const int32_t first = generate(*lm, views_of(true), greedy).tokens.at(0);
  GenerateOptions masked = greedy;
  masked.filter = [&](const std::vector<int32_t>& so_far, std::vector<float>& logits) {
    if (so_far.empty()) logits[size_t(first)] = -std::numeric_limits<float>::infinity();
  };
  auto g = generate(*lm, views_of(true), masked);
  ASSERT_FALSE(g.tokens.empty());
  EXPECT_NE(g.tokens[0], first);
  masked.beam = 3;
  // (a hypothesis may also end at once: <eos> is not masked)
  for (const auto& b : beam_search(*lm, views_of(true), masked)) EXPECT_TRUE(b.tokens.empty() || b.tokens[0] != first);
  // A filter that allows nothing ends decoding at once, unfinished.
  GenerateOptions none = greedy;
  none.filter = [](const std::vector<int32_t>&, std::vector<float>& logits) {
    std::fill(logits.begin(), logits.end(), -std::numeric_limits<float>::infinity());
  };
  auto empty = generate(*lm, views_of(true), none);
  EXPECT_TRUE(empty.tokens.empty());
  EXPECT_FALSE(empty.finished);
  none.beam = 2;
  EXPECT_TRUE(beam_search(*lm, views_of(true), none).empty());
}

TEST(LanguageModel, LoadsFromItsWeightsAndRefusesWeightsWithoutAConfig) {
  auto [tok, lm] = trained();
  auto loaded = load_language_model(lm->weights());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ((*loaded)->config().to_json(), lm->config().to_json());
  std::vector<int32_t> prefix{BpeTokenizer::kBos, 40, 41};
  EXPECT_EQ((*loaded)->next_logits(views_of(true), prefix), lm->next_logits(views_of(true), prefix));
  auto st = lm->weights();
  st.metadata.erase("config");
  EXPECT_EQ(load_language_model(st).error().code, "io.bad_weights");
  st.metadata["config"] = "{not json";
  EXPECT_EQ(load_language_model(st).error().code, "io.bad_weights");
  st.metadata["config"] = R"({"d_model": 30, "heads": 4})";
  EXPECT_EQ(load_language_model(st).error().code, "io.bad_config");
  EXPECT_TRUE(set_model_threads(1).ok());
}

// A text model whose prompt is a forced prefix: the same model writes what each prompt asks for.
TEST(Generate, APrefixSteersATextModel) {
  const std::string box = "// box\n" + kBox, cyl = "// cylinder\n" + kCyl;
  auto tok = BpeTokenizer::train({box, cyl}, 300);
  auto lm = create_language_model(tiny(tok, 0, 3));
  ASSERT_TRUE(lm.ok()) << lm.error().message;
  std::vector<ViewsExample> data = {{{}, ids(tok, box)}, {{}, ids(tok, cyl)}};
  OptimizerSettings s;
  s.learning_rate = 3e-3;
  for (int step = 0; step < 200; ++step) (*lm)->train_step(data, s);
  for (int beam : {1, 3}) {
    GenerateOptions o;
    o.beam = beam;
    o.prefix = tok.encode("// box\n");
    Generation g = generate(**lm, {}, o);
    EXPECT_EQ(g.prefix, int32_t(o.prefix.size()));
    EXPECT_TRUE(std::equal(o.prefix.begin(), o.prefix.end(), g.tokens.begin()));
    EXPECT_EQ(tok.decode(g.tokens), box) << "beam " << beam;
    o.prefix = tok.encode("// cylinder\n");
    g = generate(**lm, {}, o);
    EXPECT_EQ(tok.decode(g.tokens), cyl) << "beam " << beam;
  }
}

}  // namespace
}  // namespace cadscribe::nn
