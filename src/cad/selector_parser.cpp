// cad/selector_parser.cpp — the string selector grammar of CadQuery 2.x as a hand-written
// recursive-descent parser, plus the node constructors and describe_selector().
//
// Grammar (mirrors cadquery/selectors.py `_makeGrammar` and `_makeExpressionGrammar`; whitespace
// may separate any two tokens except inside a number):
//   expr     := "not" expr | exc_expr
//   exc_expr := or_expr (("except" | "exc") or_expr)*
//   or_expr  := and_expr ("or" and_expr)*
//   and_expr := operand ("and" operand)*
//   operand  := atom | "(" expr ")"
//   atom     := dir                          DirectionSelector(dir)
//             | "%" TYPE                      TypeSelector (caseless)
//             | (">" | "<") dir index?        DirectionMinMaxSelector / DirectionNthSelector
//             | (">>" | "<<") dir index?      CenterNthSelector (index -1 when absent)
//             | ("|" | "#" | "+" | "-") dir   Parallel / Perpendicular / Direction(+v / -v)
//             | front|back|left|right|top|bottom   DirectionMinMaxSelector on a named view
//   dir      := XY | XZ | YZ | X | Y | Z | "(" num "," num "," num ")"
//   index    := "[" "-"? digits "]"
//   num      := [+-]? digits ("." digits?)?
// Like pyparsing, an operator whose right operand fails is not consumed, and the whole text must
// be used. Errors report the farthest position any alternative reached (the usual PEG
// heuristic), with everything that was expected there.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "cad/selector_ast.h"

namespace cadscribe::cad {

// ---------------------------------------------------------------- node constructors

namespace {
std::shared_ptr<SelectorNode> node(SelectorKind kind) {
  auto n = std::make_shared<SelectorNode>();
  n->kind = kind;
  return n;
}
}  // namespace

SelectorPtr make_all_selector() { return node(SelectorKind::kAll); }

SelectorPtr make_dir_selector(SelectorKind kind, const math::Vec3& dir, double tolerance) {
  auto n = node(kind);
  n->vec = dir;
  n->tolerance = tolerance;
  return n;
}

SelectorPtr make_nth_selector(SelectorKind kind, const math::Vec3& dir, int64_t idx, bool direction_max,
                              double tolerance) {
  auto n = node(kind);
  n->vec = dir;
  n->n = kind == SelectorKind::kDirectionMinMax ? -1 : idx;
  n->flag = direction_max;
  n->tolerance = tolerance;
  return n;
}

SelectorPtr make_type_selector(const std::string& type) {
  auto n = node(SelectorKind::kType);
  n->type_name = type;
  for (char& c : n->type_name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return n;
}

SelectorPtr make_binary_selector(SelectorKind kind, SelectorPtr left, SelectorPtr right) {
  auto n = node(kind);
  n->left = std::move(left);
  n->right = std::move(right);
  return n;
}

SelectorPtr make_inverse_selector(SelectorPtr inner) {
  auto n = node(SelectorKind::kInverse);
  n->left = std::move(inner);
  return n;
}

SelectorPtr make_nearest_selector(const math::Vec3& point) {
  auto n = node(SelectorKind::kNearestToPoint);
  n->vec = point;
  return n;
}

SelectorPtr make_box_selector(const math::Vec3& p0, const math::Vec3& p1, bool bounding_box) {
  auto n = node(SelectorKind::kBox);
  n->vec = p0;
  n->vec2 = p1;
  n->flag = bounding_box;
  return n;
}

const char* selector_class_name(SelectorKind kind) {
  switch (kind) {
    case SelectorKind::kAll: return "Selector";
    case SelectorKind::kNearestToPoint: return "NearestToPointSelector";
    case SelectorKind::kBox: return "BoxSelector";
    case SelectorKind::kParallelDir: return "ParallelDirSelector";
    case SelectorKind::kDirection: return "DirectionSelector";
    case SelectorKind::kPerpendicularDir: return "PerpendicularDirSelector";
    case SelectorKind::kType: return "TypeSelector";
    case SelectorKind::kCenterNth: return "CenterNthSelector";
    case SelectorKind::kDirectionMinMax: return "DirectionMinMaxSelector";
    case SelectorKind::kDirectionNth: return "DirectionNthSelector";
    case SelectorKind::kRadiusNth: return "RadiusNthSelector";
    case SelectorKind::kLengthNth: return "LengthNthSelector";
    case SelectorKind::kAreaNth: return "AreaNthSelector";
    case SelectorKind::kAnd: return "AndSelector";
    case SelectorKind::kSum: return "SumSelector";
    case SelectorKind::kSubtract: return "SubtractSelector";
    case SelectorKind::kInverse: return "InverseSelector";
    case SelectorKind::kString: return "StringSyntaxSelector";
  }
  return "Selector";
}

namespace {
std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v == 0 ? 0.0 : v);  // no "-0"
  return buf;
}
std::string vec(const math::Vec3& v) { return "(" + num(v.x) + "," + num(v.y) + "," + num(v.z) + ")"; }
const char* mm(bool max) { return max ? "max" : "min"; }
}  // namespace

