// mesh/io_obj.cpp — Wavefront OBJ: `v` and `f` statements (polygons fan-triangulated, negative
// indices relative to the vertices read so far); texture, normal, grouping and material
// statements are ignored; an unknown statement is an error (it catches non-OBJ input).
// An index must name a vertex defined before its face (as most readers require).
#include <algorithm>
#include <array>

#include "mesh/io.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh {
namespace detail {
namespace {

bool ignored_statement(std::string_view kw) {
  static constexpr std::array<std::string_view, 30> kIgnored = {
      "vt",   "vn",    "vp",   "g",     "o",     "s",    "usemtl", "mtllib", "usemap",   "maplib",
      "l",    "p",     "mg",   "lod",   "bevel", "c_interp", "d_interp", "shadow_obj", "trace_obj",
      "cstype", "deg", "bmat", "step",  "curv",  "curv2", "surf",  "parm",  "trim",  "hole", "end"};
  return std::find(kIgnored.begin(), kIgnored.end(), kw) != kIgnored.end();
}

}  // namespace

base::Result<Mesh> parse_obj(std::string_view text, const std::string& name) {
  if (text.empty()) return text_error(text, 0, name, "empty file");
  Mesh m;
  std::vector<uint32_t> face;
  Scanner s(text);
  while (!s.at_end()) {
    s.skip_blanks();
    if (s.at_eol() || text[s.pos()] == '#') {
      s.next_line();
      continue;
    }
    size_t kw_at = s.pos();
    std::string_view kw = s.token();
    if (kw == "v") {
      std::array<float, 3> p;
      for (int k = 0; k < 3; ++k) {
        s.skip_blanks();
        size_t at = s.pos();
        std::string_view tok = s.token();
        double v;
        if (!parse_double(tok, v))
          return text_error(text, at, name,
                            "expected a coordinate, found " + (tok.empty() ? std::string("end of line") : quoted(tok)));
        if (!to_finite_float(v, p[k])) return text_error(text, at, name, "non-finite coordinate");
      }
      if (m.positions.size() >= UINT32_MAX) return text_error(text, kw_at, name, "too many vertices");
      m.positions.push_back(p);
      // An optional w (or per-vertex colour some exporters append) follows: not geometry.
    } else if (kw == "f") {
      face.clear();
      for (;;) {
        s.skip_blanks();
        if (s.at_eol() || text[s.pos()] == '#') break;
        size_t at = s.pos();
        std::string_view tok = s.token();
        // i, i/t, i//n, i/t/n: the vertex index is the part before the first slash.
        std::string_view vtok = tok.substr(0, tok.find('/'));
        int64_t i;
        if (!parse_int(vtok, i)) return text_error(text, at, name, "expected a vertex index, found " + quoted(tok));
        auto n = static_cast<int64_t>(m.positions.size());
        int64_t resolved = i > 0 ? i - 1 : n + i;
        if (i == 0 || resolved < 0 || resolved >= n)
          return text_error(text, at, name,
                            "vertex index " + std::to_string(i) + " out of range (" + std::to_string(n) +
                                " vertices defined so far)");
        face.push_back(static_cast<uint32_t>(resolved));
      }
      if (face.size() < 3)
        return text_error(text, kw_at, name, "face with " + std::to_string(face.size()) + " vertices (need 3 or more)");
      for (size_t k = 1; k + 1 < face.size(); ++k) m.triangles.push_back({face[0], face[k], face[k + 1]});
    } else if (!ignored_statement(kw)) {
      return text_error(text, kw_at, name, "unknown OBJ statement " + quoted(kw));
    }
    s.next_line();
  }
  return m;
}

}  // namespace detail

std::string to_obj(const Mesh& mesh) {
  std::string out = "# cadscribe\n";
  out.reserve(out.size() + mesh.positions.size() * 36 + mesh.triangles.size() * 24);
  for (const auto& p : mesh.positions) {
    out += "v ";
    detail::append_xyz_line(out, p[0], p[1], p[2]);
  }
  for (const auto& t : mesh.triangles) {
    out += 'f';
    for (uint32_t i : t) {
      out += ' ';
      detail::append_uint(out, uint64_t(i) + 1);
    }
    out += '\n';
  }
  return out;
}

}  // namespace cadscribe::mesh
