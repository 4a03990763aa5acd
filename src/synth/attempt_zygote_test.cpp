// The zygote gives every attempt the same starting state: the same attempt twice is the same
// bytes, whatever ran in between.
#include "synth/attempt_zygote.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cadscribe::synth {
namespace {

TEST(AttemptCodec, RoundTrips) {
  Attempt a;
  a.ok = true;
  a.family = "flange";
  a.sample.program = "import cadquery as cq\n";
  a.sample.views_png = {"png0", std::string("\0\1\2", 3)};
  a.sample.meta_json = "{}";
  a.sample.step = "ISO-10303-21;";
  a.fingerprint = 0x0123456789abcdefull;
  a.descriptor = {0.5f, 0.25f};
  AttemptTimes t;
  t.execute = 0.125;
  Attempt b;
  AttemptTimes u;
  ASSERT_TRUE(decode_attempt(encode_attempt(a, t), b, u));
  EXPECT_EQ(b.family, a.family);
  EXPECT_EQ(b.sample.views_png, a.sample.views_png);
  EXPECT_EQ(b.sample.step, a.sample.step);
  EXPECT_EQ(b.fingerprint, a.fingerprint);
  EXPECT_EQ(b.descriptor, a.descriptor);
  EXPECT_EQ(u.execute, 0.125);
  std::string cut = encode_attempt(a, t);
  cut.pop_back();
  EXPECT_FALSE(decode_attempt(cut, b, u));
}

TEST(AttemptZygote, SameAttemptSameBytesWhateverRanBetween) {
  auto zygote = AttemptZygote::start();
  ASSERT_TRUE(zygote.ok());
  GenerateOptions options;
  AttemptTimes t;
  const std::string first = encode_attempt(zygote->run(options, 42, 3, 7, &t), AttemptTimes{});
  for (int64_t other = 0; other < 3; ++other) (void)zygote->run(options, 42, 5, other);
  const Attempt again = zygote->run(options, 42, 3, 7);
  EXPECT_EQ(encode_attempt(again, AttemptTimes{}), first);
  // The child runs exactly what make_attempt runs in-process.
  const Attempt here = make_attempt(options, 42, 3, 7);
  EXPECT_EQ(again.family, here.family);
  EXPECT_EQ(again.ok, here.ok);
  EXPECT_EQ(again.sample.program, here.sample.program);
  EXPECT_GT(t.execute, 0.0);
}

// One child runs a block of attempts; a request that does not continue it (a resumed shard)
// replays the block from its start, so the bytes do not depend on where a run started.
TEST(AttemptZygote, ResumingMidBlockReplaysToTheSameBytes) {
  GenerateOptions options;
  auto straight = AttemptZygote::start();
  ASSERT_TRUE(straight.ok());
  std::vector<std::string> bytes;
  for (int64_t a = 0; a < kAttemptsPerChild + 3; ++a)
    bytes.push_back(encode_attempt(straight->run(options, 9, 2, a), AttemptTimes{}));
  EXPECT_EQ(straight->children_started(), 2);
  EXPECT_EQ(straight->attempts_replayed(), 0);

  auto resumed = AttemptZygote::start();
  ASSERT_TRUE(resumed.ok());
  EXPECT_EQ(encode_attempt(resumed->run(options, 9, 2, 5), AttemptTimes{}), bytes[5]);
  EXPECT_EQ(encode_attempt(resumed->run(options, 9, 2, 6), AttemptTimes{}), bytes[6]);
  const int64_t late = kAttemptsPerChild + 2;
  EXPECT_EQ(encode_attempt(resumed->run(options, 9, 2, late), AttemptTimes{}), bytes[size_t(late)]);
  EXPECT_EQ(resumed->children_started(), 2);
  EXPECT_EQ(resumed->attempts_replayed(), 5 + 2);
}

}  // namespace
}  // namespace cadscribe::synth
