#include "pipeline/batch.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "pipeline/report_json.h"

namespace cadscribe::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

struct Worker {
  pid_t pid = -1;
  int to_child = -1;    // we write paths here
  int from_child = -1;  // we read JSON lines here
  std::string buffer;
  int task = -1;        // index of the file in flight, -1 when idle
  Clock::time_point started;
};

// Starts `exe worker ...` with its stdin/stdout on pipes and the rlimits applied in the child.
bool spawn(Worker& w, const BatchOptions& o) {
  int in_pipe[2], out_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return false;
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    close(in_pipe[0]);
    close(in_pipe[1]);
    return false;
  }
  std::vector<std::string> args = {o.worker_exe, o.worker_verb};
  args.insert(args.end(), o.worker_args.begin(), o.worker_args.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    // A worker must not outlive its parent: a killed run would otherwise leave workers writing
    // files (dataset shards) that the resumed run is writing too.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() == 1) _exit(127);  // the parent died before prctl took effect
    dup2(in_pipe[0], STDIN_FILENO);
    dup2(out_pipe[1], STDOUT_FILENO);
    rlimit mem{static_cast<rlim_t>(o.memory_mb) << 20, static_cast<rlim_t>(o.memory_mb) << 20};
    setrlimit(RLIMIT_AS, &mem);
    rlimit core{0, 0};
    setrlimit(RLIMIT_CORE, &core);
    if (o.fixed_address_layout) personality(ADDR_NO_RANDOMIZE);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  w = Worker{};
  w.pid = pid;
  w.to_child = in_pipe[1];
  w.from_child = out_pipe[0];
  return true;
}

// Ends a worker (killing it first when asked) and returns its wait status.
int stop(Worker& w, bool kill_it) {
  if (w.pid < 0) return 0;
  if (kill_it) kill(w.pid, SIGKILL);
  close(w.to_child);
  close(w.from_child);
  int status = 0;
  waitpid(w.pid, &status, 0);
  w.pid = -1;
  return status;
}

std::string failure_line(const std::string& file, const std::string& status, const std::string& code,
                         const std::string& message, int exit_code) {
  nlohmann::json j;
  j["file"] = file;
  j["ok"] = false;
  j["status"] = status;
  j["exit_code"] = exit_code;
  j["error"] = {{"code", code}, {"message", message}, {"file", file}, {"line", 0}, {"col", 0}};
  return j.dump();
}

}  // namespace

BatchSummary run_batch(const std::vector<std::string>& files, const BatchOptions& options,
                       const std::function<void(const std::string&)>& emit,
                       const std::function<void(int, int)>& progress) {
  std::vector<BatchTask> tasks;
  tasks.reserve(files.size());
  for (const auto& f : files) tasks.push_back({f, f});
  return run_tasks(tasks, options, emit, progress);
}

