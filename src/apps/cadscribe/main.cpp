// cadscribe — one binary, one thin cmd_<verb>.cpp per verb (see commands.h).
#include <string>

#include "apps/cadscribe/commands.h"
#include "base/allocator.h"

int main(int argc, char** argv) {
  CLI::App app{"cadscribe: run, check, render and score CAD programs natively"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cadscribe 0.1.0 (allocator: " + cadscribe::base::allocator_name() + ")");
  int exit_code = 0;
  cadscribe::app::add_run_command(app, exit_code);
  cadscribe::app::add_spec_command(app, exit_code);
  cadscribe::app::add_render_command(app, exit_code);
  cadscribe::app::add_score_command(app, exit_code);
  cadscribe::app::add_bench_command(app, exit_code);
  cadscribe::app::add_synth_command(app, exit_code);
  cadscribe::app::add_curate_command(app, exit_code);
  cadscribe::app::add_train_command(app, exit_code);
  cadscribe::app::add_reconstruct_command(app, exit_code);
  cadscribe::app::add_library_command(app, exit_code);
  cadscribe::app::add_objects_command(app, exit_code);
  cadscribe::app::add_make_command(app, exit_code);
  cadscribe::app::add_judge_command(app, exit_code);
  cadscribe::app::add_quantize_command(app, exit_code);
  cadscribe::app::add_worker_command(app, exit_code);
  cadscribe::app::add_score_worker_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 1;
  }
  return exit_code;
}
