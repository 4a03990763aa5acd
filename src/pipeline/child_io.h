// pipeline/child_io.h — talking to a forked child over pipes: length-prefixed messages, reads
// with a deadline, Diag and mesh (de)serialisation, the child's memory cap, and a one-shot
// watched child. Shared by candidate_worker.h (a long-lived child serving many programs) and
// maker.cpp (a child per `make` candidate).
//
// Why children: the interpreters bound a program's own steps and time, but one kernel call
// (an OpenCASCADE fillet, a CGAL corefinement whose exact arithmetic explodes) cannot be
// interrupted and may never return, and some crash. A child can be killed.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "base/result.h"
#include "base/wire.h"
#include "mesh/mesh.h"

namespace cadscribe::pipeline::child_io {

using Clock = std::chrono::steady_clock;

// Messages larger than this are a broken child (a mesh of 10M triangles is ~160 MB).
inline constexpr uint64_t kMaxMessage = uint64_t{1} << 30;
// Address space a child may add to what it inherits: a runaway boolean fails with bad_alloc
// instead of taking the machine's memory (batch.h's workers get the same 4 GiB).
inline constexpr uint64_t kChildExtraBytes = uint64_t{4} << 30;

void put_diag(base::ByteWriter& w, const base::Diag& d);
[[nodiscard]] base::Diag get_diag(base::ByteReader& r);
void put_mesh(base::ByteWriter& w, const mesh::Mesh& m);
[[nodiscard]] mesh::Mesh get_mesh(base::ByteReader& r);  // r.ok false when malformed

[[nodiscard]] bool write_message(int fd, const std::string& bytes);
[[nodiscard]] bool read_message(int fd, std::string& bytes);
// Reads exactly n bytes unless `deadline` passes first (then false with `timed_out` set).
[[nodiscard]] bool read_until(int fd, void* data, size_t n, Clock::time_point deadline, bool& timed_out);
// One length-prefixed message before `deadline`.
[[nodiscard]] bool read_message_until(int fd, std::string& bytes, Clock::time_point deadline, bool& timed_out);

// Caps the calling process's address space at what it has now plus kChildExtraBytes.
void limit_memory();

// Runs `work` in a forked child (memory-capped, in the worker sandbox, killed if this process
// dies) and returns the bytes it produced. Errors: limit.time (still running after
// `wall_seconds`: killed; the message names `what`), crash.worker (it died, or sent nothing),
// unsupported.fork (no child could be started: the caller decides whether to run unprotected).
// `work` runs only in the child; its exceptions become crash.worker.
[[nodiscard]] base::Result<std::string> run_in_watched_child(const std::function<std::string()>& work,
                                                              double wall_seconds, const std::string& what);

}  // namespace cadscribe::pipeline::child_io
