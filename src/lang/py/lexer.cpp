// lang/py/lexer.cpp — see lexer.h.
#include "lang/py/lexer.h"

#include <cmath>
#include <cstdlib>
#include <tuple>

namespace cadscribe::lang::py {

namespace {

constexpr int kMaxIndentLevels = 100;

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

const char kOps1[] = "+-*/%@&|^~<>()[]{},:.;=";

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& file, int32_t line_off, int32_t col_off)
      : src_(src), file_(file), line_off_(line_off), col_off_(col_off) {}

  LexResult run() {
    indents_.push_back(0);
    bool at_line_start = true;
    while (pos_ < src_.size()) {
      if (at_line_start && depth_ == 0) {
        if (!handle_indent()) continue;  // blank/comment line consumed
        at_line_start = false;
      }
      char c = src_[pos_];
      if (c == '\n') {
        if (depth_ > 0 && next_line_starts_statement()) {
          // Recovery: a statement keyword at the start of the next line means a bracket was
          // left open; report it and close it so the rest of the file still parses.
          report_unclosed();
          depth_ = 0;
          open_brackets_.clear();
        }
        if (depth_ == 0) emit_simple(Tok::kNewline, "\n", 1);
        at_line_start = depth_ == 0;
        advance_newline();
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { ++pos_; continue; }
      if (c == '#') { skip_comment(); continue; }
      if (c == '\\') {
        size_t p = pos_ + 1;
        if (p < src_.size() && src_[p] == '\r') ++p;
        if (p < src_.size() && src_[p] == '\n') {
          pos_ = p;
          advance_newline();
          continue;
        }
        error(pos_, "syntax.unexpected_char", "unexpected character after line continuation character");
        ++pos_;
        continue;
      }
      unsigned char uc = static_cast<unsigned char>(c);
      if (is_ident_start(uc)) { lex_name_or_string(); continue; }
      if (std::isdigit(uc) || (c == '.' && pos_ + 1 < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_ + 1])))) {
        lex_number();
        continue;
      }
      if (c == '"' || c == '\'') { lex_string(pos_, false, false); continue; }
      lex_op();
    }
    if (depth_ > 0) report_unclosed();
    if (!out_.tokens.empty() && out_.tokens.back().kind != Tok::kNewline && out_.tokens.back().kind != Tok::kDedent)
      emit_simple(Tok::kNewline, "\n", 0);
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit_simple(Tok::kDedent, "", 0);
    }
    emit_simple(Tok::kEnd, "", 0);
    return std::move(out_);
  }

 private:
  int32_t col_of(size_t p) const { return static_cast<int32_t>(p - line_start_) + 1 + (line_ == 1 ? col_off_ : 0); }
  int32_t line_no() const { return line_ + line_off_; }

  void advance_newline() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  void emit_simple(Tok k, std::string text, size_t len) {
    Token t;
    t.kind = k;
    t.text = std::move(text);
    t.line = t.end_line = line_no();
    t.col = col_of(pos_);
    t.end_col = t.col + static_cast<int32_t>(len);
    out_.tokens.push_back(std::move(t));
  }

  void error(size_t at, const char* code, std::string msg) {
    if (out_.diags.size() >= 100) return;
    base::SourceSpan sp{file_, line_no(), col_of(at), line_no(), col_of(at) + 1};
    out_.diags.push_back(base::make_diag(code, std::move(msg), sp));
  }

  void report_unclosed() {
    if (open_brackets_.empty()) return;
    auto [l, c, ch] = open_brackets_.front();
    // A string left open after the bracket swallowed its closing partner: that string is the
    // one real error (as CPython reports it), the bracket only its echo.
    for (const auto& d : out_.diags) {
      if (d.code == "syntax.unterminated_string" &&
          (d.span.line > l || (d.span.line == l && d.span.col > c)))
        return;
    }
    base::SourceSpan sp{file_, l, c, l, c + 1};
    out_.diags.push_back(base::make_diag("syntax.unclosed_bracket", std::string("'") + ch + "' was never closed", sp));
  }

  bool next_line_starts_statement() const {
    static const char* const kw[] = {"def", "class", "return", "import", "from", "while", "try", "except",
                                     "finally", "with", "pass", "break", "continue", "raise", "elif",
                                     "global", "nonlocal", "assert", "del"};
    size_t p = pos_ + 1;
    while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t')) ++p;
    size_t b = p;
    while (p < src_.size() && is_ident_char(static_cast<unsigned char>(src_[p]))) ++p;
    if (p == b || (p < src_.size() && src_[p] != ' ' && src_[p] != ':' && src_[p] != '\n')) return false;
    std::string_view w = src_.substr(b, p - b);
    for (const char* k : kw)
      if (w == k) return true;
    return false;
  }

  void skip_comment() {
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
  }

  // At the start of a logical line: measure indentation, emit INDENT/DEDENT.
  // Returns false when the line was blank or a comment (already consumed).
  bool handle_indent() {
    int width = 0;
    size_t p = pos_;
    while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
      width = src_[p] == '\t' ? (width / 8 + 1) * 8 : width + 1;
      ++p;
    }
    if (p < src_.size() && src_[p] == '\r') ++p;
    if (p >= src_.size()) { pos_ = p; return false; }
    if (src_[p] == '\n') { pos_ = p; advance_newline(); return false; }
    if (src_[p] == '#') { pos_ = p; skip_comment(); return false; }
    pos_ = p;
    if (width > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= kMaxIndentLevels) {
        error(p, "syntax.too_deep", "too many levels of indentation");
      }
      indents_.push_back(width);
      emit_simple(Tok::kIndent, "", 0);
    } else {
      while (width < indents_.back()) {
        indents_.pop_back();
        emit_simple(Tok::kDedent, "", 0);
      }
      if (width != indents_.back()) {
        error(p, "syntax.bad_indent", "unindent does not match any outer indentation level");
        indents_.push_back(width);
      }
    }
    return true;
  }

  void lex_name_or_string() {
    size_t start = pos_;
    while (pos_ < src_.size() && is_ident_char(static_cast<unsigned char>(src_[pos_]))) ++pos_;
    std::string_view word = src_.substr(start, pos_ - start);
    if (pos_ < src_.size() && (src_[pos_] == '"' || src_[pos_] == '\'') && word.size() <= 2) {
      bool raw = false, f = false, ok = true;
      for (char ch : word) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (l == 'r') raw = true;
        else if (l == 'f') f = true;
        else if (l == 'b' || l == 'u') {}
        else ok = false;
      }
      if (ok) {
        lex_string(start, raw, f);
        return;
      }
    }
    Token t;
    t.kind = Tok::kName;
    t.text = std::string(word);
    t.line = t.end_line = line_no();
    t.col = col_of(start);
    t.end_col = col_of(pos_);
    out_.tokens.push_back(std::move(t));
  }

  void lex_string(size_t start, bool raw, bool fstr) {
    char q = src_[pos_];
    bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q;
    int32_t start_line = line_no(), start_col = col_of(start);
    pos_ += triple ? 3 : 1;
    size_t body_start = pos_;
    bool closed = false;
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (c == '\\' && pos_ + 1 < src_.size()) {
        if (src_[pos_ + 1] == '\n') {
          pos_ += 1;
          advance_newline();
          continue;
        }
        pos_ += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple) break;
        advance_newline();
        continue;
      }
      if (c == q && (!triple || (pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q))) {
        closed = true;
        break;
      }
      ++pos_;
    }
    std::string_view body = src_.substr(body_start, pos_ - body_start);
    Token t;
    t.line = start_line;
    t.col = start_col;
    if (!closed) {
      base::SourceSpan sp{file_, start_line, start_col, start_line, start_col + 1};
      out_.diags.push_back(base::make_diag("syntax.unterminated_string",
                                           triple ? "unterminated triple-quoted string literal"
                                                  : "unterminated string literal",
                                           sp));
    } else {
      pos_ += triple ? 3 : 1;
    }
    t.end_line = line_no();
    t.end_col = col_of(pos_);
    if (fstr) {
      t.kind = Tok::kFString;
      t.text = std::string(body);
      // f-string bodies keep their raw text; remember raw-ness and the body's column in int_value.
      t.int_value = raw ? 1 : 0;
      t.float_value = static_cast<double>(start_col + static_cast<int32_t>(body_start - start));
    } else {
      t.kind = Tok::kString;
      t.text = raw ? std::string(body) : unescape(body);
    }
    out_.tokens.push_back(std::move(t));
  }

  void lex_number() {
    size_t start = pos_;
    Token t;
    t.line = t.end_line = line_no();
    t.col = col_of(start);
    auto digits = [&](auto pred) {
      std::string s;
      while (pos_ < src_.size() && (pred(src_[pos_]) || src_[pos_] == '_')) {
        if (src_[pos_] != '_') s += src_[pos_];
        ++pos_;
      }
      return s;
    };
    auto dec = [](char c) { return c >= '0' && c <= '9'; };
    if (src_[pos_] == '0' && pos_ + 1 < src_.size() &&
        std::string_view("xXoObB").find(src_[pos_ + 1]) != std::string_view::npos) {
      char k = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[pos_ + 1])));
      pos_ += 2;
      int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
      std::string s = digits([](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
      t.kind = Tok::kInt;
      errno = 0;
      char* end = nullptr;
      unsigned long long v = std::strtoull(s.c_str(), &end, base);
      if (s.empty() || *end) error(start, "syntax.bad_number", "invalid number literal");
      if (errno == ERANGE || v > static_cast<unsigned long long>(INT64_MAX)) t.int_overflow = true;
      t.int_value = static_cast<int64_t>(v);
    } else {
      std::string s = digits(dec);
      bool is_float = false;
      if (pos_ < src_.size() && src_[pos_] == '.' && !(pos_ + 1 < src_.size() && src_[pos_ + 1] == '.')) {
        is_float = true;
        ++pos_;
        s += '.' + digits(dec);
      }
      if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
        size_t save = pos_;
        std::string e = "e";
        ++pos_;
        if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) e += src_[pos_++];
        std::string ed = digits(dec);
        if (ed.empty()) {
          pos_ = save;
        } else {
          is_float = true;
          s += e + ed;
        }
      }
      if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) {
        error(start, "unsupported.feature", "complex numbers are not supported");
        ++pos_;
      }
      if (is_float) {
        t.kind = Tok::kFloat;
        t.float_value = std::strtod(s.c_str(), nullptr);
      } else {
        t.kind = Tok::kInt;
        errno = 0;
        unsigned long long v = std::strtoull(s.c_str(), nullptr, 10);
        if (errno == ERANGE || v > static_cast<unsigned long long>(INT64_MAX)) t.int_overflow = true;
        t.int_value = static_cast<int64_t>(v);
        if (s.size() > 1 && s[0] == '0' && v != 0)
          error(start, "syntax.bad_number", "leading zeros in decimal integer literals are not permitted");
      }
    }
    if (pos_ < src_.size() && is_ident_start(static_cast<unsigned char>(src_[pos_]))) {
      error(pos_, "syntax.bad_number", "invalid decimal literal");
      while (pos_ < src_.size() && is_ident_char(static_cast<unsigned char>(src_[pos_]))) ++pos_;
    }
    t.text = std::string(src_.substr(start, pos_ - start));
    t.end_col = col_of(pos_);
    out_.tokens.push_back(std::move(t));
  }

  // Longest operator at pos_ (3, 2 or 1 chars), 0 when none. A switch on characters rather
  // than a table scan: this runs for every operator token.
  size_t op_length() const {
    size_t left = src_.size() - pos_;
    char c0 = src_[pos_];
    char c1 = left > 1 ? src_[pos_ + 1] : '\0';
    char c2 = left > 2 ? src_[pos_ + 2] : '\0';
    if ((c0 == '*' || c0 == '/' || c0 == '<' || c0 == '>') && c1 == c0 && c2 == '=') return 3;
    if (c0 == '.' && c1 == '.' && c2 == '.') return 3;
    if (c1 == '=' && std::string_view("=!<>+-*/%&|^@:").find(c0) != std::string_view::npos) return 2;
    if ((c0 == '*' || c0 == '/' || c0 == '<' || c0 == '>') && c1 == c0) return 2;
    if (c0 == '-' && c1 == '>') return 2;
    if (std::string_view(kOps1).find(c0) != std::string_view::npos) return 1;
    return 0;
  }

  void lex_op() {
    size_t start = pos_;
    size_t len = op_length();
    if (len == 0) {
      char c = src_[pos_];
      error(pos_, "syntax.unexpected_char",
            std::string("invalid character '") +
                (static_cast<unsigned char>(c) < 0x20 ? std::string("\\x") + std::to_string(static_cast<int>(c)) : std::string(1, c)) +
                "'");
      ++pos_;
      return;
    }
    std::string op(src_.substr(pos_, len));
    char c = op[0];
    if (op.size() == 1 && (c == '(' || c == '[' || c == '{')) {
      ++depth_;
      open_brackets_.emplace_back(line_no(), col_of(start), c);
    } else if (op.size() == 1 && (c == ')' || c == ']' || c == '}')) {
      if (depth_ > 0) {
        --depth_;
        open_brackets_.pop_back();
      }
    }
    pos_ += op.size();
    Token t;
    t.kind = Tok::kOp;
    t.text = std::move(op);
    t.line = t.end_line = line_no();
    t.col = col_of(start);
    t.end_col = col_of(pos_);
    out_.tokens.push_back(std::move(t));
  }

  std::string_view src_;
  const std::string& file_;
  int32_t line_off_, col_off_;
  size_t pos_ = 0;
  int32_t line_ = 1;
  size_t line_start_ = 0;
  int depth_ = 0;
  std::vector<std::tuple<int32_t, int32_t, char>> open_brackets_;
  std::vector<int> indents_;
  LexResult out_;
};

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string unescape(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    char c = b[i];
    if (c != '\\' || i + 1 >= b.size()) {
      out += c;
      continue;
    }
    char n = b[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case '\n': break;
      case 'x': case 'u': case 'U': {
        size_t len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
        std::string hex(b.substr(i + 1, len));
        bool ok = hex.size() == len;
        for (char h : hex) ok = ok && std::isxdigit(static_cast<unsigned char>(h));
        if (!ok) {
          out += '\\';
          out += n;
          break;
        }
        uint32_t cp = static_cast<uint32_t>(std::strtoul(hex.c_str(), nullptr, 16));
        if (cp > 0x10FFFF) cp = 0xFFFD;
        append_utf8(out, cp);
        i += len;
        break;
      }
      default:
        out += '\\';
        out += n;
    }
  }
  return out;
}

std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::kName: return "'" + t.text + "'";
    case Tok::kInt:
    case Tok::kFloat: return "number '" + t.text + "'";
    case Tok::kString:
    case Tok::kFString: return "string literal";
    case Tok::kOp: return "'" + t.text + "'";
    case Tok::kNewline: return "end of line";
    case Tok::kIndent: return "indent";
    case Tok::kDedent: return "dedent";
    case Tok::kEnd: return "end of file";
  }
  return "?";
}

LexResult lex(std::string_view src, const std::string& file, int32_t line_offset, int32_t col_offset) {
  return Lexer(src, file, line_offset, col_offset).run();
}

}  // namespace cadscribe::lang::py
