// Bad input: each case must give io.mesh_parse with a location (line:col for text formats, the
// byte offset in the message for binary ones) and must not crash, hang or allocate wildly.
#include <gtest/gtest.h>

#include <bit>
#include <cstring>

#include "mesh/io.h"
#include "mesh/primitives.h"

namespace cadscribe::mesh {
namespace {

base::Diag parse_error(std::string_view bytes, MeshFormat f) {
  auto r = parse_mesh(bytes, f, "in");
  EXPECT_FALSE(r.ok()) << format_name(f) << " accepted bad input";
  if (r.ok()) return {};
  EXPECT_EQ(r.error().code, "io.mesh_parse");
  EXPECT_EQ(r.error().span.file, "in");
  return r.error();
}

// A text-format error at line:col.
void expect_at(std::string_view bytes, MeshFormat f, int line, int col, std::string_view words) {
  base::Diag d = parse_error(bytes, f);
  EXPECT_EQ(d.span.line, line) << d.to_string();
  EXPECT_EQ(d.span.col, col) << d.to_string();
  EXPECT_NE(d.message.find(words), std::string::npos) << d.to_string();
}

// A binary-format error naming the byte offset.
void expect_offset(std::string_view bytes, MeshFormat f, uint64_t offset, std::string_view words) {
  base::Diag d = parse_error(bytes, f);
  EXPECT_NE(d.message.find("at byte offset " + std::to_string(offset) + ":"), std::string::npos) << d.to_string();
  EXPECT_NE(d.message.find(words), std::string::npos) << d.to_string();
}

const char* kPlyTriHeader =
    "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
    "element face 1\nproperty list uchar int vertex_indices\nend_header\n";

TEST(MeshIoErrors, TruncatedBinaryStl) {
  std::string b = to_stl_binary(make_box({0, 0, 0}, {1, 1, 1}));  // 84 + 12·50 = 684 bytes
  expect_offset(b.substr(0, b.size() - 10), MeshFormat::stl, 674, "need 684 bytes, but the file has 674");
  // Also when the header begins with "solid", which makes it look like ASCII first.
  std::string s = b.substr(0, b.size() - 10);
  s.replace(0, 6, "solid ");
  expect_offset(s, MeshFormat::stl, 674, "truncated");
  expect_offset(std::string(40, 'x'), MeshFormat::stl, 40, "needs at least 84 bytes");
}

TEST(MeshIoErrors, AbsurdBinaryStlCount) {
  std::string b(84 + 50, '\0');
  uint32_t n = 4000000000u;
  std::memcpy(b.data() + 80, &n, 4);
  expect_offset(b, MeshFormat::stl, 134, "declares 4000000000 triangles");
}

TEST(MeshIoErrors, NanInEveryFormat) {
  std::string b = to_stl_binary(make_box({0, 0, 0}, {1, 1, 1}));
  float nan = std::numeric_limits<float>::quiet_NaN();
  std::memcpy(b.data() + 84 + 50 + 12 + 4, &nan, 4);  // triangle 1, corner 0, y
  expect_offset(b, MeshFormat::stl, 84 + 50 + 16, "non-finite");
  expect_at("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 nan 0\n", MeshFormat::stl, 5, 10,
            "non-finite");
  expect_at("v 0 0 0\nv 1 0 inf\nv 0 1 0\nf 1 2 3\n", MeshFormat::obj, 2, 7, "non-finite");
  expect_at("v 0 0 1e39\n", MeshFormat::obj, 1, 7, "non-finite");  // overflows float
  expect_at(std::string(kPlyTriHeader) + "0 0 0\n1 NaN 0\n0 1 0\n3 0 1 2\n", MeshFormat::ply, 11, 3, "non-finite");
  expect_at("OFF\n3 1 0\n0 0 0\n1 0 0\n0 -inf 0\n3 0 1 2\n", MeshFormat::off, 5, 3, "non-finite");
  // Binary PLY: vertex 1's z is NaN.
  std::string ply = "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                    "property float z\nelement face 0\nproperty list uchar uint vertex_indices\nend_header\n";
  size_t body = ply.size();
  ply.append(36, '\0');
  std::memcpy(ply.data() + body + 20, &nan, 4);
  expect_offset(ply, MeshFormat::ply, body + 20, "non-finite coordinate in vertex 1");
}

TEST(MeshIoErrors, IndexOutOfRange) {
  expect_at("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", MeshFormat::obj, 4, 7, "index 4 out of range");
  expect_at("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 0\n", MeshFormat::obj, 4, 7, "index 0 out of range");
  expect_at("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -4/1/1 2 3\n", MeshFormat::obj, 4, 3, "index -4 out of range");
  expect_at("v 0 0 0\nf 1 2 3\nv 1 0 0\nv 0 1 0\n", MeshFormat::obj, 2, 5, "index 2 out of range");
  expect_at(std::string(kPlyTriHeader) + "0 0 0\n1 0 0\n0 1 0\n3 0 3 2\n", MeshFormat::ply, 13, 5, "index 3");
  expect_at(std::string(kPlyTriHeader) + "0 0 0\n1 0 0\n0 1 0\n3 0 -1 2\n", MeshFormat::ply, 13, 5, "index -1");
  expect_at("OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n", MeshFormat::off, 6, 7, "index 7 out of range");
  // Binary PLY: the third index of the face is 9.
  std::string ply = "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                    "property float z\nelement face 1\nproperty list uchar uint vertex_indices\nend_header\n";
  size_t body = ply.size();
  ply.append(36, '\0');
  ply += '\3';
  for (uint32_t i : {0u, 1u, 9u}) ply.append(reinterpret_cast<const char*>(&i), 4);
  expect_offset(ply, MeshFormat::ply, body + 36 + 1 + 8, "index 9 out of range");
}

TEST(MeshIoErrors, WrongCountsAndTruncation) {
  // The face line is taken as the 4th vertex (the format is line-based), so the face is missing.
  expect_at("OFF\n4 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n", MeshFormat::off, 7, 1, "read 0 of 1 faces");
  expect_at("OFF\n3 2 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n", MeshFormat::off, 7, 1, "read 1 of 2 faces");
  expect_at("OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n4 0 1 2\n", MeshFormat::off, 6, 8, "expected a vertex index");
  expect_at(std::string(kPlyTriHeader) + "0 0 0\n1 0 0\n0 1 0\n", MeshFormat::ply, 13, 1,
            "end of file in element 'face' 0 of 1");
  expect_at(std::string(kPlyTriHeader) + "0 0 0\n1 0 0\n0 1 0\n2 0 1\n", MeshFormat::ply, 13, 1, "face with 2");
  expect_at("v 0 0 0\nv 1 0\n", MeshFormat::obj, 2, 6, "expected a coordinate, found end of line");
  expect_at("v 0 0 0\nv 1 0 0\nf 1 2\n", MeshFormat::obj, 3, 1, "face with 2 vertices");
  expect_at("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nendloop\n", MeshFormat::stl, 6, 1,
            "expected 'vertex', found 'endloop'");
  expect_at("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\n",
            MeshFormat::stl, 8, 1, "expected 'endfacet', found end of file");
  expect_at("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0\n", MeshFormat::stl, 5, 1, "expected a number");
  // Binary PLY cut inside the face list.
  std::string ply = "ply\nformat binary_big_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                    "property float z\nelement face 1\nproperty list uchar uint vertex_indices\nend_header\n";
  size_t body = ply.size();
  ply.append(36, '\0');
  ply += std::string("\3\0\0\0\0\0\0", 7);
  expect_offset(ply, MeshFormat::ply, body + 37, "list of 3 items runs past the end");
}

TEST(MeshIoErrors, AbsurdDeclaredCounts) {
  std::string ply = "ply\nformat binary_little_endian 1.0\nelement vertex 4000000000\nproperty float x\n"
                    "property float y\nproperty float z\nend_header\n0123456789";
  expect_at(ply, MeshFormat::ply, 3, 1, "declares 4000000000 entries");
  std::string ascii = "ply\nformat ascii 1.0\nelement vertex 4000000000\nproperty float x\nproperty float y\n"
                      "property float z\nend_header\n0 0 0 1 2";
  expect_at(ascii, MeshFormat::ply, 3, 1, "declares 4000000000 entries");
  std::string faces = std::string(kPlyTriHeader);
  faces.replace(faces.find("face 1"), 6, "face 999999999999");
  expect_at(faces + "0 0 0\n1 0 0\n0 1 0\n", MeshFormat::ply, 7, 1, "declares 999999999999 entries");
  expect_at("OFF\n4000000000 4000000000 0\n0 0 0\n", MeshFormat::off, 2, 1, "do not fit");
  expect_at("OFF\n99999999999999999999 1 0\n", MeshFormat::off, 2, 1, "expected a vertex count");
  // A huge list length in a binary face is caught before reading its items.
  std::string ply2 = "ply\nformat binary_little_endian 1.0\nelement vertex 0\nproperty float x\nproperty float y\n"
                     "property float z\nelement face 1\nproperty list uint uint vertex_indices\nend_header\n";
  size_t body = ply2.size();
  uint32_t n = 0xFFFFFFFFu;
  ply2.append(reinterpret_cast<const char*>(&n), 4);
  expect_offset(ply2, MeshFormat::ply, body + 4, "list of 4294967295 items");
}

TEST(MeshIoErrors, HeaderErrors) {
  expect_at("ply\nformat ascii 2.0\n", MeshFormat::ply, 2, 14, "version");
  expect_at("ply\nformat ascii 1.0\nelement vertex 3\nproperty float32 x\nproperty quad y\n", MeshFormat::ply, 5,
            10, "unknown property type 'quad'");
  expect_at("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nend_header\n0\n", MeshFormat::ply, 3, 1,
            "lacks an x, y or z");
  expect_at("ply\nformat ascii 1.0\nelement vertex 1\n", MeshFormat::ply, 4, 1, "expected 'end_header'");
  expect_at("OFF4\n", MeshFormat::off, 1, 1, "expected 'OFF' header");
  expect_at("solid x\nendsolid x\nsomething\n", MeshFormat::stl, 3, 1, "expected 'solid' or the end");
}

TEST(MeshIoErrors, EmptyAndGarbage) {
  for (MeshFormat f : {MeshFormat::stl, MeshFormat::obj, MeshFormat::ply, MeshFormat::off}) {
    SCOPED_TRACE(std::string(format_name(f)));
    expect_at("", f, 1, 1, "empty");
    base::Diag d = parse_error("hello world\n\x01\x02\x7f garbage", f);
    EXPECT_TRUE(d.span.line > 0 || d.message.find("byte offset") != std::string::npos) << d.to_string();
    std::string binary(300, '\0');
    for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 251);
    parse_error(binary, f);
  }
  auto glb = parse_mesh("x", MeshFormat::glb, "in");
  ASSERT_FALSE(glb.ok());
  EXPECT_EQ(glb.error().code, "io.unsupported_format");
}

// Deterministic mutations of valid files: the readers either succeed with a valid mesh or fail
// with a diagnostic — never crash (the fuzz target does this at scale).
TEST(MeshIoErrors, MutatedInputsNeverBreakInvariants) {
  Mesh m = make_sphere({0, 0, 0}, 1, 6, 4);
  std::vector<std::pair<MeshFormat, std::string>> seeds = {
      {MeshFormat::stl, to_stl_binary(m)}, {MeshFormat::stl, to_stl_ascii(m)}, {MeshFormat::obj, to_obj(m)},
      {MeshFormat::ply, to_ply(m)},        {MeshFormat::off, to_off(m)}};
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (const auto& [f, seed] : seeds) {
    for (int round = 0; round < 300; ++round) {
      std::string s = seed;
      int edits = 1 + next() % 4;
      for (int e = 0; e < edits; ++e) {
        size_t at = next() % s.size();
        switch (next() % 3) {
          case 0: s[at] = static_cast<char>(next()); break;
          case 1: s.erase(at, 1 + next() % 8); break;
          default: s.resize(at); break;
        }
        if (s.empty()) break;
      }
      auto r = parse_mesh(s, f, "mut");
      if (!r.ok()) {
        EXPECT_EQ(r.error().code, "io.mesh_parse");
        continue;
      }
      for (const auto& t : r->triangles)
        for (uint32_t i : t) ASSERT_LT(i, r->positions.size());
    }
  }
}

}  // namespace
}  // namespace cadscribe::mesh
