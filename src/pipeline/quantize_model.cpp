#include "pipeline/quantize_model.h"

#include <chrono>
#include <filesystem>

#include "nn/generate.h"
#include "nn/quantized_lm.h"
#include "nn/safetensors.h"
#include "pipeline/program_model.h"
#include "pipeline/prompt_line.h"
#include "synth/object.h"

namespace cadscribe::pipeline {
namespace {

struct Greedy {
  std::vector<int32_t> tokens;  // generated, after the prompt
  double seconds = 0;
};

Greedy greedy(const ProgramModel& m, const std::string& prompt) {
  nn::GenerateOptions o;
  o.prefix = m.tokenizer.encode(prompt_line(prompt));
  o.max_tokens = m.lm->config().max_len;
  const auto start = std::chrono::steady_clock::now();
  nn::Generation g = nn::generate(*m.lm, {}, o);
  Greedy out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.tokens.assign(g.tokens.begin() + g.prefix, g.tokens.end());
  return out;
}

base::Result<int64_t> file_size(const std::string& path) {
  std::error_code ec;
  const auto n = std::filesystem::file_size(path, ec);
  if (ec) return base::make_diag("io.read", path + ": " + ec.message());
  return int64_t(n);
}

}  // namespace

nlohmann::json QuantizeReport::to_json() const {
  return {{"parameters", parameters},
          {"float_bytes", float_bytes},
          {"int8_bytes", int8_bytes},
          {"prompts", prompts},
          {"identical", identical},
          {"agreement_rate", agreement_rate()},
          {"token_agreement", token_agreement},
          {"float_tokens_per_s", float_tokens_per_second},
          {"int8_tokens_per_s", int8_tokens_per_second},
          {"differing", differing}};
}

std::vector<std::string> default_agreement_prompts() {
  std::vector<std::string> out;
  for (const auto& c : synth::object_categories()) out.push_back("a " + std::string(c.nouns.front()));
  return out;
}

base::Result<QuantizeReport> quantize_text_model(const std::string& float_path, const std::string& int8_path,
                                                 const std::vector<std::string>& prompts) {
  TRY(nn::Safetensors float_weights, nn::read_safetensors(float_path));
  TRY(auto quantized, nn::QuantizedLm::quantize(float_weights));
  TRY_STATUS(nn::write_safetensors(quantized->weights(), int8_path));
  // Compare what was written, as `make` will load it.
  TRY(ProgramModel int8_model, load_program_model(int8_path, ModelKind::kText));
  TRY(ProgramModel float_model, load_program_model(float_path, ModelKind::kText));
  TRY_STATUS(set_decoding_threads(float_model, 1));

  QuantizeReport r;
  r.parameters = quantized->parameter_count();
  TRY(r.float_bytes, file_size(float_path));
  TRY(r.int8_bytes, file_size(int8_path));
  int64_t float_tokens = 0, common_tokens = 0, int8_tokens = 0;
  double float_seconds = 0, int8_seconds = 0;
  for (const std::string& p : prompts) {
    const Greedy f = greedy(float_model, p), q = greedy(int8_model, p);
    size_t common = 0;
    while (common < f.tokens.size() && common < q.tokens.size() && f.tokens[common] == q.tokens[common]) ++common;
    ++r.prompts;
    if (f.tokens == q.tokens) ++r.identical;
    else r.differing.push_back(p);
    float_tokens += int64_t(f.tokens.size()), int8_tokens += int64_t(q.tokens.size());
    common_tokens += int64_t(common);
    float_seconds += f.seconds, int8_seconds += q.seconds;
  }
  r.token_agreement = float_tokens ? double(common_tokens) / double(float_tokens) : 1.0;
  r.float_tokens_per_second = float_seconds > 0 ? double(float_tokens) / float_seconds : 0;
  r.int8_tokens_per_second = int8_seconds > 0 ? double(int8_tokens) / int8_seconds : 0;
  return r;
}

}  // namespace cadscribe::pipeline
