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
  auto query = silhouette_bits({columns(0, 8), columns(0, 8)}, 8);
  EXPECT_EQ(nearest(lib, query, 3), (std::vector<size_t>{1, 2, 0}));
  EXPECT_EQ(nearest(lib, query, 1), (std::vector<size_t>{1}));
  EXPECT_EQ(nearest(lib, query, 10).size(), 3u);
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
