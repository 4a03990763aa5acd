// mesh/io_stl.cpp — STL: binary and ASCII readers, the ASCII writer (binary is in mesh.cpp).
// Binary vs ASCII: a file whose size is exactly 84 + 50·count is binary even when its header
// begins with "solid" (many exporters write that); otherwise a file that begins with "solid" is
// ASCII; anything else is a binary file of the wrong size.
#include <cmath>

#include "mesh/io.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh {
namespace detail {
namespace {

constexpr size_t kHeader = 84;
constexpr size_t kRecord = 50;

base::Result<Mesh> parse_binary(std::string_view data, const std::string& name, uint32_t count) {
  Welder w(size_t(count) * 3 / 2 + 8);  // closed meshes have about half as many vertices as corners
  w.reserve_triangles(count);
  const char* base = data.data();
  for (uint32_t t = 0; t < count; ++t) {
    size_t rec = kHeader + size_t(t) * kRecord;
    uint32_t idx[3];
    for (int c = 0; c < 3; ++c) {
      size_t at = rec + 12 + size_t(c) * 12;
      float p[3];
      for (int k = 0; k < 3; ++k) {
        p[k] = std::bit_cast<float>(load<uint32_t>(base + at + 4 * k, true));
        if (!std::isfinite(p[k]))
          return binary_error(name, at + 4 * k,
                              "non-finite coordinate in triangle " + std::to_string(t));
      }
      idx[c] = w.add(p[0], p[1], p[2]);
    }
    w.add_triangle(idx[0], idx[1], idx[2]);
  }
  return w.take();
}

// Everything in an ASCII STL is a whitespace-separated token; keywords are matched ignoring case.
class AsciiReader {
 public:
  AsciiReader(std::string_view text, const std::string& name) : text_(text), name_(name), s_(text) {}

  base::Result<Mesh> read() {
    Welder w(256);
    s_.skip_space();
    if (!iequals(s_.token(), "solid")) return error_at(0, "expected 'solid'");
    s_.next_line();  // the solid's name is free text
    for (;;) {
      s_.skip_space();
      size_t at = s_.pos();
      std::string_view tok = s_.token();
      if (iequals(tok, "endsolid")) {
        s_.next_line();
        s_.skip_space();
        if (s_.at_end()) break;
        at = s_.pos();
        // Some files concatenate several solids.
        if (!iequals(s_.token(), "solid")) return error_at(at, "expected 'solid' or the end of the file");
        s_.next_line();
        continue;
      }
      if (!iequals(tok, "facet")) return found(at, tok, "'facet' or 'endsolid'");
      if (auto st = keyword("normal"); !st) return st.error();
      for (int k = 0; k < 3; ++k) {
        double ignored;
        if (auto st = number(ignored); !st) return st.error();
      }
      if (auto st = keyword("outer"); !st) return st.error();
      if (auto st = keyword("loop"); !st) return st.error();
      uint32_t idx[3];
      for (int c = 0; c < 3; ++c) {
        if (auto st = keyword("vertex"); !st) return st.error();
        float p[3];
        for (int k = 0; k < 3; ++k) {
          double v;
          size_t num_at = next_pos();
          if (auto st = number(v); !st) return st.error();
          if (!to_finite_float(v, p[k])) return error_at(num_at, "non-finite coordinate");
        }
        idx[c] = w.add(p[0], p[1], p[2]);
      }
      w.add_triangle(idx[0], idx[1], idx[2]);
      if (auto st = keyword("endloop"); !st) return st.error();
      if (auto st = keyword("endfacet"); !st) return st.error();
    }
    return w.take();
  }

 private:
  size_t next_pos() {
    s_.skip_space();
    return s_.pos();
  }
  base::Diag error_at(size_t pos, std::string msg) { return text_error(text_, pos, name_, std::move(msg)); }
  base::Diag found(size_t pos, std::string_view tok, const std::string& expected) {
    return error_at(pos, "expected " + expected + ", found " + (tok.empty() ? "end of file" : quoted(tok)));
  }
  base::Status keyword(std::string_view kw) {
    size_t at = next_pos();
    std::string_view tok = s_.token();
    if (!iequals(tok, kw)) return found(at, tok, "'" + std::string(kw) + "'");
    return base::ok_status();
  }
  base::Status number(double& v) {
    size_t at = next_pos();
    std::string_view tok = s_.token();
    if (!parse_double(tok, v)) return found(at, tok, "a number");
    return base::ok_status();
  }

  std::string_view text_;
  const std::string& name_;
  Scanner s_;
};

// Control bytes other than whitespace do not occur in ASCII STL.
bool looks_binary(std::string_view data) {
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && !is_space(ch)) return true;
  }
  return false;
}

}  // namespace

base::Result<Mesh> parse_stl(std::string_view data, const std::string& name) {
  if (data.empty()) return text_error(data, 0, name, "empty file");
  uint64_t count = 0;
  uint64_t expected = 0;
  if (data.size() >= kHeader) {
    count = load<uint32_t>(data.data() + 80, true);
    expected = kHeader + kRecord * count;
    if (expected == data.size()) return parse_binary(data, name, static_cast<uint32_t>(count));
  }
  Scanner s(data);
  s.skip_space();
  if (iequals(s.token(), "solid")) {
    auto r = AsciiReader(data, name).read();
    // A binary file of the wrong size whose header starts with "solid": report the size.
    if (r.ok() || data.size() < kHeader || !looks_binary(data)) return r;
  }
  if (data.size() < kHeader)
    return binary_error(name, data.size(),
                        "file of " + std::to_string(data.size()) +
                            " bytes is neither ASCII STL (no 'solid') nor binary STL (needs at least 84 bytes)");
  return binary_error(name, std::min<uint64_t>(expected, data.size()),
                      "binary STL declares " + std::to_string(count) + " triangles, which need " +
                          std::to_string(expected) + " bytes, but the file has " +
                          std::to_string(data.size()) + (expected > data.size() ? " (truncated)" : " (trailing data)"));
}

}  // namespace detail

std::string to_stl_ascii(const Mesh& mesh) {
  std::string out = "solid cadscribe\n";
  out.reserve(out.size() + mesh.triangles.size() * 200);
  auto put3 = [&out](float a, float b, float c) { detail::append_xyz_line(out, a, b, c); };
  for (const auto& t : mesh.triangles) {
    const auto& a = mesh.positions[t[0]];
    const auto& b = mesh.positions[t[1]];
    const auto& c = mesh.positions[t[2]];
    math::Vec3 pa{a[0], a[1], a[2]}, pb{b[0], b[1], b[2]}, pc{c[0], c[1], c[2]};
    math::Vec3 n = (pb - pa).cross(pc - pa).normalized();
    out += "  facet normal ";
    put3(float(n.x), float(n.y), float(n.z));
    out += "    outer loop\n";
    for (const auto* p : {&a, &b, &c}) {
      out += "      vertex ";
      put3((*p)[0], (*p)[1], (*p)[2]);
    }
    out += "    endloop\n  endfacet\n";
  }
  out += "endsolid cadscribe\n";
  return out;
}

}  // namespace cadscribe::mesh
