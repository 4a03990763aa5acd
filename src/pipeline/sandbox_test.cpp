// The worker sandbox is irreversible, so every check runs in a forked child that reports
// through its exit status.
#include "pipeline/sandbox.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <thread>

#include "kernel/shape.h"

namespace cadscribe::pipeline {
namespace {

// Runs `body` in a sandboxed child; returns the child's exit code (or 100 + signal).
template <typename F>
int in_sandboxed_child(F body) {
  pid_t pid = fork();
  if (pid == 0) {
    if (!enter_worker_sandbox().ok()) _exit(90);
    _exit(body());
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

TEST(Sandbox, NoNetwork) {
  EXPECT_EQ(in_sandboxed_child([] { return socket(AF_INET, SOCK_STREAM, 0) < 0 && errno == EPERM ? 0 : 1; }), 0);
}

TEST(Sandbox, NoNewProcessesOrPrograms) {
  EXPECT_EQ(in_sandboxed_child([] { return fork() < 0 && errno == EPERM ? 0 : 1; }), 0);
  EXPECT_EQ(in_sandboxed_child([] {
              char* argv[] = {const_cast<char*>("/bin/true"), nullptr};
              execv("/bin/true", argv);
              return errno == EPERM ? 0 : 1;
            }),
            0);
}

TEST(Sandbox, ThreadsAndGeometryStillWork) {
  EXPECT_EQ(in_sandboxed_child([] {
              int ok = 0;
              std::thread t([&ok] { ok = 1; });
              t.join();
              auto box = kernel::make_box(math::Frame{}, 1, 2, 3);
              return ok == 1 && box.ok() && std::abs(kernel::volume(*box) - 6) < 1e-9 ? 0 : 1;
            }),
            0);
}

}  // namespace
}  // namespace cadscribe::pipeline
