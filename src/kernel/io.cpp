// kernel/io.cpp — STEP (AP214), BREP and binary STL export, STEP import, and silencing OCCT.
// OCCT prints banners and statistics to stdout through its default messenger; libraries must not
// print, so every reader/writer first removes the messenger's printers (silence_occt, once).
// STEP lives in a plug-in loaded on first use (kernel/step/step_plugin.h says why): nothing of
// STEP is linked into, loaded by or initialised in a process that never reads or writes STEP.
// STEP files get a fixed header time stamp so the same shape writes byte-identical files.
#include <BRepTools.hxx>
#include <Message.hxx>
#include <Message_Messenger.hxx>

#include <filesystem>
#include <mutex>

#include "base/plugin.h"
#include "kernel/shape_impl.h"
#include "kernel/step/step_plugin.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;
using detail::wrap;

void silence_occt() {
  static std::once_flag once;
  std::call_once(once, [] {
    try {
      Message::DefaultMessenger()->ChangePrinters().Clear();
    } catch (...) {
      // Silencing is best effort; writers still work without it.
    }
  });
}

namespace {

struct StepPlugin {
  decltype(&cadscribe_step_write) write = nullptr;
  decltype(&cadscribe_step_read) read = nullptr;
  std::string error;  // why it could not be loaded
};

// CADSCRIBE_STEP_PLUGIN_PATH: where this build put the plug-in (base/plugin.h on the search).
const StepPlugin& step_plugin() {
  static StepPlugin plugin;
  static std::once_flag once;
  std::call_once(once, [] {
    auto handle = base::open_plugin(kStepPluginFile, CADSCRIBE_STEP_PLUGIN_PATH);
    if (!handle) {
      plugin.error = "STEP support: " + handle.error().message;
      return;
    }
    plugin.write = reinterpret_cast<decltype(plugin.write)>(base::plugin_symbol(*handle, kStepWriteSymbol));
    plugin.read = reinterpret_cast<decltype(plugin.read)>(base::plugin_symbol(*handle, kStepReadSymbol));
    if (!plugin.write || !plugin.read) {
      plugin.write = nullptr;
      plugin.read = nullptr;
      plugin.error = std::string("STEP support: ") + kStepPluginFile + " lacks its entry points";
    }
  });
  return plugin;
}

}  // namespace

Status write_step(const Shape& shape, const std::string& path) {
  if (shape.is_null()) return invalid("write_step: null shape");
  silence_occt();
  const StepPlugin& step = step_plugin();
  if (!step.write) return base::make_diag("io.write_failed", "write_step: " + step.error);
  std::string error;
  if (step.write(&occ(shape), path.c_str(), &error) != 0)
    return base::make_diag("io.write_failed", "write_step: " + error);
  return base::ok_status();
}

Status write_brep(const Shape& shape, const std::string& path) {
  if (shape.is_null()) return invalid("write_brep: null shape");
  silence_occt();
  return detail::guard("io.write_failed", "write_brep", [&]() -> Status {
    if (!BRepTools::Write(occ(shape), path.c_str()))
      return base::make_diag("io.write_failed", "write_brep: cannot write " + path);
    return base::ok_status();
  });
}

Status write_stl(const Shape& shape, const std::string& path, double linear_tol) {
  TRY(mesh::Mesh m, tessellate(shape, linear_tol));
  return mesh::write_stl_binary(m, path);
}

Result<Shape> read_step(const std::string& path) {
  silence_occt();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return base::make_diag("io.not_found", "read_step: no such file " + path);
  const StepPlugin& step = step_plugin();
  if (!step.read) return base::make_diag("io.read_failed", "read_step: " + step.error);
  TopoDS_Shape s;
  std::string error;
  if (step.read(path.c_str(), &s, &error) != 0) return base::make_diag("io.read_failed", "read_step: " + error);
  return wrap(s);
}

}  // namespace cadscribe::kernel
