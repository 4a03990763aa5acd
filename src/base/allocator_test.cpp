#include "base/allocator.h"

#include <gtest/gtest.h>

#include <vector>

#ifdef CADSCRIBE_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif

namespace cadscribe::base {
namespace {

#ifdef CADSCRIBE_TCMALLOC
// The speed of synth and of every kernel call rests on malloc being tcmalloc's, for the code of
// the libraries (OpenCASCADE) as much as ours: a link order that lets glibc's win is caught here.
TEST(Allocator, MallocAndNewAreServedByTcmalloc) {
  EXPECT_TRUE(malloc_is_tcmalloc());
  auto* v = new std::vector<int>(1000, 7);
  EXPECT_EQ(MallocExtension::instance()->GetOwnership(v->data()), MallocExtension::kOwned);
  delete v;
  EXPECT_EQ(allocator_name().rfind("tcmalloc ", 0), 0u) << allocator_name();
}
#else
TEST(Allocator, SanitizerBuildsUseTheirOwn) { EXPECT_FALSE(malloc_is_tcmalloc()); }
#endif

}  // namespace
}  // namespace cadscribe::base
