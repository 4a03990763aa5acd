// lang/scad/node.h — the evaluated program: a tree of builtin module instances, free of geometry.
//
// Evaluating an OpenSCAD program resolves everything the language owns (variables, functions,
// user modules, for/if/let, children(), echo, assert) and leaves only instances of builtin
// modules (cube, translate, union, linear_extrude…) with their evaluated arguments. The geometry
// binding (cad/) turns this tree into meshes. Which names are builtin modules is told to the
// evaluator by that binding (RunOptions::builtin_modules), so this module knows no geometry.
//
// Conventions:
// - "group" is the implicit union OpenSCAD makes of a user module's body, a for loop, an if
//   branch, children(), let/assign bodies and the file's top level. intersection_for gives an
//   "intersection" node. Empty groups are kept (the binding treats them as empty geometry).
// - `args` are the call's arguments in call order, evaluated; positional ones have an empty name.
//   `$`-arguments (`$fn=24`) are not in args: they set the dynamic variables of the call, which
//   the node records in `specials` and its children inherit.
// - Modifiers: `*` subtrees are dropped by the evaluator; `!` makes the evaluator return only
//   that subtree as root; `%` (background) subtrees are kept with modifier '%' (a render ignores
//   them, as openscad's F6/export does); `#` is kept with modifier '#'.
#pragma once

#include <string>
#include <vector>

#include "base/source.h"
#include "lang/scad/value.h"

namespace cadscribe::lang::scad {

struct Argument {
  std::string name;  // empty for a positional argument
  Value value;
  base::SourceSpan span;  // of the argument expression
};

// The special variables a builtin reads, as in effect at its instantiation.
struct SpecialVars {
  double fn = 0;   // $fn
  double fa = 12;  // $fa (degrees)
  double fs = 2;   // $fs (mm)
  double t = 0;    // $t
  bool preview = false;  // $preview
};

struct Node {
  std::string name;             // builtin module name as called, or "group" / "intersection"
  std::vector<Argument> args;   // evaluated, in call order
  SpecialVars specials;
  char modifier = 0;            // 0, '#' or '%'
  std::vector<Node> children;
  base::SourceSpan span;        // the instantiation (call site)
  std::string from_module;      // for a group: the user module whose body it is ("" otherwise)

  // The argument named `name`, else the positional argument at `position` (-1: none), else null.
  [[nodiscard]] const Argument* find(const std::string& name, int position = -1) const;
};

}  // namespace cadscribe::lang::scad
