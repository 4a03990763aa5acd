#include "pipeline/grammar_filter.h"

#include <gtest/gtest.h>

#include <limits>

#include "synth/object.h"

namespace cadscribe::pipeline {
namespace {

const std::string kProgram = "import cadquery as cq\nresult = cq.Workplane(\"XY\").box(1, 2, 3)  # (a box]\n";

TEST(GrammarFilter, EndsOnlyWhereTheTextParses) {
  EXPECT_TRUE(complete_program(kProgram));
  EXPECT_FALSE(complete_program("result = cq.Workplane(\"XY\").box(1, 2, 3\n"));  // open bracket
  EXPECT_FALSE(complete_program("result = cq.Workplane(\"XY\").box(1, 2, 3)"));   // no final newline
  EXPECT_FALSE(complete_program("result = = 3\n"));                               // does not parse
  EXPECT_FALSE(complete_program("x = \"abc\n"));                                  // open string
  EXPECT_FALSE(complete_program("x = 1\x01\n"));                                  // control byte
}

TEST(GrammarFilter, MasksClosingBracketsThatDoNotMatchAndEosMidProgram) {
  auto tok = nn::BpeTokenizer::train({kProgram}, 300);
  auto filter = python_grammar_filter(tok);
  auto allowed = [&](const std::string& prefix, int32_t token) {
    std::vector<float> logits(size_t(tok.vocab_size()), 0.0f);
    filter(tok.encode(prefix), logits);
    return logits[size_t(token)] != -std::numeric_limits<float>::infinity();
  };
  const int32_t close_paren = tok.encode(")").at(0), close_square = tok.encode("]").at(0);
  EXPECT_TRUE(allowed("x = f(1", close_paren));
  EXPECT_FALSE(allowed("x = f(1", close_square));
  EXPECT_FALSE(allowed("x = 1", close_paren));
  EXPECT_TRUE(allowed("x = \"a", close_square));   // inside a string anything printable goes
  EXPECT_TRUE(allowed("x = 1  # f(", close_square));  // and inside a comment
  EXPECT_FALSE(allowed("x = f(1", nn::BpeTokenizer::kEos));
  EXPECT_FALSE(allowed("x = f(1)", nn::BpeTokenizer::kEos));  // no final newline yet
  EXPECT_TRUE(allowed("x = f(1)\n", nn::BpeTokenizer::kEos));
}

const std::string kScad = "// a box (with a comment]\nmodule box() { cube([1, 2, 3]); /* [ */ }\necho(\"a)\");\nbox();\n";

TEST(ScadGrammarFilter, EndsOnlyWhereTheTextParses) {
  EXPECT_TRUE(complete_scad_program(kScad));
  EXPECT_FALSE(complete_scad_program("cube([1, 2, 3);\n"));      // brackets do not match
  EXPECT_FALSE(complete_scad_program("cube([1, 2, 3]);"));        // no final newline
  EXPECT_FALSE(complete_scad_program("cube([1, 2, 3]) ;;+\n"));  // does not parse
  EXPECT_FALSE(complete_scad_program("/* open comment\n"));
  EXPECT_FALSE(complete_scad_program("echo(\"abc\n"));           // open string
  EXPECT_FALSE(complete_scad_program("cube(1); /\n"));            // a lone '/' is held back, then refused by the parser
}

TEST(ScadGrammarFilter, KnowsCommentsAndStrings) {
  auto tok = nn::BpeTokenizer::train({kScad}, 300);
  auto filter = scad_grammar_filter(tok);
  auto allowed = [&](const std::string& prefix, int32_t token) {
    std::vector<float> logits(size_t(tok.vocab_size()), 0.0f);
    filter(tok.encode(prefix), logits);
    return logits[size_t(token)] != -std::numeric_limits<float>::infinity();
  };
  const int32_t close_paren = tok.encode(")").at(0), close_square = tok.encode("]").at(0);
  EXPECT_TRUE(allowed("cube([1", close_square));
  EXPECT_FALSE(allowed("cube([1", close_paren));
  EXPECT_TRUE(allowed("// a (", close_square));        // a line comment takes anything printable
  EXPECT_TRUE(allowed("cube(1); /* (", close_square));  // so does a block comment
  EXPECT_FALSE(allowed("cube(1); /* a */", close_square));
  EXPECT_TRUE(allowed("echo(\"(", close_square));       // and a string
  EXPECT_FALSE(allowed("cube(1);", nn::BpeTokenizer::kEos));
  EXPECT_TRUE(allowed("cube(1);\n", nn::BpeTokenizer::kEos));
  const int32_t high_byte = nn::BpeTokenizer::kFirstByte + 0xC3;  // the lead byte of "×"
  EXPECT_TRUE(allowed("// t ", high_byte));  // comments may hold UTF-8
  EXPECT_FALSE(allowed("cube(1); ", high_byte));
}

// The model learns from the object library, so the filter must let it write every library
// program: one refused byte pushes the model off what it learned (the vase's "t × height"
// comment once did, and every vase ran out of tokens).
TEST(ScadGrammarFilter, AdmitsEveryObjectLibraryProgram) {
  for (const synth::ObjectCategory& category : synth::object_categories())
    for (uint64_t seed = 0; seed < 5; ++seed) {
      const std::string program = synth::make_object(category, seed, 1).program;
      EXPECT_TRUE(complete_scad_program(program)) << category.name << " seed " << seed;
    }
}

}  // namespace
}  // namespace cadscribe::pipeline
