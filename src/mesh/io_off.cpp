// mesh/io_off.cpp — Object File Format: `OFF` header (the COFF/NOFF/CNOFF/STOFF variants too:
// the values after x y z on a vertex line, and after the indices on a face line, are ignored),
// a counts line `V F [E]`, V vertex lines, F face lines `n i0 … i(n-1)` (fan-triangulated).
// `#` starts a comment anywhere. The format is read line by line, as the common writers emit it.
#include "mesh/io.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh {
namespace detail {
namespace {

class OffReader {
 public:
  OffReader(std::string_view text, const std::string& name) : text_(text), name_(name), s_(text) {}

  base::Result<Mesh> read() {
    if (!next_content_line()) return error_at(0, "empty file: expected 'OFF'");
    size_t at = s_.pos();
    std::string_view header = s_.token();
    if (!valid_header(header)) return error_at(at, "expected 'OFF' header, found " + quoted(header));
    // The counts may share the header line.
    if (!more_on_line() && !next_content_line()) return error_at(s_.pos(), "expected the vertex and face counts");
    uint64_t nv = 0, nf = 0;
    size_t counts_at;
    if (auto st = count(nv, "vertex count", &counts_at); !st) return st.error();
    if (auto st = count(nf, "face count"); !st) return st.error();
    // Each vertex line takes at least 5 bytes ("0 0 0") and each face 7 ("3 0 1 2"): refuse counts
    // the rest of the file cannot hold before reserving memory for them.
    uint64_t remaining = text_.size() - s_.pos();
    if (nv > UINT32_MAX || nf > UINT32_MAX || nv * 5 + nf * 7 > remaining)
      return error_at(counts_at, "counts of " + std::to_string(nv) + " vertices and " + std::to_string(nf) +
                                     " faces do not fit in the " + std::to_string(remaining) +
                                     " bytes that follow");
    s_.next_line();  // the edge count is ignored
    Mesh m;
    m.positions.resize(nv);
    m.triangles.reserve(nf);
    for (uint64_t i = 0; i < nv; ++i) {
      if (!next_content_line())
        return error_at(s_.pos(), "unexpected end of file: read " + std::to_string(i) + " of " +
                                      std::to_string(nv) + " vertices");
      for (int k = 0; k < 3; ++k) {
        double v;
        size_t num_at;
        if (auto st = number(v, num_at); !st) return st.error();
        if (!to_finite_float(v, m.positions[i][k])) return error_at(num_at, "non-finite coordinate");
      }
      s_.next_line();
    }
    std::vector<uint32_t> face;
    for (uint64_t f = 0; f < nf; ++f) {
      if (!next_content_line())
        return error_at(s_.pos(), "unexpected end of file: read " + std::to_string(f) + " of " +
                                      std::to_string(nf) + " faces");
      size_t n_at;
      uint64_t n;
      if (auto st = count(n, "face vertex count", &n_at); !st) return st.error();
      if (n < 3) return error_at(n_at, "face with " + std::to_string(n) + " vertices (need 3 or more)");
      face.clear();
      for (uint64_t k = 0; k < n; ++k) {
        size_t idx_at;
        uint64_t idx;
        if (auto st = count(idx, "vertex index", &idx_at); !st) return st.error();
        if (idx >= nv)
          return error_at(idx_at, "vertex index " + std::to_string(idx) + " out of range (" +
                                      std::to_string(nv) + " vertices)");
        face.push_back(static_cast<uint32_t>(idx));
      }
      for (size_t k = 1; k + 1 < face.size(); ++k) m.triangles.push_back({face[0], face[k], face[k + 1]});
      s_.next_line();  // optional colour
    }
    return m;
  }

 private:
  static bool valid_header(std::string_view h) {
    if (h.size() < 3 || h.substr(h.size() - 3) != "OFF") return false;
    for (char c : h.substr(0, h.size() - 3))
      if (c != 'S' && c != 'T' && c != 'C' && c != 'N') return false;
    return true;
  }
  // Moves to the first token of the next line holding one; false at the end of the file.
  bool next_content_line() {
    for (;;) {
      s_.skip_blanks();
      if (s_.at_end()) return false;
      if (!s_.at_eol() && text_[s_.pos()] != '#') return true;
      s_.next_line();
    }
  }
  bool more_on_line() {
    s_.skip_blanks();
    return !s_.at_eol() && text_[s_.pos()] != '#';
  }
  std::string_view line_token() {
    if (!more_on_line()) return {};
    return s_.token();
  }
  base::Diag error_at(size_t pos, std::string msg) { return text_error(text_, pos, name_, std::move(msg)); }
  base::Diag found(size_t pos, std::string_view tok, const std::string& expected) {
    return error_at(pos, "expected " + expected + ", found " + (tok.empty() ? "end of line" : quoted(tok)));
  }
  base::Status number(double& v, size_t& at) {
    s_.skip_blanks();
    at = s_.pos();
    std::string_view tok = line_token();
    if (!parse_double(tok, v)) return found(at, tok, "a coordinate");
    return base::ok_status();
  }
  // `at` receives where the token starts, for later errors about its value.
  base::Status count(uint64_t& v, const char* what, size_t* at_out = nullptr) {
    s_.skip_blanks();
    size_t at = s_.pos();
    if (at_out) *at_out = at;
    std::string_view tok = line_token();
    int64_t i;
    if (!parse_int(tok, i) || i < 0) return found(at, tok, std::string("a ") + what);
    v = static_cast<uint64_t>(i);
    return base::ok_status();
  }

  std::string_view text_;
  const std::string& name_;
  Scanner s_;
};

}  // namespace

base::Result<Mesh> parse_off(std::string_view text, const std::string& name) {
  return OffReader(text, name).read();
}

}  // namespace detail

std::string to_off(const Mesh& mesh) {
  std::string out = "OFF\n";
  detail::append_uint(out, mesh.positions.size());
  out += ' ';
  detail::append_uint(out, mesh.triangles.size());
  out += " 0\n";
  for (const auto& p : mesh.positions) {
    detail::append_xyz_line(out, p[0], p[1], p[2]);
  }
  for (const auto& t : mesh.triangles) {
    out += '3';
    for (uint32_t i : t) {
      out += ' ';
      detail::append_uint(out, i);
    }
    out += '\n';
  }
  return out;
}

}  // namespace cadscribe::mesh
