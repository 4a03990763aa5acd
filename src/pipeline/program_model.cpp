#include "pipeline/program_model.h"

#include <nlohmann/json.hpp>

#include "nn/quantized_lm.h"
#include "nn/safetensors.h"

namespace cadscribe::pipeline {

base::Result<ProgramModel> load_program_model(const std::string& path, ModelKind kind) {
  auto bad = [&](const std::string& what) { return base::make_diag("io.bad_weights", path + ": " + what, {path}); };
  TRY(nn::Safetensors st, nn::read_safetensors(path));
  auto tok = st.metadata.find("tokenizer");
  if (tok == st.metadata.end()) return bad("no tokenizer in the metadata");
  auto j = nlohmann::json::parse(tok->second, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return bad("the tokenizer is not JSON");
  ProgramModel m{nullptr, nn::BpeTokenizer::train({}, 259)};
  TRY(m.tokenizer, nn::BpeTokenizer::from_json(j));
  auto format = st.metadata.find("format");
  if (format != st.metadata.end() && format->second == nn::kInt8Format) {
    TRY(m.lm, nn::QuantizedLm::load(st));
    m.int8 = true;
  } else {
    TRY(m.lm, nn::load_language_model(st));
  }
  if (kind == ModelKind::kViews && m.lm->config().image_size == 0) return bad("not a views model (image_size 0)");
  if (kind == ModelKind::kText && m.lm->config().image_size != 0) return bad("not a text model (it reads views)");
  if (m.lm->config().vocab != m.tokenizer.vocab_size()) return bad("the tokenizer does not match the model's vocabulary");
  return m;
}

base::Status set_decoding_threads(const ProgramModel& model, int threads) {
  if (model.int8) return base::ok_status();
  return nn::set_model_threads(threads);
}

}  // namespace cadscribe::pipeline
