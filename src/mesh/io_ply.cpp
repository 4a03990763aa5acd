// mesh/io_ply.cpp — Stanford PLY: ascii, binary_little_endian and binary_big_endian.
// Reads `element vertex` (x y z of any numeric type; other properties skipped by their declared
// types) and `element face` (list property `vertex_indices` or `vertex_index`, any count/index
// types; polygons fan-triangulated); other elements are skipped. Declared counts are checked
// against the bytes that remain before anything is reserved, so a header cannot make us
// allocate more than the file could hold. Header errors carry line:col; binary data errors the
// byte offset. Writes binary_little_endian.
#include <cmath>
#include <optional>

#include "mesh/io.h"
#include "mesh/io_detail.h"

namespace cadscribe::mesh {
namespace detail {
namespace {

enum class Type : uint8_t { i8, u8, i16, u16, i32, u32, f32, f64 };

std::optional<Type> type_from_name(std::string_view n) {
  if (n == "char" || n == "int8") return Type::i8;
  if (n == "uchar" || n == "uint8") return Type::u8;
  if (n == "short" || n == "int16") return Type::i16;
  if (n == "ushort" || n == "uint16") return Type::u16;
  if (n == "int" || n == "int32") return Type::i32;
  if (n == "uint" || n == "uint32") return Type::u32;
  if (n == "float" || n == "float32") return Type::f32;
  if (n == "double" || n == "float64") return Type::f64;
  return std::nullopt;
}

size_t type_size(Type t) {
  switch (t) {
    case Type::i8: case Type::u8: return 1;
    case Type::i16: case Type::u16: return 2;
    case Type::i32: case Type::u32: case Type::f32: return 4;
    case Type::f64: return 8;
  }
  return 1;
}

bool is_float(Type t) { return t == Type::f32 || t == Type::f64; }

const char* type_name(Type t) {
  static constexpr const char* kNames[] = {"char", "uchar", "short", "ushort", "int", "uint", "float", "double"};
  return kNames[static_cast<int>(t)];
}
// Integer range of a type (floats: unbounded here; their values are checked where used).
double type_min(Type t) {
  switch (t) {
    case Type::i8: return -128;
    case Type::i16: return -32768;
    case Type::i32: return -2147483648.0;
    case Type::u8: case Type::u16: case Type::u32: return 0;
    default: return -HUGE_VAL;
  }
}
double type_max(Type t) {
  switch (t) {
    case Type::i8: return 127;
    case Type::u8: return 255;
    case Type::i16: return 32767;
    case Type::u16: return 65535;
    case Type::i32: return 2147483647.0;
    case Type::u32: return 4294967295.0;
    default: return HUGE_VAL;
  }
}

struct Property {
  std::string_view name;
  Type type = Type::f32;        // the value type (list: the item type)
  bool list = false;
  Type count_type = Type::u8;   // list only
};

struct Element {
  std::string_view name;
  uint64_t count = 0;
  std::vector<Property> props;
  size_t decl_pos = 0;          // byte of its `element` line, for errors
};

enum class Encoding { ascii, little, big };

struct Header {
  Encoding encoding = Encoding::ascii;
  std::vector<Element> elements;
  size_t data_pos = 0;
};

class PlyReader {
 public:
  PlyReader(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  base::Result<Mesh> read() {
    if (text_.empty()) return error_at(0, "empty file: expected 'ply'");
    if (auto st = read_header(); !st) return st.error();
    const Element* vertex = nullptr;
    for (const auto& e : h_.elements)
      if (e.name == "vertex") vertex = &e;
    if (!vertex) return error_at(0, "no 'element vertex' in the header");
    nv_ = vertex->count;
    if (nv_ > UINT32_MAX) return error_at(vertex->decl_pos, "too many vertices: " + std::to_string(nv_));
    pos_ = h_.data_pos;
    for (const auto& e : h_.elements) {
      if (auto st = read_element(e, &e == vertex); !st) return st.error();
    }
    if (m_.positions.size() != nv_) m_.positions.resize(nv_);  // only when the element was empty
    return std::move(m_);
  }

 private:
  base::Diag error_at(size_t pos, std::string msg) { return text_error(text_, pos, name_, std::move(msg)); }
  bool binary() const { return h_.encoding != Encoding::ascii; }

  // --- header -------------------------------------------------------------------------------
  base::Status read_header() {
    Scanner s(text_);
    bool first = true, have_format = false;
    for (;;) {
      if (s.at_end()) return error_at(s.pos(), "unexpected end of file in the header: expected 'end_header'");
      s.skip_blanks();
      size_t at = s.pos();
      std::string_view kw = s.token();
      if (first) {
        if (kw != "ply") return error_at(at, "expected 'ply', found " + quoted(kw));
        first = false;
      } else if (kw == "format") {
        s.skip_blanks();
        size_t fat = s.pos();
        std::string_view f = s.token();
        if (f == "ascii") h_.encoding = Encoding::ascii;
        else if (f == "binary_little_endian") h_.encoding = Encoding::little;
        else if (f == "binary_big_endian") h_.encoding = Encoding::big;
        else return error_at(fat, "unknown PLY format " + quoted(f));
        s.skip_blanks();
        size_t vat = s.pos();
        if (std::string_view v = s.token(); v != "1.0") return error_at(vat, "unsupported PLY version " + quoted(v));
        have_format = true;
      } else if (kw == "comment" || kw == "obj_info" || kw.empty()) {
        // free text / blank line
      } else if (kw == "element") {
        Element e;
        e.decl_pos = at;
        s.skip_blanks();
        e.name = s.token();
        s.skip_blanks();
        size_t cat = s.pos();
        std::string_view c = s.token();
        int64_t n;
        if (e.name.empty() || !parse_int(c, n) || n < 0)
          return error_at(cat, "expected 'element <name> <count>', found " + quoted(c));
        e.count = static_cast<uint64_t>(n);
        h_.elements.push_back(e);
      } else if (kw == "property") {
        if (h_.elements.empty()) return error_at(at, "'property' before any 'element'");
        Property p;
        s.skip_blanks();
        size_t tat = s.pos();
        std::string_view t = s.token();
        if (t == "list") {
          p.list = true;
          s.skip_blanks();
          size_t cat = s.pos();
          auto ct = type_from_name(s.token());
          if (!ct || is_float(*ct)) return error_at(cat, "expected an integer list count type");
          p.count_type = *ct;
          s.skip_blanks();
          tat = s.pos();
          t = s.token();
        }
        auto vt = type_from_name(t);
        if (!vt) return error_at(tat, "unknown property type " + quoted(t));
        p.type = *vt;
        s.skip_blanks();
        size_t nat = s.pos();
        p.name = s.token();
        if (p.name.empty()) return error_at(nat, "expected a property name");
        h_.elements.back().props.push_back(p);
      } else if (kw == "end_header") {
        if (!have_format) return error_at(at, "no 'format' line before 'end_header'");
        s.next_line();
        h_.data_pos = s.pos();
        return base::ok_status();
      } else {
        return error_at(at, "unknown header keyword " + quoted(kw));
      }
      s.skip_blanks();
      if (!s.at_eol() && kw != "comment" && kw != "obj_info")
        return error_at(s.pos(), "unexpected " + quoted(s.token()) + " at the end of the header line");
      s.next_line();
    }
  }

  // --- values ---------------------------------------------------------------------------------
  // Reads one value of type t at pos_ as a double (every PLY type fits exactly).
  base::Status value(Type t, double& out, const Element& e, uint64_t i) {
    if (!binary()) {
      Scanner s(text_, pos_);
      s.skip_space();
      size_t at = s.pos();
      std::string_view tok = s.token();
      pos_ = s.pos();
      if (tok.empty())
        return error_at(at, "unexpected end of file in element '" + std::string(e.name) + "' " +
                                std::to_string(i) + " of " + std::to_string(e.count));
      if (!parse_double(tok, out)) return error_at(at, "expected a number, found " + quoted(tok));
      if (!is_float(t) && (std::floor(out) != out || out < type_min(t) || out > type_max(t)))
        return error_at(at, "expected an integer of type " + std::string(type_name(t)) + ", found " + quoted(tok));
      return base::ok_status();
    }
    size_t n = type_size(t);
    if (text_.size() - pos_ < n)
      return binary_error(name_, pos_, "unexpected end of file in element '" + std::string(e.name) + "' " +
                                          std::to_string(i) + " of " + std::to_string(e.count));
    const char* p = text_.data() + pos_;
    bool le = h_.encoding == Encoding::little;
    switch (t) {
      case Type::i8: out = static_cast<int8_t>(*p); break;
      case Type::u8: out = static_cast<uint8_t>(*p); break;
      case Type::i16: out = static_cast<int16_t>(load<uint16_t>(p, le)); break;
      case Type::u16: out = load<uint16_t>(p, le); break;
      case Type::i32: out = static_cast<int32_t>(load<uint32_t>(p, le)); break;
      case Type::u32: out = load<uint32_t>(p, le); break;
      case Type::f32: out = std::bit_cast<float>(load<uint32_t>(p, le)); break;
      case Type::f64: out = std::bit_cast<double>(load<uint64_t>(p, le)); break;
    }
    pos_ += n;
    return base::ok_status();
  }

  // Where a value error points: line:col for ascii, the offset for binary.
  base::Diag value_error(size_t at, std::string msg) {
    return binary() ? binary_error(name_, at, std::move(msg)) : error_at(at, std::move(msg));
  }
  size_t value_pos() {
    if (binary()) return pos_;
    Scanner s(text_, pos_);
    s.skip_space();
    return s.pos();
  }

  // --- elements -------------------------------------------------------------------------------
  base::Status read_element(const Element& e, bool is_vertex) {
    int xyz[3] = {-1, -1, -1};
    int indices = -1;
    bool is_face = e.name == "face";
    for (size_t k = 0; k < e.props.size(); ++k) {
      const auto& p = e.props[k];
      if (is_vertex && (p.name == "x" || p.name == "y" || p.name == "z")) {
        if (p.list) return error_at(e.decl_pos, "vertex property '" + std::string(p.name) + "' is a list");
        xyz[p.name[0] - 'x'] = static_cast<int>(k);
      }
      if (is_face && (p.name == "vertex_indices" || p.name == "vertex_index")) {
        if (!p.list) return error_at(e.decl_pos, "face property '" + std::string(p.name) + "' is not a list");
        if (is_float(p.type)) return error_at(e.decl_pos, "face vertex indices must have an integer type");
        indices = static_cast<int>(k);
      }
    }
    if (is_vertex && (xyz[0] < 0 || xyz[1] < 0 || xyz[2] < 0))
      return error_at(e.decl_pos, "element 'vertex' lacks an x, y or z property");
    if (is_face && indices < 0)
      return error_at(e.decl_pos, "element 'face' has no 'vertex_indices' list property");
    if (e.props.empty() || e.count == 0) return base::ok_status();  // nothing to read

    // Every element takes at least this many bytes: refuse counts the file cannot hold.
    uint64_t min_bytes = 0;
    for (const auto& p : e.props) min_bytes += binary() ? type_size(p.list ? p.count_type : p.type) : 1;
    uint64_t remaining = text_.size() - pos_;
    if (e.count > remaining / min_bytes)
      return error_at(e.decl_pos, "element '" + std::string(e.name) + "' declares " + std::to_string(e.count) +
                                      " entries of at least " + std::to_string(min_bytes) + " bytes, but only " +
                                      std::to_string(remaining) + " bytes of data remain");
    if (is_vertex) m_.positions.resize(e.count);
    if (is_face) m_.triangles.reserve(e.count);

    std::vector<uint32_t> face;
    for (uint64_t i = 0; i < e.count; ++i) {
      for (size_t k = 0; k < e.props.size(); ++k) {
        const auto& p = e.props[k];
        if (!p.list) {
          size_t at = value_pos();
          double v;
          TRY_STATUS(value(p.type, v, e, i));
          if (is_vertex) {
            for (int c = 0; c < 3; ++c)
              if (xyz[c] == static_cast<int>(k) && !to_finite_float(v, m_.positions[i][c]))
                return value_error(at, "non-finite coordinate in vertex " + std::to_string(i));
          }
          continue;
        }
        size_t at = value_pos();
        double count;
        TRY_STATUS(value(p.count_type, count, e, i));
        if (count < 0) return value_error(at, "negative list length");
        auto n = static_cast<uint64_t>(count);
        bool wanted = is_face && static_cast<int>(k) == indices;
        if (binary()) {  // a list longer than the rest of the file is truncation: say so now
          uint64_t bytes = n * type_size(p.type);
          if (bytes > text_.size() - pos_)
            return value_error(pos_, "list of " + std::to_string(n) + " items runs past the end of the file");
          if (!wanted) {
            pos_ += bytes;
            continue;
          }
        }
        if (wanted && n < 3) return value_error(at, "face with " + std::to_string(n) + " vertices (need 3 or more)");
        face.clear();
        for (uint64_t j = 0; j < n; ++j) {
          size_t iat = value_pos();
          double idx;
          TRY_STATUS(value(p.type, idx, e, i));
          if (!wanted) continue;
          if (idx < 0 || idx >= static_cast<double>(nv_))
            return value_error(iat, "vertex index " + std::to_string(static_cast<int64_t>(idx)) +
                                        " out of range (" + std::to_string(nv_) + " vertices)");
          face.push_back(static_cast<uint32_t>(idx));
        }
        for (size_t f = 1; f + 1 < face.size(); ++f) m_.triangles.push_back({face[0], face[f], face[f + 1]});
      }
    }
    return base::ok_status();
  }

  std::string_view text_;
  const std::string& name_;
  Header h_;
  Mesh m_;
  uint64_t nv_ = 0;
  size_t pos_ = 0;
};

}  // namespace

base::Result<Mesh> parse_ply(std::string_view bytes, const std::string& name) {
  return PlyReader(bytes, name).read();
}

}  // namespace detail

std::string to_ply(const Mesh& mesh) {
  std::string out = "ply\nformat binary_little_endian 1.0\ncomment cadscribe\nelement vertex ";
  detail::append_uint(out, mesh.positions.size());
  out += "\nproperty float x\nproperty float y\nproperty float z\nelement face ";
  detail::append_uint(out, mesh.triangles.size());
  out += "\nproperty list uchar uint vertex_indices\nend_header\n";
  out.reserve(out.size() + mesh.positions.size() * 12 + mesh.triangles.size() * 13);
  for (const auto& p : mesh.positions)
    for (float c : p) detail::store_le_float(out, c);
  for (const auto& t : mesh.triangles) {
    out += '\3';
    for (uint32_t i : t) detail::store_le(out, i);
  }
  return out;
}

}  // namespace cadscribe::mesh
