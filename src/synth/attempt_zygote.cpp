#include "synth/attempt_zygote.h"

#include <signal.h>
#include <sys/prctl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "base/wire.h"
#include "synth/object.h"

namespace cadscribe::synth {

// A request: everything a child's attempts depend on, in a fixed-size record (no allocation to
// read). The child runs attempts [attempt, block_end).
struct AttemptZygote::Request {
  uint64_t seed;
  int64_t shard;
  int64_t attempt;
  int64_t block_end;
  uint64_t family_mask;  // bit i = the library's i-th family or category; 0 = all
  int32_t fingerprint_resolution;
  uint8_t with_step;
  uint8_t with_stl;
  uint8_t library;  // SampleLibrary
  uint8_t pad;
};

namespace {

using Clock = std::chrono::steady_clock;

using Request = AttemptZygote::Request;

// The names a family mask's bits stand for (at most 64 of them: the first 64 of the library).
std::vector<std::string_view> library_names(SampleLibrary library) {
  std::vector<std::string_view> names;
  if (library == SampleLibrary::kObjects)
    for (const auto& c : object_categories()) names.push_back(c.name);
  else
    for (const auto& f : families()) names.push_back(f.name);
  if (names.size() > 64) names.resize(64);
  return names;
}

GenerateOptions options_of(const Request& r) {
  GenerateOptions o;
  o.library = static_cast<SampleLibrary>(r.library);
  const auto all = library_names(o.library);
  for (size_t i = 0; i < all.size(); ++i)
    if (r.family_mask & (uint64_t{1} << i)) o.families.emplace_back(all[i]);
  o.with_step = r.with_step != 0;
  o.with_stl = r.with_stl != 0;
  o.fingerprint_resolution = r.fingerprint_resolution;
  return o;
}

// The child: attempts r.attempt … r.block_end-1 in order, each written as (index, length, bytes)
// to `results`. Nothing else runs in it, so attempt k's state is fixed by the block's start.
[[noreturn]] void run_child(const Request& r, int results) {
  const GenerateOptions options = options_of(r);
  for (int64_t k = r.attempt; k < r.block_end; ++k) {
    AttemptTimes times;
    const Attempt a = make_attempt(options, r.seed, r.shard, k, &times);
    const std::string bytes = encode_attempt(a, times);
    const uint64_t header[2] = {static_cast<uint64_t>(k), bytes.size()};
    if (!base::write_all(results, header, sizeof header) || !base::write_all(results, bytes.data(), bytes.size())) _exit(3);
  }
  _exit(0);
}

// The zygote's loop: reads into a stack record and forks; it never allocates, so every child
// starts from the same heap. Per child it reports the pid (so the caller can stop a child whose
// block it no longer needs) and then the wait status.
[[noreturn]] void zygote_loop(int requests, int replies, int results) {
  Request r;
  while (base::read_all(requests, &r, sizeof r)) {
    pid_t child = fork();
    if (child == 0) {
      close(requests);
      close(replies);
      run_child(r, results);
    }
    const int32_t pid = child;
    if (!base::write_all(replies, &pid, sizeof pid)) break;
    if (child < 0) continue;  // the caller sees pid -1 and expects no status
    int status = -1;
    waitpid(child, &status, 0);
    if (!base::write_all(replies, &status, sizeof status)) break;
  }
  _exit(0);
}

}  // namespace


std::string encode_attempt(const Attempt& a, const AttemptTimes& t) {
  base::ByteWriter w;
  w.raw("CSA2", 4);
  w.u64(a.ok ? 1 : 0);
  w.str(a.failure_code);
  w.str(a.family);
  w.str(a.sample.program);
  w.str(a.sample.program_extension);
  w.u64(a.sample.views_png.size());
  for (const auto& v : a.sample.views_png) w.str(v);
  w.str(a.sample.meta_json);
  w.str(a.sample.step);
  w.str(a.sample.stl);
  w.u64(a.fingerprint);
  w.u64(a.descriptor.size());
  for (float f : a.descriptor) w.f64(f);
  AttemptTimes::each(t, [&](const char*, double v) { w.f64(v); });
  return std::move(w.out);
}

bool decode_attempt(const std::string& bytes, Attempt& a, AttemptTimes& t) {
  if (bytes.compare(0, 4, "CSA2") != 0) return false;
  base::ByteReader r{bytes, 4};
  a.ok = r.u64() != 0;
  a.failure_code = r.str();
  a.family = r.str();
  a.sample.program = r.str();
  a.sample.program_extension = r.str();
  const uint64_t views = r.u64();
  if (!r.ok || views > 64) return false;
  a.sample.views_png.clear();
  for (uint64_t i = 0; i < views; ++i) a.sample.views_png.push_back(r.str());
  a.sample.meta_json = r.str();
  a.sample.step = r.str();
  a.sample.stl = r.str();
  a.fingerprint = r.u64();
  const uint64_t n = r.u64();
  if (!r.ok || n > 4096) return false;
  a.descriptor.clear();
  for (uint64_t i = 0; i < n; ++i) a.descriptor.push_back(float(r.f64()));
  AttemptTimes::each(t, [&](const char*, double& v) { v = r.f64(); });
  return r.done();
}

base::Result<AttemptZygote> AttemptZygote::start() {
  int req[2], rep[2], res[2];
  if (pipe(req) != 0 || pipe(rep) != 0 || pipe(res) != 0)
    return base::make_diag("io.pipe_failed", "cannot create the attempt zygote's pipes");
  pid_t pid = fork();
  if (pid < 0) return base::make_diag("io.fork_failed", "cannot fork the attempt zygote");
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the worker
    close(req[1]);
    close(rep[0]);
    close(res[0]);
    // Warm-up: the same attempt every time, so the zygote's state is the same every time. It
    // loads what loads lazily (the STEP plug-in, registries, the renderer's tables) once.
    (void)make_attempt(GenerateOptions{}, 0, 0, 0);
    zygote_loop(req[0], rep[1], res[1]);
  }
  close(req[0]);
  close(rep[1]);
  close(res[1]);
  AttemptZygote z;
  z.pid_ = pid;
  z.to_zygote_ = req[1];
  z.from_zygote_ = rep[0];
  z.results_ = res[0];
  return z;
}

