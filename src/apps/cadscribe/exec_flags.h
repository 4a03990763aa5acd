// apps/cadscribe/exec_flags.h — the execution-limit flags shared by run, worker and spec.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/diag.h"
#include "cad/execute.h"

namespace cadscribe::app {

struct ExecFlags {
  double timeout_s = 10;
  int64_t max_steps = 50'000'000;
  int64_t memory_mb = 512;
  bool no_validate = false;

  void add_to(CLI::App& cmd);
  [[nodiscard]] cad::ExecOptions options() const;
  // The same flags spelled for a worker process command line.
  [[nodiscard]] std::vector<std::string> as_args() const;
};

// "file:line:col: error[code]: message", the source line with a caret, then the notes.
[[nodiscard]] std::string format_diag(const base::Diag& d, const std::string& source);
// The running binary's path (for spawning worker processes of itself).
[[nodiscard]] std::string self_exe();
// Reads a whole file (empty string when unreadable; callers report I/O errors themselves).
[[nodiscard]] std::string read_text(const std::string& path);

}  // namespace cadscribe::app
