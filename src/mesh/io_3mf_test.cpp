// mesh/io_3mf_test.cpp — 3MF packages: a fixture with two objects (deflated model part named by
// the package relationships, stored and deflated entries, single- and double-quoted attributes),
// and damaged packages, each a located io.mesh_parse error.
#include <gtest/gtest.h>

#include "mesh/check.h"
#include "mesh/io.h"
#include "mesh/io_test_util.h"

namespace cadscribe::mesh {
namespace {

TEST(Mesh3mf, EveryObjectOfThePackageIsRead) {
  const std::string bytes = testing::read_fixture("two_tetras.3mf");
  auto r = parse_mesh(bytes, MeshFormat::threemf, "two_tetras.3mf");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  MeshReport rep = inspect(*r);
  EXPECT_EQ(rep.vertices, 8u);
  EXPECT_EQ(rep.triangles, 8u);
  EXPECT_EQ(rep.components, 2);
  EXPECT_TRUE(rep.closed);
  EXPECT_NEAR(rep.volume, 1.0 / 6 + 8.0 / 6, 1e-9);  // unit tetrahedron + one of edge 2
  EXPECT_EQ(format_from_path("x.3MF"), MeshFormat::threemf);
}

TEST(Mesh3mf, DamagedPackagesAreLocatedErrors) {
  const std::string good = testing::read_fixture("two_tetras.3mf");
  for (const std::string& bad : {std::string("PK"), std::string(100, 'x'), good.substr(0, good.size() / 2)}) {
    auto r = parse_mesh(bad, MeshFormat::threemf, "bad.3mf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "io.mesh_parse");
    EXPECT_NE(r.error().to_string().find("bad.3mf"), std::string::npos) << r.error().to_string();
  }
  // A corrupted deflate stream (bytes in the middle flipped) does not inflate.
  std::string flipped = good;
  for (size_t i = flipped.size() / 3; i < flipped.size() / 3 + 40; ++i) flipped[i] = char(~flipped[i]);
  EXPECT_FALSE(parse_mesh(flipped, MeshFormat::threemf, "bad.3mf").ok());
  EXPECT_FALSE(write_mesh_file(Mesh{}, "/tmp/cadscribe-never-written.3mf").ok());  // read only
}

}  // namespace
}  // namespace cadscribe::mesh
