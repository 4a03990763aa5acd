// cad/module.h — the `cadquery` module a program imports (`import cadquery as cq`).
// It binds Workplane, Vector, Plane, Location, Sketch, Assembly, selectors (module and top-level
// re-exports) and the simple Solid/Face/Edge/Wire/Vertex/Compound constructors. There is no
// `exporters` (programs have no file access): reaching for it fails with unsupported.feature.
#pragma once

#include "lang/py/value.h"

namespace cadscribe::cad {

// Registers the `cadquery` module factory on `registry`.
void register_cadquery(lang::py::ModuleRegistry& registry);
// A fresh `cadquery` module object (what the factory returns).
[[nodiscard]] lang::py::Value make_cadquery_module();

}  // namespace cadscribe::cad
