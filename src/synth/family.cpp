#include "synth/family.h"

namespace cadscribe::synth {

const std::vector<Family>& families() {
  static const std::vector<Family> all = [] {
    std::vector<Family> f;
    add_prismatic_families(f);
    add_round_families(f);
    add_freeform_families(f);
    return f;
  }();
  return all;
}

const Family* find_family(std::string_view name) {
  for (const auto& f : families())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace cadscribe::synth
