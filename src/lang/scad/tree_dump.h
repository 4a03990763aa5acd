// lang/scad/tree_dump.h — the result tree as text, in the shape of openscad's .csg export:
// `name(args) { children }` with positional arguments first as written, named ones `k = v`,
// the modifier in front and one tab per level. For debugging, golden tests and the CLI; it
// prints exactly what the evaluator produced (no geometry defaults are filled in).
#pragma once

#include <string>

#include "lang/scad/node.h"

namespace cadscribe::lang::scad {

[[nodiscard]] std::string dump_tree(const Node& root);

}  // namespace cadscribe::lang::scad
