#include "pipeline/grammar_filter.h"

#include <limits>

#include "lang/py/parser.h"

namespace cadscribe::pipeline {

namespace {

// Where the lexer is after some text: open brackets, inside a string or a comment.
struct LexState {
  std::string brackets;
  char quote = 0;  // the open string's quote, 0 outside strings
  bool escape = false, comment = false;

  // Consumes one byte; false when the byte cannot come here.
  bool advance(char c) {
    const bool printable = (c >= 0x20 && c <= 0x7e) || c == '\n' || c == '\t';
    if (!printable) return false;
    if (comment) {
      if (c == '\n') comment = false;
      return true;
    }
    if (quote) {
      if (c == '\n') return false;  // one-line strings only
      if (escape) escape = false;
      else if (c == '\\') escape = true;
      else if (c == quote) quote = 0;
      return true;
    }
    switch (c) {
      case '#': comment = true; return true;
      case '"': case '\'': quote = c; return true;
      case '(': case '[': case '{': brackets.push_back(c); return true;
      case ')': return close('(');
      case ']': return close('[');
      case '}': return close('{');
      default: return true;
    }
  }
  bool close(char open) {
    if (brackets.empty() || brackets.back() != open) return false;
    brackets.pop_back();
    return true;
  }
  [[nodiscard]] bool settled() const { return brackets.empty() && !quote && !comment; }
};

bool parses(const std::string& text) { return lang::py::parse_program(text, "<generated>").diags.empty(); }

}  // namespace

bool complete_program(const std::string& text) {
  LexState s;
  for (char c : text)
    if (!s.advance(c)) return false;
  return s.settled() && !text.empty() && text.back() == '\n' && parses(text);
}

nn::TokenFilter python_grammar_filter(const nn::BpeTokenizer& tokenizer) {
  auto bytes = std::make_shared<std::vector<std::string>>();
  for (int32_t id = 0; id < tokenizer.vocab_size(); ++id)
    bytes->push_back(id >= nn::BpeTokenizer::kFirstByte ? tokenizer.decode({id}) : std::string());
  const nn::BpeTokenizer* tok = &tokenizer;
  return [bytes, tok](const std::vector<int32_t>& so_far, std::vector<float>& logits) {
    constexpr float kMasked = -std::numeric_limits<float>::infinity();
    const std::string text = tok->decode(so_far);
    LexState state;
    for (char c : text)
      if (!state.advance(c)) {  // cannot happen for text this filter let through
        std::fill(logits.begin(), logits.end(), kMasked);
        return;
      }
    for (size_t id = nn::BpeTokenizer::kFirstByte; id < logits.size() && id < bytes->size(); ++id) {
      if (logits[id] == kMasked) continue;
      LexState s = state;
      for (char c : (*bytes)[id])
        if (!s.advance(c)) {
          logits[id] = kMasked;
          break;
        }
    }
    const bool can_end = state.settled() && !text.empty() && text.back() == '\n' && parses(text);
    if (!can_end) logits[size_t(nn::BpeTokenizer::kEos)] = kMasked;
  };
}

}  // namespace cadscribe::pipeline
