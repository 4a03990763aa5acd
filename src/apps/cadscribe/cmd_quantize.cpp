// `cadscribe quantize MODEL -o OUT [--prompts FILE] [--report R.json]`: a float text → OpenSCAD
// model to int8 (pipeline/quantize_model.h). Prints the sizes and how often the int8 model's
// greedy program is the float model's. Exit 0 when written, 1 for usage, I/O and weight errors.
#include <cstdio>
#include <iostream>
#include <sstream>

#include "apps/cadscribe/commands.h"
#include "pipeline/prompt_line.h"
#include "pipeline/quantize_model.h"
#include "render/png.h"

namespace cadscribe::app {
namespace {

struct QuantizeFlags {
  std::string model, out, prompts, report;
  int limit = 0;
};

int run_quantize(const QuantizeFlags& f) {
  std::vector<std::string> prompts;
  if (f.prompts.empty()) {
    prompts = pipeline::default_agreement_prompts();
  } else {
    auto text = render::read_file(f.prompts);
    if (!text) {
      std::cerr << text.error().to_string() << "\n";
      return 1;
    }
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);)
      if (!pipeline::normalize_prompt(line).empty()) prompts.push_back(line);
  }
  if (f.limit > 0 && prompts.size() > size_t(f.limit)) prompts.resize(size_t(f.limit));
  auto r = pipeline::quantize_text_model(f.model, f.out, prompts);
  if (!r) {
    std::cerr << r.error().to_string() << "\n";
    return 1;
  }
  std::printf("wrote %s: %lld parameters, %.1f MB (float %.1f MB, %.2fx smaller)\n", f.out.c_str(),
              (long long)r->parameters, r->int8_bytes / 1e6, r->float_bytes / 1e6,
              r->int8_bytes ? double(r->float_bytes) / double(r->int8_bytes) : 0.0);
  std::printf("greedy agreement on %lld prompts: %.1f%% identical programs, %.1f%% of tokens before the first difference\n",
              (long long)r->prompts, 100 * r->agreement_rate(), 100 * r->token_agreement);
  std::printf("decoding on one thread: int8 %.0f tokens/s, float %.0f tokens/s (%.2fx)\n", r->int8_tokens_per_second,
              r->float_tokens_per_second,
              r->float_tokens_per_second > 0 ? r->int8_tokens_per_second / r->float_tokens_per_second : 0.0);
  for (const auto& p : r->differing) std::printf("  differs: %s\n", p.c_str());
  if (!f.report.empty())
    if (auto st = render::write_file(r->to_json().dump(2) + "\n", f.report); !st) {
      std::cerr << st.error().to_string() << "\n";
      return 1;
    }
  return 0;
}

}  // namespace

void add_quantize_command(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<QuantizeFlags>();
  auto* cmd = app.add_subcommand("quantize", "a float text model → int8 weights, checked against the float model");
  cmd->add_option("model", f->model, "float text model (from cadscribe train)")->required();
  cmd->add_option("-o,--out", f->out, "write the int8 model here (.safetensors)")->required();
  cmd->add_option("--prompts", f->prompts, "prompts to compare greedy output on, one per line (default: \"a <noun>\" per category)");
  cmd->add_option("--limit", f->limit, "compare on at most this many prompts (0: all)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--report", f->report, "write the figures here (JSON)");
  cmd->callback([f, &exit_code] { exit_code = run_quantize(*f); });
}

}  // namespace cadscribe::app
