// csg/test_util.h — helpers for csg's tests and bench (not part of the library's API).
#pragma once

#include <string>

#include "csg/geometry.h"
#include "csg/primitives.h"
#include "mesh/check.h"

namespace cadscribe::csg::testing {

inline Matrix4 translation(double x, double y, double z) {
  return {1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z, 0, 0, 0, 1};
}
inline Solid moved(const Solid& s, double x, double y, double z) { return transformed(s, translation(x, y, z)); }
inline Solid box(double sx, double sy, double sz, double x = 0, double y = 0, double z = 0) {
  return moved(cube_solid({sx, sy, sz}), x, y, z);
}
// Closed, oriented and manifold in the sense of mesh::inspect (edges), with positive volume.
inline bool valid(const Solid& s) {
  mesh::MeshReport r = mesh::inspect(to_mesh(s));
  return r.closed && r.oriented && r.misoriented_edges == 0 && r.nonmanifold_edges == 0 && s.volume() > 0;
}

}  // namespace cadscribe::csg::testing
