#include "nn/language_model.h"

#include <mutex>
#include <nlohmann/json.hpp>

#include "base/plugin.h"
#include "nn/nn_plugin.h"

namespace cadscribe::nn {

namespace {

struct NnPlugin {
  decltype(&cadscribe_nn_create) create = nullptr;
  decltype(&cadscribe_nn_set_threads) set_threads = nullptr;
  std::string error;  // why it could not be loaded
};

// CADSCRIBE_NN_PLUGIN_PATH: where this build put the plug-in (base/plugin.h on the search).
const NnPlugin& plugin() {
  static NnPlugin p;
  static std::once_flag once;
  std::call_once(once, [] {
    auto handle = base::open_plugin(kNnPluginFile, CADSCRIBE_NN_PLUGIN_PATH);
    if (!handle) {
      p.error = "model support: " + handle.error().message;
      return;
    }
    p.create = reinterpret_cast<decltype(p.create)>(base::plugin_symbol(*handle, kNnCreateSymbol));
    p.set_threads = reinterpret_cast<decltype(p.set_threads)>(base::plugin_symbol(*handle, kNnSetThreadsSymbol));
    if (!p.create || !p.set_threads) {
      p.create = nullptr;
      p.set_threads = nullptr;
      p.error = std::string("model support: ") + kNnPluginFile + " lacks its entry points";
    }
  });
  return p;
}

}  // namespace

base::Result<std::unique_ptr<LanguageModel>> create_language_model(const LmConfig& config) {
  const NnPlugin& p = plugin();
  if (!p.create) return base::make_diag("io.plugin_missing", p.error);
  std::unique_ptr<LanguageModel> lm;
  std::string error;
  if (p.create(&config, &lm, &error) != 0) return base::make_diag("nn.create_failed", "model: " + error);
  return lm;
}

base::Result<std::unique_ptr<LanguageModel>> load_language_model(const Safetensors& weights) {
  auto it = weights.metadata.find("config");
  if (it == weights.metadata.end()) return base::make_diag("io.bad_weights", "weights: no model config in the metadata");
  auto j = nlohmann::json::parse(it->second, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return base::make_diag("io.bad_weights", "weights: the model config in the metadata is not JSON");
  TRY(LmConfig config, LmConfig::from_json(j));
  TRY(auto lm, create_language_model(config));
  TRY_STATUS(lm->load_weights(weights));
  return lm;
}

base::Status set_model_threads(int threads) {
  const NnPlugin& p = plugin();
  if (!p.set_threads) return base::make_diag("io.plugin_missing", p.error);
  std::string error;
  if (p.set_threads(threads, &error) != 0) return base::make_diag("nn.create_failed", "threads: " + error);
  return base::ok_status();
}

}  // namespace cadscribe::nn
