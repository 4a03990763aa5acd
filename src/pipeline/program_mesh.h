// pipeline/program_mesh.h — a CadQuery program held in memory (a model's output, a dataset's
// ground truth) executed and tessellated, or an OpenSCAD one when its name ends in ".scad", and
// its IoU against a reference mesh by the protocol of DESIGN.md §5 (normalised, 64³ voxels, best
// of the 24 cube rotations). Untrusted text runs only through our interpreters under
// `exec.limits` (OpenSCAD without file access).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "cad/execute.h"
#include "mesh/mesh.h"

namespace cadscribe::pipeline {

// The program's first diagnostic when it fails (syntax, runtime, geometry, limit...).
[[nodiscard]] base::Result<mesh::Mesh> program_mesh(std::string_view source, const std::string& name,
                                                    const cad::ExecOptions& exec);

struct ProgramIou {
  std::optional<base::Diag> error;  // the program failed (or its mesh could not be scored)
  double iou = 0;                   // 0 when it failed
};

[[nodiscard]] ProgramIou program_iou(std::string_view source, const std::string& name, const mesh::Mesh& reference,
                                     const cad::ExecOptions& exec);

}  // namespace cadscribe::pipeline
