// pipeline/refine.h — derivative-free refinement of a program's numbers against a score.
//
// The tunable numbers of a CadQuery program are its parameter block: top-level assignments of a
// (signed) number literal, `name = 12.5`. A program without any has all its number literals
// tuned instead. Search: adaptive coordinate steps. Each number in turn is scaled by (1 ± its
// own step), the direction that last improved it first (integers move by at least 1, and a number
// never changes sign); a step that improves the score is kept and that number's step doubles (up
// to max_step), so a far optimum is reached in a few moves; when neither direction improves, the
// step halves. A named parameter with a range stays inside it (the range is widened to hold the
// starting value): the views cannot see everything — a funnel's wall, seen from outside, thinned
// from 1.2 to 0.09 mm for a gain of the score in the fourth digit — and the range the program's
// family samples from is the prior that keeps such numbers plausible. Stops when every step is below min_step, at max_evaluations, or when the longest
// evaluation so far would no longer end by the deadline.
// The search is deterministic: the same program, scorer and options give the same result.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadscribe::pipeline {

struct NumericParam {
  std::string name;          // "" for a literal outside the parameter block
  size_t begin = 0, end = 0; // byte range of the literal (the sign included)
  double value = 0;
  bool integer = false;
};

[[nodiscard]] std::vector<NumericParam> numeric_parameters(std::string_view source);
// The source with each parameter's literal replaced by its new value (same order as `params`).
[[nodiscard]] std::string with_values(std::string_view source, const std::vector<NumericParam>& params,
                                      const std::vector<double>& values);

struct ParamRange {
  double lo = 0, hi = 0;
};
using ParamRanges = std::map<std::string, ParamRange, std::less<>>;

struct RefineOptions {
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  int max_evaluations = 200;
  double initial_step = 0.2;
  double max_step = 0.8;
  double min_step = 0.02;
  ParamRanges ranges;  // by parameter name; a parameter without one is bounded by its sign only
};

struct RefineResult {
  std::string program;
  double score = 0;
  int evaluations = 0;   // scorer calls
  int improvements = 0;  // accepted steps
  int parameters = 0;
};

// `score` is the starting program's score; `scorer` returns a candidate's score (higher is
// better) or nullopt when the candidate fails (it is then never accepted).
using Scorer = std::function<std::optional<double>(const std::string& program)>;
[[nodiscard]] RefineResult refine(const std::string& program, double score, const Scorer& scorer,
                                  const RefineOptions& options);

}  // namespace cadscribe::pipeline
