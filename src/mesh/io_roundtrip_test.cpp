// Round trips of every format on closed primitives, ASCII/binary STL detection, file access.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

#include "mesh/check.h"
#include "mesh/io.h"
#include "mesh/io_test_util.h"
#include "mesh/primitives.h"

namespace cadscribe::mesh {
namespace {

using testing::expect_same_triangles;

std::vector<std::pair<std::string, Mesh>> primitives() {
  return {{"box", make_box({-1, 0.25, 3}, {2, 1.5, 7.125})},
          {"sphere", make_sphere({1, 2, 3}, 2.5, 24, 12)},
          {"torus", make_torus({0.1, -0.2, 0.3}, 3, 1, 32, 16)}};
}

std::string encode(const Mesh& m, MeshFormat f) {
  switch (f) {
    case MeshFormat::stl: return to_stl_binary(m);
    case MeshFormat::obj: return to_obj(m);
    case MeshFormat::ply: return to_ply(m);
    case MeshFormat::off: return to_off(m);
    case MeshFormat::glb: return to_glb(m);
    case MeshFormat::threemf: break;  // read only (io_3mf_test.cpp)
  }
  return {};
}

TEST(MeshIo, RoundTripEveryReadableFormat) {
  for (const auto& [name, m] : primitives()) {
    for (MeshFormat f : {MeshFormat::stl, MeshFormat::obj, MeshFormat::ply, MeshFormat::off}) {
      SCOPED_TRACE(name + "." + std::string(format_name(f)));
      std::string bytes = encode(m, f);
      EXPECT_EQ(bytes, encode(m, f)) << "writer is not deterministic";
      auto r = parse_mesh(bytes, f, name);
      ASSERT_TRUE(r.ok()) << r.error().to_string();
      expect_same_triangles(m, *r);
      MeshReport rep = inspect(*r);
      EXPECT_TRUE(rep.closed);
      EXPECT_TRUE(rep.oriented);
      EXPECT_EQ(rep.vertices, m.positions.size());  // STL welding recovers the shared vertices
      EXPECT_DOUBLE_EQ(rep.volume, m.signed_volume());
    }
  }
}

TEST(MeshIo, IndexedFormatsKeepVertexNumbering) {
  Mesh m = make_torus({0, 0, 0}, 3, 1, 12, 8);
  for (MeshFormat f : {MeshFormat::obj, MeshFormat::ply, MeshFormat::off}) {
    auto r = parse_mesh(encode(m, f), f, "t");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->positions, m.positions);
    EXPECT_EQ(r->triangles, m.triangles);
  }
}

TEST(MeshIo, AsciiStlRoundTrip) {
  for (const auto& [name, m] : primitives()) {
    std::string text = to_stl_ascii(m);
    ASSERT_EQ(text.rfind("solid ", 0), 0u);
    auto r = parse_mesh(text, MeshFormat::stl, name);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    expect_same_triangles(m, *r);
    EXPECT_TRUE(inspect(*r).oriented) << name;
  }
}

TEST(MeshIo, BinaryStlWhoseHeaderStartsWithSolid) {
  Mesh m = make_box({0, 0, 0}, {1, 2, 3});
  std::string bytes = to_stl_binary(m);
  const std::string header = "solid exported by a CAD tool";
  bytes.replace(0, header.size(), header);
  auto r = parse_mesh(bytes, MeshFormat::stl, "box.stl");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_same_triangles(m, *r);
  EXPECT_EQ(r->positions.size(), 8u);
}

TEST(MeshIo, NegativeZeroWeldsWithPositiveZero) {
  Mesh m = make_box({-1, -1, -1}, {0, 0, 0});
  std::string bytes = to_stl_ascii(m);
  // Spell some zeros "-0": still the same point.
  for (size_t pos = 0; (pos = bytes.find(" 0 ", pos)) != std::string::npos; pos += 6) bytes.replace(pos, 3, " -0 ");
  auto r = parse_mesh(bytes, MeshFormat::stl, "neg");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->positions.size(), 8u);
  EXPECT_TRUE(inspect(*r).oriented);
}

TEST(MeshIo, EmptyMeshWritesAndReads) {
  Mesh empty;
  for (MeshFormat f : {MeshFormat::stl, MeshFormat::obj, MeshFormat::ply, MeshFormat::off}) {
    auto r = parse_mesh(encode(empty, f), f, "empty");
    ASSERT_TRUE(r.ok()) << format_name(f) << ": " << r.error().to_string();
    EXPECT_EQ(r->triangle_count(), 0u);
  }
}

TEST(MeshIo, FormatFromPath) {
  EXPECT_EQ(format_from_path("a/b/part.STL"), MeshFormat::stl);
  EXPECT_EQ(format_from_path("x.obj"), MeshFormat::obj);
  EXPECT_EQ(format_from_path("x.Ply"), MeshFormat::ply);
  EXPECT_EQ(format_from_path("x.off"), MeshFormat::off);
  EXPECT_EQ(format_from_path("x.tar.glb"), MeshFormat::glb);
  EXPECT_EQ(format_from_path("x.step"), std::nullopt);
  EXPECT_EQ(format_from_path("dir.stl/file"), std::nullopt);
  EXPECT_EQ(format_from_path("stl"), std::nullopt);
  EXPECT_EQ(format_name(MeshFormat::ply), "ply");
}

TEST(MeshIo, WriteAndReadFiles) {
  auto dir = std::filesystem::temp_directory_path() / ("cadscribe_mesh_io_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  Mesh m = make_sphere({0, 0, 0}, 1, 16, 8);
  for (const char* ext : {"stl", "obj", "ply", "off"}) {
    std::string path = (dir / (std::string("s.") + ext)).string();
    auto st = write_mesh_file(m, path);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
    auto r = read_mesh_file(path);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    expect_same_triangles(m, *r);
  }
  std::string glb = (dir / "s.glb").string();
  ASSERT_TRUE(write_mesh_file(m, glb).ok());
  EXPECT_EQ(std::filesystem::file_size(glb), to_glb(m).size());
  auto unreadable = read_mesh_file(glb);
  ASSERT_FALSE(unreadable.ok());
  EXPECT_EQ(unreadable.error().code, "io.unsupported_format");
  auto missing = read_mesh_file((dir / "missing.stl").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "io.open_failed");
  auto bad_ext = write_mesh_file(m, (dir / "s.step").string());
  ASSERT_FALSE(bad_ext.ok());
  EXPECT_EQ(bad_ext.error().code, "io.unsupported_format");
  auto no_dir = write_mesh_file(m, (dir / "no/such/dir.stl").string());
  ASSERT_FALSE(no_dir.ok());
  EXPECT_EQ(no_dir.error().code, "io.open_failed");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cadscribe::mesh
