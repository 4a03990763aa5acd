#include "synth/object.h"

namespace cadscribe::synth {

const std::vector<ObjectCategory>& object_categories() {
  static const std::vector<ObjectCategory> all = [] {
    std::vector<ObjectCategory> out;
    add_container_objects(out);
    add_household_objects(out);
    add_mechanical_objects(out);
    add_furniture_objects(out);
    add_figure_objects(out);
    add_animal_objects(out);
    add_toy_objects(out);
    add_home_objects(out);
    return out;
  }();
  return all;
}

const ObjectCategory* find_object_category(std::string_view name) {
  for (const auto& c : object_categories())
    if (c.name == name) return &c;
  return nullptr;
}

ObjectSample make_object(const ObjectCategory& category, uint64_t seed, int prompts) {
  base::Rng root(seed);
  base::Rng style = root.fork(1), params = root.fork(2), words = root.fork(3);
  ObjectDraft draft{ScadWriter(std::string(category.description), sample_scad_style(style)), Prompts{}};
  category.generate(params, draft);
  const std::vector<std::string> nouns(category.nouns.begin(), category.nouns.end());
  return {std::string(category.name), draft.scad.text(), draft.prompts.phrasings(words, nouns, prompts)};
}

}  // namespace cadscribe::synth
