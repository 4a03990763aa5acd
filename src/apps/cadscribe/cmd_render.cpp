// `cadscribe render SHAPE -o DIR`: the 8 views of DESIGN.md §5 (or a rig from JSON) of a
// program (.py or .scad), STEP file or mesh, as PNGs, optionally with depth/normal/mask images
// and a contact sheet.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/exec_flags.h"
#include "apps/cadscribe/watchdog.h"
#include "pipeline/shape_source.h"
#include "render/png.h"
#include "render/render.h"
#include "render/rig.h"
#include "render/sheet.h"
#include "render/views_io.h"

namespace cadscribe::app {
namespace {

struct Flags {
  std::string shape;
  std::string out_dir;
  std::string rig_file;
  std::string stem;
  int size = 0;  // 0: the rig's own size
  bool sheet = false, depth = false, normals = false, mask = false;
  ExecFlags exec;
};

int fail(const base::Diag& d) {
  std::cerr << format_diag(d, read_text(d.span.file));
  return cad::exit_code_for_status(cad::status_of(d));
}

int run_render(const Flags& f) {
  render::Rig rig = render::default_rig();
  if (!f.rig_file.empty()) {
    auto loaded = render::load_rig(f.rig_file);
    if (!loaded) {
      std::cerr << loaded.error().to_string() << "\n";
      return 1;  // a bad rig file is bad input, like a missing one
    }
    rig = *loaded;
  }
  if (f.size > 0) rig.size = f.size;
  cad::ExecOptions exec = f.exec.options();
  exec.validate = false;  // rendering needs the shape, not the export probes
  std::optional<base::Result<pipeline::LoadedShape>> load;
  {
    Watchdog watchdog(f.exec.timeout_s, watchdog_report(f.shape, f.exec.timeout_s, false), false);
    load = pipeline::load_shape(f.shape, exec);
  }
  auto& loaded = *load;
  if (!loaded) return fail(loaded.error());

  render::RenderOptions options;
  options.depth = f.depth;
  options.normals = f.normals;
  options.mask = f.mask;
  const auto t0 = std::chrono::steady_clock::now();
  const std::vector<render::ViewImages> views = render::render_rig(loaded->mesh, rig, options);
  const double render_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  const std::string stem = f.stem.empty() ? std::filesystem::path(f.shape).stem().string() : f.stem;
  if (auto st = render::save_views(views, f.out_dir, stem); !st) return fail(st.error());
  std::printf("%s: %zu triangles, %zu views at %dx%d rendered in %.1f ms -> %s/%s.{0..%zu}.png\n", f.shape.c_str(),
              loaded->mesh.triangles.size(), views.size(), rig.size, rig.size, render_ms, f.out_dir.c_str(),
              stem.c_str(), views.size() - 1);
  if (f.sheet) {
    std::vector<render::Image> tiles;
    for (const auto& v : views) tiles.push_back(v.rgb);
    const std::string path = (std::filesystem::path(f.out_dir) / (stem + ".sheet.png")).string();
    if (auto st = render::write_png(render::contact_sheet(tiles), path); !st) return fail(st.error());
    std::printf("  contact sheet -> %s\n", path.c_str());
  }
  return 0;
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("render", "render the 8 standard views of a program, STEP file or mesh");
  cmd->add_option("shape", flags->shape, ".py or .scad program, .step or mesh (.stl .obj .ply .off)")->required();
  cmd->add_option("-o,--out", flags->out_dir, "output folder")->required();
  cmd->add_option("--rig", flags->rig_file, "a rig JSON file instead of the default 8-view rig");
  cmd->add_option("--size", flags->size, "image size in pixels (overrides the rig's)")->check(CLI::Range(16, 4096));
  cmd->add_option("--stem", flags->stem, "file name stem of the images (default: the shape's stem)");
  cmd->add_flag("--sheet", flags->sheet, "also write a 2x4 contact sheet");
  cmd->add_flag("--depth", flags->depth, "also write 16-bit depth images");
  cmd->add_flag("--normals", flags->normals, "also write normal images");
  cmd->add_flag("--mask", flags->mask, "also write silhouette masks");
  flags->exec.add_to(*cmd);
  cmd->callback([flags, &exit_code] { exit_code = run_render(*flags); });
}

}  // namespace cadscribe::app
