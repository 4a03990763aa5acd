// `cadscribe objects [--list] | CATEGORY [--seed S] [-o out.scad] [--prompts N]`: the everyday-
// object library of text → OpenSCAD (synth/object.h). Lists the categories, or writes one
// category's object for a seed, prints its prompts and checks that it is printable (exit 4 when
// it is not: a generator bug).
#include <cstdio>
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "render/png.h"
#include "synth/object_check.h"

namespace cadscribe::app {

void add_objects_command(CLI::App& app, int& exit_code) {
  struct Flags {
    std::string category, out;
    uint64_t seed = 0;
    int prompts = 3;
    bool list = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("objects", "the everyday-object library (text → OpenSCAD): list it or write one object");
  cmd->add_option("category", f->category, "a category name (see --list)");
  cmd->add_flag("--list", f->list, "list the categories");
  cmd->add_option("--seed", f->seed, "variant seed")->capture_default_str();
  cmd->add_option("--prompts", f->prompts, "phrasings to print")->capture_default_str()->check(CLI::Range(1, 64));
  cmd->add_option("-o,--out", f->out, "write the program here (.scad)");
  cmd->callback([f, &exit_code] {
    exit_code = 1;
    if (f->list || f->category.empty()) {
      for (const auto& c : synth::object_categories())
        std::printf("%-16s %-10s %s\n", std::string(c.name).c_str(), std::string(c.group).c_str(),
                    std::string(c.description).c_str());
      exit_code = 0;
      return;
    }
    const synth::ObjectCategory* category = synth::find_object_category(f->category);
    if (!category) {
      std::cerr << "objects: no category '" << f->category << "' (cadscribe objects --list names them)\n";
      return;
    }
    const synth::ObjectSample sample = synth::make_object(*category, f->seed, f->prompts);
    if (!f->out.empty()) {
      if (auto st = render::write_file(sample.program, f->out); !st.ok()) {
        std::cerr << st.error().to_string() << "\n";
        return;
      }
    } else {
      std::fputs(sample.program.c_str(), stdout);
    }
    for (const auto& p : sample.prompts) std::printf("prompt: %s\n", p.c_str());
    const synth::ObjectRun run = synth::run_object(sample);
    if (!run.printable()) {
      std::cerr << "objects: " << category->name << " seed " << f->seed << " is not printable: " << run.failure << "\n";
      exit_code = 4;
      return;
    }
    std::printf("printable: %zu triangles, volume %.0f mm3, geometry %.2f s\n", run.execution.facts.triangles,
                run.execution.facts.volume, run.execution.times.geometry);
    exit_code = 0;
  });
}

}  // namespace cadscribe::app
