// synth/object_check.h — runs an object's OpenSCAD program with the engine and checks that it is
// printable as the object library promises (object.h): it executes, and its result is one
// closed, outward-oriented 3D mesh of one connected body with a volume. Thin walls are kept out
// by the generators' own constraints (kMinWall), not measured here.
#pragma once

#include <string>

#include "cad/scad_execute.h"
#include "synth/object.h"

namespace cadscribe::synth {

struct ObjectRun {
  cad::ScadExecution execution;
  std::string failure;  // "" when printable; else the first error's Diag code or "printability.<reason>"
  [[nodiscard]] bool printable() const { return failure.empty(); }
};

// Reasons: printability.not_3d (nothing, or only 2D), printability.open_mesh,
// printability.components (more than one body), printability.no_volume.
[[nodiscard]] std::string printability_failure(const cad::ScadExecution& e);

[[nodiscard]] ObjectRun run_object(const ObjectSample& sample, const cad::ScadOptions& options = {});

}  // namespace cadscribe::synth
