#include "nn/bpe_tokenizer.h"

#include <limits>
#include <map>
#include <nlohmann/json.hpp>

namespace cadscribe::nn {
namespace {

uint64_t pair_key(int32_t a, int32_t b) { return (uint64_t(uint32_t(a)) << 32) | uint32_t(b); }

bool ident_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool ident_char(unsigned char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

// kPhrases: a digit alone; otherwise up to the next digit, or to a newline included.
std::vector<std::string_view> phrase_chunks(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i + 1;
    if (!digit(static_cast<unsigned char>(text[i])) && text[i] != '\n')
      while (j < text.size() && !digit(static_cast<unsigned char>(text[j])) && text[j - 1] != '\n') ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// Replaces every non-overlapping occurrence of (a, b), left to right, by `merged`.
void apply_merge(std::vector<int32_t>& syms, int32_t a, int32_t b, int32_t merged) {
  size_t out = 0;
  for (size_t i = 0; i < syms.size(); ++i) {
    if (i + 1 < syms.size() && syms[i] == a && syms[i + 1] == b) {
      syms[out++] = merged;
      ++i;
    } else {
      syms[out++] = syms[i];
    }
  }
  syms.resize(out);
}

}  // namespace

std::vector<std::string_view> BpeTokenizer::chunks(std::string_view text, Chunking chunking) {
  if (chunking == Chunking::kPhrases) return phrase_chunks(text);
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t j = i + 1;
    if (ident_start(c)) {
      while (j < text.size() && ident_char(static_cast<unsigned char>(text[j]))) ++j;
    } else if (c == '\n') {
      while (j < text.size() && blank(static_cast<unsigned char>(text[j]))) ++j;
    } else if (blank(c)) {
      while (j < text.size() && blank(static_cast<unsigned char>(text[j]))) ++j;
    }
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

void BpeTokenizer::add_merge(int32_t a, int32_t b) {
  const int32_t id = vocab_size();
  merges_.emplace_back(a, b);
  rank_[pair_key(a, b)] = id;
  pieces_.push_back(pieces_[size_t(a)] + pieces_[size_t(b)]);
}

BpeTokenizer BpeTokenizer::train(const std::vector<std::string>& corpus, int32_t vocab_size, Chunking chunking) {
  BpeTokenizer tok;
  tok.chunking_ = chunking;
  tok.pieces_.assign(size_t(kFirstByte), std::string());
  for (int b = 0; b < 256; ++b) tok.pieces_.push_back(std::string(1, char(b)));
  // Unique chunks with their counts, in byte order (so training does not depend on hash order).
  std::map<std::string, int64_t> freq;
  for (const auto& doc : corpus)
    for (auto c : chunks(doc, chunking)) ++freq[std::string(c)];
  struct Word {
    std::vector<int32_t> syms;
    int64_t count;
  };
  std::vector<Word> words;
  words.reserve(freq.size());
  for (const auto& [text, count] : freq) {
    Word w{{}, count};
    for (unsigned char c : text) w.syms.push_back(kFirstByte + c);
    if (w.syms.size() > 1) words.push_back(std::move(w));
  }
  while (tok.vocab_size() < vocab_size) {
    std::unordered_map<uint64_t, int64_t> counts;
    for (const auto& w : words)
      for (size_t i = 0; i + 1 < w.syms.size(); ++i) counts[pair_key(w.syms[i], w.syms[i + 1])] += w.count;
    uint64_t best = 0;
    int64_t best_count = 1;  // a pair seen once is not worth an id
    for (const auto& [key, count] : counts)
      if (count > best_count || (count == best_count && best_count > 1 && key < best)) {
        best = key;
        best_count = count;
      }
    if (best_count < 2) break;
    const auto a = int32_t(best >> 32), b = int32_t(best & 0xFFFFFFFFu);
    tok.add_merge(a, b);
    const int32_t merged = tok.vocab_size() - 1;
    for (auto& w : words) apply_merge(w.syms, a, b, merged);
  }
  return tok;
}

std::vector<int32_t> BpeTokenizer::encode_chunk(std::string_view chunk) const {
  std::vector<int32_t> syms;
  syms.reserve(chunk.size());
  for (unsigned char c : chunk) syms.push_back(kFirstByte + c);
  // Merge the earliest-learned pair present, everywhere, until none is left: training's order.
  while (syms.size() > 1) {
    int32_t best = std::numeric_limits<int32_t>::max();
    size_t at = 0;
    for (size_t i = 0; i + 1 < syms.size(); ++i) {
      auto it = rank_.find(pair_key(syms[i], syms[i + 1]));
      if (it != rank_.end() && it->second < best) {
        best = it->second;
        at = i;
      }
    }
    if (best == std::numeric_limits<int32_t>::max()) break;
    apply_merge(syms, syms[at], syms[at + 1], best);
  }
  return syms;
}

std::vector<int32_t> BpeTokenizer::encode(std::string_view text) const {
  std::vector<int32_t> out;
  for (auto c : chunks(text, chunking_)) {
    auto ids = encode_chunk(c);
    out.insert(out.end(), ids.begin(), ids.end());
  }
  return out;
}

std::string BpeTokenizer::decode(const std::vector<int32_t>& ids) const {
  std::string out;
  for (int32_t id : ids) {
    CHECK(id >= 0 && id < vocab_size());
    out += pieces_[size_t(id)];
  }
  return out;
}

nlohmann::json BpeTokenizer::to_json() const {
  nlohmann::json merges = nlohmann::json::array();
  for (const auto& [a, b] : merges_) merges.push_back({a, b});
  if (chunking_ == Chunking::kPhrases)
    return {{"type", "byte-bpe"}, {"version", 2}, {"chunking", "phrases"}, {"merges", merges}};
  return {{"type", "byte-bpe"}, {"version", 1}, {"merges", merges}};
}

base::Result<BpeTokenizer> BpeTokenizer::from_json(const nlohmann::json& j) {
  auto bad = [](const std::string& what) { return base::make_diag("io.bad_tokenizer", "tokenizer: " + what); };
  if (!j.is_object() || j.value("type", "") != "byte-bpe" || (j.value("version", 0) != 1 && j.value("version", 0) != 2))
    return bad("expected {\"type\": \"byte-bpe\", \"version\": 1 or 2, ...}");
  if (!j.contains("merges") || !j["merges"].is_array()) return bad("\"merges\" must be an array");
  BpeTokenizer tok;
  if (j["version"] == 2) {
    if (j.value("chunking", "") != "phrases") return bad("version 2 expects \"chunking\": \"phrases\"");
    tok.chunking_ = Chunking::kPhrases;
  }
  tok.pieces_.assign(size_t(kFirstByte), std::string());
  for (int b = 0; b < 256; ++b) tok.pieces_.push_back(std::string(1, char(b)));
  size_t k = 0;
  for (const auto& m : j["merges"]) {
    const std::string where = "merge " + std::to_string(k++) + ": ";
    if (!m.is_array() || m.size() != 2 || !m[0].is_number_integer() || !m[1].is_number_integer())
      return bad(where + "expected [id, id]");
    const auto a = m[0].get<int64_t>(), b = m[1].get<int64_t>();
    if (a < kFirstByte || b < kFirstByte || a >= tok.vocab_size() || b >= tok.vocab_size())
      return bad(where + "ids must be earlier byte or merge ids (" + std::to_string(kFirstByte) + ".." +
                 std::to_string(tok.vocab_size() - 1) + ")");
    if (tok.rank_.count(pair_key(int32_t(a), int32_t(b)))) return bad(where + "repeats an earlier merge");
    tok.add_merge(int32_t(a), int32_t(b));
  }
  return tok;
}

}  // namespace cadscribe::nn
