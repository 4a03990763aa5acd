#include "pipeline/train_config.h"

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace cadscribe::pipeline {

namespace {

base::Diag bad(const std::string& what) { return base::make_diag("io.bad_config", "train config: " + what); }

std::optional<base::Diag> only_keys(const nlohmann::json& j, const std::string& where, const std::set<std::string>& keys) {
  if (!j.is_object()) return bad(where + " must be an object");
  for (const auto& [k, v] : j.items())
    if (!keys.count(k)) return bad("unknown key '" + (where.empty() ? k : where + "." + k) + "'");
  return std::nullopt;
}

template <typename T>
std::optional<base::Diag> get(const nlohmann::json& j, const std::string& where, const char* key, T& out, double lo,
                              double hi) {
  if (!j.contains(key)) return std::nullopt;
  const auto& v = j[key];
  const std::string name = where + "." + key;
  if constexpr (std::is_integral_v<T>) {
    if (!v.is_number_integer()) return bad(name + " must be an integer");
    if constexpr (std::is_unsigned_v<T>) {
      if (!v.is_number_unsigned() && v.get<int64_t>() < 0) return bad(name + " must be a non-negative integer");
      out = v.get<T>();
      return std::nullopt;
    }
  } else if (!v.is_number()) {
    return bad(name + " must be a number");
  }
  const double x = v.get<double>();
  if (!(x >= lo && x <= hi)) {
    std::ostringstream os;
    os << name << " must be in [" << lo << ", " << hi << "]";
    return bad(os.str());
  }
  out = v.get<T>();
  return std::nullopt;
}

}  // namespace

nlohmann::json TrainConfig::to_json() const {
  nlohmann::json m = model.to_json();
  m.erase("vocab");
  nlohmann::json tokenizer = {{"vocab", tokenizer_vocab}, {"corpus", tokenizer_corpus}};
  // Written only when not the default, so the configs of earlier runs compare equal.
  if (tokenizer_chunking == nn::BpeTokenizer::Chunking::kPhrases) tokenizer["chunking"] = "phrases";
  return {{"model", m},
          {"tokenizer", tokenizer},
          {"train",
           {{"steps", steps},
            {"batch", batch},
            {"learning_rate", learning_rate},
            {"min_learning_rate", min_learning_rate},
            {"warmup", warmup},
            {"weight_decay", weight_decay},
            {"clip_norm", clip_norm},
            {"seed", seed},
            {"threads", threads},
            {"log_every", log_every},
            {"eval_every", eval_every},
            {"checkpoint_every", checkpoint_every},
            {"val_samples", val_samples},
            {"val_execute", val_execute}}}};
}

base::Result<TrainConfig> TrainConfig::from_json(const nlohmann::json& j) {
  if (auto d = only_keys(j, "", {"model", "tokenizer", "train"})) return *d;
  TrainConfig c;
  if (j.contains("model")) {
    if (j["model"].is_object() && j["model"].contains("vocab"))
      return bad("model.vocab is set by the tokenizer (tokenizer.vocab)");
    TRY(c.model, nn::LmConfig::from_json(j["model"]));
  }
  if (j.contains("tokenizer")) {
    const auto& t = j["tokenizer"];
    if (auto d = only_keys(t, "tokenizer", {"vocab", "corpus", "chunking"})) return *d;
    if (auto d = get(t, "tokenizer", "vocab", c.tokenizer_vocab, 259, 1 << 20)) return *d;
    if (auto d = get(t, "tokenizer", "corpus", c.tokenizer_corpus, 1, 1e9)) return *d;
    if (t.contains("chunking")) {
      const auto& v = t["chunking"];
      if (v == "phrases") c.tokenizer_chunking = nn::BpeTokenizer::Chunking::kPhrases;
      else if (v != "words") return bad("tokenizer.chunking must be \"words\" or \"phrases\"");
    }
  }
  if (j.contains("train")) {
    const auto& t = j["train"];
    const std::string w = "train";
    if (auto d = only_keys(t, w, {"steps", "batch", "learning_rate", "min_learning_rate", "warmup", "weight_decay",
                                  "clip_norm", "seed", "threads", "log_every", "eval_every", "checkpoint_every",
                                  "val_samples", "val_execute"}))
      return *d;
    if (auto d = get(t, w, "steps", c.steps, 1, 1e12)) return *d;
    if (auto d = get(t, w, "batch", c.batch, 1, 65536)) return *d;
    if (auto d = get(t, w, "learning_rate", c.learning_rate, 0, 10)) return *d;
    if (auto d = get(t, w, "min_learning_rate", c.min_learning_rate, 0, 10)) return *d;
    if (auto d = get(t, w, "warmup", c.warmup, 0, 1e12)) return *d;
    if (auto d = get(t, w, "weight_decay", c.weight_decay, 0, 10)) return *d;
    if (auto d = get(t, w, "clip_norm", c.clip_norm, 0, 1e6)) return *d;
    if (auto d = get(t, w, "seed", c.seed, 0, 0)) return *d;
    if (auto d = get(t, w, "threads", c.threads, 0, 1024)) return *d;
    if (auto d = get(t, w, "log_every", c.log_every, 1, 1e12)) return *d;
    if (auto d = get(t, w, "eval_every", c.eval_every, 1, 1e12)) return *d;
    if (auto d = get(t, w, "checkpoint_every", c.checkpoint_every, 1, 1e12)) return *d;
    if (auto d = get(t, w, "val_samples", c.val_samples, 0, 1e9)) return *d;
    if (auto d = get(t, w, "val_execute", c.val_execute, 0, 1e9)) return *d;
  }
  if (c.min_learning_rate > c.learning_rate) return bad("train.min_learning_rate exceeds train.learning_rate");
  if (c.val_execute > c.val_samples) return bad("train.val_execute exceeds train.val_samples");
  c.model.vocab = c.tokenizer_vocab;
  return c;
}

base::Result<TrainConfig> TrainConfig::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return base::make_diag("io.open_failed", "cannot open '" + path + "'", {path});
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(ss.str());
  } catch (const nlohmann::json::parse_error& e) {
    return base::make_diag("io.bad_config", path + ": not JSON at byte " + std::to_string(e.byte) + ": " + e.what(), {path});
  }
  auto c = from_json(j);
  if (!c) {
    base::Diag d = c.error();
    d.message = path + ": " + d.message;
    return d;
  }
  return c;
}

double learning_rate_at(const TrainConfig& c, int64_t step) {
  if (step < c.warmup) return c.learning_rate * double(step + 1) / double(c.warmup);
  const double span = double(std::max<int64_t>(1, c.steps - 1 - c.warmup));
  const double t = std::min(1.0, double(step - c.warmup) / span);
  return c.min_learning_rate + 0.5 * (c.learning_rate - c.min_learning_rate) * (1 + std::cos(M_PI * t));
}

}  // namespace cadscribe::pipeline
