// synth/crash_guard.h — lets a shard survive a generated program that crashes its worker.
//
// Before each attempt the worker records the attempt number in `shard-XXXXXX.inflight`. When the
// parent sees that worker die by a signal it did not send (a segfault in OpenCASCADE, an abort),
// it calls record_crash(), which moves that number to `shard-XXXXXX.crashed`; the restarted
// worker resumes the shard from its checkpoint and skips every attempt listed there as the
// failure `crash.worker`. A run killed from outside (SIGKILL of the whole run) leaves only an
// in-flight marker, which the next run ignores: the interrupted attempt is simply redone, so an
// interrupted and resumed run writes the same bytes as an uninterrupted one.
#pragma once

#include <cstdint>
#include <set>
#include <string>

namespace cadscribe::synth {

// `split_dir` is OUT/{split}; `shard` the shard index.
void mark_in_flight(const std::string& split_dir, int64_t shard, int64_t attempt);
// Moves the in-flight attempt (if any) to the crashed list. Returns the attempt, or -1.
int64_t record_crash(const std::string& split_dir, int64_t shard);
[[nodiscard]] std::set<int64_t> crashed_attempts(const std::string& split_dir, int64_t shard);
// Removes both markers (when the shard is complete).
void clear_crash_markers(const std::string& split_dir, int64_t shard);

}  // namespace cadscribe::synth
