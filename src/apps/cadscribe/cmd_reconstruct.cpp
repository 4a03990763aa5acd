// `cadscribe reconstruct VIEWS... | DIR [-o out.py] [--step out.step] [--budget 10]`: views of a
// part → the CadQuery program that rebuilds it, checked and refined against the views
// (pipeline/reconstruct.h). Writes the program (stdout without -o), optionally its STEP/STL, a
// contact sheet (input row over result row) and a JSON report of everything tried.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "apps/cadscribe/commands.h"
#include "cad/execute.h"
#include "kernel/shape.h"
#include "mesh/mesh.h"
#include "nn/language_model.h"
#include "pipeline/reconstruct.h"
#include "render/png.h"
#include "render/sheet.h"

#ifndef CADSCRIBE_DEFAULT_MODEL
#define CADSCRIBE_DEFAULT_MODEL ""
#endif
#ifndef CADSCRIBE_DEFAULT_LIBRARY
#define CADSCRIBE_DEFAULT_LIBRARY ""
#endif

namespace cadscribe::app {
namespace {

using nlohmann::json;

json diag_json(const base::Diag& d) { return {{"code", d.code}, {"message", d.message}}; }

json agreement_json(const pipeline::ViewAgreement& a) {
  return {{"score", a.score}, {"silhouette_iou", a.silhouette_iou}, {"appearance", a.appearance}};
}

json report_json(const pipeline::Reconstruction& r, const std::string& model, const std::string& library) {
  json cands = json::array();
  for (const auto& c : r.candidates) {
    json j = {{"origin", c.origin}, {"seconds", c.seconds}, {"program", c.program}};
    if (c.error) j["error"] = diag_json(*c.error);
    else j["agreement"] = agreement_json(c.agreement);
    cands.push_back(j);
  }
  return {{"model", model},
          {"library", library},
          {"result", {{"origin", r.origin}, {"agreement", agreement_json(r.agreement)}, {"program", r.program}}},
          {"candidates", cands},
          {"refinement", {{"evaluations", r.refine_evaluations}, {"improvements", r.refine_improvements}}},
          {"seconds",
           {{"model", r.model_seconds}, {"score", r.score_seconds}, {"refine", r.refine_seconds}, {"total", r.total_seconds}}}};
}

int fail(const base::Diag& d) {
  std::cerr << d.to_string() << "\n";
  return 1;
}

}  // namespace

void add_reconstruct_command(CLI::App& app, int& exit_code) {
  struct Flags {
    std::vector<std::string> views;
    std::string out, step, stl, sheet, report, rig;
    std::string model = CADSCRIBE_DEFAULT_MODEL;
    std::string library = CADSCRIBE_DEFAULT_LIBRARY;
    bool no_model = false, no_library = false;
    int threads = 1;
    pipeline::ReconstructOptions options;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("reconstruct", "views of a part -> the CadQuery program that rebuilds it");
  cmd->add_option("views", f->views, "the rig's view PNGs in its order, or a folder of them")->required();
  cmd->add_option("-o,--out", f->out, "write the program here (default: stdout)");
  cmd->add_option("--step", f->step, "write the result's STEP file");
  cmd->add_option("--stl", f->stl, "write the result's STL mesh");
  cmd->add_option("--sheet", f->sheet, "write a contact sheet: input views over result views");
  cmd->add_option("--report", f->report, "write a JSON report of every candidate and the refinement");
  cmd->add_option("--budget", f->options.budget_seconds, "seconds for generation, scoring and refinement")->capture_default_str();
  cmd->add_option("--candidates", f->options.candidates, "beam width (programs the model proposes)")->capture_default_str();
  cmd->add_flag("--no-refine", [f](int64_t) { f->options.refine = false; }, "skip the refinement of numbers");
  cmd->add_flag("--no-box", [f](int64_t) { f->options.box = false; }, "no box candidate: the model's programs only");
  cmd->add_option("--model", f->model, "model.safetensors (from cadscribe train)")->capture_default_str();
  cmd->add_flag("--no-model", f->no_model, "no model candidates");
  cmd->add_option("--library", f->library, "program library (from cadscribe library or train)")->capture_default_str();
  cmd->add_flag("--no-library", f->no_library, "no library candidates");
  cmd->add_option("--retrieve", f->options.retrieve, "library programs tried (nearest silhouettes)")->capture_default_str();
  cmd->add_option("--rig", f->rig, "rig JSON for views other than the default 8");
  cmd->add_option("--threads", f->threads, "CPU threads for the model")->capture_default_str();
  cmd->callback([f, &exit_code] {
    exit_code = 1;
    if (!f->rig.empty()) {
      auto rig = render::load_rig(f->rig);
      if (!rig) return void(fail(rig.error()));
      f->options.rig = *rig;
    }
    std::vector<std::string> names;
    auto views = pipeline::read_views(f->views, f->options.rig, &names);
    if (!views) return void(fail(views.error()));
    std::optional<pipeline::ViewsModel> model;
    if (!f->no_model) {
      if (f->model.empty()) return void(fail(base::make_diag("io.not_found", "no model: pass --model (or --no-model)")));
      auto m = pipeline::load_views_model(f->model);
      if (!m) return void(fail(m.error()));
      if (auto st = nn::set_model_threads(f->threads); !st.ok()) return void(fail(st.error()));
      model = std::move(*m);
    }
    std::optional<pipeline::ProgramLibrary> library;
    if (!f->no_library) {
      auto lib = pipeline::read_library(f->library);
      if (!lib) return void(fail(lib.error()));
      library = std::move(*lib);
    }
    auto r = pipeline::reconstruct(*views, names, {model ? &*model : nullptr, library ? &*library : nullptr}, f->options);
    if (!r) return void(fail(r.error()));
    if (f->out.empty()) {
      std::fwrite(r->program.data(), 1, r->program.size(), stdout);
    } else if (auto st = render::write_file(r->program, f->out); !st.ok()) {
      return void(fail(st.error()));
    }
    if (!f->step.empty()) {
      cad::ExecOptions exec;
      exec.validate = false;
      auto run = cad::execute_program(r->program, "reconstruction.py", exec);
      if (!run.ok()) return void(fail(run.diags.empty() ? base::make_diag("runtime.no_result", "no result") : run.diags[0]));
      if (auto st = kernel::write_step(*run.shape, f->step); !st.ok()) return void(fail(st.error()));
    }
    if (!f->stl.empty())
      if (auto st = mesh::write_stl_binary(r->mesh, f->stl); !st.ok()) return void(fail(st.error()));
    if (!f->sheet.empty()) {
      std::vector<render::Image> tiles = *views;
      tiles.insert(tiles.end(), r->views.begin(), r->views.end());
      const int columns = int(views->size() == 8 ? 8 : views->size());
      if (auto st = render::write_png(render::contact_sheet(tiles, columns), f->sheet); !st.ok()) return void(fail(st.error()));
    }
    if (!f->report.empty())
      if (auto st = render::write_file(report_json(*r, f->no_model ? "" : f->model, f->no_library ? "" : f->library).dump(2) + "\n", f->report); !st.ok())
        return void(fail(st.error()));
    std::fprintf(stderr, "score %.3f (silhouette IoU %.3f, appearance %.3f) from %s, %zu candidates, %d refinement steps, %.1f s\n",
                 r->agreement.score, r->agreement.silhouette_iou, r->agreement.appearance, r->origin.c_str(),
                 r->candidates.size(), r->refine_evaluations, r->total_seconds);
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
