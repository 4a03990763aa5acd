// nn/bpe_tokenizer.h — a byte-level BPE tokenizer for program text (CadQuery, OpenSCAD), trained
// on the corpus it will model.
//
// Ids: 0 <pad>, 1 <bos>, 2 <eos>, 3..258 the 256 bytes, then one id per learned merge. Every byte
// string encodes, and decode(encode(s)) == s exactly, so a model's output is always text.
// Merges never cross a chunk boundary; chunks are identifier runs ([A-Za-z_][A-Za-z0-9_]*), single
// digits (numbers stay compositional: "140.0" is 1 4 0 . 0, so a model can learn magnitudes
// instead of memorising literals), a newline with the indentation after it, other whitespace
// runs, and single other bytes (Chunking::kWords, the views model's). Chunking::kPhrases keeps the
// single digits but lets every other run of a line be one chunk, its newline included: a
// template's recurring phrases ("]) cylinder(h = ", a comment) become single ids, which halves an
// OpenSCAD program's length for the text model. The newline ends a chunk (rather than starting
// the next) so that a prompt line "// a mug\n" encodes alone exactly as it does in front of a
// program, and a model primed with it continues from a state it was trained on. Training is deterministic: a pair's count ties
// break towards the smaller ids.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/result.h"

namespace cadscribe::nn {

class BpeTokenizer {
 public:
  static constexpr int32_t kPad = 0, kBos = 1, kEos = 2, kFirstByte = 3, kFirstMerge = 259;
  enum class Chunking { kWords, kPhrases };

  // Learns merges from `corpus` until the vocabulary has `vocab_size` ids (at least 259), or no
  // pair occurs twice.
  static BpeTokenizer train(const std::vector<std::string>& corpus, int32_t vocab_size,
                            Chunking chunking = Chunking::kWords);

  [[nodiscard]] std::vector<int32_t> encode(std::string_view text) const;
  // Special ids are dropped; an id outside the vocabulary is a programmer error (CHECK).
  [[nodiscard]] std::string decode(const std::vector<int32_t>& ids) const;
  [[nodiscard]] int32_t vocab_size() const { return kFirstMerge + int32_t(merges_.size()); }
  // The bytes id `id` stands for ("" for the special ids).
  [[nodiscard]] const std::string& piece(int32_t id) const { return pieces_[size_t(id)]; }
  [[nodiscard]] Chunking chunking() const { return chunking_; }

  // {"type": "byte-bpe", "version": 1, "merges": [[a, b], ...]} for kWords; kPhrases is version 2
  // with "chunking": "phrases". from_json checks every merge.
  [[nodiscard]] nlohmann::json to_json() const;
  [[nodiscard]] static base::Result<BpeTokenizer> from_json(const nlohmann::json& j);

  // The chunks `text` is split into before merging (exposed for tests).
  [[nodiscard]] static std::vector<std::string_view> chunks(std::string_view text, Chunking chunking = Chunking::kWords);

 private:
  void add_merge(int32_t a, int32_t b);
  [[nodiscard]] std::vector<int32_t> encode_chunk(std::string_view chunk) const;

  Chunking chunking_ = Chunking::kWords;
  std::vector<std::pair<int32_t, int32_t>> merges_;
  std::unordered_map<uint64_t, int32_t> rank_;  // (a, b) → merged id
  std::vector<std::string> pieces_;
};

}  // namespace cadscribe::nn
