#include "nn/bpe_tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace cadscribe::nn {
namespace {

const std::vector<std::string> kCorpus = {
    "import cadquery as cq\n\nplate = cq.Workplane(\"XY\").box(80.0, 60.0, 5.0)\nresult = plate\n",
    "import cadquery as cq\n\nbase = cq.Workplane(\"XY\").box(40.0, 40.0, 10.0)\n"
    "base = base.faces(\">Z\").workplane().hole(6.0)\nresult = base\n",
    "import cadquery as cq\n\nshaft = cq.Workplane(\"XY\").circle(12.5).extrude(120.0)\n"
    "for i in range(3):\n    shaft = shaft.faces(\">Z\").workplane().circle(10.0 - i).extrude(5.0)\nresult = shaft\n",
};

TEST(BpeTokenizer, ChunksKeepDigitsApartAndIndentTogether) {
  auto c = BpeTokenizer::chunks("x1 = 140.5\n    y");
  std::vector<std::string> got(c.begin(), c.end());
  EXPECT_EQ(got, (std::vector<std::string>{"x1", " ", "=", " ", "1", "4", "0", ".", "5", "\n    ", "y"}));
}

TEST(BpeTokenizer, PhraseChunksKeepDigitsApartAndLinesWhole) {
  auto c = BpeTokenizer::chunks("// a mug\nx1 = 140.5;\n  cube([w, 2]);\n\n}", BpeTokenizer::Chunking::kPhrases);
  std::vector<std::string> got(c.begin(), c.end());
  EXPECT_EQ(got, (std::vector<std::string>{"// a mug\n", "x", "1", " = ", "1", "4", "0", ".", "5", ";\n", "  cube([w, ",
                                           "2", "]);\n", "\n", "}"}));
}

const std::vector<std::string> kScadCorpus = {
    "// a mug\nheight = 95; // outside\nwall = 3;\nmodule body() {\n  difference() {\n    cylinder(h = height, d = 80);\n  }\n}\nbody();\n",
    "// a tall mug\nheight = 120; // outside\nwall = 4;\nmodule body() {\n  difference() {\n    cylinder(h = height, d = 70);\n  }\n}\nbody();\n",
    "// a cup\nheight = 80; // outside\nwall = 2;\nmodule shell() {\n  difference() {\n    cylinder(h = height, d = 60);\n  }\n}\nshell();\n",
};

TEST(BpeTokenizer, PhrasesMergeAcrossWordsAndSerialiseAsVersion2) {
  const auto phrases = BpeTokenizer::Chunking::kPhrases;
  auto words = BpeTokenizer::train(kScadCorpus, 600), tok = BpeTokenizer::train(kScadCorpus, 600, phrases);
  for (const auto& doc : kScadCorpus) {
    EXPECT_EQ(tok.decode(tok.encode(doc)), doc);
    EXPECT_LT(tok.encode(doc).size() * 3, words.encode(doc).size() * 2) << "phrases should be shorter than words";
  }
  EXPECT_EQ(tok.encode("  difference() {\n").size(), 1u);
  // A prompt line encodes alone as it does in front of its program, so it can prime the model.
  const std::string prompt = "// a tall mug\n";
  const auto alone = tok.encode(prompt), whole = tok.encode(kScadCorpus[1]);
  EXPECT_TRUE(std::equal(alone.begin(), alone.end(), whole.begin()));
  EXPECT_EQ(tok.encode("95").size(), 2u);
  const std::string odd = "r = sphere(3.25)\t# \xC3\xA9\xFF\x00end\n\n";
  EXPECT_EQ(tok.decode(tok.encode(odd)), odd);
  auto j = tok.to_json();
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(j["chunking"], "phrases");
  auto back = BpeTokenizer::from_json(j);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->chunking(), phrases);
  for (const auto& doc : kScadCorpus) EXPECT_EQ(back->encode(doc), tok.encode(doc));
  EXPECT_EQ(words.to_json()["version"], 1);
  j["chunking"] = "lines";
  EXPECT_FALSE(BpeTokenizer::from_json(j).ok());
}

TEST(BpeTokenizer, TrainsMergesAndRoundTripsAnyBytes) {
  auto tok = BpeTokenizer::train(kCorpus, 400);
  EXPECT_GT(tok.vocab_size(), BpeTokenizer::kFirstMerge + 20);
  EXPECT_LE(tok.vocab_size(), 400);
  for (const auto& doc : kCorpus) {
    auto ids = tok.encode(doc);
    // Digits and punctuation stay single bytes, identifiers and keywords merge whole.
    EXPECT_LT(ids.size() * 10, doc.size() * 6) << "merges should compress the training text";
    EXPECT_EQ(tok.decode(ids), doc);
  }
  // Text never seen, including bytes that are not UTF-8, still round-trips exactly.
  const std::string odd = "r = cq.Workplane().sphere(3.25)\t# \xC3\xA9\xFF\x00end";
  EXPECT_EQ(tok.decode(tok.encode(odd)), odd);
  // Whole identifiers of the corpus became single tokens; digits never merge.
  EXPECT_EQ(tok.encode("cadquery").size(), 1u);
  EXPECT_EQ(tok.encode("140").size(), 3u);
}

TEST(BpeTokenizer, TrainingIsDeterministicAndSerialises) {
  auto a = BpeTokenizer::train(kCorpus, 350), b = BpeTokenizer::train(kCorpus, 350);
  EXPECT_EQ(a.to_json().dump(), b.to_json().dump());
  auto c = BpeTokenizer::from_json(a.to_json());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->vocab_size(), a.vocab_size());
  for (const auto& doc : kCorpus) EXPECT_EQ(c->encode(doc), a.encode(doc));
}

TEST(BpeTokenizer, RefusesBadJson) {
  using nlohmann::json;
  EXPECT_EQ(BpeTokenizer::from_json(json::array()).error().code, "io.bad_tokenizer");
  EXPECT_FALSE(BpeTokenizer::from_json({{"type", "byte-bpe"}, {"version", 1}, {"merges", {{3, 999}}}}).ok());
  EXPECT_FALSE(BpeTokenizer::from_json({{"type", "byte-bpe"}, {"version", 1}, {"merges", {{0, 4}}}}).ok());
  EXPECT_FALSE(BpeTokenizer::from_json({{"type", "byte-bpe"}, {"version", 1}, {"merges", {{3, 4}, {3, 4}}}}).ok());
  EXPECT_TRUE(BpeTokenizer::from_json({{"type", "byte-bpe"}, {"version", 1}, {"merges", {{3, 4}, {259, 5}}}}).ok());
}

}  // namespace
}  // namespace cadscribe::nn
