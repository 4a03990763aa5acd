// base/budget.h — resource limits for running untrusted programs.
// A Budget is passed explicitly to evaluators (no globals). Counters are checked cheaply on the
// hot path; the wall clock is read only every kClockEvery steps. Exceeding a limit yields a Diag
// with code "limit.steps", "limit.time", "limit.recursion", "limit.memory" or "limit.size".
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "base/diag.h"

namespace cadscribe::base {

struct Limits {
  int64_t max_steps = 50'000'000;        // evaluator steps (statements + expressions)
  double max_seconds = 10.0;             // wall time for the whole run, geometry included
  int32_t max_depth = 200;               // call depth (Python's default is 1000; ours is smaller)
  int64_t max_collection = 1'000'000;    // elements in one list/tuple/dict/str
  int64_t max_alloc_bytes = 512ll << 20; // bytes charged by the evaluator's containers
};

class Budget {
 public:
  static constexpr int64_t kClockEvery = 4096;

  explicit Budget(Limits limits = {});

  const Limits& limits() const { return limits_; }
  int64_t steps() const { return steps_; }
  int64_t bytes() const { return bytes_; }
  double elapsed_seconds() const;

  // One evaluator step. Returns a Diag once the step or time limit is exceeded.
  [[nodiscard]] std::optional<Diag> step() {
    if (++steps_ > limits_.max_steps) return over_steps();
    if ((steps_ & (kClockEvery - 1)) == 0) return check_time();
    return std::nullopt;
  }
  [[nodiscard]] std::optional<Diag> check_time() const;
  [[nodiscard]] std::optional<Diag> enter_call();  // call depth + 1
  void leave_call() { --depth_; }
  int32_t depth() const { return depth_; }
  // A container of n elements is about to exist.
  [[nodiscard]] std::optional<Diag> check_size(int64_t n) const;
  // Charge bytes of evaluator-owned memory (strings, lists). Never refunded: a conservative bound.
  [[nodiscard]] std::optional<Diag> charge(int64_t bytes);

 private:
  [[nodiscard]] Diag over_steps() const;
  Limits limits_;
  int64_t steps_ = 0;
  int64_t bytes_ = 0;
  int32_t depth_ = 0;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace cadscribe::base
