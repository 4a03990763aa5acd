// apps/cadscribe/progress.h — a one-line progress bar with rate and ETA on stderr, drawn only
// when stderr is a terminal (logs and pipes stay clean).
#pragma once

#include <chrono>
#include <string>

namespace cadscribe::app {

class ProgressBar {
 public:
  explicit ProgressBar(std::string unit);
  // Redraws the bar for `done` of `total`; ends the line when done == total.
  void update(int done, int total);

 private:
  std::string unit_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace cadscribe::app
