// Tests of pipeline/child_io.h: a watched child's bytes come back; one that never returns is
// killed at its wall limit; one that dies is reported; meshes and diags survive the wire.
#include "pipeline/child_io.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <thread>

namespace cadscribe::pipeline::child_io {
namespace {

TEST(WatchedChild, ReturnsWhatTheChildProduced) {
  auto r = run_in_watched_child([] { return std::string(200000, 'x'); }, 10, "the test");  // > a pipe's buffer
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(*r, std::string(200000, 'x'));
}

TEST(WatchedChild, KillsAChildThatNeverReturns) {
  const auto t0 = Clock::now();
  auto r = run_in_watched_child(
      [] {
        for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
        return std::string();
      },
      0.3, "the sleeper");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "limit.time");
  EXPECT_NE(r.error().message.find("the sleeper"), std::string::npos);
  EXPECT_LT(std::chrono::duration<double>(Clock::now() - t0).count(), 5.0);  // bounded, not a timing figure
}

TEST(WatchedChild, ReportsAChildThatDies) {
  auto crashed = run_in_watched_child(
      [] {
        std::raise(SIGSEGV);
        return std::string("unreachable");
      },
      10, "the crasher");
  ASSERT_FALSE(crashed);
  EXPECT_EQ(crashed.error().code, "crash.worker");
  auto threw = run_in_watched_child([]() -> std::string { throw std::runtime_error("no"); }, 10, "the thrower");
  ASSERT_FALSE(threw);
  EXPECT_EQ(threw.error().code, "crash.worker");
}

TEST(ChildWire, MeshesAndDiagsRoundTrip) {
  mesh::Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0.5f}};
  m.triangles = {{0, 1, 2}};
  base::Diag d = base::make_diag("limit.time", "slow");
  d.notes.push_back("a note");
  base::ByteWriter w;
  put_mesh(w, m);
  put_diag(w, d);
  base::ByteReader r{w.out};
  const mesh::Mesh back = get_mesh(r);
  const base::Diag dback = get_diag(r);
  EXPECT_TRUE(r.done());
  EXPECT_EQ(back.positions, m.positions);
  EXPECT_EQ(back.triangles, m.triangles);
  EXPECT_EQ(dback.code, d.code);
  EXPECT_EQ(dback.notes, d.notes);
  base::ByteReader truncated{w.out.substr(0, 10)};
  (void)get_mesh(truncated);
  EXPECT_FALSE(truncated.ok);
}

}  // namespace
}  // namespace cadscribe::pipeline::child_io
