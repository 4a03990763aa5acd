#include "pipeline/program_library.h"

#include <gtest/gtest.h>

#include "nn/safetensors.h"

namespace cadscribe::pipeline {
namespace {

// A 16×16 mask with the columns [x0, x1) set.
Mask columns(int x0, int x1) {
  Mask m;
  m.width = m.height = 16;
  m.on.assign(256, 0);
  for (int y = 0; y < 16; ++y)
    for (int x = x0; x < x1; ++x) m.on[size_t(y * 16 + x)] = 1;
  return m;
}

ProgramLibrary library_of(const std::vector<std::vector<Mask>>& samples) {
  ProgramLibrary lib;
  lib.grid = 8;
  lib.views = 2;
  for (size_t i = 0; i < samples.size(); ++i) {
    const auto bits = silhouette_bits(samples[i], lib.grid);
    lib.bits.insert(lib.bits.end(), bits.begin(), bits.end());
    lib.programs.push_back("result = " + std::to_string(i) + "\n");
    lib.keys.push_back("k" + std::to_string(i));
    lib.families.push_back(i % 2 ? "odd" : "even");
    lib.fingerprints.push_back("fp" + std::to_string(i));
  }
  return lib;
}

TEST(ProgramLibrary, RetrievesTheNearestSilhouettesFirst) {
  const auto bits = silhouette_bits({columns(0, 8)}, 8);
  ASSERT_EQ(bits.size(), 8u);
  EXPECT_EQ(bits[0], 0x0f);  // the left half of the first row of cells
  auto lib = library_of({{columns(0, 16), columns(0, 16)}, {columns(0, 8), columns(0, 8)}, {columns(0, 6), columns(0, 8)}});
  const ViewsDescriptor query{silhouette_bits({columns(0, 8), columns(0, 8)}, 8), {}};
  EXPECT_EQ(nearest(lib, query, 3), (std::vector<size_t>{1, 2, 0}));
  EXPECT_EQ(nearest(lib, query, 1), (std::vector<size_t>{1}));
  EXPECT_EQ(nearest(lib, query, 10).size(), 3u);
}

// A 16×16 RGB view, white with the columns [x0, x1) in gray g.
render::Image shaded_columns(int x0, int x1, uint8_t g) {
  render::Image im = render::make_image(16, 16, 3);
  for (int y = 0; y < 16; ++y)
    for (int x = x0; x < x1; ++x) std::fill_n(im.at(x, y), 3, g);
  return im;
}

TEST(ProgramLibrary, ShadeLevelsAreCellMeansOnSixteenLevels) {
  const auto levels = shade_levels({shaded_columns(0, 8, 0)}, 2);
  EXPECT_EQ(levels, (std::vector<uint8_t>{0, 15, 0, 15}));  // black left cells, white right cells
  EXPECT_EQ(shade_levels({shaded_columns(0, 4, 0)}, 2)[0], 8);  // half black: mean 127.5 → level 7.5 → 8
}

TEST(ProgramLibrary, ShadeSeparatesEqualSilhouettes) {
  // Two programs with the same silhouette, one dark and one light: only shading tells them apart.
  ProgramLibrary lib = library_of({{columns(0, 8), columns(0, 8)}, {columns(0, 8), columns(0, 8)}});
  lib.shade_grid = 4;
  for (uint8_t g : {uint8_t(200), uint8_t(40)}) {
    const auto s = shade_levels({shaded_columns(0, 8, g), shaded_columns(0, 8, g)}, 4);
    lib.shade.insert(lib.shade.end(), s.begin(), s.end());
  }
  std::vector<render::Image> dark{shaded_columns(0, 8, 50), shaded_columns(0, 8, 50)};
  const auto query = describe(lib, dark, {columns(0, 8), columns(0, 8)});
  EXPECT_EQ(query.shade.size(), 32u);
  EXPECT_EQ(nearest(lib, query, 2), (std::vector<size_t>{1, 0}));
  lib.shade_grid = 0;  // silhouettes alone: a tie, broken by index
  lib.shade.clear();
  EXPECT_EQ(nearest(lib, describe(lib, dark, {columns(0, 8), columns(0, 8)}), 2), (std::vector<size_t>{0, 1}));
}

TEST(ProgramLibrary, ParameterRangesSpanAFamilysPrograms) {
  ProgramLibrary lib = library_of({{columns(0, 8)}, {columns(0, 8)}, {columns(0, 8)}});
  lib.programs = {"wall = 2.0\nn = 3\nresult = wall\n", "wall = 1.0\nn = 4\nresult = wall\n", "wall = 9.0\nresult = wall\n"};
  // library_of names the families even, odd, even.
  const auto even = parameter_ranges(lib, "even");
  ASSERT_EQ(even.size(), 2u);
  EXPECT_DOUBLE_EQ(even.at("wall").lo, 2.0);
  EXPECT_DOUBLE_EQ(even.at("wall").hi, 9.0);
  EXPECT_DOUBLE_EQ(even.at("n").hi, 3.0);
  const auto wide = parameter_ranges(lib, "even", 1.5);
  EXPECT_DOUBLE_EQ(wide.at("wall").lo, 1.0);
  EXPECT_DOUBLE_EQ(wide.at("wall").hi, 13.5);
  EXPECT_TRUE(parameter_ranges(lib, "absent").empty());
}

TEST(ProgramLibrary, RoundTripsThroughItsFileAndRefusesOthers) {
  auto lib = library_of({{columns(0, 16), columns(0, 4)}, {columns(2, 8), columns(0, 8)}});
  const std::string path = ::testing::TempDir() + "/library.safetensors";
  ASSERT_TRUE(write_library(lib, path).ok());
  auto back = read_library(path);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->bits, lib.bits);
  EXPECT_EQ(back->programs, lib.programs);
  EXPECT_EQ(back->families, lib.families);
  EXPECT_EQ(back->fingerprints, lib.fingerprints);
  EXPECT_EQ(back->grid, 8);
  EXPECT_EQ(back->shade_grid, 0);
  EXPECT_TRUE(back->shade.empty());
  // With shade: it round-trips too, and a shade_grid without its tensor is refused.
  auto shaded = lib;
  shaded.shade_grid = 2;
  shaded.shade.assign(2 * shaded.shade_per_sample(), 7);
  shaded.shade[3] = 15;
  const std::string shaded_path = ::testing::TempDir() + "/shaded.safetensors";
  ASSERT_TRUE(write_library(shaded, shaded_path).ok());
  auto shaded_back = read_library(shaded_path);
  ASSERT_TRUE(shaded_back.ok()) << shaded_back.error().message;
  EXPECT_EQ(shaded_back->shade_grid, 2);
  EXPECT_EQ(shaded_back->shade, shaded.shade);
  auto no_shade = nn::read_safetensors(shaded_path);
  ASSERT_TRUE(no_shade.ok());
  no_shade->tensors.erase("shade.deflate");
  ASSERT_TRUE(nn::write_safetensors(*no_shade, shaded_path).ok());
  EXPECT_NE(read_library(shaded_path).error().message.find("shade.deflate"), std::string::npos);
  nn::Safetensors other;
  other.metadata["format"] = "cadscribe-program-lm";
  const std::string wrong = ::testing::TempDir() + "/not_a_library.safetensors";
  ASSERT_TRUE(nn::write_safetensors(other, wrong).ok());
  EXPECT_EQ(read_library(wrong).error().code, "io.bad_library");
  EXPECT_FALSE(read_library(::testing::TempDir() + "/absent.safetensors").ok());
  // Damaged: silhouettes cut short, or a count that the records do not have.
  auto st = nn::read_safetensors(path);
  ASSERT_TRUE(st.ok());
  auto cut = *st;
  auto& packed = cut.tensors["bits.deflate"];
  packed.bytes.resize(packed.bytes.size() / 2);
  packed.shape = {int64_t(packed.bytes.size())};
  ASSERT_TRUE(nn::write_safetensors(cut, wrong).ok());
  EXPECT_NE(read_library(wrong).error().message.find("bits.deflate"), std::string::npos);
  auto miscounted = *st;
  miscounted.metadata["count"] = "3";
  ASSERT_TRUE(nn::write_safetensors(miscounted, wrong).ok());
  EXPECT_EQ(read_library(wrong).error().code, "io.bad_library");
}

}  // namespace
}  // namespace cadscribe::pipeline
