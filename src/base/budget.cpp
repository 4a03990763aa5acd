#include "base/budget.h"

#include <string>

namespace cadscribe::base {

Budget::Budget(Limits limits) : limits_(limits), start_(std::chrono::steady_clock::now()) {}

double Budget::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

Diag Budget::over_steps() const {
  return make_diag("limit.steps", "program exceeded its step budget of " +
                                      std::to_string(limits_.max_steps) + " steps");
}

std::optional<Diag> Budget::check_time() const {
  if (elapsed_seconds() > limits_.max_seconds)
    return make_diag("limit.time", "program exceeded its time budget of " +
                                       std::to_string(limits_.max_seconds) + " s");
  return std::nullopt;
}

std::optional<Diag> Budget::enter_call() {
  if (++depth_ > limits_.max_depth) {
    --depth_;
    return make_diag("limit.recursion", "maximum call depth of " +
                                            std::to_string(limits_.max_depth) + " exceeded");
  }
  return std::nullopt;
}

std::optional<Diag> Budget::check_size(int64_t n) const {
  if (n > limits_.max_collection)
    return make_diag("limit.size", "collection of " + std::to_string(n) +
                                       " elements exceeds the limit of " +
                                       std::to_string(limits_.max_collection));
  return std::nullopt;
}

std::optional<Diag> Budget::charge(int64_t bytes) {
  bytes_ += bytes;
  if (bytes_ > limits_.max_alloc_bytes)
    return make_diag("limit.memory", "program exceeded its memory budget of " +
                                         std::to_string(limits_.max_alloc_bytes >> 20) + " MiB");
  return std::nullopt;
}

}  // namespace cadscribe::base
