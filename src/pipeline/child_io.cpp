// pipeline/child_io.cpp — see child_io.h.
#include "pipeline/child_io.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <exception>

#include "pipeline/sandbox.h"

namespace cadscribe::pipeline::child_io {

void put_diag(base::ByteWriter& w, const base::Diag& d) {
  w.str(d.code);
  w.str(d.message);
  w.str(d.span.file);
  w.u64(uint64_t(uint32_t(d.span.line)));
  w.u64(uint64_t(uint32_t(d.span.col)));
  w.u64(d.notes.size());
  for (const auto& n : d.notes) w.str(n);
}

base::Diag get_diag(base::ByteReader& r) {
  base::Diag d;
  d.code = r.str();
  d.message = r.str();
  d.span.file = r.str();
  d.span.line = int32_t(r.u64());
  d.span.col = int32_t(r.u64());
  const uint64_t notes = r.u64();
  for (uint64_t i = 0; r.ok && i < notes && i < 4096; ++i) d.notes.push_back(r.str());
  return d;
}

void put_mesh(base::ByteWriter& w, const mesh::Mesh& m) {
  w.u64(m.positions.size());
  w.raw(m.positions.data(), m.positions.size() * sizeof m.positions[0]);
  w.u64(m.triangles.size());
  w.raw(m.triangles.data(), m.triangles.size() * sizeof m.triangles[0]);
}

namespace {

// A count, then that many raw elements (put_mesh's layout); a count past kMaxMessage is broken.
template <typename T>
void get_array(base::ByteReader& r, std::vector<T>& out) {
  const uint64_t n = r.u64();
  if (!r.ok || n > kMaxMessage / sizeof(T)) {
    r.ok = false;
    return;
  }
  out.resize(n);
  r.raw(out.data(), n * sizeof(T));
}

}  // namespace

mesh::Mesh get_mesh(base::ByteReader& r) {
  mesh::Mesh m;
  get_array(r, m.positions);
  if (r.ok) get_array(r, m.triangles);
  return m;
}

bool write_message(int fd, const std::string& bytes) {
  const uint64_t n = bytes.size();
  return base::write_all(fd, &n, sizeof n) && base::write_all(fd, bytes.data(), bytes.size());
}

bool read_message(int fd, std::string& bytes) {
  uint64_t n = 0;
  if (!base::read_all(fd, &n, sizeof n) || n > kMaxMessage) return false;
  bytes.resize(n);
  return base::read_all(fd, bytes.data(), n);
}

// Reads exactly n bytes unless `deadline` passes first (then false with `timed_out` set).
bool read_until(int fd, void* data, size_t n, Clock::time_point deadline, bool& timed_out) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      return false;
    }
    pollfd pfd{fd, POLLIN, 0};
    const int ready = poll(&pfd, 1, int(std::min<int64_t>(left, 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return false;
    if (ready == 0) continue;
    const ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;  // the child is gone
    p += r;
    n -= size_t(r);
  }
  return true;
}

// Caps the child's address space at what it has now plus kChildExtraBytes.
void limit_memory() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return;
  unsigned long long pages = 0;
  const bool read = std::fscanf(f, "%llu", &pages) == 1;
  std::fclose(f);
  if (!read) return;
  const rlim_t limit = rlim_t(pages * uint64_t(sysconf(_SC_PAGESIZE)) + kChildExtraBytes);
  rlimit rl{limit, limit};
  setrlimit(RLIMIT_AS, &rl);
}

bool read_message_until(int fd, std::string& bytes, Clock::time_point deadline, bool& timed_out) {
  uint64_t n = 0;
  if (!read_until(fd, &n, sizeof n, deadline, timed_out) || n > kMaxMessage) return false;
  bytes.resize(n);
  return read_until(fd, bytes.data(), n, deadline, timed_out);
}

base::Result<std::string> run_in_watched_child(const std::function<std::string()>& work, double wall_seconds,
                                               const std::string& what) {
  int fds[2];
  if (pipe(fds) != 0) return base::make_diag("unsupported.fork", "no pipe for a watched child");
  signal(SIGPIPE, SIG_IGN);  // a child that died must not kill this process
  const pid_t parent = getpid();
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(std::max(0.05, wall_seconds)));
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return base::make_diag("unsupported.fork", "no watched child could be forked");
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the caller
    if (getppid() != parent) _exit(0);
    close(fds[0]);
    limit_memory();
    (void)enter_worker_sandbox();  // defence in depth; where unsupported the interpreter's walls remain
    std::string out;
    try {
      out = work();
    } catch (...) {
      _exit(4);
    }
    _exit(write_message(fds[1], out) ? 0 : 3);
  }
  close(fds[1]);
  std::string bytes;
  bool timed_out = false;
  const bool ok = read_message_until(fds[0], bytes, deadline, timed_out);
  close(fds[0]);
  if (!ok) kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  if (ok) return bytes;
  char limit[32];
  std::snprintf(limit, sizeof limit, "%.1f", wall_seconds);
  if (timed_out)
    return base::make_diag("limit.time", what + " ran past its " + limit + " s and was stopped (a kernel operation did not return)");
  return base::make_diag("crash.worker", what + " crashed the process that ran it");
}

}  // namespace cadscribe::pipeline::child_io
