// base/plugin.h — finds and opens cadscribe's plug-ins (shared libraries loaded with dlopen on
// first use, so a process that never needs their dependencies never loads them): the STEP
// translator (kernel/step) and the libtorch models (nn/torch).
//
// A plug-in is looked for beside the running binary, then in ../lib/cadscribe of it (an
// installed layout), then at the path the build tree compiled in, so every executable of a build
// tree (tests, benches) finds the plug-ins that tree built. Handles are never dlclose()d: the
// libraries behind them (OCCT, libtorch) register statics that must outlive the last call.
// Depends on nothing but libdl.
#pragma once

#include <string>

#include "base/result.h"

namespace cadscribe::base {

// The opened library (RTLD_NOW | RTLD_LOCAL), or io.plugin_missing listing every place tried
// and why each failed. `build_path` may be empty.
[[nodiscard]] Result<void*> open_plugin(const std::string& file, const std::string& build_path);

// The address of `symbol` in `handle`, or nullptr.
[[nodiscard]] void* plugin_symbol(void* handle, const char* symbol);

}  // namespace cadscribe::base
