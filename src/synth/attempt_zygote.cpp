#include "synth/attempt_zygote.h"

#include <signal.h>
#include <sys/prctl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

namespace cadscribe::synth {
namespace {

bool write_all(int fd, const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w <= 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool read_all(int fd, void* data, size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
void put_str(std::string& out, const std::string& s) {
  put_u64(out, s.size());
  out += s;
}
void put_f64(std::string& out, double v) { out.append(reinterpret_cast<const char*>(&v), 8); }

struct Reader {
  const std::string& s;
  size_t at = 0;
  bool ok = true;
  uint64_t u64() {
    uint64_t v = 0;
    if (at + 8 > s.size()) {
      ok = false;
      return 0;
    }
    std::memcpy(&v, s.data() + at, 8);
    at += 8;
    return v;
  }
  double f64() {
    uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, 8);
    return v;
  }
  std::string str() {
    uint64_t n = u64();
    if (!ok || n > s.size() - at) {
      ok = false;
      return {};
    }
    std::string out = s.substr(at, n);
    at += n;
    return out;
  }
};

// A request: everything an attempt depends on, in a fixed-size record (no allocation to read).
struct Request {
  uint64_t seed;
  int64_t shard;
  int64_t attempt;
  uint64_t family_mask;  // bit i = families()[i]; 0 = all
  int32_t fingerprint_resolution;
  uint8_t with_step;
  uint8_t with_stl;
  uint8_t pad[2];
};

GenerateOptions options_of(const Request& r) {
  GenerateOptions o;
  const auto& all = families();
  for (size_t i = 0; i < all.size() && i < 64; ++i)
    if (r.family_mask & (uint64_t{1} << i)) o.families.emplace_back(all[i].name);
  o.with_step = r.with_step != 0;
  o.with_stl = r.with_stl != 0;
  o.fingerprint_resolution = r.fingerprint_resolution;
  return o;
}

// The child: one attempt, its encoding written length-prefixed to `results`.
[[noreturn]] void run_child(const Request& r, int results) {
  AttemptTimes times;
  const Attempt a = make_attempt(options_of(r), r.seed, r.shard, r.attempt, &times);
  const std::string bytes = encode_attempt(a, times);
  const uint64_t n = bytes.size();
  const bool ok = write_all(results, &n, sizeof n) && write_all(results, bytes.data(), bytes.size());
  _exit(ok ? 0 : 3);
}

// The zygote's loop: reads into a stack record and forks; it never allocates, so every child
// starts from the same heap.
[[noreturn]] void zygote_loop(int requests, int replies, int results) {
  Request r;
  while (read_all(requests, &r, sizeof r)) {
    pid_t child = fork();
    if (child == 0) {
      close(requests);
      close(replies);
      run_child(r, results);
    }
    int status = -1;
    if (child > 0) waitpid(child, &status, 0);
    if (!write_all(replies, &status, sizeof status)) break;
  }
  _exit(0);
}

}  // namespace

std::string encode_attempt(const Attempt& a, const AttemptTimes& t) {
  std::string out = "CSA1";
  put_u64(out, a.ok ? 1 : 0);
  put_str(out, a.failure_code);
  put_str(out, a.family);
  put_str(out, a.sample.program);
  put_u64(out, a.sample.views_png.size());
  for (const auto& v : a.sample.views_png) put_str(out, v);
  put_str(out, a.sample.meta_json);
  put_str(out, a.sample.step);
  put_str(out, a.sample.stl);
  put_u64(out, a.fingerprint);
  put_u64(out, a.descriptor.size());
  for (float f : a.descriptor) put_f64(out, f);
  for (double v : {t.write, t.execute, t.render, t.encode, t.fingerprint}) put_f64(out, v);
  return out;
}

bool decode_attempt(const std::string& bytes, Attempt& a, AttemptTimes& t) {
  if (bytes.compare(0, 4, "CSA1") != 0) return false;
  Reader r{bytes, 4};
  a.ok = r.u64() != 0;
  a.failure_code = r.str();
  a.family = r.str();
  a.sample.program = r.str();
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
  t.write = r.f64();
  t.execute = r.f64();
  t.render = r.f64();
  t.encode = r.f64();
  t.fingerprint = r.f64();
  return r.ok && r.at == bytes.size();
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
    : pid_(o.pid_), to_zygote_(o.to_zygote_), from_zygote_(o.from_zygote_), results_(o.results_) {
  o.pid_ = -1;
  o.to_zygote_ = o.from_zygote_ = o.results_ = -1;
}

AttemptZygote::~AttemptZygote() {
  if (pid_ <= 0) return;
  close(to_zygote_);  // the zygote's read fails and it exits
  close(from_zygote_);
  close(results_);
  waitpid(pid_, nullptr, 0);
}

Attempt AttemptZygote::run(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard, int64_t attempt,
                           AttemptTimes* times) {
  Request r{};
  r.seed = dataset_seed;
  r.shard = shard;
  r.attempt = attempt;
  const auto& all = families();
  for (const auto& name : options.families)
    for (size_t i = 0; i < all.size() && i < 64; ++i)
      if (all[i].name == name) r.family_mask |= uint64_t{1} << i;
  r.fingerprint_resolution = options.fingerprint_resolution;
  r.with_step = options.with_step;
  r.with_stl = options.with_stl;

  Attempt a;
  a.family = std::string(choose_family(options, attempt_seed(dataset_seed, shard, attempt)).name);
  a.failure_code = "crash.zygote";
  if (!write_all(to_zygote_, &r, sizeof r)) return a;
  // Read the child's result while it writes (pipes hold 64 KiB; a sample is bigger), then its
  // exit status from the zygote. A child that dies early writes nothing: the length read fails
  // only after the status says so, so read the length with poll on both pipes.
  std::string bytes;
  bool have_length = false, have_status = false;
  uint64_t length = 0;
  int status = -1;
  while (true) {
    pollfd fds[2] = {{results_, POLLIN, 0}, {from_zygote_, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) return a;
    if (fds[0].revents & POLLIN) {
      if (!have_length) {
        if (!read_all(results_, &length, sizeof length) || length > (uint64_t{1} << 31)) return a;
        have_length = true;
        bytes.resize(length);
        if (!read_all(results_, bytes.data(), length)) return a;
      }
    }
    if (fds[1].revents & POLLIN) {
      if (!read_all(from_zygote_, &status, sizeof status)) return a;
      have_status = true;
    }
    if (have_status) break;
  }
  AttemptTimes t;
  Attempt decoded;
  if (!have_length || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || !decode_attempt(bytes, decoded, t)) {
    a.failure_code = "crash.attempt";  // the child died (segfault, abort, out of memory)
    return a;
  }
  if (times) *times = t;
  return decoded;
}

}  // namespace cadscribe::synth
