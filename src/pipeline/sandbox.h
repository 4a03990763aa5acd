// pipeline/sandbox.h — operating-system confinement of worker processes (defence in depth).
//
// The interpreter gives programs no way to reach files, network or processes; this is the
// second wall, for the case where a bug in native code (ours or OpenCASCADE's) is exploited.
// A seccomp-BPF filter makes the process unable to start programs (execve, fork), open
// network sockets, trace or write other processes, or change namespaces, mounts or
// credentials; such calls fail with EPERM. Threads stay possible (OCCT may use them). It is
// irreversible for the process, so only `cadscribe worker` installs it.
#pragma once

#include "base/result.h"

namespace cadscribe::pipeline {

// Installs the filter for the calling process (and its future threads). Linux x86-64 only;
// elsewhere it returns unsupported.sandbox.
[[nodiscard]] base::Status enter_worker_sandbox();

}  // namespace cadscribe::pipeline
