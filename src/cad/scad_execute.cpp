#include "cad/scad_execute.h"

#include <chrono>
#include <filesystem>

#include "cad/execute.h"
#include "cad/scad_eval.h"
#include "csg/ops.h"
#include "lang/scad/interpreter.h"
#include "mesh/check.h"

namespace cadscribe::cad {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

lang::scad::RunOptions run_options(const ScadOptions& o) {
  lang::scad::RunOptions r;
  r.limits = o.limits;
  r.max_nodes = o.max_nodes;
  r.builtin_modules = scad_builtin_modules();
  r.library_paths = o.library_paths;
  r.allow_files = o.allow_files;
  r.t = o.t;
  r.preview = o.preview;
  r.rands_seed = o.rands_seed;
  return r;
}

// The geometry half: the instance tree to a mesh and its facts.
void build_geometry(const lang::scad::RunReport& report, const ScadOptions& o, ScadExecution& out,
                    Clock::time_point t_start) {
  scad::TreeOptions to;
  to.limits = o.limits;
  to.max_triangles = o.max_triangles;
  to.library_paths = o.library_paths;
  to.allow_files = o.allow_files;
  scad::TreeEvaluator ev(to, out.diags, since(t_start));
  auto g = ev.eval(report.root);
  out.facts.csg_operations = ev.csg_operations();
  if (!g) {
    out.diags.push_back(g.error());
    return;
  }
  scad::Geom geom = std::move(g).value();
  out.facts.dimension = geom.empty() ? 0 : geom.dim;
  if (geom.empty()) return;
  if (geom.dim == 2) {
    csg::Polygon2 p = ev.polygon_of(std::move(geom));
    out.facts.area = p.area();
    out.mesh = csg::to_mesh(csg::triangulate2(p));
  } else {
    auto s = ev.solid_of(std::move(geom), report.root.span);
    out.facts.csg_operations = ev.csg_operations();
    if (!s) {
      out.diags.push_back(s.error());
      return;
    }
    out.mesh = csg::to_mesh(*s);
  }
  mesh::MeshReport r = mesh::inspect(*out.mesh);
  out.facts.closed_manifold = geom.dim == 3 && r.closed && r.oriented;
  out.facts.volume = geom.dim == 3 ? r.volume : 0;
  out.facts.bbox = r.bounds;
  out.facts.triangles = r.triangles;
  out.facts.vertices = r.vertices;
  out.facts.components = r.components;
  if (out.mesh->triangles.empty()) {
    out.mesh.reset();
    out.facts.dimension = 0;
  }
}

ScadExecution finish(lang::scad::RunReport report, const ScadOptions& o, Clock::time_point t0) {
  ScadExecution out;
  out.echo = std::move(report.echo);
  out.diags = std::move(report.diags);
  out.times.parse = report.parse_seconds;
  out.times.eval = report.eval_seconds;
  if (report.ok()) {
    auto tg = Clock::now();
    build_geometry(report, o, out, t0);
    out.times.geometry = since(tg);
  }
  out.times.total = since(t0);
  return out;
}

}  // namespace

bool ScadExecution::ok() const { return first_error() == nullptr; }

const base::Diag* ScadExecution::first_error() const {
  for (const auto& d : diags)
    if (d.severity == base::Severity::kError) return &d;
  return nullptr;
}

std::unordered_set<std::string> scad_builtin_modules() {
  auto names = scad::builtin_module_names();
  return {names.begin(), names.end()};
}

ScadExecution execute_scad(std::string_view source, const std::string& filename, const ScadOptions& options) {
  auto t0 = Clock::now();
  return finish(lang::scad::run_program(source, filename, run_options(options)), options, t0);
}

ScadExecution execute_scad_file(const std::string& path, const ScadOptions& options) {
  auto t0 = Clock::now();
  // A file named without a folder ("part.scad") lives in the working directory: that is its
  // folder for include/use/import/surface (a program given as text has none).
  ScadOptions here = options;
  if (std::filesystem::path(path).parent_path().empty()) here.library_paths.insert(here.library_paths.begin(), ".");
  return finish(lang::scad::run_file(path, run_options(here)), here, t0);
}

std::string scad_status(const ScadExecution& e) {
  const base::Diag* d = e.first_error();
  return d ? status_of(*d) : "ok";
}

int scad_exit_code(const ScadExecution& e) { return exit_code_for_status(scad_status(e)); }

}  // namespace cadscribe::cad
