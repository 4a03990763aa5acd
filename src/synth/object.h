// synth/object.h — the everyday-object library for text → OpenSCAD (issue 7): parametric
// generators of printable objects ("a tall mug", "a phone stand at 60 degrees"), each writing a
// clean, modular OpenSCAD program (scad_writer.h) and several prompts that describe exactly the
// variant it drew (object_prompts.h).
//
// Contract of a category's `generate`: deterministic for a given Rng state; parameter ranges and
// constraints keep the object printable for every seed — the program executes with the OpenSCAD
// engine to one closed, outward-oriented mesh of one connected body (parts that touch are
// unioned), with walls of at least kMinWall. The object tests check this over 100 seeds.
// Sizes in mm, angles in degrees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/rng.h"
#include "synth/object_prompts.h"
#include "synth/scad_writer.h"

namespace cadscribe::synth {

inline constexpr double kMinWall = 1.2;  // thinnest wall a generator writes (two 0.4 mm nozzle lines and some)

struct ObjectDraft {
  ScadWriter scad;
  Prompts prompts;
};

struct ObjectCategory {
  std::string_view name;         // snake_case, stable: recorded in every sample's metadata
  std::string_view group;        // container, household, mechanical, furniture, figure, animal, toy
  std::string_view description;  // one line, for --list and the README
  std::vector<std::string_view> nouns;  // how people name it ("mug", "coffee mug"); the first is canonical
  void (*generate)(base::Rng& rng, ObjectDraft& draft);
};

struct ObjectSample {
  std::string category;
  std::string program;               // OpenSCAD
  std::vector<std::string> prompts;  // distinct phrasings of this variant
};

// All categories in a fixed order (the order is part of the generator version).
[[nodiscard]] const std::vector<ObjectCategory>& object_categories();
[[nodiscard]] const ObjectCategory* find_object_category(std::string_view name);

// The category's object for `seed`: style from stream 1, parameters from stream 2, the
// phrasings (`prompts` of them) from stream 3, so rewording never changes the program.
[[nodiscard]] ObjectSample make_object(const ObjectCategory& category, uint64_t seed, int prompts = 3);

// Each group lives in its own file and appends its entries here.
void add_container_objects(std::vector<ObjectCategory>& out);  // object_containers.cpp
void add_household_objects(std::vector<ObjectCategory>& out);  // object_household.cpp
void add_mechanical_objects(std::vector<ObjectCategory>& out);  // object_mechanical.cpp
void add_furniture_objects(std::vector<ObjectCategory>& out);   // object_furniture.cpp
void add_figure_objects(std::vector<ObjectCategory>& out);      // object_figures.cpp
void add_animal_objects(std::vector<ObjectCategory>& out);      // object_animals.cpp
void add_toy_objects(std::vector<ObjectCategory>& out);         // object_toys.cpp
void add_home_objects(std::vector<ObjectCategory>& out);        // object_home.cpp

}  // namespace cadscribe::synth
