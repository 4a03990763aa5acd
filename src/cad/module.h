// cad/module.h — the `cadquery` module a program imports (`import cadquery as cq`).
// It binds Workplane, Vector, Plane, Location, Sketch, Assembly, selectors (module and top-level
// re-exports) and the simple Solid/Face/Edge/Wire/Vertex/Compound constructors. There is no
// `exporters` (programs have no file access): reaching for it fails with unsupported.feature.
#pragma once

#include <vector>

#include "kernel/shape.h"
#include "lang/py/value.h"

namespace cadscribe::cad {

// Registers the `cadquery` module factory on `registry`.
void register_cadquery(lang::py::ModuleRegistry& registry);
// A fresh `cadquery` module object (what the factory returns).
[[nodiscard]] lang::py::Value make_cadquery_module();

// The geometry a program's result stands for — a Workplane (its stack's shapes, else its context
// solid), a Shape, a Sketch (its faces), an Assembly (its compound) or a list/tuple of those —
// for callers outside the interpreter (no CallContext needed). Errors: runtime.type_error for
// other values; the Diag has no source span.
base::Result<std::vector<kernel::Shape>> result_shapes(const lang::py::Value& v);

}  // namespace cadscribe::cad
