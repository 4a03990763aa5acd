// mesh/io_test_util.h — helpers shared by the mesh I/O tests (test-only).
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "mesh/mesh.h"

namespace cadscribe::mesh::testing {

inline std::string read_fixture(const std::string& name) {
  std::ifstream f(std::string(CADSCRIBE_TEST_DATA_DIR) + "/mesh/" + name, std::ios::binary);
  EXPECT_TRUE(f) << name;
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// Every triangle of `b` has the same corner positions as the same triangle of `a` (vertex
// numbering may differ, e.g. after STL welding).
inline void expect_same_triangles(const Mesh& a, const Mesh& b) {
  ASSERT_EQ(a.triangles.size(), b.triangles.size());
  for (size_t t = 0; t < a.triangles.size(); ++t)
    for (int c = 0; c < 3; ++c)
      for (int k = 0; k < 3; ++k)
        ASSERT_EQ(a.positions[a.triangles[t][c]][k], b.positions[b.triangles[t][c]][k])
            << "triangle " << t << " corner " << c;
}

}  // namespace cadscribe::mesh::testing
