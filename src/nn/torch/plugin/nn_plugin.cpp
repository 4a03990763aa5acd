// nn/torch/plugin/nn_plugin.cpp — the entry points of libcadscribe_nn_torch.so (nn/nn_plugin.h).
#include "nn/nn_plugin.h"

#include <exception>

#include "nn/torch/program_lm.h"

extern "C" {

int cadscribe_nn_create(const cadscribe::nn::LmConfig* config, std::unique_ptr<cadscribe::nn::LanguageModel>* out,
                        std::string* error) {
  try {
    *out = std::make_unique<cadscribe::nn::ProgramLm>(*config);
    return 0;
  } catch (const std::exception& e) {
    *error = e.what();
  } catch (...) {
    *error = "unknown exception";
  }
  return 1;
}

int cadscribe_nn_set_threads(int threads, std::string* error) {
  try {
    cadscribe::nn::set_cpu_threads(threads);
    return 0;
  } catch (const std::exception& e) {
    *error = e.what();
  }
  return 1;
}

}  // extern "C"
