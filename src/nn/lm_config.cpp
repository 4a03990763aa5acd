#include "nn/lm_config.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

namespace cadscribe::nn {

nlohmann::json LmConfig::to_json() const {
  return {{"vocab", vocab},   {"d_model", d_model}, {"heads", heads},           {"layers", layers},
          {"d_ff", d_ff},     {"max_len", max_len}, {"image_size", image_size}, {"views", views},
          {"seed", seed}};
}

base::Result<LmConfig> LmConfig::from_json(const nlohmann::json& j) {
  auto bad = [](const std::string& what) { return base::make_diag("io.bad_config", "model config: " + what); };
  if (!j.is_object()) return bad("expected an object");
  static const std::set<std::string> known = {"vocab", "d_model", "heads", "layers", "d_ff",
                                              "max_len", "image_size", "views", "seed"};
  for (const auto& [key, value] : j.items())
    if (!known.count(key)) return bad("unknown key '" + key + "'");
  LmConfig c;
  auto get = [&](const char* key, int32_t& out, int64_t lo, int64_t hi) -> std::optional<base::Diag> {
    if (!j.contains(key)) return std::nullopt;
    if (!j[key].is_number_integer()) return bad(std::string(key) + " must be an integer");
    const auto v = j[key].get<int64_t>();
    if (v < lo || v > hi) return bad(std::string(key) + " must be in " + std::to_string(lo) + ".." + std::to_string(hi));
    out = int32_t(v);
    return std::nullopt;
  };
  if (auto d = get("vocab", c.vocab, 4, 1 << 20)) return *d;
  if (auto d = get("d_model", c.d_model, 4, 8192)) return *d;
  if (auto d = get("heads", c.heads, 1, 128)) return *d;
  if (auto d = get("layers", c.layers, 1, 64)) return *d;
  if (auto d = get("d_ff", c.d_ff, 4, 65536)) return *d;
  if (auto d = get("max_len", c.max_len, 2, 1 << 16)) return *d;
  if (auto d = get("image_size", c.image_size, 0, 1024)) return *d;
  if (auto d = get("views", c.views, 1, 64)) return *d;
  if (c.image_size % 8 != 0) return bad("image_size must be a multiple of 8 (three stride-2 convolutions)");
  if (j.contains("seed")) {
    const auto& seed = j["seed"];
    if (!seed.is_number_integer() || (!seed.is_number_unsigned() && seed.get<int64_t>() < 0))
      return bad("seed must be a non-negative integer");
    c.seed = j["seed"].get<uint64_t>();
  }
  if (c.d_model % c.heads != 0) return bad("d_model must be a multiple of heads");
  return c;
}

}  // namespace cadscribe::nn
