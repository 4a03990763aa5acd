// `cadscribe run PROGRAM.py [-o out.step|.stl|.brep ...] [--json]`,
// `cadscribe run PROGRAM.scad [-o out.stl|.off|.obj|.ply|.glb|.png ...] [--json]` and
// `cadscribe run --batch DIR|LIST [--jobs N]`: execute programs, summarise, export.
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/exec_flags.h"
#include "apps/cadscribe/progress.h"
#include "apps/cadscribe/watchdog.h"
#include "cad/scad_execute.h"
#include "kernel/shape.h"
#include "mesh/io.h"
#include "pipeline/batch.h"
#include "pipeline/report_json.h"
#include "pipeline/sandbox.h"
#include "render/png.h"
#include "render/render.h"
#include "render/rig.h"
#include "render/sheet.h"

namespace cadscribe::app {
namespace {

struct RunFlags {
  std::string program;
  std::vector<std::string> outputs;
  bool json = false;
  bool require_valid = false;
  std::string batch;
  int jobs = 1;
  double wall_s = 30;
  int64_t worker_memory_mb = 4096;
  std::vector<std::string> library_paths;  // .scad: folders include/use/import/surface may read
  bool preview = false;                    // .scad: $preview true
  ExecFlags exec;
};

base::Status write_output(const kernel::Shape& shape, const std::string& path, double stl_tol) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".step" || ext == ".stp") return kernel::write_step(shape, path);
  if (ext == ".stl") return kernel::write_stl(shape, path, stl_tol);
  if (ext == ".brep") return kernel::write_brep(shape, path);
  return base::make_diag("io.unknown_format", "cannot write '" + path + "': use .step, .stl or .brep");
}

void print_summary(const cad::Execution& e, const std::string& file) {
  const auto& v = e.validity;
  std::printf("%s: %s\n", file.c_str(), v.valid ? "valid" : "NOT valid");
  if (!v.valid)
    for (const auto& r : v.reasons) std::printf("  - %s\n", r.c_str());
  std::printf("  solids %d, faces %d, edges %d, vertices %d\n", v.solids, v.faces, v.edges, v.vertices);
  std::printf("  volume %.6g mm^3\n", v.volume);
  auto s = v.bbox.size();
  std::printf("  bbox %.6g x %.6g x %.6g mm  (min %.6g %.6g %.6g)\n", s.x, s.y, s.z, v.bbox.min.x, v.bbox.min.y,
              v.bbox.min.z);
  std::printf("  time: parse %.2f ms, eval %.2f ms, validate %.2f ms, total %.2f ms\n", e.times.parse * 1e3,
              e.times.eval * 1e3, e.times.validate * 1e3, e.times.total * 1e3);
}

int run_one(const RunFlags& f) {
  std::optional<cad::Execution> run;
  {
    Watchdog watchdog(f.exec.timeout_s, watchdog_report(f.program, f.exec.timeout_s, f.json), f.json);
    run = cad::execute_file(f.program, f.exec.options());
  }
  cad::Execution& e = *run;
  int code = cad::exit_code_for(e, f.require_valid);
  std::vector<std::string> written;
  if (e.ok()) {
    for (const auto& out : f.outputs) {
      auto st = write_output(*e.shape, out, f.exec.options().stl_tolerance);
      if (!st) {
        std::cerr << st.error().to_string() << "\n";
        code = code == 0 ? 1 : code;
      } else {
        written.push_back(out);
      }
    }
  }
  if (f.json) {
    auto j = pipeline::execution_to_json(e, f.program, f.require_valid);
    j["written"] = written;
    std::cout << j.dump(2) << "\n";
    return code;
  }
  if (!e.printed.empty()) std::cout << e.printed;
  if (!e.diags.empty()) {
    std::string source = read_text(f.program);
    for (const auto& d : e.diags) std::cerr << format_diag(d, source);
    return code;
  }
  print_summary(e, f.program);
  for (const auto& w : written) std::printf("  wrote %s\n", w.c_str());
  return code;
}

