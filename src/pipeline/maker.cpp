#include "pipeline/maker.h"

#include <tuple>

#include "base/wire.h"
#include "nn/generate.h"
#include "pipeline/child_io.h"
#include "pipeline/grammar_filter.h"
#include "pipeline/prompt_category.h"
#include "pipeline/prompt_line.h"
#include "synth/object_check.h"

namespace cadscribe::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The candidate's printability failure ("" when printable) and, when printable, its mesh.
struct Printed {
  std::string failure;
  std::optional<mesh::Mesh> mesh;
};

Printed print_candidate(const std::string& program, double exec_seconds) {
  cad::ScadOptions scad;
  scad.limits.max_seconds = exec_seconds;
  scad.allow_files = false;  // generated text: no include, use or import
  cad::ScadExecution run = cad::execute_scad(program, "made.scad", scad);
  Printed p{synth::printability_failure(run), std::nullopt};
  if (p.failure.empty()) p.mesh = std::move(run.mesh);
  return p;
}

// Runs print_candidate in a watched child: the interpreter's time limit cannot stop one CGAL
// corefinement whose exact arithmetic explodes (seen on a generated knob: minutes in GMP), so
// the child is killed at the wall limit and the candidate fails with limit.time. Where no child
// can be forked it runs here, unprotected.
Printed print_watched(const std::string& program, const MakeOptions& options) {
  auto bytes = child_io::run_in_watched_child(
      [&] {
        Printed p = print_candidate(program, options.exec_seconds);
        base::ByteWriter w;
        w.str(p.failure);
        if (p.mesh) child_io::put_mesh(w, *p.mesh);
        return w.out;
      },
      options.wall_seconds, "the candidate");
  if (!bytes && bytes.error().code == "unsupported.fork") return print_candidate(program, options.exec_seconds);
  if (!bytes) return {bytes.error().code, std::nullopt};
  base::ByteReader r{*bytes};
  Printed p{r.str(), std::nullopt};
  if (r.ok && p.failure.empty()) p.mesh = child_io::get_mesh(r);
  if (!r.done()) return {"crash.worker", std::nullopt};
  return p;
}

void execute(MadeCandidate& c, const ObjectJudge& judge, const std::string& asked, const MakeOptions& options) {
  const auto t0 = Clock::now();
  Printed p = print_watched(c.program, options);
  c.failure = std::move(p.failure);
  if (c.printable()) {
    c.verdict = judge.judge(*p.mesh);
    if (!asked.empty()) c.asked_iou = c.verdict.iou_with(judge.categories(), asked);
    c.mesh = std::move(p.mesh);
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