std::string describe_selector(const SelectorNode& s) {
  switch (s.kind) {
    case SelectorKind::kAll: return "all";
    case SelectorKind::kNearestToPoint: return "nearest" + vec(s.vec);
    case SelectorKind::kBox: return "box(" + vec(s.vec) + "," + vec(s.vec2) + (s.flag ? ",bb)" : ")");
    case SelectorKind::kParallelDir: return "par" + vec(s.vec);
    case SelectorKind::kDirection: return "dir" + vec(s.vec);
    case SelectorKind::kPerpendicularDir: return "perp" + vec(s.vec);
    case SelectorKind::kType: return "type(" + s.type_name + ")";
    case SelectorKind::kCenterNth: return "center(" + vec(s.vec) + "," + std::to_string(s.n) + "," + mm(s.flag) + ")";
    case SelectorKind::kDirectionMinMax: return std::string(mm(s.flag)) + vec(s.vec);
    case SelectorKind::kDirectionNth: return "nth(" + vec(s.vec) + "," + std::to_string(s.n) + "," + mm(s.flag) + ")";
    case SelectorKind::kRadiusNth: return "radius(" + std::to_string(s.n) + "," + mm(s.flag) + ")";
    case SelectorKind::kLengthNth: return "length(" + std::to_string(s.n) + "," + mm(s.flag) + ")";
    case SelectorKind::kAreaNth: return "area(" + std::to_string(s.n) + "," + mm(s.flag) + ")";
    case SelectorKind::kAnd: return "and(" + describe_selector(*s.left) + "," + describe_selector(*s.right) + ")";
    case SelectorKind::kSum: return "or(" + describe_selector(*s.left) + "," + describe_selector(*s.right) + ")";
    case SelectorKind::kSubtract: return "exc(" + describe_selector(*s.left) + "," + describe_selector(*s.right) + ")";
    case SelectorKind::kInverse: return "not(" + describe_selector(*s.left) + ")";
    case SelectorKind::kString: return describe_selector(*s.left);
  }
  return "?";
}

// ---------------------------------------------------------------- parser

namespace {

constexpr const char* kTypes[] = {"PLANE",  "CYLINDER",  "CONE",      "SPHERE",   "TORUS",   "BEZIER",
                                  "BSPLINE", "REVOLUTION", "EXTRUSION", "OFFSET",   "OTHER",   "LINE",
                                  "CIRCLE", "ELLIPSE",   "HYPERBOLA", "PARABOLA"};
constexpr const char* kDirExpected = "a direction (X, Y, Z, XY, XZ, YZ or a vector (x,y,z))";

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Result<SelectorPtr> parse() {
    SelectorPtr r = expr();
    if (r) {
      skip_ws();
      if (pos_ == s_.size()) return r;
      fail(pos_, "an operator (and, or, exc, except)");
      fail(pos_, "the end of the selector");
    }
    return error();
  }

 private:
  // ---- lexical helpers
  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  // Records that `what` was expected at `at` (farthest failure wins; ties accumulate).
  void fail(size_t at, const std::string& what) {
    if (at > far_ || !any_fail_) {
      far_ = at;
      expected_.clear();
      any_fail_ = true;
    }
    if (at == far_ && std::find(expected_.begin(), expected_.end(), what) == expected_.end()) {
      expected_.push_back(what);
    }
  }
  // Matches a literal after whitespace; consumes it on success.
  bool lit(std::string_view l) {
    skip_ws();
    if (s_.substr(pos_, l.size()) == l) {
      pos_ += l.size();
      return true;
    }
    return false;
  }

  Result<SelectorPtr> error() const {
    std::string found = far_ < s_.size() ? "'" + std::string(1, s_[far_]) + "'" : "the end of the selector";
    std::string list;
    for (size_t i = 0; i < expected_.size(); ++i) {
      if (i) list += i + 1 == expected_.size() ? " or " : ", ";
      list += expected_[i];
    }
    std::string msg = "invalid selector '" + std::string(s_) + "': at column " + std::to_string(far_ + 1) +
                      ": expected " + list + ", found " + found;
    base::Diag d = base::make_diag("runtime.value_error", msg);
    if (not_hint_) d.notes.push_back("CadQuery's grammar allows 'not' only at the start of a (parenthesised) "
                                     "expression: write \">Z and (not |X)\"");
    return d;
  }

