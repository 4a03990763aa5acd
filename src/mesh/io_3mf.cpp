// mesh/io_3mf.cpp — reading 3MF packages (3D Manufacturing Format core spec): a ZIP archive whose
// model part (named by _rels/.rels, usually /3D/3dmodel.model) lists <object>s with a <mesh> of
// <vertex x y z> and <triangle v1 v2 v3>. Every mesh object is read, in file order, as openscad
// 2021.01's import does (build items, component transforms, units and materials are not applied).
// The ZIP reader takes stored and deflated entries (zlib), refuses encrypted, ZIP64 and oversized
// ones, and bounds the inflated size, so a hostile package cannot exhaust memory.
#include <cstdlib>
#include <optional>

#include "base/deflate.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh::detail {
namespace {

constexpr size_t kMaxPartBytes = size_t(512) << 20;

uint32_t u32(std::string_view b, size_t at) { return load<uint32_t>(b.data() + at, true); }
uint16_t u16(std::string_view b, size_t at) { return load<uint16_t>(b.data() + at, true); }

struct ZipEntry {
  std::string name;
  uint16_t method = 0, flags = 0;
  uint32_t compressed = 0, size = 0, local_offset = 0;
};

base::Result<std::vector<ZipEntry>> zip_directory(std::string_view b, const std::string& name) {
  if (b.size() < 22) return binary_error(name, 0, "not a 3MF package (too short for a ZIP archive)");
  // The end-of-central-directory record: the last "PK\5\6" within the final 64 KiB + 22 bytes.
  size_t eocd = std::string_view::npos;
  const size_t lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
  for (size_t i = b.size() - 22 + 1; i-- > lowest;) {
    if (u32(b, i) == 0x06054b50u) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string_view::npos) return binary_error(name, 0, "not a 3MF package (no ZIP directory)");
  const uint16_t count = u16(b, eocd + 10);
  const uint32_t dir_offset = u32(b, eocd + 16);
  std::vector<ZipEntry> out;
  size_t at = dir_offset;
  for (uint16_t k = 0; k < count; ++k) {
    if (at + 46 > b.size() || u32(b, at) != 0x02014b50u) return binary_error(name, at, "broken ZIP central directory");
    ZipEntry e;
    e.flags = u16(b, at + 8);
    e.method = u16(b, at + 10);
    e.compressed = u32(b, at + 20);
    e.size = u32(b, at + 24);
    const uint16_t name_len = u16(b, at + 28), extra_len = u16(b, at + 30), comment_len = u16(b, at + 32);
    e.local_offset = u32(b, at + 42);
    if (at + 46 + name_len > b.size()) return binary_error(name, at, "broken ZIP central directory");
    e.name = std::string(b.substr(at + 46, name_len));
    out.push_back(std::move(e));
    at += 46 + size_t(name_len) + extra_len + comment_len;
  }
  return out;
}

base::Result<std::string> zip_read(std::string_view b, const ZipEntry& e, const std::string& name) {
  if (e.flags & 1) return binary_error(name, e.local_offset, "'" + e.name + "' is encrypted");
  if (e.size == 0xFFFFFFFFu || e.compressed == 0xFFFFFFFFu)
    return binary_error(name, e.local_offset, "'" + e.name + "' needs ZIP64, which is not supported");
  if (e.size > kMaxPartBytes) return binary_error(name, e.local_offset, "'" + e.name + "' is too large");
  const size_t at = e.local_offset;
  if (at + 30 > b.size() || u32(b, at) != 0x04034b50u) return binary_error(name, at, "broken ZIP entry header");
  const size_t data = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (data + e.compressed > b.size()) return binary_error(name, at, "'" + e.name + "' is truncated");
  std::string_view packed = b.substr(data, e.compressed);
  if (e.method == 0) return std::string(packed);
  if (e.method != 8) return binary_error(name, at, "'" + e.name + "' uses an unsupported ZIP compression method");
  auto out = base::inflate_bytes(packed, e.size, base::DeflateFormat::kRaw, /*exact=*/true);
  if (!out) return binary_error(name, at, "'" + e.name + "' does not inflate");
  return *out;
}

// The value of attribute `key` in the tag text `tag` ("<vertex x="1" y="2" z="3" />").
std::string_view attribute(std::string_view tag, std::string_view key) {
  size_t at = 0;
  while ((at = tag.find(key, at)) != std::string_view::npos) {
    const bool starts = at > 0 && is_space(tag[at - 1]);
    size_t eq = at + key.size();
    while (eq < tag.size() && is_space(tag[eq])) ++eq;
    if (starts && eq < tag.size() && tag[eq] == '=') {
      size_t q = eq + 1;
      while (q < tag.size() && is_space(tag[q])) ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        const size_t end = tag.find(tag[q], q + 1);
        if (end != std::string_view::npos) return tag.substr(q + 1, end - q - 1);
      }
    }
    at += key.size();
  }
  return {};
}

