#include "cad/execute.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cad/module.h"
#include "lang/py/interpreter.h"

namespace cadscribe::cad {
namespace {

namespace py = lang::py;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

const py::ModuleRegistry& cadquery_modules() {
  // Built once per process: the registry is immutable after construction.
  static const py::ModuleRegistry registry = [] {
    py::ModuleRegistry r;
    cad::register_cadquery(r);
    return r;
  }();
  return registry;
}

// A STEP export probe: the writer must succeed and produce a non-empty file.
bool step_exports(const kernel::Shape& shape) {
  char path[] = "/tmp/cadscribe-probe-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return false;
  close(fd);
  bool ok = kernel::write_step(shape, path).ok();
  if (ok) {
    std::ifstream f(path, std::ios::binary | std::ios::ate);
    ok = f && f.tellg() > 0;
  }
  std::remove(path);
  return ok;
}

Validity validate(const kernel::Shape& shape, const ExecOptions& options, std::optional<mesh::Mesh>& probe,
                  PhaseTimes& times) {
  Validity v;
  auto t0 = Clock::now();
  kernel::Validity k = kernel::check_validity(shape);
  times.check = seconds_since(t0);
  v.brep_valid = k.brep_valid;
  v.solids = k.solids;
  v.faces = k.faces;
  v.edges = k.edges;
  v.vertices = k.vertices;
  v.connected = k.connected;
  v.volume = k.volume;
  if (!v.brep_valid) v.reasons.push_back("B-rep check failed");
  if (v.solids != 1) v.reasons.push_back(std::to_string(v.solids) + " solids (need exactly 1)");
  if (v.solids == 1 && !v.connected) v.reasons.push_back("solid is not connected");
  if (v.faces < 7) v.reasons.push_back(std::to_string(v.faces) + " faces (need at least 7)");
  // BRepCheck accepts a closed shell facing inwards; its volume comes out negative.
  if (v.solids >= 1 && !(v.volume > 0)) v.reasons.push_back("solid is inside out (volume <= 0)");
  if (options.validate) {
    t0 = Clock::now();
    v.step_ok = step_exports(shape);
    times.step = seconds_since(t0);
    if (!v.step_ok) v.reasons.push_back("STEP export failed");
    t0 = Clock::now();
    auto m = mesh_of(shape, options.meshing);
    v.stl_closed = m.ok() && m->is_closed_oriented();
    times.mesh = seconds_since(t0);
    if (m.ok()) probe = std::move(*m);
    if (!v.stl_closed) v.reasons.push_back("STL is not a closed mesh");
  }
  // After the probe mesh: its triangulation shows which faces can reach the box's sides.
  t0 = Clock::now();
  v.bbox = options.validate ? kernel::bounding_box_of_tessellated(shape) : kernel::bounding_box(shape);
  times.bbox = seconds_since(t0);
  v.valid = v.reasons.empty() && options.validate;
  return v;
}

}  // namespace

Execution execute_program(std::string_view source, const std::string& filename, const ExecOptions& options) {
  const auto t0 = Clock::now();
  Execution e;
  base::Budget budget(options.limits);
  py::RunReport report = py::run_program(source, filename, budget, cadquery_modules());
  e.times.parse = report.parse_seconds;
  e.times.eval = report.eval_seconds;
  e.times.native = report.native_seconds;
  e.printed = report.output ? report.output->printed : report.printed;
  if (!report.ok()) {
    e.diags = std::move(report.diags);
    if (e.diags.empty()) e.diags.push_back(base::make_diag("runtime.exception", "program failed"));
    e.times.total = seconds_since(t0);
    return e;
  }
  const py::Value* result = report.output->result();
  base::SourceSpan file_span;
  file_span.file = filename;
  if (result == nullptr) {
    e.diags.push_back(base::make_diag(
        "runtime.no_result", "the program defines no result: assign it to `result` (or call show_object)",
        file_span));
    e.times.total = seconds_since(t0);
    return e;
  }
  auto shapes = cad::result_shapes(*result);
  if (!shapes) {
    base::Diag d = std::move(shapes).error();
    if (d.span.file.empty()) d.span = file_span;  // the result is the whole program's
    e.diags.push_back(std::move(d));
  } else if (shapes->empty()) {
    e.diags.push_back(base::make_diag("runtime.no_result", "the result holds no shape", file_span));
  } else if (shapes->size() == 1) {
    e.shape = shapes->front();
  } else {
    auto compound = kernel::make_compound(*shapes);
    if (compound) e.shape = *compound; else e.diags.push_back(std::move(compound).error());
  }
  if (e.shape) {
    const auto tv = Clock::now();
    e.validity = validate(*e.shape, options, e.mesh, e.times);
    e.times.validate = seconds_since(tv);
  }
  e.times.total = seconds_since(t0);
  return e;
}

Execution execute_file(const std::string& path, const ExecOptions& options) {
  constexpr std::streamoff kMaxProgramBytes = 4 << 20;
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) {
    Execution e;
    base::SourceSpan span;
    span.file = path;
    e.diags.push_back(base::make_diag("io.read_failed", "cannot read program file", span));
    return e;
  }
  if (f.tellg() > kMaxProgramBytes) {
    Execution e;
    base::SourceSpan span;
    span.file = path;
    e.diags.push_back(base::make_diag("limit.size", "program file is larger than 4 MiB", span));
    return e;
  }
  f.seekg(0);
  std::stringstream ss;
  ss << f.rdbuf();
  return execute_program(ss.str(), path, options);
}

std::string status_of(const base::Diag& d) {
  const std::string cat = d.category();
  if (cat == "geom" || cat == "metrics") return "geometry";
  if (cat == "validity") return "invalid";
  if (cat == "syntax" || cat == "runtime" || cat == "unsupported" || cat == "limit" || cat == "io") return cat;
  return "runtime";
}

std::string status_of(const Execution& e, bool require_valid) {
  if (!e.diags.empty()) return status_of(e.diags.front());
  if (require_valid && !e.validity.valid) return "invalid";
  return "ok";
}

int exit_code_for_status(const std::string& status) {
  if (status == "ok") return 0;
  if (status == "syntax") return 2;
  if (status == "runtime" || status == "unsupported") return 3;
  if (status == "geometry") return 4;
  if (status == "limit") return 5;
  if (status == "invalid") return 6;
  return 1;  // io
}

int exit_code_for(const Execution& e, bool require_valid) {
  return exit_code_for_status(status_of(e, require_valid));
}

}  // namespace cadscribe::cad
