// nn/nn_plugin.h — PRIVATE to nn: the C entry points of libcadscribe_nn_torch.so (implemented in
// nn/torch/plugin/nn_plugin.cpp),
// which nn/language_model.cpp opens on first use (language_model.h says why it is a plug-in).
// Entry points never throw; they return 0 on success, else non-zero with a message in `error`.
#pragma once

#include <memory>
#include <string>

#include "nn/language_model.h"

extern "C" {
// A new model of `config`, initialised from its seed.
int cadscribe_nn_create(const cadscribe::nn::LmConfig* config, std::unique_ptr<cadscribe::nn::LanguageModel>* out,
                        std::string* error);
int cadscribe_nn_set_threads(int threads, std::string* error);
}

inline constexpr const char* kNnPluginFile = "libcadscribe_nn_torch.so";
inline constexpr const char* kNnCreateSymbol = "cadscribe_nn_create";
inline constexpr const char* kNnSetThreadsSymbol = "cadscribe_nn_set_threads";
