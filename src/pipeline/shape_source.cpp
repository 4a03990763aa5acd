#include "pipeline/shape_source.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>

#include "cad/scad_execute.h"
#include "mesh/io.h"

namespace cadscribe::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

base::Result<SourceKind> source_kind_of(const std::string& path) {
  const std::string ext = lower_extension(path);
  if (ext == ".py") return SourceKind::program;
  if (ext == ".scad") return SourceKind::scad;
  if (ext == ".step" || ext == ".stp") return SourceKind::step;
  if (auto f = mesh::format_from_path(path); f && *f != mesh::MeshFormat::glb) return SourceKind::mesh;
  return base::make_diag("io.unknown_format",
                         "'" + path + "': expected a program (.py or .scad), a STEP file (.step/.stp) or a mesh (.stl .obj .ply .off)");
}

base::Result<LoadedShape> load_shape(const std::string& path, const cad::ExecOptions& exec, const cad::MeshingOptions& meshing) {
  TRY(SourceKind kind, source_kind_of(path));
  LoadedShape out;
  out.kind = kind;
  auto t0 = Clock::now();
  if (kind == SourceKind::mesh) {
    TRY(out.mesh, mesh::read_mesh_file(path));
    out.load_seconds = seconds_since(t0);
    return out;
  }
  if (kind == SourceKind::scad) {
    cad::ScadOptions o;
    o.limits = exec.limits;
    cad::ScadExecution e = cad::execute_scad_file(path, o);
    if (const base::Diag* d = e.first_error()) return *d;
    if (!e.mesh) return base::make_diag("geom.empty_result", "'" + path + "': the top level object is empty");
    if (e.facts.dimension != 3)
      return base::make_diag("geom.not_3d", "'" + path + "': the top level object is not a 3D object");
    out.mesh = std::move(*e.mesh);
    out.load_seconds = seconds_since(t0);
    return out;
  }
  if (kind == SourceKind::program) {
    cad::Execution e = cad::execute_file(path, exec);
    if (!e.diags.empty()) return e.diags.front();
    if (!e.shape) return base::make_diag("runtime.no_result", "'" + path + "' produced no shape");
    out.shape = std::move(e.shape);
    if (exec.validate) out.validity = e.validity;
  } else {
    TRY(out.shape, kernel::read_step(path));
  }
  out.load_seconds = seconds_since(t0);
  auto t1 = Clock::now();
  TRY(out.mesh, cad::mesh_of(*out.shape, meshing));
  out.mesh_seconds = seconds_since(t1);
  return out;
}

}  // namespace cadscribe::pipeline