AttemptZygote::AttemptZygote(AttemptZygote&& o) noexcept
    : pid_(o.pid_),
      to_zygote_(o.to_zygote_),
      from_zygote_(o.from_zygote_),
      results_(o.results_),
      live_(o.live_),
      pending_(std::move(o.pending_)),
      child_ended_(o.child_ended_),
      restart_seed_(o.restart_seed_),
      restart_shard_(o.restart_shard_),
      restart_at_(o.restart_at_),
      children_started_(o.children_started_),
      attempts_replayed_(o.attempts_replayed_),
      timed_out_(o.timed_out_),
      deadline_(o.deadline_) {
  o.pid_ = -1;
  o.to_zygote_ = o.from_zygote_ = o.results_ = -1;
  o.live_ = Live{};
}

AttemptZygote::~AttemptZygote() {
  if (pid_ <= 0) return;
  stop_child();
  close(to_zygote_);  // the zygote's read fails and it exits
  close(from_zygote_);
  close(results_);
  waitpid(pid_, nullptr, 0);
}

bool AttemptZygote::spawn(const Request& request) {
  pending_.clear();
  live_ = Live{};
  int32_t pid = -1;
  if (!base::write_all(to_zygote_, &request, sizeof request) || !base::read_all(from_zygote_, &pid, sizeof pid) || pid <= 0)
    return false;
  ++children_started_;
  deadline_ = Clock::now() + std::chrono::seconds(kAttemptWallSeconds);
  timed_out_ = false;
  live_.running = true;
  live_.seed = request.seed;
  live_.family_mask = request.family_mask;
  live_.shard = request.shard;
  live_.next = request.attempt;
  live_.block_end = request.block_end;
  live_.fingerprint_resolution = request.fingerprint_resolution;
  live_.with_step = request.with_step != 0;
  live_.with_stl = request.with_stl != 0;
  live_.library = request.library;
  live_.pid = pid;
  return true;
}

// Parses one (index, length, bytes) record off the front of `pending`, if it is complete.
namespace {
bool take_record(std::string& pending, int64_t& index, std::string& bytes) {
  if (pending.size() < 16) return false;
  uint64_t header[2];
  std::memcpy(header, pending.data(), sizeof header);
  if (header[1] > (uint64_t{1} << 31) || pending.size() - 16 < header[1]) return false;
  index = static_cast<int64_t>(header[0]);
  bytes = pending.substr(16, header[1]);
  pending.erase(0, 16 + header[1]);
  return true;
}
}  // namespace

