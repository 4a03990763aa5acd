// `cadscribe judge`: the object judge of text → OpenSCAD (pipeline/object_judge.h).
//   judge --build OUT [--instances K]   builds the reference from the object library
//   judge --check [--seeds N]           its accuracy on library variants it never saw, per category
//   judge FILE...                       what each .scad program or mesh file resembles
#include <cstdio>
#include <iostream>
#include <map>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/progress.h"
#include "mesh/io.h"
#include "nn/safetensors.h"
#include "pipeline/object_judge.h"
#include "synth/object.h"
#include "synth/object_check.h"

namespace cadscribe::app {
namespace {

struct JudgeFlags {
  std::string build, judge = CADSCRIBE_DEFAULT_JUDGE;
  std::vector<std::string> files;
  int instances = 30, seeds = 10, resolution = 32;
  bool check = false;
};

int fail(const base::Diag& d) {
  std::cerr << d.to_string() << "\n";
  return 1;
}

int build_judge(const JudgeFlags& f) {
  pipeline::ObjectJudge::BuildOptions o;
  o.instances = f.instances;
  o.resolution = f.resolution;
  ProgressBar bar("objects");
  o.progress = [&](int done, int total) { bar.update(done, total); };
  auto judge = pipeline::ObjectJudge::build(o);
  if (!judge) return fail(judge.error());
  if (auto st = nn::write_safetensors(judge->to_safetensors(), f.build); !st) return fail(st.error());
  std::printf("judge: %zu categories × %d instances at %d³ → %s\n", judge->categories().size(), f.instances,
              judge->resolution(), f.build.c_str());
  return 0;
}

// Seeds 0..N-1 of every category: the reference holds seeds from 1,000,000 on, so none is in it.
int check_judge(const pipeline::ObjectJudge& judge, int seeds) {
  int right = 0, total = 0;
  ProgressBar bar("objects");
  std::map<std::string, std::map<std::string, int>> confusions;
  std::vector<std::pair<std::string, int>> per_category;
  const int all = int(synth::object_categories().size()) * seeds;
  for (const auto& c : synth::object_categories()) {
    int ok = 0;
    for (int s = 0; s < seeds; ++s) {
      const synth::ObjectRun run = synth::run_object(synth::make_object(c, uint64_t(s), 1));
      bar.update(++total, all);
      if (!run.printable()) continue;  // the object tests catch these
      const pipeline::JudgeVerdict v = judge.judge(*run.execution.mesh);
      if (v.category == c.name) ++ok;
      else ++confusions[std::string(c.name)][v.category];
    }
    right += ok;
    per_category.emplace_back(std::string(c.name), ok);
  }
  for (const auto& [name, ok] : per_category) {
    std::printf("%-16s %2d/%d", name.c_str(), ok, seeds);
    for (const auto& [other, n] : confusions[name]) std::printf("  %s×%d", other.c_str(), n);
    std::printf("\n");
  }
  std::printf("judge accuracy on unseen library variants: %d/%d = %.1f%%\n", right, total, 100.0 * right / std::max(total, 1));
  return 0;
}

int judge_files(const pipeline::ObjectJudge& judge, const std::vector<std::string>& files) {
  int code = 0;
  for (const auto& file : files) {
    base::Result<mesh::Mesh> m = base::make_diag("io.usage", "");
    if (file.ends_with(".scad")) {
      cad::ScadOptions o;
      o.allow_files = false;
      cad::ScadExecution run = cad::execute_scad_file(file, o);
      const std::string failure = synth::printability_failure(run);
      if (failure.empty()) m = std::move(*run.mesh);
      else m = base::make_diag(failure, file + ": not a printable object (" + failure + ")");
    } else {
      m = mesh::read_mesh_file(file);
    }
    if (!m) {
      std::cerr << m.error().to_string() << "\n";
      code = 1;
      continue;
    }
    const pipeline::JudgeVerdict v = judge.judge(*m);
    std::printf("%s: %s (IoU %.3f; next %s %.3f)\n", file.c_str(), v.category.empty() ? "nothing" : v.category.c_str(), v.iou,
                v.runner_up.c_str(), v.runner_up_iou);
  }
  return code;
}

int run_judge(const JudgeFlags& f) {
  if (!f.build.empty()) return build_judge(f);
  if (!f.check && f.files.empty())
    return fail(base::make_diag("io.usage", "judge: give --build OUT, --check or files to judge"));
  auto judge = pipeline::ObjectJudge::read(f.judge);
  if (!judge) return fail(judge.error());
  if (f.check) return check_judge(*judge, f.seeds);
  return judge_files(*judge, f.files);
}

}  // namespace

void add_judge_command(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<JudgeFlags>();
  auto* cmd = app.add_subcommand("judge", "which object category a program or mesh resembles (text → OpenSCAD)");
  cmd->add_option("files", f->files, ".scad programs or mesh files to judge");
  cmd->add_option("--build", f->build, "build the judge's reference from the object library into this file");
  cmd->add_option("--instances", f->instances, "--build: variants per category")->capture_default_str()->check(CLI::Range(1, 200));
  cmd->add_option("--resolution", f->resolution, "--build: voxels per axis")->capture_default_str()->check(CLI::Range(8, 128));
  cmd->add_flag("--check", f->check, "measure the judge on library variants it never saw");
  cmd->add_option("--seeds", f->seeds, "--check: variants per category")->capture_default_str()->check(CLI::Range(1, 1000));
  cmd->add_option("--judge", f->judge, "the judge file")->capture_default_str();
  cmd->callback([f, &exit_code] { exit_code = run_judge(*f); });
}

}  // namespace cadscribe::app
