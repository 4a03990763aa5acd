// pipeline/batch.h — run many programs in isolated worker processes.
//
// Each worker is a separate process (`<exe> worker`) with rlimits (address space, CPU time, no
// core dumps) that executes one program at a time: the parent sends a path on the worker's stdin
// and reads one JSON line back. A worker that crashes (segfault in OCCT, OOM) or overruns the
// wall clock is killed and replaced, and the program gets a result line saying so — a result is
// never lost. Lines are emitted in input order as soon as every earlier program has finished.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "cad/execute.h"
#include "cad/scad_execute.h"

namespace cadscribe::pipeline {

struct BatchOptions {
  int jobs = 1;
  double wall_seconds = 30;       // per program, measured by the parent; the kill switch
  int64_t memory_mb = 4096;       // RLIMIT_AS of each worker
  std::string worker_exe;         // the cadscribe binary (argv[0] resolved), run as `exe <verb>`
  std::string worker_verb = "worker";  // "worker" runs programs, "score-worker" scores pairs
  std::vector<std::string> worker_args;  // extra flags for the worker (limits, --no-validate)
  // Start workers with address-space randomisation off (personality ADDR_NO_RANDOMIZE), for
  // workers whose output must not depend on where the heap lands (synth: see attempt_zygote.h).
  bool fixed_address_layout = false;
};

struct BatchSummary {
  int total = 0;
  int ok = 0;
  int crashed = 0;
  int timed_out = 0;
};

// One unit of work: `line` is sent to a worker's stdin (it must not contain a newline); `label`
// names the task in the failure line written when its worker crashes or is killed.
struct BatchTask {
  std::string label;
  std::string line;
};

// Runs `tasks`; `emit` receives one JSON line (no newline) per task, in input order. A task whose
// worker dies or overruns gets {"file": label, "ok": false, "status", "error": {code, message}}.
[[nodiscard]] BatchSummary run_tasks(const std::vector<BatchTask>& tasks, const BatchOptions& options,
                                     const std::function<void(const std::string&)>& emit,
                                     const std::function<void(int done, int total)>& progress = {});

// Runs `files` (program paths) through `worker` processes: run_tasks with label = line = path.
[[nodiscard]] BatchSummary run_batch(const std::vector<std::string>& files, const BatchOptions& options,
                                     const std::function<void(const std::string&)>& emit,
                                     const std::function<void(int done, int total)>& progress = {});

// The worker side: reads paths from `in` (one per line), writes one JSON line each to `out` (a
// .scad path runs the OpenSCAD engine with `scad`'s library paths and $preview, under the same
// step/time/memory limits).
int worker_loop(std::istream& in, std::ostream& out, const cad::ExecOptions& options, bool require_valid,
                const cad::ScadOptions& scad = {});

// Expands a directory (its *.py and *.scad files, sorted) or a list file (one path per line) into paths.
[[nodiscard]] base::Result<std::vector<std::string>> collect_programs(const std::string& dir_or_list);

}  // namespace cadscribe::pipeline
