#include "apps/cadscribe/exec_flags.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cadscribe::app {

void ExecFlags::add_to(CLI::App& cmd) {
  cmd.add_option("--timeout", timeout_s, "wall-time budget of one program in seconds")->capture_default_str();
  cmd.add_option("--max-steps", max_steps, "interpreter step budget")->capture_default_str();
  cmd.add_option("--memory-mb", memory_mb, "interpreter memory budget in MiB")->capture_default_str();
  cmd.add_flag("--no-validate", no_validate, "skip the STEP/STL export probes of the validity check");
}

cad::ExecOptions ExecFlags::options() const {
  cad::ExecOptions o;
  o.limits.max_seconds = timeout_s;
  o.limits.max_steps = max_steps;
  o.limits.max_alloc_bytes = memory_mb << 20;
  o.validate = !no_validate;
  return o;
}

std::vector<std::string> ExecFlags::as_args() const {
  std::vector<std::string> a = {"--timeout", std::to_string(timeout_s), "--max-steps", std::to_string(max_steps),
                                "--memory-mb", std::to_string(memory_mb)};
  if (no_validate) a.push_back("--no-validate");
  return a;
}

std::string format_diag(const base::Diag& d, const std::string& source) {
  // The first line is Diag::to_string's (severity included); notes follow the source excerpt.
  base::Diag head = d;
  head.notes.clear();
  std::string out = head.to_string() + "\n";
  if (d.span.line > 0 && !source.empty()) {
    std::istringstream in(source);
    std::string line;
    for (int i = 0; i < d.span.line && std::getline(in, line); ++i) {
    }
    if (!line.empty()) {
      out += "    " + line + "\n";
      out += "    " + std::string(static_cast<size_t>(std::max(0, d.span.col - 1)), ' ') + "^\n";
    }
  }
  for (const auto& n : d.notes) out += "  " + n + "\n";
  return out;
}

std::string self_exe() {
  std::error_code ec;
  auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("cadscribe") : p.string();
}

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace cadscribe::app
