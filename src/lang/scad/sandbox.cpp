// lang/scad/sandbox.cpp — resolve_confined and confined file reading for include/use/import.
//
// A requested path is tried against the including file's folder, then each library path; the
// first that exists inside one of the roots (the including file's folder and the library
// paths), once symlinks and ".." are resolved, wins. A request found in no root but pointing
// outside one is io.sandbox_violation, whether or not such a file exists there; absolute paths
// are allowed only inside a root too. A including file
// named without a folder ("<string>") contributes no root.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

#include "lang/scad/interpreter.h"
#include "lang/scad/sandbox.h"

namespace cadscribe::lang::scad {
namespace fs = std::filesystem;

namespace {

std::optional<fs::path> canonical_dir(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::canonical(p.empty() ? fs::path(".") : p, ec);
  if (ec) return std::nullopt;
  return c;
}

bool inside(const fs::path& file, const fs::path& root) {
  auto f = file.begin(), r = root.begin();
  for (; r != root.end(); ++r, ++f)
    if (f == file.end() || *f != *r) return false;
  return true;
}

}  // namespace

base::Result<std::string> resolve_confined(const std::string& requested, const std::string& including_file,
                                           const std::vector<std::string>& library_paths) {
  if (requested.empty() || requested.find('\0') != std::string::npos)
    return base::make_diag("io.not_found", "empty file name");
  std::vector<fs::path> roots;
  fs::path base_dir = fs::path(including_file).parent_path();
  std::vector<fs::path> search;
  // A bare file name ("<string>", "prog.scad") has no folder: only the library paths are roots,
  // so a program given as text never reads the process's working directory.
  if (!base_dir.empty())
    if (auto c = canonical_dir(base_dir)) {
      roots.push_back(*c);
      search.push_back(*c);
    }
  for (const auto& lib : library_paths)
    if (auto c = canonical_dir(lib)) {
      roots.push_back(*c);
      search.push_back(*c);
    }
  fs::path req(requested);
  std::vector<fs::path> candidates;
  if (req.is_absolute()) candidates.push_back(req);
  else
    for (const auto& dir : search) candidates.push_back(dir / req);
  // Confinement is decided before existence, so a program cannot probe which files exist
  // outside the roots: a candidate outside them is refused whether or not it is there.
  bool refused = false;
  for (const auto& cand : candidates) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(cand, ec);  // symlinks of the existing part resolved
    if (ec) continue;
    bool ok = false;
    for (const auto& r : roots)
      if (inside(real, r)) ok = true;
    if (!ok) {
      refused = true;
      continue;
    }
    if (!fs::exists(real, ec) || ec) continue;
    if (!fs::is_regular_file(real, ec))
      return base::make_diag("io.not_found", "'" + requested + "' is not a regular file");
    return real.string();
  }
  if (refused)
    return base::make_diag("io.sandbox_violation",
                           "'" + requested + "' lies outside the program's folder and the library paths");
  return base::make_diag("io.not_found", "Can't open file '" + requested + "'");
}

base::Result<std::string> read_confined_file(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return base::make_diag("io.read_failed", "cannot read '" + path + "'");
  std::string text;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    text.append(buf, size_t(in.gcount()));
    if (text.size() > max_bytes)
      return base::make_diag("limit.size", "'" + path + "' is larger than " + std::to_string(max_bytes >> 20) + " MiB");
  }
  return text;
}

}  // namespace cadscribe::lang::scad
