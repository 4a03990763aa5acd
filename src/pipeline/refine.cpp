#include "pipeline/refine.h"

#include <algorithm>
#include <cmath>

#include "lang/py/lexer.h"
#include "synth/program_writer.h"

namespace cadscribe::pipeline {

namespace py = lang::py;

namespace {

std::vector<size_t> line_starts(std::string_view s) {
  std::vector<size_t> out{0};
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\n') out.push_back(i + 1);
  return out;
}

bool is_number(const py::Token& t) { return t.kind == py::Tok::kInt || t.kind == py::Tok::kFloat; }

}  // namespace

std::vector<NumericParam> numeric_parameters(std::string_view source) {
  const py::LexResult lexed = py::lex(source, "<program>");
  const auto starts = line_starts(source);
  const auto& t = lexed.tokens;
  auto offset = [&](int32_t line, int32_t col) { return starts[size_t(line - 1)] + size_t(col - 1); };
  std::vector<NumericParam> block, literals;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!is_number(t[i]) || t[i].line < 1 || size_t(t[i].line) > starts.size()) continue;
    NumericParam p;
    p.integer = t[i].kind == py::Tok::kInt;
    p.value = p.integer ? double(t[i].int_value) : t[i].float_value;
    p.begin = offset(t[i].line, t[i].col);
    p.end = offset(t[i].end_line ? t[i].end_line : t[i].line, t[i].end_col);
    if (p.end > source.size() || p.begin >= p.end) continue;
    // A unary minus right before the literal belongs to it.
    const bool negated = i > 0 && t[i - 1].kind == py::Tok::kOp && t[i - 1].text == "-" &&
                         t[i - 1].line == t[i].line && t[i - 1].end_col == t[i].col &&
                         !(i > 1 && (is_number(t[i - 2]) || t[i - 2].kind == py::Tok::kName ||
                                     (t[i - 2].kind == py::Tok::kOp && (t[i - 2].text == ")" || t[i - 2].text == "]"))));
    if (negated) {
      p.begin = offset(t[i - 1].line, t[i - 1].col);
      p.value = -p.value;
    }
    if (p.integer && t[i].int_overflow) continue;
    // `name = [-]number NEWLINE` at column 1: a parameter.
    const size_t first = negated ? i - 1 : i;
    const bool param = first >= 2 && t[first - 1].kind == py::Tok::kOp && t[first - 1].text == "=" &&
                       t[first - 2].kind == py::Tok::kName && t[first - 2].col == 1 && i + 1 < t.size() &&
                       (t[i + 1].kind == py::Tok::kNewline || t[i + 1].kind == py::Tok::kEnd);
    if (param) {
      p.name = t[first - 2].text;
      block.push_back(p);
    } else {
      literals.push_back(p);
    }
  }
  return block.empty() ? literals : block;
}

std::string with_values(std::string_view source, const std::vector<NumericParam>& params, const std::vector<double>& values) {
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < params.size(); ++i) {
    out.append(source.substr(at, params[i].begin - at));
    out += params[i].integer ? std::to_string(int64_t(std::llround(values[i]))) : synth::format_number(values[i], 3);
    at = params[i].end;
  }
  out.append(source.substr(at));
  return out;
}

RefineResult refine(const std::string& program, double score, const Scorer& scorer, const RefineOptions& options) {
  RefineResult r{program, score, 0, 0, 0};
  const auto params = numeric_parameters(program);
  r.parameters = int(params.size());
  if (params.empty()) return r;
  std::vector<double> values, steps(params.size(), options.initial_step);
  std::vector<int> direction(params.size(), +1);  // the way the parameter last improved: tried first
  std::vector<ParamRange> range;  // per parameter: its range widened to hold the start, or unbounded
  for (const auto& p : params) {
    values.push_back(p.value);
    ParamRange r{-HUGE_VAL, HUGE_VAL};
    if (auto it = options.ranges.find(p.name); !p.name.empty() && it != options.ranges.end())
      r = {std::min(it->second.lo, p.value), std::max(it->second.hi, p.value)};
    range.push_back(r);
  }
  // An evaluation is not started unless the longest one so far would still end by the deadline:
  // one more slow boolean would otherwise overrun the budget by its whole length.
  std::chrono::steady_clock::duration longest{};
  auto out_of_budget = [&] {
    return r.evaluations >= options.max_evaluations || std::chrono::steady_clock::now() + longest >= options.deadline;
  };
  auto moved = [&](size_t i, int dir) {
    double v = values[i] * (1 + dir * steps[i]);
    if (params[i].integer) {
      v = std::round(v);
      if (v == values[i]) v = values[i] + dir;
    }
    v = std::clamp(v, range[i].lo, range[i].hi);
    if (params[i].integer && v != values[i]) v = std::clamp(std::round(v), std::ceil(range[i].lo), std::floor(range[i].hi));
    const bool flips = (values[i] > 0 && v <= 0) || (values[i] < 0 && v >= 0);
    return flips ? values[i] : v;
  };
  bool searching = true;
  while (searching && !out_of_budget()) {
    searching = false;
    for (size_t i = 0; i < params.size() && !out_of_budget(); ++i) {
      if (steps[i] < options.min_step) continue;
      searching = true;
      bool improved = false;
      for (int dir : {direction[i], -direction[i]}) {
        if (out_of_budget()) break;
        const double v = moved(i, dir);
        if (v == values[i]) continue;
        std::vector<double> trial = values;
        trial[i] = v;
        const std::string candidate = with_values(program, params, trial);
        ++r.evaluations;
        const auto t0 = std::chrono::steady_clock::now();
        const auto s = scorer(candidate);
        longest = std::max(longest, std::chrono::steady_clock::now() - t0);
        if (s && *s > r.score) {
          r.score = *s;
          r.program = candidate;
          values = trial;
          ++r.improvements;
          direction[i] = dir;
          improved = true;
          break;
        }
      }
      steps[i] = improved ? std::min(steps[i] * 2, options.max_step) : steps[i] / 2;
    }
  }
  return r;
}

}  // namespace cadscribe::pipeline
