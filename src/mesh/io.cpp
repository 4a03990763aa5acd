// mesh/io.cpp — format dispatch, file access and the helpers of io_detail.h.
#include "mesh/io.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "mesh/io_detail.h"

namespace cadscribe::mesh {

namespace detail {

base::Diag text_error(std::string_view text, size_t pos, const std::string& name, std::string message) {
  pos = std::min(pos, text.size());
  base::SourceSpan span;
  span.file = name;
  span.line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < pos; ++i) {
    if (text[i] == '\n') {
      ++span.line;
      line_start = i + 1;
    }
  }
  span.col = static_cast<int32_t>(pos - line_start + 1);
  return base::make_diag(kParseCode, std::move(message), std::move(span));
}

base::Diag binary_error(const std::string& name, uint64_t offset, std::string message) {
  base::SourceSpan span;
  span.file = name;
  return base::make_diag(kParseCode, "at byte offset " + std::to_string(offset) + ": " + message,
                         std::move(span));
}

std::string quoted(std::string_view token) {
  constexpr size_t kMax = 32;
  std::string s = "'";
  for (size_t i = 0; i < token.size() && i < kMax; ++i) {
    auto c = static_cast<unsigned char>(token[i]);
    if (c >= 0x20 && c < 0x7f) {
      s += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      s += buf;
    }
  }
  if (token.size() > kMax) s += "...";
  return s + "'";
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool parse_double(std::string_view token, double& out) {
  if (!token.empty() && token[0] == '+') token.remove_prefix(1);
  if (token.empty() || token[0] == '+') return false;
  auto r = std::from_chars(token.data(), token.data() + token.size(), out);
  // Out-of-range values are reported as non-finite by the callers: make them infinite here.
  if (r.ec == std::errc::result_out_of_range && r.ptr == token.data() + token.size()) {
    out = HUGE_VAL;
    return true;
  }
  return r.ec == std::errc() && r.ptr == token.data() + token.size();
}

bool parse_int(std::string_view token, int64_t& out) {
  if (!token.empty() && token[0] == '+') token.remove_prefix(1);
  if (token.empty() || token[0] == '+') return false;
  auto r = std::from_chars(token.data(), token.data() + token.size(), out);
  return r.ec == std::errc() && r.ptr == token.data() + token.size();
}

namespace {
uint64_t hash_bits(uint32_t a, uint32_t b, uint32_t c) {
  uint64_t h = (uint64_t(a) * 0x9E3779B97F4A7C15ull) ^ (uint64_t(b) * 0xC2B2AE3D27D4EB4Full) ^
               (uint64_t(c) * 0x165667B19E3779F9ull);
  return h ^ (h >> 29);
}
std::array<uint32_t, 3> bits(const std::array<float, 3>& p) {
  return {std::bit_cast<uint32_t>(p[0]), std::bit_cast<uint32_t>(p[1]), std::bit_cast<uint32_t>(p[2])};
}
}  // namespace

Welder::Welder(size_t expected_vertices) {
  size_t cap = 16;
  while (cap < expected_vertices * 2) cap *= 2;
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  mesh_.positions.reserve(expected_vertices);
}

void Welder::grow() {
  std::vector<uint32_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (uint32_t v : old) {
    if (!v) continue;
    auto k = bits(mesh_.positions[v - 1]);
    size_t i = hash_bits(k[0], k[1], k[2]) & mask_;
    while (slots_[i]) i = (i + 1) & mask_;
    slots_[i] = v;
  }
}

uint32_t Welder::add(float x, float y, float z) {
  // Adding +0 turns −0 into +0 and leaves every other value unchanged.
  std::array<float, 3> p{x + 0.0f, y + 0.0f, z + 0.0f};
  auto k = bits(p);
  size_t i = hash_bits(k[0], k[1], k[2]) & mask_;
  while (uint32_t v = slots_[i]) {
    if (bits(mesh_.positions[v - 1]) == k) return v - 1;
    i = (i + 1) & mask_;
  }
  auto index = static_cast<uint32_t>(mesh_.positions.size());
  mesh_.positions.push_back(p);
  slots_[i] = index + 1;
  if (mesh_.positions.size() * 2 > slots_.size()) grow();
  return index;
}

}  // namespace detail

std::optional<MeshFormat> format_from_path(std::string_view path) {
  auto dot = path.rfind('.');
  auto slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && slash > dot)) return std::nullopt;
  std::string_view ext = path.substr(dot + 1);
  for (MeshFormat f : {MeshFormat::stl, MeshFormat::obj, MeshFormat::ply, MeshFormat::off, MeshFormat::glb, MeshFormat::threemf})
    if (detail::iequals(ext, format_name(f))) return f;
  return std::nullopt;
}

std::string_view format_name(MeshFormat format) {
  switch (format) {
    case MeshFormat::stl: return "stl";
    case MeshFormat::obj: return "obj";
    case MeshFormat::ply: return "ply";
    case MeshFormat::off: return "off";
    case MeshFormat::glb: return "glb";
    case MeshFormat::threemf: return "3mf";
  }
  return "?";
}

base::Result<Mesh> parse_mesh(std::string_view bytes, MeshFormat format, const std::string& name) {
  switch (format) {
    case MeshFormat::stl: return detail::parse_stl(bytes, name);
    case MeshFormat::obj: return detail::parse_obj(bytes, name);
    case MeshFormat::ply: return detail::parse_ply(bytes, name);
    case MeshFormat::off: return detail::parse_off(bytes, name);
    case MeshFormat::threemf: return detail::parse_3mf(bytes, name);
    case MeshFormat::glb: break;
  }
  return base::make_diag("io.unsupported_format", "reading GLB meshes is not supported", {name});
}

base::Result<Mesh> read_mesh_file(const std::string& path) {
  auto format = format_from_path(path);
  if (!format || *format == MeshFormat::glb)
    return base::make_diag("io.unsupported_format",
                           "cannot read '" + path + "': expected a .stl, .obj, .ply, .off or .3mf file", {path});
  std::ifstream f(path, std::ios::binary);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "' for reading", {path});
  std::ostringstream data;
  data << f.rdbuf();
  if (f.bad()) return base::make_diag("io.read_failed", "cannot read '" + path + "'", {path});
  return parse_mesh(data.view(), *format, path);
}

base::Status write_mesh_file(const Mesh& mesh, const std::string& path) {
  auto format = format_from_path(path);
  if (!format)
    return base::make_diag("io.unsupported_format",
                           "cannot write '" + path + "': expected a .stl, .obj, .ply, .off or .glb file", {path});
  if (*format == MeshFormat::threemf)
    return base::make_diag("io.unsupported_format", "cannot write '" + path + "': writing 3MF is not supported", {path});
  std::string data;
  switch (*format) {
    case MeshFormat::stl: data = to_stl_binary(mesh); break;
    case MeshFormat::obj: data = to_obj(mesh); break;
    case MeshFormat::ply: data = to_ply(mesh); break;
    case MeshFormat::off: data = to_off(mesh); break;
    case MeshFormat::glb: data = to_glb(mesh); break;
    case MeshFormat::threemf: break;
  }
  std::ofstream f(path, std::ios::binary);
  if (!f) return base::make_diag("io.open_failed", "cannot open '" + path + "' for writing", {path});
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  f.flush();
  if (!f) return base::make_diag("io.write_failed", "cannot write '" + path + "'", {path});
  return base::ok_status();
}

}  // namespace cadscribe::mesh
