// `cadscribe reconstruct VIEWS... | DIR [-o out.py] [--step out.step] [--budget 10]`: views of a
// part → the CadQuery program that rebuilds it, checked and refined against the views
// (pipeline/reconstruct.h). Writes the program (stdout without -o), optionally its STEP/STL, a
// contact sheet (input row over result row) and a JSON report of everything tried.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/source_flags.h"
#include "cad/execute.h"
#include "kernel/shape.h"
#include "mesh/mesh.h"
#include "pipeline/reconstruct.h"
#include "render/png.h"
#include "render/sheet.h"

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
          {"evaluations_stopped", {{"timed_out", r.evaluation_timeouts}, {"crashed", r.evaluation_crashes}}},
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
    SourceFlags sources;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("reconstruct", "views of a part -> the CadQuery program that rebuilds it");
  cmd->add_option("views", f->views, "the rig's view PNGs in its order, or a folder of them")->required();
  cmd->add_option("-o,--out", f->out, "write the program here (default: stdout)");
  cmd->add_option("--step", f->step, "write the result's STEP file");
  cmd->add_option("--stl", f->stl, "write the result's STL mesh");
  cmd->add_option("--sheet", f->sheet, "write a contact sheet: input views over result views");
  cmd->add_option("--report", f->report, "write a JSON report of every candidate and the refinement");
  f->sources.add_to(*cmd);
  cmd->add_option("--rig", f->rig, "rig JSON for views other than the default 8");
  cmd->callback([f, &exit_code] {
    exit_code = 1;
    if (!f->rig.empty()) {
      auto rig = render::load_rig(f->rig);
      if (!rig) return void(fail(rig.error()));
      f->sources.options.rig = *rig;
    }
    std::vector<std::string> names;
    auto views = pipeline::read_views(f->views, f->sources.options.rig, &names);
    if (!views) return void(fail(views.error()));
    auto loaded = load_sources(f->sources);
    if (!loaded) return void(fail(loaded.error()));
    auto r = pipeline::reconstruct(*views, names, loaded->sources(), f->sources.options);
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
      if (auto st = render::write_file(report_json(*r, f->sources.no_model ? "" : f->sources.model, f->sources.no_library ? "" : f->sources.library).dump(2) + "\n", f->report); !st.ok())
        return void(fail(st.error()));
    std::fprintf(stderr, "score %.3f (silhouette IoU %.3f, appearance %.3f) from %s, %zu candidates, %d refinement steps, %.1f s\n",
                 r->agreement.score, r->agreement.silhouette_iou, r->agreement.appearance, r->origin.c_str(),
                 r->candidates.size(), r->refine_evaluations, r->total_seconds);
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
