// kernel/step/step_plugin.h — PRIVATE to kernel: the C entry points of the STEP plug-in
// (libcadscribe_kernel_step.so), which io.cpp loads with dlopen() on the first STEP read/write.
//
// Why a plug-in: OCCT's STEP libraries (TKSTEP, TKSTEPBase, TKSTEPAttr, TKSTEP209, TKXSBase) are
// linked BIND_NOW and hold ~37,000 symbol relocations: linked into the binary, every process pays
// ~15 ms to resolve them at start-up, even `cadscribe --version`. Loaded on demand, only a
// process that reads or writes STEP pays, once.
// Invariant: the plug-in and the binary share one copy of the OCCT libraries (TKernel, TKBRep...),
// so TopoDS_Shape crosses the boundary as is. Entry points never throw; they return 0 on success,
// else non-zero with a message in `error`.
#pragma once

#include <string>

class TopoDS_Shape;

extern "C" {
// Writes `shape` as STEP AP214 (mm) to `path` with a fixed header time stamp and product name.
int cadscribe_step_write(const TopoDS_Shape* shape, const char* path, std::string* error);
// Reads the STEP file at `path` into `out` (one shape: a compound when the file holds several).
int cadscribe_step_read(const char* path, TopoDS_Shape* out, std::string* error);
}

inline constexpr const char* kStepPluginFile = "libcadscribe_kernel_step.so";
inline constexpr const char* kStepWriteSymbol = "cadscribe_step_write";
inline constexpr const char* kStepReadSymbol = "cadscribe_step_read";
