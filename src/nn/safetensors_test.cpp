#include "nn/safetensors.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

namespace cadscribe::nn {
namespace {

std::string floats(std::initializer_list<float> v) {
  std::string s(v.size() * 4, '\0');
  std::memcpy(s.data(), v.begin(), s.size());
  return s;
}

// A file laid out by hand from the format's definition: [u64 header length][JSON][data].
std::string file_of(const std::string& header_json, const std::string& data) {
  std::string out(8, '\0');
  const uint64_t n = header_json.size();
  for (int i = 0; i < 8; ++i) out[size_t(i)] = char((n >> (8 * i)) & 0xFF);
  return out + header_json + data;
}

TEST(Safetensors, ReadsAHandMadeFile) {
  std::string data = floats({1, 2, 3, 4, 5, 6}) + std::string("\x07\x00\x00\x00\x00\x00\x00\x00", 8);
  auto st = decode_safetensors(
      file_of(R"({"b":{"dtype":"I64","shape":[1],"data_offsets":[24,32]},)"
              R"("a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"__metadata__":{"format":"pt"}})",
              data),
      "x.safetensors");
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  ASSERT_EQ(st->tensors.size(), 2u);
  EXPECT_EQ(st->tensors.at("a").shape, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(st->tensors.at("a").bytes, floats({1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(st->tensors.at("b").dtype, DType::kI64);
  EXPECT_EQ(st->metadata.at("format"), "pt");
}

TEST(Safetensors, RoundTripIsByteStable) {
  Safetensors st;
  st.tensors["w"] = {DType::kF32, {2, 2}, floats({0.5f, -1, 2, 3})};
  st.tensors["a.bias"] = {DType::kF32, {2}, floats({7, 8})};
  st.tensors["empty"] = {DType::kF32, {0, 4}, ""};
  st.metadata["config"] = "{\"d\": 2}";
  auto bytes = encode_safetensors(st);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ((bytes->size() - 8 - 40) % 8, 0u);  // header padded to 8 bytes (40 data bytes)
  auto back = decode_safetensors(*bytes, "mem");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->tensors.at("w").bytes, st.tensors["w"].bytes);
  EXPECT_EQ(back->tensors.at("empty").shape, (std::vector<int64_t>{0, 4}));
  EXPECT_EQ(back->metadata, st.metadata);
  EXPECT_EQ(*encode_safetensors(*back), *bytes);
  auto path = (std::filesystem::temp_directory_path() / "cadscribe_st_test.safetensors").string();
  ASSERT_TRUE(write_safetensors(st, path).ok());
  auto file = read_safetensors(path);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(*encode_safetensors(*file), *bytes);
  std::filesystem::remove(path);
}

TEST(Safetensors, RefusesMalformedFiles) {
  const std::string d24 = floats({1, 2, 3, 4, 5, 6});
  struct Case {
    std::string bytes, needle;
  } cases[] = {
      {"abc", "shorter than"},
      {file_of("{", "").substr(0, 8) + "", "exceeds the file"},
      {file_of("[1,2]", ""), "not a JSON object"},
      {file_of("{not json", ""), "not a JSON object"},
      {file_of(R"({"a":{"dtype":"F7","shape":[6],"data_offsets":[0,24]}})", d24), "unknown dtype"},
      {file_of(R"({"a":{"dtype":"F32","shape":[5],"data_offsets":[0,24]}})", d24), "needs 20 bytes"},
      {file_of(R"({"a":{"dtype":"F32","shape":[-6],"data_offsets":[0,24]}})", d24), "expected a count"},
      {file_of(R"({"a":{"dtype":"F32","shape":[6],"data_offsets":[0,48]}})", d24), "fall outside"},
      {file_of(R"({"a":{"dtype":"F32","shape":[6],"data_offsets":[0,24]},"b":{"dtype":"F32","shape":[1],"data_offsets":[20,24]}})", d24),
       "overlaps"},
      {file_of(R"({"a":{"dtype":"F32","shape":[5],"data_offsets":[0,20]}})", d24), "bytes after the last tensor"},
      {file_of(R"({"a":{"dtype":"F32","shape":[6]}})", d24), "expected an object with dtype"},
      {file_of(R"({"__metadata__":{"k":1}})", ""), "is not a string"},
  };
  for (const auto& c : cases) {
    auto r = decode_safetensors(c.bytes, "bad.safetensors");
    ASSERT_FALSE(r.ok()) << c.needle;
    EXPECT_EQ(r.error().code, "io.bad_safetensors");
    EXPECT_NE(r.error().message.find(c.needle), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("bad.safetensors"), std::string::npos);
  }
  // A length field claiming an exabyte must not allocate.
  std::string huge(8, '\xFF');
  EXPECT_FALSE(decode_safetensors(huge + "{}", "huge").ok());
}

TEST(Safetensors, RefusesToWriteInconsistentTensors) {
  Safetensors st;
  st.tensors["w"] = {DType::kF32, {3}, floats({1, 2})};
  EXPECT_EQ(encode_safetensors(st).error().code, "io.write_failed");
  EXPECT_EQ(read_safetensors("/nonexistent/x.safetensors").error().code, "io.not_found");
}

}  // namespace
}  // namespace cadscribe::nn
