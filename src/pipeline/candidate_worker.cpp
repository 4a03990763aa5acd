#include "pipeline/candidate_worker.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <exception>

#include "base/wire.h"
#include "cad/execute.h"
#include "pipeline/program_mesh.h"
#include "pipeline/sandbox.h"
#include "render/render.h"

namespace cadscribe::pipeline {

namespace {

using Clock = std::chrono::steady_clock;

// Address space the child may add to what it inherits: a runaway boolean fails with bad_alloc
// instead of taking the machine's memory (batch.h's workers get the same 4 GiB).
constexpr uint64_t kChildExtraBytes = uint64_t{4} << 30;
// Messages larger than this are a broken child (a mesh of 10M triangles is ~160 MB).
constexpr uint64_t kMaxMessage = uint64_t{1} << 30;

constexpr char kScore = 's', kMesh = 'm';

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

void put_score(base::ByteWriter& w, const CandidateScore& s) {
  w.u64(s.error ? 1 : 0);
  if (s.error) {
    put_diag(w, *s.error);
    return;
  }
  w.f64(s.agreement.silhouette_iou);
  w.f64(s.agreement.appearance);
  w.f64(s.agreement.score);
}

CandidateScore get_score(base::ByteReader& r) {
  CandidateScore s;
  if (r.u64() != 0) {
    s.error = get_diag(r);
    return s;
  }
  s.agreement.silhouette_iou = r.f64();
  s.agreement.appearance = r.f64();
  s.agreement.score = r.f64();
  return s;
}

void put_mesh(base::ByteWriter& w, const mesh::Mesh& m) {
  w.u64(m.positions.size());
  w.raw(m.positions.data(), m.positions.size() * sizeof m.positions[0]);
  w.u64(m.triangles.size());
  w.raw(m.triangles.data(), m.triangles.size() * sizeof m.triangles[0]);
}

mesh::Mesh get_mesh(base::ByteReader& r) {
  mesh::Mesh m;
  const uint64_t np = r.u64();
  if (!r.ok || np > kMaxMessage / sizeof m.positions[0]) {
    r.ok = false;
    return m;
  }
  m.positions.resize(np);
  r.raw(m.positions.data(), np * sizeof m.positions[0]);
  const uint64_t nt = r.u64();
  if (!r.ok || nt > kMaxMessage / sizeof m.triangles[0]) {
    r.ok = false;
    return m;
  }
  m.triangles.resize(nt);
  r.raw(m.triangles.data(), nt * sizeof m.triangles[0]);
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

EvaluatedCandidate evaluate_guarded(const CandidateTarget& target, const std::string& program, double exec_seconds) {
  try {
    return evaluate_candidate(target, program, exec_seconds);
  } catch (const std::bad_alloc&) {
    return {{base::make_diag("limit.memory", "the candidate ran out of memory"), {}}, {}};
  } catch (const std::exception& e) {
    return {{base::make_diag("geom.kernel_failure", std::string("the candidate failed: ") + e.what()), {}}, {}};
  }
}

// The child: one request at a time — kind, interpreter seconds, program — answered with the
// score (and the mesh when asked). It keeps the mesh of the best program it has scored.
[[noreturn]] void serve(const CandidateTarget& target, int in, int out) {
  std::optional<EvaluatedCandidate> best;
  std::string best_program, request;
  while (read_message(in, request)) {
    base::ByteReader r{request};
    char kind = 0;
    r.raw(&kind, 1);
    const double exec_seconds = r.f64();
    const std::string program = r.str();
    if (!r.done()) _exit(2);
    EvaluatedCandidate fresh;
    const EvaluatedCandidate* e = &fresh;
    if (kind == kMesh && best && best_program == program) {
      e = &*best;
    } else {
      fresh = evaluate_guarded(target, program, exec_seconds);
      if (!fresh.score.error && (!best || fresh.score.agreement.score > best->score.agreement.score)) {
        best = fresh;
        best_program = program;
        if (kind != kMesh) e = &*best;
      }
    }
    base::ByteWriter w;
    put_score(w, e->score);
    if (kind == kMesh && !e->score.error) put_mesh(w, e->mesh);
    if (!write_message(out, w.out)) _exit(3);
  }
  _exit(0);
}

}  // namespace

EvaluatedCandidate evaluate_candidate(const CandidateTarget& target, const std::string& program, double exec_seconds) {
  EvaluatedCandidate out;
  cad::ExecOptions exec;
  exec.validate = false;
  exec.limits.max_seconds = exec_seconds;
  auto m = program_mesh(program, "candidate.py", exec);
  if (!m) {
    out.score.error = m.error();
    return out;
  }
  if (m->triangles.empty()) {
    out.score.error = base::make_diag("geom.empty_result", "the program makes nothing");
    return out;
  }
  render::RenderOptions ro;
  ro.supersample = 1;
  std::vector<render::Image> views;
  std::vector<Mask> masks;
  for (auto& v : render::render_rig(*m, target.rig, ro)) {
    masks.push_back(foreground(v.rgb));
    views.push_back(std::move(v.rgb));
  }
  out.score.agreement = agreement(target.views, target.masks, views, masks);
  out.mesh = std::move(*m);
  return out;
}

CandidateWorker::CandidateWorker(const CandidateTarget& target) : target_(target) {}

CandidateWorker::~CandidateWorker() { stop(); }

bool CandidateWorker::spawn() {
  int req[2], rep[2];
  if (pipe(req) != 0) return false;
  if (pipe(rep) != 0) {
    close(req[0]);
    close(req[1]);
    return false;
  }
  signal(SIGPIPE, SIG_IGN);  // a dead child must not kill this process on write
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {req[0], req[1], rep[0], rep[1]}) close(fd);
    return false;
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the reconstruction
    if (getppid() != parent) _exit(0);
    close(req[1]);
    close(rep[0]);
    limit_memory();
    (void)enter_worker_sandbox();  // defence in depth; where unsupported the interpreter's walls remain
    serve(target_, req[0], rep[1]);
  }
  close(req[0]);
  close(rep[1]);
  pid_ = pid;
  to_child_ = req[1];
  from_child_ = rep[0];
  return true;
}

