// mesh/io.h — reading and writing triangle meshes: STL (binary and ASCII), OBJ, PLY, OFF, and
// GLB (write only, for the browser).
//
// Readers never crash, hang or allocate more than a small multiple of the input size, whatever
// the bytes: every failure is a Diag. Codes: `io.mesh_parse` (malformed content — text formats
// give file:line:col, binary formats name the byte offset in the message), `io.open_failed`,
// `io.read_failed`, `io.write_failed`, `io.unsupported_format`. NaN/Inf coordinates, indices out
// of range, wrong counts and truncation are errors; degenerate triangles are kept (see
// mesh/check.h). Polygons are fan-triangulated; STL triangle soups are welded on bit-identical
// positions (first occurrence order) so that a closed STL reads back closed.
// Writers produce deterministic bytes; text formats print the shortest decimal that round-trips
// the float (locale-independent). Units are whatever the file holds (mm by convention).
// Depends on mesh, math, base only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "mesh/mesh.h"

namespace cadscribe::mesh {

enum class MeshFormat { stl, obj, ply, off, glb, threemf };  // glb: write only; threemf (.3mf): read only

// The format named by the path's extension (case-insensitive), if any.
[[nodiscard]] std::optional<MeshFormat> format_from_path(std::string_view path);
// "stl", "obj", "ply", "off", "glb".
[[nodiscard]] std::string_view format_name(MeshFormat format);

// Reads a file in the format its extension names (stl, obj, ply, off, 3mf; not glb).
[[nodiscard]] base::Result<Mesh> read_mesh_file(const std::string& path);
// Parses file contents; `name` is the file name used in diagnostics.
[[nodiscard]] base::Result<Mesh> parse_mesh(std::string_view bytes, MeshFormat format,
                                            const std::string& name);

// Writes in the format named by the extension: binary STL, OBJ, binary PLY, OFF or GLB.
[[nodiscard]] base::Status write_mesh_file(const Mesh& mesh, const std::string& path);

[[nodiscard]] std::string to_stl_ascii(const Mesh& mesh);
[[nodiscard]] std::string to_obj(const Mesh& mesh);
// binary_little_endian; float x y z; faces as `list uchar uint vertex_indices`.
[[nodiscard]] std::string to_ply(const Mesh& mesh);
[[nodiscard]] std::string to_off(const Mesh& mesh);
// glTF 2.0 binary: one mesh with POSITION (with min/max), NORMAL and uint32 indices, one grey
// PBR material, one node, one scene. Vertices are split where the dihedral angle between
// adjacent triangles exceeds 30° (sharp CAD edges stay sharp, curved surfaces shade smoothly).
[[nodiscard]] std::string to_glb(const Mesh& mesh);

}  // namespace cadscribe::mesh
