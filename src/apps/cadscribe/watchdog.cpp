#include "apps/cadscribe/watchdog.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cadscribe::app {

Watchdog::Watchdog(double budget_s, std::string report, bool to_stdout, double grace_s) {
  const auto limit = std::chrono::duration<double>(budget_s + grace_s);
  thread_ = std::thread([this, limit, report = std::move(report), to_stdout] {
    std::unique_lock<std::mutex> lock(mu_);
    if (cv_.wait_for(lock, limit, [this] { return done_; })) return;
    // The main thread is inside a kernel call: write the report with plain write(2) and leave
    // without running destructors or atexit handlers that could wait on that thread's state.
    const int fd = to_stdout ? STDOUT_FILENO : STDERR_FILENO;
    size_t off = 0;
    while (off < report.size()) {
      const ssize_t n = ::write(fd, report.data() + off, report.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    ::_exit(5);
  });
}

Watchdog::~Watchdog() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

std::string watchdog_report(const std::string& program, double budget_s, bool json) {
  char budget[32];
  std::snprintf(budget, sizeof budget, "%g", budget_s);
  const std::string message = std::string("the run exceeded its time budget of ") + budget +
                              " s inside one geometry kernel call and was stopped";
  if (!json) return program + ": error[limit.time]: " + message + "\n";
  nlohmann::ordered_json j;
  j["file"] = program;
  j["ok"] = false;
  j["status"] = "limit";
  j["exit_code"] = 5;
  // The keys of both report forms (pipeline/report_json.h): "error"/"errors" as a .py run gives
  // them, "diags" as a .scad run does, so a consumer of either finds the limit.
  const nlohmann::json diag = {{"code", "limit.time"}, {"message", message}, {"severity", "error"}, {"file", program}};
  j["error"] = diag;
  j["errors"] = nlohmann::json::array({diag});
  j["diags"] = nlohmann::json::array({diag});
  return j.dump(2) + "\n";
}

}  // namespace cadscribe::app