bool AttemptZygote::next_event(Event& e) {
  e = Event{};
  char buf[1 << 16];
  while (true) {
    if (take_record(pending_, e.index, e.bytes)) {
      deadline_ = Clock::now() + std::chrono::seconds(kAttemptWallSeconds);  // the next attempt's
      return true;
    }
    if (child_ended_) {
      pending_.clear();  // a cut record (a child killed while writing) is discarded
      child_ended_ = false;
      live_.running = false;
      e.ended = true;
      return true;
    }
    pollfd fds[2] = {{results_, POLLIN, 0}, {from_zygote_, POLLIN, 0}};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now()).count();
    const int ready = poll(fds, 2, static_cast<int>(std::clamp<int64_t>(left, 0, 1000)));
    if (ready < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (ready == 0) {
      if (Clock::now() >= deadline_ && live_.running && !timed_out_) {
        kill(live_.pid, SIGKILL);  // one OCCT call can run for ever: the attempt is a failure
        timed_out_ = true;
      }
      continue;
    }
    if (fds[0].revents & POLLIN) {  // results first: a child's last records precede its status
      const ssize_t n = read(results_, buf, sizeof buf);
      if (n <= 0) return false;
      pending_.append(buf, static_cast<size_t>(n));
      continue;
    }
    if (fds[1].revents & (POLLIN | POLLHUP)) {
      int status = -1;
      if (!base::read_all(from_zygote_, &status, sizeof status)) return false;
      // The child is gone, so everything it wrote is already in the pipe: take it without blocking.
      while (true) {
        pollfd rest{results_, POLLIN, 0};
        if (poll(&rest, 1, 0) <= 0 || !(rest.revents & POLLIN)) break;
        const ssize_t n = read(results_, buf, sizeof buf);
        if (n <= 0) break;
        pending_.append(buf, static_cast<size_t>(n));
      }
      child_ended_ = true;
      continue;
    }
    if (fds[0].revents & (POLLHUP | POLLERR)) return false;
  }
}

void AttemptZygote::stop_child() {
  if (!live_.running) return;
  // A child still inside its block is killed; one at its block end is exiting by itself.
  if (live_.next < live_.block_end) kill(live_.pid, SIGKILL);
  Event e;
  while (live_.running && next_event(e)) {
  }
  live_ = Live{};
  pending_.clear();
}

Attempt AttemptZygote::run(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard, int64_t attempt,
                           AttemptTimes* times) {
  Request r{};
  r.seed = dataset_seed;
  r.shard = shard;
  r.library = static_cast<uint8_t>(options.library);
  const auto all = library_names(options.library);
  for (const auto& name : options.families)
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i] == name) r.family_mask |= uint64_t{1} << i;
  r.fingerprint_resolution = options.fingerprint_resolution;
  r.with_step = options.with_step;
  r.with_stl = options.with_stl;

  Attempt failed;
  failed.family = attempt_family(options, attempt_seed(dataset_seed, shard, attempt));
  failed.failure_code = "crash.zygote";

  const bool continues = live_.running && live_.seed == r.seed && live_.shard == shard &&
                         live_.family_mask == r.family_mask && live_.library == r.library && live_.next == attempt && attempt < live_.block_end &&
                         live_.fingerprint_resolution == r.fingerprint_resolution &&
                         live_.with_step == options.with_step && live_.with_stl == options.with_stl;
  if (!continues) {
    stop_child();
    const int64_t block_start = attempt - attempt % kAttemptsPerChild;
    r.attempt = block_start;
    if (restart_seed_ == dataset_seed && restart_shard_ == shard && restart_at_ > block_start && restart_at_ <= attempt) r.attempt = restart_at_;
    r.block_end = block_start + kAttemptsPerChild;
    if (!spawn(r)) return failed;
  }
  while (true) {
    Event e;
    if (!next_event(e)) {
      live_ = Live{};
      return failed;
    }
    if (e.ended) {
      // The child died before finishing attempt live_.next: that attempt crashed. A fresh child
      // takes the block from the attempt after it (the rule of attempt_zygote.h).
      const int64_t crashed = live_.next;
      restart_seed_ = dataset_seed;
      restart_shard_ = shard;
      restart_at_ = crashed + 1;
      if (crashed >= attempt) {
        // The child died (segfault, abort, out of memory), or was killed at the wall-clock limit.
        failed.failure_code = timed_out_ ? "limit.attempt_wall" : "crash.attempt";
        return failed;
      }
      Request again = r;
      again.attempt = crashed + 1;
      again.block_end = again.attempt - again.attempt % kAttemptsPerChild + kAttemptsPerChild;
      if (!spawn(again)) return failed;
      continue;
    }
    if (e.index != live_.next) {  // out of order: the child is broken
      stop_child();
      return failed;
    }
    ++live_.next;
    if (e.index < attempt) {
      ++attempts_replayed_;
      continue;
    }
    AttemptTimes t;
    Attempt decoded;
    if (!decode_attempt(e.bytes, decoded, t)) {
      stop_child();
      failed.failure_code = "crash.attempt";
      return failed;
    }
    if (times) *times = t;
    return decoded;
  }
}

}  // namespace cadscribe::synth
