// synth/shard_builder.h — builds one WebDataset shard from numbered generation attempts,
// resumable after a kill at any instant.
//
// Shard j is a pure function of (attempt function, count): attempts a = 0, 1, 2, … are asked for
// strictly in order (a caller may compute them ahead in parallel); an attempt that failed is
// tallied by code and family, one whose fingerprint this shard already wrote is a duplicate; the
// others become samples "%06d_%05d" % (j, i), their members appended to shard-j.tar.partial in the
// order {key}.py (or .scad), {key}.0.png … {key}.7.png, {key}.json, {key}.step, {key}.stl (empty optional
// members skipped). The metadata JSON gets "fingerprint" and "descriptor" appended when the
// generator left them out (see annotate_meta).
//
// Crash safety: after every sample the tar bytes are flushed to the OS, then the checkpoint
// shard-j.progress.json (samples, next attempt, tar size, fingerprints, tallies) replaces the old
// one atomically. On start an existing checkpoint is trusted and the .partial cut back to its
// size (bytes written after it are discarded and regenerated), so a process killed at any
// instant — SIGKILL included — resumes to a byte-identical shard. Not protected: power loss
// (nothing is fsync'ed) and a changed generator between runs.
// Completion: end blocks, sidecar shard-j.json (summary + manifest rows, written atomically),
// rename .partial → .tar, remove the checkpoint. A final .tar means the shard is done.
//
// Errors: synth.too_many_failures (more than 50·count + 1000 attempts, tallies in the message),
// synth.bad_checkpoint, synth.bad_metadata, synth.bad_sample (views count, dotted names), io.*.
// Depends on tar.h, layout.h, sample_row.h, sidecar.h (completion) and sample.h.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "synth/sample.h"

namespace cadscribe::synth {

using AttemptFn = std::function<Attempt(int64_t attempt)>;
// Samples written so far in this shard (resumed ones included) and the shard's count.
using ShardProgressFn = std::function<void(int64_t done, int64_t count)>;

struct ShardSpec {
  std::string root;             // dataset folder (OUT)
  std::string split = "train";  // shards live in OUT/{split}
  int64_t index = 0;            // j
  int64_t count = 0;            // samples this shard must hold (> 0)
};

// Tallies of one shard (also the checkpoint's content besides the position).
struct ShardTally {
  int64_t samples = 0;
  int64_t attempts = 0;    // attempts consumed (== next attempt)
  int64_t duplicates = 0;  // valid attempts skipped for an already written fingerprint
  std::map<std::string, int64_t> failures_by_code;
  std::map<std::string, int64_t> failures_by_family;
  std::map<std::string, int64_t> attempts_by_family;
};

struct ShardOutcome {
  ShardTally tally;
  bool already_done = false;  // the final .tar existed: nothing was generated
  bool resumed = false;       // a checkpoint was found
};

// The cap on attempts for a shard of `count` samples.
[[nodiscard]] int64_t max_attempts(int64_t count);

// Builds (or finishes, or skips) shard spec.index. Exceptions thrown by `attempt` propagate,
// leaving a consistent checkpoint behind.
[[nodiscard]] base::Result<ShardOutcome> build_shard(const ShardSpec& spec, const AttemptFn& attempt,
                                                     const ShardProgressFn& progress = {});

// File paths of shard j in OUT/{split}.
struct ShardPaths {
  std::string dir, tar, partial, sidecar, checkpoint;
};
[[nodiscard]] ShardPaths shard_paths(const std::string& root, const std::string& split, int64_t index);

}  // namespace cadscribe::synth