BatchSummary run_tasks(const std::vector<BatchTask>& tasks, const BatchOptions& options,
                       const std::function<void(const std::string&)>& emit,
                       const std::function<void(int, int)>& progress) {
  signal(SIGPIPE, SIG_IGN);  // a dead worker must not kill the parent on write
  BatchSummary summary;
  summary.total = static_cast<int>(tasks.size());
  const size_t count = tasks.size();
  std::vector<std::string> lines(count);
  std::vector<bool> done(count, false);
  size_t next_emit = 0, next_task = 0;
  int finished = 0;
  std::vector<Worker> workers(std::max(1, std::min<int>(options.jobs, static_cast<int>(count))));

  auto finish = [&](int task, std::string line) {
    lines[task] = std::move(line);
    done[task] = true;
    ++finished;
    while (next_emit < count && done[next_emit]) {
      emit(lines[next_emit]);
      lines[next_emit].clear();
      ++next_emit;
    }
    if (progress) progress(finished, summary.total);
  };

  auto assign = [&](Worker& w) {
    if (next_task >= count) return;
    if (w.pid < 0 && !spawn(w, options)) {
      finish(static_cast<int>(next_task), failure_line(tasks[next_task].label, "crash", "crash.spawn_failed",
                                                       "cannot start a worker process", 7));
      ++summary.crashed;
      ++next_task;
      return;
    }
    std::string msg = tasks[next_task].line + "\n";
    w.task = static_cast<int>(next_task++);
    w.started = Clock::now();
    if (write(w.to_child, msg.data(), msg.size()) != static_cast<ssize_t>(msg.size())) {
      // The worker died between tasks: the read side will see EOF and report the crash.
    }
  };

  for (auto& w : workers) assign(w);
  while (finished < summary.total) {
    std::vector<pollfd> fds;
    std::vector<Worker*> owners;
    int timeout_ms = 1000;
    for (auto& w : workers) {
      if (w.task < 0) continue;
      fds.push_back({w.from_child, POLLIN, 0});
      owners.push_back(&w);
      double left = options.wall_seconds - std::chrono::duration<double>(Clock::now() - w.started).count();
      timeout_ms = std::min(timeout_ms, std::max(0, static_cast<int>(left * 1000) + 1));
    }
    if (fds.empty()) break;  // nothing in flight and nothing assignable (cannot happen)
    poll(fds.data(), fds.size(), timeout_ms);
    for (size_t i = 0; i < fds.size(); ++i) {
      Worker& w = *owners[i];
      const std::string& file = tasks[w.task].label;
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buf[65536];
        ssize_t n = read(w.from_child, buf, sizeof buf);
        if (n > 0) {
          w.buffer.append(buf, static_cast<size_t>(n));
          size_t nl = w.buffer.find('\n');
          if (nl != std::string::npos) {
            std::string line = w.buffer.substr(0, nl);
            w.buffer.erase(0, nl + 1);
            const auto parsed = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
            if (parsed.is_object() && parsed.value("ok", false)) ++summary.ok;
            int task = w.task;
            w.task = -1;
            finish(task, std::move(line));
            assign(w);
          }
          continue;
        }
        // EOF: the worker died mid-program.
        const int status = stop(w, /*kill_it=*/true);
        std::string why = WIFSIGNALED(status) ? std::string("worker killed by signal ") + strsignal(WTERMSIG(status))
                                              : "worker exited with status " + std::to_string(WEXITSTATUS(status));
        ++summary.crashed;
        int task = w.task;
        w.task = -1;
        finish(task, failure_line(file, "crash", "crash.worker", why + " while running this program", 7));
        assign(w);
        continue;
      }
      if (std::chrono::duration<double>(Clock::now() - w.started).count() > options.wall_seconds) {
        stop(w, /*kill_it=*/true);
        ++summary.timed_out;
        int task = w.task;
        w.task = -1;
        finish(task, failure_line(file, "limit", "limit.wall_clock",
                                  "killed after " + std::to_string(options.wall_seconds) + " s of wall time", 5));
        assign(w);
      }
    }
  }
  for (auto& w : workers) stop(w, /*kill_it=*/false);
  return summary;
}

int worker_loop(std::istream& in, std::ostream& out, const cad::ExecOptions& options, bool require_valid,
                const cad::ScadOptions& scad) {
  std::string path;
  while (std::getline(in, path)) {
    if (path.empty()) continue;
    if (std::filesystem::path(path).extension() == ".scad") {
      cad::ScadOptions so = scad;
      so.limits = options.limits;
      out << scad_execution_to_json(cad::execute_scad_file(path, so), path).dump() << '\n';
    } else {
      cad::Execution e = cad::execute_file(path, options);
      out << execution_to_json(e, path, require_valid).dump() << '\n';
    }
    out.flush();
  }
  return 0;
}

base::Result<std::vector<std::string>> collect_programs(const std::string& dir_or_list) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(dir_or_list, ec)) {
    for (const auto& entry : fs::directory_iterator(dir_or_list, ec)) {
      if (entry.is_regular_file() && (entry.path().extension() == ".py" || entry.path().extension() == ".scad"))
        files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
  }
  std::ifstream f(dir_or_list);
  if (!f) return base::make_diag("io.read_failed", "cannot read '" + dir_or_list + "' (a folder or a list file)");
  std::string line;
  while (std::getline(f, line)) {
    if (!line.empty() && line[0] != '#') files.push_back(line);
  }
  return files;
}

}  // namespace cadscribe::pipeline
