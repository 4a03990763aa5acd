// libFuzzer target for the mesh readers: the first byte picks the format (stl, obj, ply, off),
// the rest is the file. A successful parse must yield a mesh whose indices are in range, which
// inspect(), welded(), normalisation and every writer accept, and whose binary PLY re-reads to
// the same mesh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mesh/check.h"
#include "mesh/io.h"
#include "mesh/normalize.h"

using namespace cadscribe::mesh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  constexpr MeshFormat kFormats[] = {MeshFormat::stl, MeshFormat::obj, MeshFormat::ply, MeshFormat::off};
  MeshFormat format = kFormats[data[0] % 4];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  auto r = parse_mesh(bytes, format, "fuzz");
  if (!r.ok()) {
    if (r.error().code != "io.mesh_parse") __builtin_trap();
    return 0;
  }
  const Mesh& m = *r;
  for (const auto& t : m.triangles)
    for (uint32_t i : t)
      if (i >= m.positions.size()) __builtin_trap();
  MeshReport rep = inspect(m);
  if (!rep.finite) __builtin_trap();  // readers reject NaN/Inf
  (void)welded(m, 1e-3);
  (void)normalized(m);
  (void)to_glb(m);
  (void)to_stl_ascii(m);
  auto again = parse_mesh(to_ply(m), MeshFormat::ply, "again");
  if (!again.ok() || again->positions != m.positions || again->triangles != m.triangles) __builtin_trap();
  return 0;
}