std::optional<double> number_of(std::string_view s) {
  std::string t(s);
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (t.empty() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

// The model part's path from the package relationships (the 3dmodel relationship's Target).
std::string model_part(std::string_view b, const std::vector<ZipEntry>& entries, const std::string& name) {
  for (const auto& e : entries) {
    if (e.name != "_rels/.rels") continue;
    auto rels = zip_read(b, e, name);
    if (!rels) break;
    size_t at = 0;
    while ((at = rels->find("<Relationship", at)) != std::string::npos) {
      const size_t end = rels->find('>', at);
      const std::string_view tag = std::string_view(*rels).substr(at, end - at);
      if (attribute(tag, "Type").find("3dmodel") != std::string_view::npos) {
        std::string target(attribute(tag, "Target"));
        while (!target.empty() && target.front() == '/') target.erase(target.begin());
        if (!target.empty()) return target;
      }
      at = end;
    }
  }
  return "3D/3dmodel.model";
}

}  // namespace

base::Result<Mesh> parse_3mf(std::string_view bytes, const std::string& name) {
  TRY(std::vector<ZipEntry> entries, zip_directory(bytes, name));
  const std::string part = model_part(bytes, entries, name);
  const ZipEntry* entry = nullptr;
  for (const auto& e : entries)
    if (e.name == part) entry = &e;
  if (!entry) return binary_error(name, 0, "the 3MF package has no model part '" + part + "'");
  TRY(std::string xml, zip_read(bytes, *entry, name));
  const std::string where = name + "/" + part;
  Mesh m;
  uint32_t object_base = 0;  // first vertex of the current object
  size_t at = 0;
  while ((at = xml.find('<', at)) != std::string::npos) {
    const size_t end = xml.find('>', at);
    if (end == std::string::npos) return text_error(xml, at, where, "unterminated XML tag");
    const std::string_view tag = std::string_view(xml).substr(at, end - at + 1);
    auto is = [&](std::string_view element) {
      return tag.size() > element.size() + 1 && tag.substr(1, element.size()) == element &&
             (is_space(tag[element.size() + 1]) || tag[element.size() + 1] == '>' || tag[element.size() + 1] == '/');
    };
    if (is("mesh")) {
      object_base = static_cast<uint32_t>(m.positions.size());
    } else if (is("vertex")) {
      auto x = number_of(attribute(tag, "x")), y = number_of(attribute(tag, "y")), z = number_of(attribute(tag, "z"));
      if (!x || !y || !z) return text_error(xml, at, where, "a <vertex> needs numeric x, y and z");
      m.positions.push_back({float(*x), float(*y), float(*z)});
    } else if (is("triangle")) {
      auto a = number_of(attribute(tag, "v1")), b = number_of(attribute(tag, "v2")), c = number_of(attribute(tag, "v3"));
      const double count = double(m.positions.size() - object_base);
      for (auto v : {a, b, c})
        if (!v || *v < 0 || *v >= count || *v != std::floor(*v))
          return text_error(xml, at, where, "a <triangle> index is not a vertex of its object");
      m.triangles.push_back({object_base + uint32_t(*a), object_base + uint32_t(*b), object_base + uint32_t(*c)});
    }
    at = end + 1;
  }
  if (m.triangles.empty()) return binary_error(name, 0, "the 3MF package has no triangles");
  return m;
}

}  // namespace cadscribe::mesh::detail
