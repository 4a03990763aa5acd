// base/check.h — CHECK(cond): programmer-bug assertions that abort with file:line.
// Never use on user input; user input gets a Diag.
#pragma once

namespace cadscribe::base {
[[noreturn]] void check_failed(const char* cond, const char* file, int line);
}

#define CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::cadscribe::base::check_failed(#cond, __FILE__, __LINE__))
