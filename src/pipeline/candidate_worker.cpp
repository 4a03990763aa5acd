#include "pipeline/candidate_worker.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <exception>

#include "base/wire.h"
#include "cad/execute.h"
#include "pipeline/child_io.h"
#include "pipeline/program_mesh.h"
#include "pipeline/sandbox.h"
#include "render/render.h"

namespace cadscribe::pipeline {

namespace {

using namespace child_io;  // Clock, the wire and the pipes

constexpr char kScore = 's', kMesh = 'm';

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
  const bool ok = write_message(to_child_, w.out) && read_message_until(from_child_, reply, deadline, timed_out);
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
