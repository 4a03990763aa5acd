#include "pipeline/maker.h"

#include <tuple>

#include "nn/generate.h"
#include "pipeline/grammar_filter.h"
#include "pipeline/prompt_category.h"
#include "pipeline/prompt_line.h"
#include "synth/object_check.h"

namespace cadscribe::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void execute(MadeCandidate& c, const ObjectJudge& judge, const std::string& asked, const MakeOptions& options) {
  const auto t0 = Clock::now();
  cad::ScadOptions scad;
  scad.limits.max_seconds = options.exec_seconds;
  scad.allow_files = false;  // generated text: no include, use or import
  cad::ScadExecution run = cad::execute_scad(c.program, "made.scad", scad);
  c.failure = synth::printability_failure(run);
  if (c.printable()) {
    c.verdict = judge.judge(*run.mesh);
    if (!asked.empty()) c.asked_iou = c.verdict.iou_with(judge.categories(), asked);
    c.mesh = std::move(run.mesh);
  }
  c.execute_seconds = seconds_since(t0);
}

// Higher is better: printable, judged the asked category, nearer to it, more likely.
auto rank(const MadeCandidate& c, const std::string& asked) {
  return std::make_tuple(c.printable(), !asked.empty() && c.verdict.category == asked, c.asked_iou, c.mean_log_prob);
}

}  // namespace

base::Result<MadeObject> make_from_prompt(const ProgramModel& model, const ObjectJudge& judge, std::string_view prompt,
                                          const MakeOptions& options) {
  MadeObject out;
  out.prompt = normalize_prompt(prompt);
  if (out.prompt.empty()) return base::make_diag("make.empty_prompt", "the prompt says nothing (give a few words: \"a tall mug\")");
  if (const synth::ObjectCategory* c = category_in_prompt(out.prompt)) out.asked = std::string(c->name);

  nn::GenerateOptions g;
  g.prefix = model.tokenizer.encode(prompt_line(out.prompt));
  g.filter = scad_grammar_filter(model.tokenizer);
  g.top_k = options.top_k;
  const int32_t context = model.lm->config().max_len - 1;
  g.max_tokens = options.max_tokens > 0 ? std::min(options.max_tokens + int32_t(g.prefix.size()), context) : context;
  for (int i = 0; i < std::max(1, options.candidates); ++i) {
    g.temperature = i == 0 ? 0.0 : options.temperature;
    g.seed = options.seed + uint64_t(i);
    MadeCandidate c;
    const auto t0 = Clock::now();
    const nn::Generation gen = nn::generate(*model.lm, {}, g);
    c.decode_seconds = seconds_since(t0);
    c.program = model.tokenizer.decode(gen.tokens);
    c.finished = gen.finished;
    c.tokens = int32_t(gen.tokens.size()) - gen.prefix;
    c.mean_log_prob = gen.log_prob / double(c.tokens + 1);
    if (c.finished) execute(c, judge, out.asked, options);
    else c.failure = "decode.unfinished";
    out.candidates.push_back(std::move(c));
  }
  for (size_t i = 0; i < out.candidates.size(); ++i)
    if (out.candidates[i].printable() &&
        (out.chosen < 0 || rank(out.candidates[i], out.asked) > rank(out.candidates[size_t(out.chosen)], out.asked)))
      out.chosen = int(i);
  return out;
}

}  // namespace cadscribe::pipeline
