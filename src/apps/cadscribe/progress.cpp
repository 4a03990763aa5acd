#include "apps/cadscribe/progress.h"

#include <unistd.h>

#include <cstdio>

namespace cadscribe::app {

ProgressBar::ProgressBar(std::string unit)
    : unit_(std::move(unit)), enabled_(isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}

void ProgressBar::update(int done, int total) {
  if (!enabled_) return;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? done / elapsed : 0;
  const double eta = rate > 0 ? (total - done) / rate : 0;
  const int width = 30, filled = total ? done * width / total : width;
  std::fprintf(stderr, "\r[%s%s] %d/%d %s  %.1f/s  ETA %.0f s   ", std::string(filled, '#').c_str(),
               std::string(width - filled, '.').c_str(), done, total, unit_.c_str(), rate, eta);
  if (done == total) std::fputc('\n', stderr);
}

}  // namespace cadscribe::app
