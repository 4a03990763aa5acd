// lang/scad/lexer.cpp — OpenSCAD tokeniser (see lexer.h).
#include "lang/scad/lexer.h"

#include <cstdlib>

namespace cadscribe::lang::scad {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
bool is_ident(char c) { return is_ident_start(c) || is_digit(c); }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& file) : s_(src), file_(file) {}

  LexResult run() {
    LexResult out;
    while (true) {
      skip_space_and_comments(out);
      if (i_ >= s_.size()) break;
      Token t;
      t.line = line_;
      t.col = col();
      char c = s_[i_];
      if ((is_digit(c) && !digit_led_identifier()) || (c == '.' && i_ + 1 < s_.size() && is_digit(s_[i_ + 1]))) {
        number(t, out);
      } else if (is_ident_start(c) || is_digit(c)) {
        size_t b = i_;
        while (i_ < s_.size() && is_ident(s_[i_])) ++i_;
        t.kind = Tok::kIdent;
        t.text = std::string(s_.substr(b, i_ - b));
        if (t.text == "include" || t.text == "use") {
          if (directive(t, out)) {
            finish(t);
            out.tokens.push_back(std::move(t));
            continue;
          }
        }
      } else if (c == '"') {
        string(t, out);
      } else {
        t.kind = Tok::kOp;
        static const char* kTwo[] = {"==", "!=", "<=", ">=", "&&", "||"};
        bool two = false;
        if (i_ + 1 < s_.size())
          for (const char* op : kTwo)
            if (s_[i_] == op[0] && s_[i_ + 1] == op[1]) two = true;
        if (two) {
          t.text = std::string(s_.substr(i_, 2));
          i_ += 2;
        } else if (std::string_view("+-*/%^!<>=?:;,.()[]{}#").find(c) != std::string_view::npos) {
          t.text = std::string(1, c);
          ++i_;
        } else {
          unsigned char uc = static_cast<unsigned char>(c);
          std::string shown = (uc >= 32 && uc < 127) ? std::string("'") + c + "'"
                                                       : "byte 0x" + hex(uc);
          error(out, t.line, t.col, "syntax.bad_character", "unexpected character " + shown);
          ++i_;
          continue;
        }
      }
      finish(t);
      out.tokens.push_back(std::move(t));
    }
    Token end;
    end.kind = Tok::kEnd;
    end.line = line_;
    end.col = col();
    end.end_line = line_;
    end.end_col = col();
    out.tokens.push_back(end);
    return out;
  }

 private:
  static std::string hex(unsigned v) {
    const char* d = "0123456789abcdef";
    return std::string{d[(v >> 4) & 15], d[v & 15]};
  }
  int32_t col() const { return static_cast<int32_t>(i_ - line_start_) + 1; }
  void finish(Token& t) const {
    t.end_line = line_;
    t.end_col = col() > 1 ? col() - 1 : 1;
  }
  void newline() {
    ++line_;
    line_start_ = i_ + 1;
  }
  void error(LexResult& out, int32_t line, int32_t col, const char* code, std::string msg) {
    base::SourceSpan span{file_, line, col, line, col};
    out.diags.push_back(base::make_diag(code, std::move(msg), span));
  }

  void skip_space_and_comments(LexResult& out) {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        newline();
        ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++i_;
      } else if (c == '\xC2' && i_ + 1 < s_.size() && s_[i_ + 1] == '\xA0') {
        i_ += 2;  // U+00A0 no-break space, as openscad
      } else if (c == '\xA0') {
        ++i_;  // a Latin-1 no-break space byte, as openscad
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
        int32_t l = line_, cl = col();
        i_ += 2;
        bool closed = false;
        while (i_ < s_.size()) {
          if (s_[i_] == '*' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
            i_ += 2;
            closed = true;
            break;
          }
          if (s_[i_] == '\n') newline();
          ++i_;
        }
        if (!closed) error(out, l, cl, "syntax.unterminated_comment", "unterminated /* comment");
      } else {
        break;
      }
    }
  }

  // openscad's flex lexer takes the longest match and [a-zA-Z0-9_]+ is an identifier, so '8bit'
  // and '3d' are names (MCAD's fonts.scad defines 8bit_polyfont()); a tie ('8', '1e3') is a number.
  bool digit_led_identifier() const {
    size_t j = i_;
    while (j < s_.size() && (is_digit(s_[j]) || (is_ident_start(s_[j]) && s_[j] != '$'))) ++j;
    return j - i_ > number_length();
  }

  size_t number_length() const {
    size_t j = i_;
    while (j < s_.size() && is_digit(s_[j])) ++j;
    if (j < s_.size() && s_[j] == '.') {
      ++j;
      while (j < s_.size() && is_digit(s_[j])) ++j;
    }
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) ++k;
      if (k < s_.size() && is_digit(s_[k])) {
        j = k;
        while (j < s_.size() && is_digit(s_[j])) ++j;
      }
    }
    return j - i_;
  }

  void number(Token& t, LexResult& out) {
    size_t b = i_;
    i_ += number_length();
    t.kind = Tok::kNumber;
    t.text = std::string(s_.substr(b, i_ - b));
    t.number = std::strtod(t.text.c_str(), nullptr);
    if (i_ < s_.size() && is_ident_start(s_[i_]) && s_[i_] != '$')
      error(out, line_, col(), "syntax.bad_number", "malformed number '" + t.text + s_[i_] + "'");
  }

  void string(Token& t, LexResult& out) {
    t.kind = Tok::kString;
    ++i_;  // opening quote
    while (true) {
      if (i_ >= s_.size()) {
        error(out, t.line, t.col, "syntax.unterminated_string", "unterminated string literal");
        return;
      }
      char c = s_[i_];
      if (c == '"') {
        ++i_;
        return;
      }
      if (c == '\n') {
        newline();
        t.text += c;
        ++i_;
        continue;
      }
      if (c != '\\') {
        t.text += c;
        ++i_;
        continue;
      }
      if (i_ + 1 >= s_.size()) {
        ++i_;
        continue;
      }
      char e = s_[i_ + 1];
      i_ += 2;
      switch (e) {
        case 'n': t.text += '\n'; break;
        case 't': t.text += '\t'; break;
        case 'r': t.text += '\r'; break;
        case '\\': t.text += '\\'; break;
        case '"': t.text += '"'; break;
        case '\'': t.text += '\''; break;
        case 'x': {
          int h1 = i_ < s_.size() ? hex_value(s_[i_]) : -1;
          int h2 = i_ + 1 < s_.size() ? hex_value(s_[i_ + 1]) : -1;
          if (h1 >= 0 && h1 <= 7 && h2 >= 0 && h1 * 16 + h2 != 0) {
            i_ += 2;
            t.text += static_cast<char>(h1 * 16 + h2);
          } else {
            t.text += 'x';  // openscad drops the backslash of an invalid escape
          }
          break;
        }
        case 'u':
        case 'U': {
          size_t n = e == 'u' ? 4 : 6;
          uint32_t cp = 0;
          bool ok = i_ + n <= s_.size();
          for (size_t k = 0; ok && k < n; ++k) {
            int h = hex_value(s_[i_ + k]);
            if (h < 0) ok = false;
            else cp = cp * 16 + uint32_t(h);
          }
          if (ok) {
            i_ += n;
            if (cp != 0) append_utf8(t.text, cp);
            else t.text += ' ';  // openscad 2021.01 prints \u0000 as a space
          } else {
            t.text += e;
          }
          break;
        }
        case '\n':
          newline();
          t.text += '\\';
          t.text += e;
          break;
        default:  // an unknown escape is the character itself, as openscad
          t.text += e;
          break;
      }
    }
  }

  // `include <path>` / `use <path>`: returns false (an ordinary identifier) if no '<' follows.
  bool directive(Token& t, LexResult& out) {
    size_t j = i_;
    int32_t extra_lines = 0;
    size_t ls = line_start_;
    while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r' || s_[j] == '\n')) {
      if (s_[j] == '\n') {
        ++extra_lines;
        ls = j + 1;
      }
      ++j;
    }
    if (j >= s_.size() || s_[j] != '<') return false;
    size_t b = j + 1, e = b;
    while (e < s_.size() && s_[e] != '>' && s_[e] != '\n' && s_[e] != '\r' && s_[e] != '\t') ++e;
    line_ += extra_lines;
    line_start_ = ls;
    t.kind = t.text == "include" ? Tok::kInclude : Tok::kUse;
    t.text = std::string(s_.substr(b, e - b));
    if (e >= s_.size() || s_[e] != '>') {
      error(out, t.line, t.col, "syntax.bad_include", "expected '>' to close the path of " +
                                                          std::string(t.kind == Tok::kInclude ? "include" : "use"));
      i_ = e;
    } else {
      i_ = e + 1;
    }
    return true;
  }

  std::string_view s_;
  const std::string& file_;
  size_t i_ = 0, line_start_ = 0;
  int32_t line_ = 1;
};

}  // namespace

void append_utf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
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

LexResult lex(std::string_view src, const std::string& file) { return Lexer(src, file).run(); }

std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::kIdent: return "identifier '" + t.text + "'";
    case Tok::kNumber: return "number " + t.text;
    case Tok::kString: return "string";
    case Tok::kOp: return "'" + t.text + "'";
    case Tok::kInclude: return "include";
    case Tok::kUse: return "use";
    case Tok::kEnd: return "end of input";
  }
  return "token";
}

}  // namespace cadscribe::lang::scad
