// synth/attempt_zygote.h — runs every generation attempt in a fresh child forked from one
// unchanging, pre-warmed process, so that attempts are bit-for-bit reproducible.
//
// Why: OpenCASCADE iterates maps keyed by object addresses, so the last bits of its geometry
// (volumes, vertex positions, hence rendered pixels) depend on where the heap put things. The same
// program run in two processes gives volumes that differ by ~1e-9 relative, and a worker that has
// already built other shards is in yet another heap state. A zygote that is forked once, right
// after a fixed warm-up and before any history, and that only ever forks children (reading its
// requests into a fixed buffer, allocating nothing), hands every attempt the same address space.
// Together with address-space randomisation switched off for the worker (the parent starts it
// with personality(ADDR_NO_RANDOMIZE)), an attempt's bytes no longer depend on the machine's run
// history: one machine and K machines, interrupted or not, write identical shards.
//
// Nothing variable may reach the zygote before it forks its children: the worker's command line
// is fixed (the dataset folder comes with each task on stdin), the zygote is started first thing,
// warms up on a fixed attempt, and receives requests as fixed-size records. A child that crashes
// costs only its attempt (failure `crash.attempt`); results come back through a pipe.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

#include "base/result.h"
#include "synth/generate.h"

namespace cadscribe::synth {

class AttemptZygote {
 public:
  // Forks the zygote (which first runs a fixed warm-up attempt, loading everything lazily loaded).
  // Call first thing in the worker process.
  static base::Result<AttemptZygote> start();
  AttemptZygote(AttemptZygote&& other) noexcept;
  AttemptZygote& operator=(AttemptZygote&&) = delete;
  AttemptZygote(const AttemptZygote&) = delete;
  ~AttemptZygote();

  // Runs make_attempt(options, dataset_seed, shard, attempt) in a fresh child of the zygote.
  [[nodiscard]] Attempt run(const GenerateOptions& options, uint64_t dataset_seed, int64_t shard, int64_t attempt,
                            AttemptTimes* times = nullptr);

 private:
  AttemptZygote() = default;
  pid_t pid_ = -1;
  int to_zygote_ = -1;    // requests (fixed-size records)
  int from_zygote_ = -1;  // each child's wait status
  int results_ = -1;      // each child's encoded Attempt, length-prefixed
};

// Serialisation of an Attempt (and its timings) for the child → caller pipe. Exposed for tests.
[[nodiscard]] std::string encode_attempt(const Attempt& a, const AttemptTimes& t);
[[nodiscard]] bool decode_attempt(const std::string& bytes, Attempt& a, AttemptTimes& t);

}  // namespace cadscribe::synth
