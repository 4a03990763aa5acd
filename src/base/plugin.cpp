#include "base/plugin.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace cadscribe::base {

namespace {

std::vector<std::string> candidates(const std::string& file, const std::string& build_path) {
  std::vector<std::string> out;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    out.push_back((exe.parent_path() / file).string());
    out.push_back((exe.parent_path() / ".." / "lib" / "cadscribe" / file).string());
  }
  if (!build_path.empty() && std::find(out.begin(), out.end(), build_path) == out.end()) out.push_back(build_path);
  return out;
}

}  // namespace

Result<void*> open_plugin(const std::string& file, const std::string& build_path) {
  std::string tried;
  for (const auto& path : candidates(file, build_path)) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      tried += "\n  " + path + ": not found";
      continue;
    }
    if (void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return h;
    const char* e = dlerror();
    tried += "\n  " + path + ": " + (e ? e : "dlopen failed");
  }
  return make_diag("io.plugin_missing", file + " could not be loaded:" + tried);
}

void* plugin_symbol(void* handle, const char* symbol) { return handle ? dlsym(handle, symbol) : nullptr; }

}  // namespace cadscribe::base
