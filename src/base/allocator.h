// base/allocator.h — which malloc serves this process (see the top-level CMakeLists.txt: every
// target links tcmalloc, which interposes glibc's malloc for OpenCASCADE too).
#pragma once

#include <string>

namespace cadscribe::base {

// "tcmalloc 2.10" when tcmalloc is linked, "glibc malloc" in sanitizer builds.
[[nodiscard]] std::string allocator_name();

// Whether a block from malloc() is tcmalloc's: false when the interposition failed (the library
// linked after libc, or dropped by --as-needed) or in sanitizer builds.
[[nodiscard]] bool malloc_is_tcmalloc();

}  // namespace cadscribe::base
