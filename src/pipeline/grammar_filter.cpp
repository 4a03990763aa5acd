#include "pipeline/grammar_filter.h"

#include <limits>

#include "lang/py/parser.h"
#include "lang/scad/parser.h"

namespace cadscribe::pipeline {

namespace {

bool printable(char c) { return (c >= 0x20 && c <= 0x7e) || c == '\n' || c == '\t'; }
// Comments may also hold UTF-8 ("t × height"): any byte from 0x80, since a token may end inside
// a multi-byte character. Code stays printable ASCII.
bool comment_byte(char c) { return printable(c) || static_cast<unsigned char>(c) >= 0x80; }

// Open brackets, shared by both languages' lexical states.
struct Brackets {
  std::string open;
  bool advance(char c) {
    switch (c) {
      case '(': case '[': case '{': open.push_back(c); return true;
      case ')': return close('(');
      case ']': return close('[');
      case '}': return close('{');
      default: return true;
    }
  }
  bool close(char o) {
    if (open.empty() || open.back() != o) return false;
    open.pop_back();
    return true;
  }
};

// Where Python's lexer is after some text: open brackets, inside a string or a comment.
struct PythonLexState {
  Brackets brackets;
  char quote = 0;  // the open string's quote, 0 outside strings
  bool escape = false, comment = false;

  // Consumes one byte; false when the byte cannot come here.
  bool advance(char c) {
    if (comment) {
      if (c == '\n') comment = false;
      return comment_byte(c);
    }
    if (!printable(c)) return false;
    if (quote) {
      if (c == '\n') return false;  // one-line strings only
      if (escape) escape = false;
      else if (c == '\\') escape = true;
      else if (c == quote) quote = 0;
      return true;
    }
    if (c == '#') comment = true;
    else if (c == '"' || c == '\'') quote = c;
    else return brackets.advance(c);
    return true;
  }
  [[nodiscard]] bool settled() const { return brackets.open.empty() && !quote && !comment; }
  static bool parses(const std::string& text) {
    return lang::py::parse_program(text, "<generated>").diags.empty();
  }
};

// The same for OpenSCAD: "…" strings (one line here), // and /* */ comments. A '/' is held back
// until the next byte says whether it starts a comment.
struct ScadLexState {
  Brackets brackets;
  bool string = false, escape = false, line_comment = false, block_comment = false;
  bool slash = false;  // the previous byte was a '/' outside strings and comments
  bool star = false;   // in a block comment, the previous byte was '*'

  bool advance(char c) {
    if (line_comment) {
      if (c == '\n') line_comment = false;
      return comment_byte(c);
    }
    if (block_comment) {
      if (star && c == '/') block_comment = false;
      star = c == '*';
      return comment_byte(c);
    }
    if (!printable(c)) return false;
    if (string) {
      if (c == '\n') return false;
      if (escape) escape = false;
      else if (c == '\\') escape = true;
      else if (c == '"') string = false;
      return true;
    }
    if (slash) {
      slash = false;
      if (c == '/') {
        line_comment = true;
        return true;
      }
      if (c == '*') {
        block_comment = true;
        star = false;
        return true;
      }
    }
    if (c == '/') slash = true;
    else if (c == '"') string = true;
    else return brackets.advance(c);
    return true;
  }
  [[nodiscard]] bool settled() const {
    return brackets.open.empty() && !string && !line_comment && !block_comment && !slash;
  }
  static bool parses(const std::string& text) { return lang::scad::parse(text, "<generated>").diags.empty(); }
};

template <typename State>
bool complete(const std::string& text) {
  State s;
  for (char c : text)
    if (!s.advance(c)) return false;
  return s.settled() && !text.empty() && text.back() == '\n' && State::parses(text);
}

// Per step: masks every token whose bytes the lexical state refuses after the text so far, and
// <eos> unless that text is a complete program.
template <typename State>
nn::TokenFilter grammar_filter(const nn::BpeTokenizer& tokenizer) {
  auto bytes = std::make_shared<std::vector<std::string>>();
  for (int32_t id = 0; id < tokenizer.vocab_size(); ++id)
    bytes->push_back(id >= nn::BpeTokenizer::kFirstByte ? tokenizer.decode({id}) : std::string());
  const nn::BpeTokenizer* tok = &tokenizer;
  return [bytes, tok](const std::vector<int32_t>& so_far, std::vector<float>& logits) {
    constexpr float kMasked = -std::numeric_limits<float>::infinity();
    const std::string text = tok->decode(so_far);
    State state;
    for (char c : text)
      if (!state.advance(c)) {  // cannot happen for text this filter let through
        std::fill(logits.begin(), logits.end(), kMasked);
        return;
      }
    for (size_t id = nn::BpeTokenizer::kFirstByte; id < logits.size() && id < bytes->size(); ++id) {
      if (logits[id] == kMasked) continue;
      State s = state;
      for (char c : (*bytes)[id])
        if (!s.advance(c)) {
          logits[id] = kMasked;
          break;
        }
    }
    const bool can_end = state.settled() && !text.empty() && text.back() == '\n' && State::parses(text);
    if (!can_end) logits[size_t(nn::BpeTokenizer::kEos)] = kMasked;
  };
}

}  // namespace

bool complete_program(const std::string& text) { return complete<PythonLexState>(text); }
bool complete_scad_program(const std::string& text) { return complete<ScadLexState>(text); }

nn::TokenFilter python_grammar_filter(const nn::BpeTokenizer& tokenizer) { return grammar_filter<PythonLexState>(tokenizer); }
nn::TokenFilter scad_grammar_filter(const nn::BpeTokenizer& tokenizer) { return grammar_filter<ScadLexState>(tokenizer); }

}  // namespace cadscribe::pipeline
