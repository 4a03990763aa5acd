// `cadscribe spec FILE...`: run spec programs (.py with `# expect`, .scad with `// expect` lines)
// and check their expectations (used by CTest).
#include <iostream>

#include "apps/cadscribe/commands.h"
#include "apps/cadscribe/exec_flags.h"
#include "pipeline/spec.h"

namespace cadscribe::app {
namespace {

// An OpenSCAD spec (.scad, `// expect:` lines).
int check_scad_file(const std::string& path, const std::string& source, const ExecFlags& flags) {
  auto expects = pipeline::parse_scad_expectations(source, path);
  if (!expects) {
    std::cerr << expects.error().to_string() << "\n";
    return 1;
  }
  cad::ScadOptions o;
  o.limits = flags.options().limits;
  cad::ScadExecution e = cad::execute_scad_file(path, o);
  auto fails = pipeline::check_scad_expectations(*expects, e);
  if (fails.empty()) {
    std::cout << "PASS " << path << " (" << e.times.total * 1e3 << " ms)\n";
    return 0;
  }
  std::cout << "FAIL " << path << "\n";
  for (const auto& f : fails) std::cout << "  " << f << "\n";
  for (const auto& d : e.diags) std::cout << format_diag(d, d.span.file == path ? source : read_text(d.span.file));
  return 1;
}

int check_file(const std::string& path, const ExecFlags& flags) {
  std::string source = read_text(path);
  if (path.size() > 5 && path.compare(path.size() - 5, 5, ".scad") == 0) return check_scad_file(path, source, flags);
  auto expects = pipeline::parse_expectations(source, path);
  if (!expects) {
    std::cerr << expects.error().to_string() << "\n";
    return 1;
  }
  cad::Execution e = cad::execute_program(source, path, flags.options());
  auto fails = pipeline::check_expectations(*expects, e);
  if (fails.empty()) {
    std::cout << "PASS " << path << " (" << e.times.total * 1e3 << " ms)\n";
    return 0;
  }
  std::cout << "FAIL " << path << "\n";
  for (const auto& f : fails) std::cout << "  " << f << "\n";
  for (const auto& d : e.diags) std::cout << format_diag(d, source);
  return 1;
}

}  // namespace

void add_spec_command(CLI::App& app, int& exit_code) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto flags = std::make_shared<ExecFlags>();
  auto* cmd = app.add_subcommand("spec", "run spec programs and check their '# expect' lines");
  cmd->add_option("files", *files, "spec programs")->required();
  // Spec programs are small: tighter default budgets keep the infinite-loop cases quick in CI.
  flags->timeout_s = 5;
  flags->max_steps = 5'000'000;
  flags->add_to(*cmd);
  cmd->callback([files, flags, &exit_code] {
    int failed = 0;
    for (const auto& f : *files) failed += check_file(f, *flags);
    exit_code = failed ? 1 : 0;
  });
}

}  // namespace cadscribe::app
