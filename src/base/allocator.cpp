#include "base/allocator.h"

#include <cstdlib>

#ifdef CADSCRIBE_TCMALLOC
#include <gperftools/malloc_extension.h>
#include <gperftools/tcmalloc.h>
#endif

namespace cadscribe::base {

std::string allocator_name() {
#ifdef CADSCRIBE_TCMALLOC
  int major = 0, minor = 0;
  tc_version(&major, &minor, nullptr);
  return "tcmalloc " + std::to_string(major) + "." + std::to_string(minor);
#else
  return "glibc malloc";
#endif
}

bool malloc_is_tcmalloc() {
#ifdef CADSCRIBE_TCMALLOC
  void* p = std::malloc(64);
  if (p == nullptr) return false;
  const bool ours = MallocExtension::instance()->GetOwnership(p) == MallocExtension::kOwned;
  std::free(p);
  return ours;
#else
  return false;
#endif
}

}  // namespace cadscribe::base