bool is_scad(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".scad";
}

// An OpenSCAD result: meshes by extension; .png is the contact sheet of the 8-view rig.
base::Status write_scad_output(const cad::ScadExecution& e, const std::string& path) {
  if (!e.mesh) return base::make_diag("geom.empty_result", "cannot write '" + path + "': the top level object is empty");
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".png") {
    std::vector<render::Image> tiles;
    for (const auto& v : render::render_rig(*e.mesh, render::default_rig(), {})) tiles.push_back(v.rgb);
    return render::write_png(render::contact_sheet(tiles), path);
  }
  if (e.facts.dimension != 3)
    return base::make_diag("geom.not_3d", "cannot write '" + path + "': the top level object is not a 3D object");
  return mesh::write_mesh_file(*e.mesh, path);
}


int run_scad_one(const RunFlags& f) {
  cad::ScadOptions o;
  o.limits = f.exec.options().limits;
  o.library_paths = f.library_paths;
  o.preview = f.preview;
  std::optional<cad::ScadExecution> run;
  {
    Watchdog watchdog(f.exec.timeout_s, watchdog_report(f.program, f.exec.timeout_s, f.json), f.json);
    run = cad::execute_scad_file(f.program, o);
  }
  cad::ScadExecution& e = *run;
  int code = cad::scad_exit_code(e);
  std::vector<std::string> written;
  if (e.ok()) {
    for (const auto& out : f.outputs) {
      auto st = write_scad_output(e, out);
      if (!st) {
        std::cerr << st.error().to_string() << "\n";
        if (code == 0) code = st.error().category() == "geom" ? 4 : 1;
      } else {
        written.push_back(out);
      }
    }
  }
  if (f.json) {
    auto j = pipeline::scad_execution_to_json(e, f.program);
    j["written"] = written;
    std::cout << j.dump(2) << "\n";
    return code;
  }
  for (const auto& line : e.echo) std::cout << line << "\n";
  // Each file is read once for its excerpts, and a flood (a binary file parsed as a program gives
  // thousands of syntax errors) is cut after kMaxPrinted: the JSON form keeps them all.
  constexpr size_t kMaxPrinted = 100;
  std::map<std::string, std::string> sources;
  for (size_t i = 0; i < e.diags.size() && i < kMaxPrinted; ++i) {
    const auto& d = e.diags[i];
    auto it = sources.find(d.span.file);
    if (it == sources.end()) it = sources.emplace(d.span.file, read_text(d.span.file.empty() ? f.program : d.span.file)).first;
    std::cerr << format_diag(d, it->second);
  }
  if (e.diags.size() > kMaxPrinted)
    std::cerr << "note: " << e.diags.size() - kMaxPrinted << " more diagnostics not shown (--json lists them all)\n";
  if (!e.ok()) return code;
  const auto& v = e.facts;
  std::printf("%s: %s\n", f.program.c_str(),
              v.dimension == 3 ? (v.closed_manifold ? "3D, closed manifold" : "3D, NOT closed")
                               : v.dimension == 2 ? "2D" : "empty");
  if (v.dimension == 3) std::printf("  volume %.6g mm^3, %zu triangles\n", v.volume, v.triangles);
  if (v.dimension == 2) std::printf("  area %.6g mm^2\n", v.area);
  if (!v.bbox.empty) {
    auto s = v.bbox.size();
    std::printf("  bbox %.6g x %.6g x %.6g mm  (min %.6g %.6g %.6g)\n", s.x, s.y, s.z, v.bbox.min.x, v.bbox.min.y,
                v.bbox.min.z);
  }
  std::printf("  time: parse %.2f ms, eval %.2f ms, geometry %.2f ms, total %.2f ms\n", e.times.parse * 1e3,
              e.times.eval * 1e3, e.times.geometry * 1e3, e.times.total * 1e3);
  for (const auto& w : written) std::printf("  wrote %s\n", w.c_str());
  return code;
}

