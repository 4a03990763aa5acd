// synth/family.h — procedural program families: each samples realistic, constrained parameters
// with an Rng and writes one CadQuery program through a ProgramWriter.
//
// Contract of a family's `generate`: deterministic for a given Rng state and Style; the program
// it writes, executed by cad::execute_program, is meant to be VALID (DESIGN.md §5: one connected
// solid, ≥ 7 faces, exports to STEP and a closed STL) for every seed — parameter ranges and
// constraints keep features inside the material (holes inside plates, fillets smaller than the
// edges they round). The family tests check this over 200 seeds. The program assigns its part
// to the variable named by the return value (usually "result").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/rng.h"
#include "synth/program_writer.h"

namespace cadscribe::synth {

struct Family {
  std::string_view name;         // snake_case, stable: it is recorded in every sample's metadata
  std::string_view description;  // one line, for --list and the README
  // Writes the program; returns the name of the variable holding the part.
  std::string (*generate)(base::Rng& rng, ProgramWriter& writer);
};

// All families in a fixed order (the order is part of the generator version).
[[nodiscard]] const std::vector<Family>& families();
[[nodiscard]] const Family* find_family(std::string_view name);

// Each group of families lives in its own file and appends its entries here.
void add_prismatic_families(std::vector<Family>& out);  // family_prismatic*.cpp
void add_round_families(std::vector<Family>& out);      // family_round*.cpp
void add_freeform_families(std::vector<Family>& out);   // family_freeform*.cpp

}  // namespace cadscribe::synth
