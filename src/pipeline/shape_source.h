// pipeline/shape_source.h — any shape a user can name (a CadQuery program, an OpenSCAD program, a
// STEP file or a mesh file) as a triangle mesh, for rendering and scoring.
//
// Programs run through cad::execute_program (the interpreter's budget applies); STEP files are read
// by the kernel; OpenSCAD programs run through cad::execute_scad_file (same time/step limits; a
// 2D or empty result is an error, geom.not_3d / geom.empty_result); mesh files (.stl .obj .ply .off) by mesh/io. B-rep shapes are tessellated by
// cad::mesh_of (tolerances relative to the part's size).
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "mesh/mesh.h"
#include "cad/execute.h"
#include "cad/meshing.h"

namespace cadscribe::pipeline {

enum class SourceKind { program, step, mesh, scad };

struct LoadedShape {
  SourceKind kind = SourceKind::mesh;
  mesh::Mesh mesh;
  std::optional<kernel::Shape> shape;  // programs and STEP files only
  std::optional<cad::Validity> validity;    // programs run with cad::ExecOptions::validate only
  double load_seconds = 0;             // execution / reading
  double mesh_seconds = 0;             // tessellation
};

// The kind of a path by its extension: .py → program, .scad → scad, .step/.stp → STEP, .stl/.obj/.ply/.off →
// mesh; anything else is `io.unknown_format`.
[[nodiscard]] base::Result<SourceKind> source_kind_of(const std::string& path);

// Loads `path` as a mesh. A program that fails returns its first diagnostic (syntax, runtime,
// geometry, limit…), so callers tally failures by the program's own error code.
[[nodiscard]] base::Result<LoadedShape> load_shape(const std::string& path, const cad::ExecOptions& exec,
                                                   const cad::MeshingOptions& meshing = {});

}  // namespace cadscribe::pipeline
