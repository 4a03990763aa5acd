#include "pipeline/program_mesh.h"

#include "cad/meshing.h"
#include "cad/scad_execute.h"
#include "metrics/iou.h"

namespace cadscribe::pipeline {

namespace {

base::Result<mesh::Mesh> scad_mesh(std::string_view source, const std::string& name, const cad::ExecOptions& exec) {
  cad::ScadOptions options;
  options.limits = exec.limits;
  options.allow_files = false;  // untrusted text: no include, use or import
  cad::ScadExecution run = cad::execute_scad(source, name, options);
  if (const base::Diag* d = run.first_error()) return *d;
  if (run.facts.dimension != 3 || !run.mesh)
    return base::make_diag("runtime.no_result", name + ": the program makes no 3D object");
  return std::move(*run.mesh);
}

}  // namespace

base::Result<mesh::Mesh> program_mesh(std::string_view source, const std::string& name, const cad::ExecOptions& exec) {
  if (name.ends_with(".scad")) return scad_mesh(source, name, exec);
  cad::Execution run = cad::execute_program(source, name, exec);
  if (!run.diags.empty()) return run.diags.front();
  if (!run.shape) return base::make_diag("runtime.no_result", name + ": the program has no result");
  if (run.mesh) return std::move(*run.mesh);
  return cad::mesh_of(*run.shape, exec.meshing);
}

ProgramIou program_iou(std::string_view source, const std::string& name, const mesh::Mesh& reference,
                       const cad::ExecOptions& exec) {
  ProgramIou out;
  auto m = program_mesh(source, name, exec);
  if (!m) {
    out.error = m.error();
    return out;
  }
  metrics::ScoreOptions options;
  options.chamfer = false;
  auto score = metrics::score_meshes(*m, reference, options);
  if (!score) {
    out.error = score.error();
    return out;
  }
  out.iou = score->iou.iou;
  return out;
}

}  // namespace cadscribe::pipeline
