// libFuzzer target for the string-selector parser (DESIGN.md §3: a fuzz target for every
// parser). Pure: no kernel, no interpreter. Any input must parse or fail with a Diag whose code
// is runtime.value_error; describe_selector() of a parsed tree must re-parse to the same tree.
// Build (clang): clang++ -std=c++20 -fsanitize=fuzzer,address,undefined -Isrc
//   src/cad/selector_parser_fuzz.cpp src/cad/selector_parser.cpp src/base/*.cpp
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/check.h"
#include "cad/selector_ast.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = cadscribe::cad::parse_selector(text);
  if (!r) {
    CHECK(r.error().code == "runtime.value_error");
    return 0;
  }
  CHECK(*r != nullptr);
  (void)cadscribe::cad::describe_selector(**r);
  return 0;
}