bool CandidateWorker::child_ready() {
  if (pid_ > 0) return true;
  if (fork_failed_) return false;
  fork_failed_ = !spawn();
  return !fork_failed_;
}

void CandidateWorker::stop() {
  if (pid_ <= 0) return;
  close(to_child_);  // a waiting child reads EOF and exits; a busy one is killed
  kill(pid_, SIGKILL);
  close(from_child_);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
  to_child_ = from_child_ = -1;
}

bool CandidateWorker::call(char kind, const std::string& program, double exec_seconds, double wall_seconds,
                           std::string& reply, base::Diag& failure) {
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(std::max(0.05, wall_seconds)));
  base::ByteWriter w;
  w.raw(&kind, 1);
  w.f64(exec_seconds);
  w.str(program);
  bool timed_out = false;
  uint64_t n = 0;
  const bool ok = write_message(to_child_, w.out) && read_until(from_child_, &n, sizeof n, deadline, timed_out) &&
                  n <= kMaxMessage && (reply.resize(n), read_until(from_child_, reply.data(), n, deadline, timed_out));
  if (ok) return true;
  stop();
  char limit[32];
  std::snprintf(limit, sizeof limit, "%.1f", wall_seconds);
  if (timed_out) {
    ++timeouts_;
    failure = base::make_diag("limit.time", std::string("the candidate ran past its ") + limit +
                                                " s and was stopped (a kernel operation did not return)");
  } else {
    ++crashes_;
    failure = base::make_diag("crash.worker", "the candidate crashed the evaluation process (it is restarted)");
  }
  return false;
}

CandidateScore CandidateWorker::score(const std::string& program, double exec_seconds, double wall_seconds) {
  if (child_ready()) {
    std::string reply;
    base::Diag failure;
    if (!call(kScore, program, exec_seconds, wall_seconds, reply, failure)) return {failure, {}};
    base::ByteReader r{reply};
    CandidateScore s = get_score(r);
    if (r.done()) return s;
    stop();
    ++crashes_;
    return {base::make_diag("crash.worker", "the evaluation process sent a malformed reply"), {}};
  }
  EvaluatedCandidate e = evaluate_guarded(target_, program, exec_seconds);
  if (!e.score.error && (!local_best_ || e.score.agreement.score > local_best_->score.agreement.score)) {
    local_best_ = e;
    local_best_program_ = program;
  }
  return e.score;
}

base::Result<EvaluatedCandidate> CandidateWorker::evaluate(const std::string& program, double exec_seconds,
                                                          double wall_seconds) {
  if (child_ready()) {
    std::string reply;
    base::Diag failure;
    if (!call(kMesh, program, exec_seconds, wall_seconds, reply, failure)) return failure;
    base::ByteReader r{reply};
    EvaluatedCandidate e;
    e.score = get_score(r);
    if (e.score.error) return *e.score.error;
    e.mesh = get_mesh(r);
    if (r.done()) return e;
    stop();
    ++crashes_;
    return base::make_diag("crash.worker", "the evaluation process sent a malformed mesh");
  }
  if (local_best_ && local_best_program_ == program) return *local_best_;
  EvaluatedCandidate e = evaluate_guarded(target_, program, exec_seconds);
  if (e.score.error) return *e.score.error;
  return e;
}

}  // namespace cadscribe::pipeline
