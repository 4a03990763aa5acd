// `cadscribe library --data SHARDS -o library.safetensors`: the program library reconstruction
// retrieves candidates from (pipeline/program_library.h): every sample's program and silhouettes.
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/progress.h"
#include "pipeline/program_library.h"

namespace cadscribe::app {

void add_library_command(CLI::App& app, int& exit_code) {
  struct Flags {
    std::vector<std::string> data;
    std::string out;
    int grid = 32, views = 8, shade_grid = 16;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("library", "build the program library reconstruction retrieves candidates from");
  cmd->add_option("--data", f->data, "dataset shards (.tar) or folders of them")->required();
  cmd->add_option("-o,--out", f->out, "library file (.safetensors)")->required();
  cmd->add_option("--grid", f->grid, "silhouette cells per side (a multiple of 8 dividing the view size)")->capture_default_str();
  cmd->add_option("--shade-grid", f->shade_grid, "shading cells per side (0: silhouettes only)")->capture_default_str();
  cmd->add_option("--views", f->views, "views per sample")->capture_default_str();
  cmd->callback([f, &exit_code] {
    exit_code = 1;
    if (f->grid < 8 || f->grid % 8 != 0) {
      std::cerr << "library: --grid must be a multiple of 8\n";
      return;
    }
    if (f->shade_grid < 0 || f->shade_grid > 256) {
      std::cerr << "library: --shade-grid must be 0 (none) … 256\n";
      return;
    }
    auto index = pipeline::index_dataset(f->data, f->views);
    if (!index) {
      std::cerr << index.error().to_string() << "\n";
      return;
    }
    ProgressBar bar("library");
    auto lib = pipeline::build_library(*index, f->views, f->grid, f->shade_grid, {},
                                       [&bar](int64_t done, int64_t total) { bar.update(int(done), int(total)); });
    if (!lib) {
      std::cerr << lib.error().to_string() << "\n";
      return;
    }
    if (auto st = pipeline::write_library(*lib, f->out); !st.ok()) {
      std::cerr << st.error().to_string() << "\n";
      return;
    }
    std::printf("library: %zu programs, %d views on a %d grid (shade grid %d) -> %s\n", lib->programs.size(), lib->views,
                lib->grid, lib->shade_grid, f->out.c_str());
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
