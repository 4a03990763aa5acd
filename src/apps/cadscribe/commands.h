// apps/cadscribe/commands.h — one registration function per verb (cmd_<verb>.cpp).
// Each adds its subcommand to the CLI and sets the callback that runs it; the callback stores the
// process exit code in `exit_code`. Verbs parse flags and call one library function; only this
// folder prints diagnostics or chooses exit codes.
#pragma once

#include <CLI/CLI.hpp>

namespace cadscribe::app {

void add_run_command(CLI::App& app, int& exit_code);
void add_worker_command(CLI::App& app, int& exit_code);
void add_spec_command(CLI::App& app, int& exit_code);
void add_render_command(CLI::App& app, int& exit_code);
void add_score_command(CLI::App& app, int& exit_code);
void add_bench_command(CLI::App& app, int& exit_code);
void add_score_worker_command(CLI::App& app, int& exit_code);
void add_synth_command(CLI::App& app, int& exit_code);  // also adds synth-worker
void add_curate_command(CLI::App& app, int& exit_code);
void add_train_command(CLI::App& app, int& exit_code);
void add_reconstruct_command(CLI::App& app, int& exit_code);
void add_library_command(CLI::App& app, int& exit_code);
void add_objects_command(CLI::App& app, int& exit_code);
void add_make_command(CLI::App& app, int& exit_code);
void add_judge_command(CLI::App& app, int& exit_code);
void add_quantize_command(CLI::App& app, int& exit_code);

}  // namespace cadscribe::app