  // ---- numbers and directions
  std::optional<double> number() {
    skip_ws();
    size_t start = pos_, p = pos_;
    if (p < s_.size() && (s_[p] == '+' || s_[p] == '-')) ++p;
    size_t digits = p;
    while (p < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p]))) ++p;
    if (p == digits) {
      fail(start, "a number");
      return std::nullopt;
    }
    if (p < s_.size() && s_[p] == '.') {
      ++p;
      while (p < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p]))) ++p;
    }
    pos_ = p;
    return std::strtod(std::string(s_.substr(start, p - start)).c_str(), nullptr);
  }

  // `quiet`: a failure right at the start is not recorded (the caller records a better one).
  std::optional<math::Vec3> direction(bool quiet = false) {
    skip_ws();
    size_t start = pos_;
    // Longest first, as pyparsing's oneOf orders them.
    static constexpr std::pair<const char*, math::Vec3> kAxes[] = {
        {"XY", {1, 1, 0}}, {"XZ", {1, 0, 1}}, {"YZ", {0, 1, 1}},
        {"X", {1, 0, 0}},  {"Y", {0, 1, 0}},  {"Z", {0, 0, 1}}};
    for (const auto& [name, v] : kAxes) {
      if (lit(name)) return v;
    }
    if (lit("(")) {
      double c[3];
      for (int i = 0; i < 3; ++i) {
        if (i > 0) {
          skip_ws();
          if (!lit(",")) {
            fail(pos_, "','");
            pos_ = start;
            return std::nullopt;
          }
        }
        auto v = number();
        if (!v) {
          pos_ = start;
          return std::nullopt;
        }
        c[i] = *v;
      }
      skip_ws();
      if (!lit(")")) {
        fail(pos_, "')'");
        pos_ = start;
        return std::nullopt;
      }
      return math::Vec3{c[0], c[1], c[2]};
    }
    if (!quiet) fail(start, kDirExpected);
    return std::nullopt;
  }

  // "[" "-"? digits "]" — optional: restores the position when absent or malformed.
  std::optional<int64_t> index() {
    size_t start = pos_;
    if (!lit("[")) {
      skip_ws();
      fail(pos_, "'['");
      pos_ = start;
      return std::nullopt;
    }
    bool neg = lit("-");
    skip_ws();
    size_t d0 = pos_;
    while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    if (pos_ == d0 || pos_ - d0 > 15) {
      fail(d0, "an integer index");
      pos_ = start;
      return std::nullopt;
    }
    int64_t v = std::stoll(std::string(s_.substr(d0, pos_ - d0)));
    skip_ws();
    if (!lit("]")) {
      fail(pos_, "']'");
      pos_ = start;
      return std::nullopt;
    }
    return neg ? -v : v;
  }

  // ---- atoms
  SelectorPtr atom() {
    skip_ws();
    size_t start = pos_;
    if (auto d = direction(/*quiet=*/true)) return make_dir_selector(SelectorKind::kDirection, *d);
    pos_ = start;
    if (lit("%")) {
      skip_ws();
      size_t t0 = pos_;
      const char* best = nullptr;
      for (const char* t : kTypes) {  // caseless, longest match
        size_t len = std::char_traits<char>::length(t);
        if (s_.size() - t0 < len) continue;
        bool eq = true;
        for (size_t i = 0; i < len && eq; ++i) {
          eq = std::toupper(static_cast<unsigned char>(s_[t0 + i])) == t[i];
        }
        if (eq && (!best || len > std::char_traits<char>::length(best))) best = t;
      }
      if (best) {
        pos_ = t0 + std::char_traits<char>::length(best);
        return make_type_selector(best);
      }
      fail(t0, "a geometry type (PLANE, CYLINDER, CONE, SPHERE, TORUS, LINE, CIRCLE, ELLIPSE, BSPLINE, ...)");
      pos_ = start;
      return nullptr;
    }
    for (const char* op : {">>", "<<", ">", "<"}) {
      if (!lit(op)) continue;
      bool max = op[0] == '>';
      bool center = op[1] != '\0';
      auto d = direction();
      if (!d) {
        pos_ = start;
        if (!center) continue;  // ">" failed: pyparsing goes on to try ">>"
        return nullptr;
      }
      auto idx = index();
      if (center) return make_nth_selector(SelectorKind::kCenterNth, *d, idx.value_or(-1), max);
      if (idx) return make_nth_selector(SelectorKind::kDirectionNth, *d, *idx, max);
      return make_nth_selector(SelectorKind::kDirectionMinMax, *d, -1, max);
    }
    pos_ = start;
    for (char op : {'|', '#', '+', '-'}) {
      if (!lit(std::string_view(&op, 1))) continue;
      auto d = direction();
      if (!d) {
        pos_ = start;
        return nullptr;
      }
      switch (op) {
        case '|': return make_dir_selector(SelectorKind::kParallelDir, *d);
        case '#': return make_dir_selector(SelectorKind::kPerpendicularDir, *d);
        case '+': return make_dir_selector(SelectorKind::kDirection, *d);
        default: return make_dir_selector(SelectorKind::kDirection, -*d);
      }
    }
    pos_ = start;
    static constexpr std::pair<const char*, std::pair<math::Vec3, bool>> kViews[] = {
        {"front", {{0, 0, 1}, true}}, {"back", {{0, 0, 1}, false}},  {"left", {{1, 0, 0}, false}},
        {"right", {{1, 0, 0}, true}}, {"top", {{0, 1, 0}, true}},    {"bottom", {{0, 1, 0}, false}}};
    for (const auto& [name, view] : kViews) {
      if (lit(name)) return make_nth_selector(SelectorKind::kDirectionMinMax, view.first, -1, view.second);
    }
    pos_ = start;
    fail(start, "a selector (>Z, <Z[1], >>Z, |Z, #Z, +Z, -Z, X, %PLANE, front, ...)");
    return nullptr;
  }

  SelectorPtr operand() {
    size_t start = pos_;
    if (auto a = atom()) return a;
    pos_ = start;
    if (lit("(")) {
      if (auto e = expr()) {
        if (lit(")")) return e;
        skip_ws();
        fail(pos_, "')'");
      }
    }
    pos_ = start;
    skip_ws();
    if (s_.substr(pos_, 3) == "not" && depth_and_or_ > 0) not_hint_ = true;
    return nullptr;
  }

  // One left-associative binary level: sub (op sub)*; an operator is consumed only when its
  // right operand parses.
  template <typename Sub>
  SelectorPtr binary_level(std::initializer_list<std::string_view> ops, SelectorKind kind, Sub sub) {
    SelectorPtr left = sub();
    if (!left) return nullptr;
    for (;;) {
      size_t save = pos_;
      bool matched = false;
      for (std::string_view op : ops) {
        if (lit(op)) {
          matched = true;
          break;
        }
        pos_ = save;
      }
      if (!matched) {
        pos_ = save;
        return left;
      }
      ++depth_and_or_;
      SelectorPtr right = sub();
      --depth_and_or_;
      if (!right) {
        pos_ = save;
        return left;
      }
      left = make_binary_selector(kind, left, right);
    }
  }

  SelectorPtr and_expr() {
    return binary_level({"and"}, SelectorKind::kAnd, [this] { return operand(); });
  }
  SelectorPtr or_expr() {
    return binary_level({"or"}, SelectorKind::kSum, [this] { return and_expr(); });
  }
  SelectorPtr exc_expr() {
    return binary_level({"except", "exc"}, SelectorKind::kSubtract, [this] { return or_expr(); });
  }
  SelectorPtr expr() {
    // Nesting ("((((" or "not not not") recurses: bound it so no input can exhaust the stack.
    if (++nesting_ > kMaxNesting) {
      fail(pos_, "less nesting (at most 100 levels of parentheses and 'not')");
      --nesting_;
      return nullptr;
    }
    SelectorPtr r = expr_inner();
    --nesting_;
    return r;
  }
  SelectorPtr expr_inner() {
    size_t start = pos_;
    if (lit("not")) {
      if (auto inner = expr()) return make_inverse_selector(inner);
      pos_ = start;
    }
    return exc_expr();
  }

  static constexpr int kMaxNesting = 100;
  std::string_view s_;
  size_t pos_ = 0;
  int nesting_ = 0;
  size_t far_ = 0;
  bool any_fail_ = false;
  bool not_hint_ = false;
  int depth_and_or_ = 0;
  std::vector<std::string> expected_;
};

}  // namespace

Result<SelectorPtr> parse_selector(std::string_view text) {
  if (text.size() > 4096) return base::make_diag("runtime.value_error", "selector string is too long");
  return Parser(text).parse();
}

}  // namespace cadscribe::cad
