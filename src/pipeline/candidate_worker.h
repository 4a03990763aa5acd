// pipeline/candidate_worker.h — executes, renders and scores candidate programs in a forked
// child that a watchdog kills when it overruns.
//
// Why a child: the interpreter's limits bound a program's own steps and time, but one
// OpenCASCADE call cannot be interrupted, and some never return (a chamfer on a thin revolved
// nozzle spins for ever in BRepFilletAPI_MakeChamfer::Build; others segfault). Reconstruction
// tries hundreds of programs per part, so it must survive both. The child is forked once per
// reconstruction (from the loaded process: ~10 ms), serves programs one at a time over pipes,
// and runs under the worker sandbox (sandbox.h). When an evaluation overruns its wall limit the
// child is killed and the candidate fails with limit.time; when the child dies the candidate
// fails with crash.worker; either way the next evaluation forks a fresh child.
// If no child can be forked the evaluations run in this process (unprotected, as before).
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "mesh/mesh.h"
#include "pipeline/silhouette.h"
#include "render/image.h"
#include "render/rig.h"

namespace cadscribe::pipeline {

// What candidates are compared with: the input views at the rig's size, on white, and their
// foreground masks.
struct CandidateTarget {
  std::vector<render::Image> views;
  std::vector<Mask> masks;
  render::Rig rig;  // its size is the views' size
};

struct CandidateScore {
  std::optional<base::Diag> error;
  ViewAgreement agreement;
};

// The evaluation itself, in the calling process: runs `program` (interpreter time limit
// `exec_seconds`, no validation), renders the mesh with the target's rig and scores it.
struct EvaluatedCandidate {
  CandidateScore score;
  mesh::Mesh mesh;
};
[[nodiscard]] EvaluatedCandidate evaluate_candidate(const CandidateTarget& target, const std::string& program,
                                                    double exec_seconds);

class CandidateWorker {
 public:
  // The target is copied into the child when it forks (at the first evaluation).
  explicit CandidateWorker(const CandidateTarget& target);
  ~CandidateWorker();
  CandidateWorker(const CandidateWorker&) = delete;
  CandidateWorker& operator=(const CandidateWorker&) = delete;

  // evaluate_candidate's score, computed in the child; killed after `wall_seconds`.
  [[nodiscard]] CandidateScore score(const std::string& program, double exec_seconds, double wall_seconds);

  // The score and mesh of `program` (its error as the error): the child keeps the mesh of the
  // best-scoring program it has run and sends that one back, else it runs the program again.
  [[nodiscard]] base::Result<EvaluatedCandidate> evaluate(const std::string& program, double exec_seconds,
                                                          double wall_seconds);

  // Children killed at their wall limit, and children that died by themselves.
  [[nodiscard]] int timeouts() const { return timeouts_; }
  [[nodiscard]] int crashes() const { return crashes_; }

 private:
  // Sends one request and waits for its reply; false (with `failure` set) when the child timed
  // out, died or could not be started. `reply` is the reply's payload.
  bool call(char kind, const std::string& program, double exec_seconds, double wall_seconds, std::string& reply,
            base::Diag& failure);
  bool child_ready();  // a child is running, or was just forked
  bool spawn();
  void stop();

  CandidateTarget target_;
  pid_t pid_ = -1;
  int to_child_ = -1, from_child_ = -1;
  bool fork_failed_ = false;  // then everything runs in this process
  std::optional<EvaluatedCandidate> local_best_;  // the in-process fallback's best, with its mesh
  std::string local_best_program_;
  int timeouts_ = 0, crashes_ = 0;
};

}  // namespace cadscribe::pipeline