int run_batch(const RunFlags& f) {
  auto files = pipeline::collect_programs(f.batch);
  if (!files) {
    std::cerr << files.error().to_string() << "\n";
    return 1;
  }
  pipeline::BatchOptions o;
  o.jobs = f.jobs;
  o.wall_seconds = f.wall_s;
  o.memory_mb = f.worker_memory_mb;
  o.worker_exe = self_exe();
  o.worker_args = f.exec.as_args();
  if (f.require_valid) o.worker_args.push_back("--require-valid");
  for (const auto& lib : f.library_paths) {
    o.worker_args.push_back("-L");
    o.worker_args.push_back(lib);
  }
  if (f.preview) o.worker_args.push_back("--preview");
  ProgressBar bar("programs");
  auto summary = pipeline::run_batch(
      *files, o, [](const std::string& line) { std::cout << line << "\n" << std::flush; },
      [&bar](int done, int total) { bar.update(done, total); });
  std::fprintf(stderr, "%d programs: %d ok, %d failed (%d crashed, %d killed at the wall clock)\n", summary.total,
               summary.ok, summary.total - summary.ok, summary.crashed, summary.timed_out);
  return summary.ok == summary.total ? 0 : 8;
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<RunFlags>();
  auto* cmd = app.add_subcommand("run", "execute a CadQuery-style (.py) or OpenSCAD (.scad) program (or a batch of them)");
  cmd->add_option("program", flags->program, "the .py or .scad program");
  cmd->add_option("-o,--output", flags->outputs, "write the result: .step, .stl or .brep (.py); .stl .off .obj .ply .glb .png (.scad) (repeatable)");
  cmd->add_flag("--json", flags->json, "print a JSON report instead of text");
  cmd->add_option("-L,--library-path", flags->library_paths,
                  ".scad: a folder that include/use/import/surface may also read (repeatable; the program's own folder always)");
  cmd->add_flag("--preview", flags->preview,
               ".scad: $preview is true, as in openscad's preview and its .echo export (default: false, as its render)");
  cmd->add_flag("--require-valid", flags->require_valid, "exit 6 when the result fails the validity rule");
  cmd->add_option("--batch", flags->batch, "a folder of .py/.scad files or a file listing programs");
  cmd->add_option("-j,--jobs", flags->jobs, "worker processes for --batch")->capture_default_str();
  cmd->add_option("--wall", flags->wall_s, "per-program wall-clock kill in --batch (s)")->capture_default_str();
  cmd->add_option("--worker-memory-mb", flags->worker_memory_mb, "address-space limit of each worker")
      ->capture_default_str();
  flags->exec.add_to(*cmd);
  cmd->callback([flags, &exit_code, cmd] {
    if (flags->batch.empty() == flags->program.empty())
      throw CLI::ValidationError("run", "give either a PROGRAM or --batch DIR|LIST");
    if (!flags->batch.empty())
      exit_code = run_batch(*flags);
    else
      exit_code = is_scad(flags->program) ? run_scad_one(*flags) : run_one(*flags);
  });
}

void add_worker_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ExecFlags>();
  auto require_valid = std::make_shared<bool>(false);
  auto scad = std::make_shared<cad::ScadOptions>();
  auto* cmd = app.add_subcommand("worker", "internal: run programs named on stdin, one JSON line each");
  cmd->group("");  // hidden from --help
  flags->add_to(*cmd);
  cmd->add_flag("--require-valid", *require_valid);
  cmd->add_option("-L,--library-path", scad->library_paths);
  cmd->add_flag("--preview", scad->preview);
  cmd->callback([flags, require_valid, scad, &exit_code] {
    // Defence in depth: a worker runs untrusted programs, so it gives up exec, fork, sockets
    // and the like before reading the first one.
    if (auto st = pipeline::enter_worker_sandbox(); !st.ok()) {
      std::cerr << st.error().to_string() << "\n";
      exit_code = 1;
      return;
    }
    exit_code = pipeline::worker_loop(std::cin, std::cout, flags->options(), *require_valid, *scad);
  });
}

}  // namespace cadscribe::app
