// `cadscribe make "PROMPT" [-o out.scad] [--stl out.stl] [--png out.png] [--seed S] [-n N]`:
// words → a printable OpenSCAD object (pipeline/maker.h). Prints what was asked, every
// candidate (printable or why not, what the judge thinks it is) and the kept one; writes the
// program, its mesh and a picture of its 8 views. Exit 0 with an object, 4 when no candidate
// was printable, 1 for usage and I/O errors.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "apps/cadscribe/commands.h"
#include "mesh/io.h"
#include "pipeline/maker.h"
#include "render/png.h"
#include "render/render.h"
#include "render/rig.h"
#include "render/sheet.h"

namespace cadscribe::app {
namespace {

struct MakeFlags {
  std::string prompt, out, stl, png, report;
  std::string model = CADSCRIBE_DEFAULT_TEXT_MODEL, judge = CADSCRIBE_DEFAULT_JUDGE;
  pipeline::MakeOptions options;
};

int fail(const base::Diag& d) {
  std::cerr << d.to_string() << "\n";
  return 1;
}

nlohmann::json report_json(const pipeline::MadeObject& made) {
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& c : made.candidates)
    candidates.push_back({{"printable", c.printable()}, {"failure", c.failure}, {"finished", c.finished},
                          {"tokens", c.tokens}, {"mean_log_prob", c.mean_log_prob},
                          {"judged", c.verdict.category}, {"judged_iou", c.verdict.iou}, {"asked_iou", c.asked_iou},
                          {"decode_s", c.decode_seconds}, {"execute_s", c.execute_seconds}, {"program", c.program}});
  return {{"prompt", made.prompt}, {"asked", made.asked}, {"chosen", made.chosen}, {"candidates", candidates}};
}

int run_make(const MakeFlags& f) {
  auto model = pipeline::load_program_model(f.model, pipeline::ModelKind::kText);
  if (!model) return fail(model.error());
  auto judge = pipeline::ObjectJudge::read(f.judge);
  if (!judge) return fail(judge.error());
  if (auto st = pipeline::set_decoding_threads(*model, 1); !st) return fail(st.error());  // one core: the figure we promise
  auto made = pipeline::make_from_prompt(*model, *judge, f.prompt, f.options);
  if (!made) return fail(made.error());

  if (made->asked.empty()) std::printf("asked: no known category in \"%s\" (cadscribe objects --list)\n", made->prompt.c_str());
  else std::printf("asked: %s\n", made->asked.c_str());
  for (size_t i = 0; i < made->candidates.size(); ++i) {
    const auto& c = made->candidates[i];
    std::printf("  candidate %zu%s: %d tokens in %.2f s, ", i, i == 0 ? " (greedy)" : "", c.tokens, c.decode_seconds);
    if (c.printable())
      std::printf("printable, looks like %s (IoU %.2f)\n", c.verdict.category.c_str(), c.verdict.iou);
    else
      std::printf("%s\n", c.failure.c_str());
  }
  if (!f.report.empty())
    if (auto st = render::write_file(report_json(*made).dump(2) + "\n", f.report); !st) return fail(st.error());
  const pipeline::MadeCandidate* best = made->best();
  if (!best) {
    std::cerr << "make: no candidate was a printable object; try another --seed or more candidates (-n)\n";
    return 4;
  }
  if (made->asked.empty())
    std::printf("made: candidate %d, the nearest known category is %s — not what was asked, which is unknown\n",
                made->chosen, best->verdict.category.c_str());
  else if (best->verdict.category != made->asked)
    std::printf("made: candidate %d, a %s as asked, though it looks most like %s\n", made->chosen, made->asked.c_str(),
                best->verdict.category.c_str());
  else
    std::printf("made: candidate %d, a %s\n", made->chosen, made->asked.c_str());

  if (!f.out.empty()) {
    if (auto st = render::write_file(best->program, f.out); !st) return fail(st.error());
  } else {
    std::fputs(best->program.c_str(), stdout);
  }
  if (!f.stl.empty())
    if (auto st = mesh::write_mesh_file(*best->mesh, f.stl); !st) return fail(st.error());
  if (!f.png.empty()) {
    std::vector<render::Image> tiles;
    for (const auto& v : render::render_rig(*best->mesh, render::default_rig(), {})) tiles.push_back(v.rgb);
    if (auto st = render::write_png(render::contact_sheet(tiles), f.png); !st) return fail(st.error());
  }
  return 0;
}

}  // namespace

void add_make_command(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<MakeFlags>();
  auto* cmd = app.add_subcommand("make", "words → a printable OpenSCAD object (\"a tall mug\")");
  cmd->add_option("prompt", f->prompt, "what to make, in plain words")->required();
  cmd->add_option("-o,--out", f->out, "write the program here (.scad; default: stdout)");
  cmd->add_option("--stl", f->stl, "write the mesh here (.stl, .off, .obj, .ply, .glb)");
  cmd->add_option("--png", f->png, "write a picture of its 8 views here");
  cmd->add_option("--report", f->report, "write every candidate's outcome here (JSON)");
  cmd->add_option("-n,--candidates", f->options.candidates, "programs to write (the first greedy, the rest sampled)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  cmd->add_option("--seed", f->options.seed, "seed of the sampled candidates")->capture_default_str();
  cmd->add_option("--temperature", f->options.temperature, "of the sampled candidates")->capture_default_str()
      ->check(CLI::Range(0.05, 5.0));
  cmd->add_option("--model", f->model, "text → OpenSCAD model (from cadscribe train)")->capture_default_str();
  cmd->add_option("--judge", f->judge, "object judge (from cadscribe judge --build)")->capture_default_str();
  cmd->callback([f, &exit_code] { exit_code = run_make(*f); });
}

}  // namespace cadscribe::app
