// apps/cadscribe/watchdog.h — the hard wall-clock limit of one `cadscribe run`.
// The interpreters check their time budget between steps, but one kernel call (an OCCT boolean,
// a CGAL corefinement or Nef operation) cannot be interrupted and can run for minutes on hostile
// or unlucky input. A Watchdog thread waits for the budget plus a grace period; if the run is
// still going then, it prints the prepared limit.time report (text or JSON) and ends the process
// with exit code 5, as a budget error does. Nothing is lost: no result existed yet. Destroying
// the Watchdog (the run finished) disarms it.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace cadscribe::app {

class Watchdog {
 public:
  // `budget_s`: the run's own time budget; the watchdog fires at budget_s + grace_s.
  // `report` goes to stdout when `to_stdout` (the --json form), else to stderr.
  Watchdog(double budget_s, std::string report, bool to_stdout, double grace_s = 2.0);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;
};

// The report of a run the watchdog ended, in run's text form or its --json form.
std::string watchdog_report(const std::string& program, double budget_s, bool json);

}  // namespace cadscribe::app
