// synth/scad_writer.h — writes clean, commented, modular OpenSCAD programs for the object library
// (object.h), as a maker would: a title comment, a block of named parameters
// (`name = value;  // comment`), the quality setting `$fn`, one module per part of the object,
// and the top-level call that assembles it.
//
// Style varies as people's does (drawn once per program): comments on or off, `d =` or `r =`
// for round primitives, and the object assembled in a module of its own or at the top level.
// Numbers are printed deterministically with trailing zeros trimmed ("95", "2.5"). Depends on
// base only: the text is executed elsewhere (cad/scad_execute.h).
#pragma once

#include <string>
#include <vector>

#include "base/rng.h"

namespace cadscribe::synth {

struct ScadStyle {
  bool comments = true;       // parameter and module comments
  bool diameters = true;      // cylinder(d = …) / circle(d = …) rather than r = …
  bool main_module = false;   // the assembly in `module <object>() { … }` called once
};

[[nodiscard]] ScadStyle sample_scad_style(base::Rng& rng);

// "95", "2.5", "-0.25": at most `decimals` digits after the point, trailing zeros trimmed.
[[nodiscard]] std::string scad_number(double value, int decimals = 2);
// "[1, 2.5, 0]"
[[nodiscard]] std::string scad_vector(const std::vector<double>& values, int decimals = 2);

class ScadWriter {
 public:
  ScadWriter(std::string title, ScadStyle style, int fn = 64);

  [[nodiscard]] const ScadStyle& style() const { return style_; }

  // Declares `name = value;` in the parameter block and returns `name` for use in expressions.
  std::string param(const std::string& name, double value, const std::string& comment = "", int decimals = 2);
  std::string param_bool(const std::string& name, bool value, const std::string& comment = "");
  // A parameter whose value is any OpenSCAD expression (derived sizes, lists of points).
  std::string param_expr(const std::string& name, const std::string& expr, const std::string& comment = "");

  // A round primitive's size argument in the sampled style: "d = <diameter>" or "r = <diameter> / 2".
  [[nodiscard]] std::string round_size(const std::string& diameter) const;

  // `function signature = expr;` placed before the modules.
  void line_function(const std::string& signature, const std::string& expr, const std::string& comment = "");

  // `module name(args) { body }`; `body` lines are statements, indented here.
  void module(const std::string& name, const std::string& args, const std::vector<std::string>& body,
              const std::string& comment = "");
  // The assembly: statements placed at the top level, or in a module named `object` and called.
  void assembly(const std::string& object, const std::vector<std::string>& body);

  [[nodiscard]] std::string text() const;

 private:
  std::string title_;
  ScadStyle style_;
  int fn_;
  std::vector<std::string> params_, functions_, modules_, assembly_;
};

}  // namespace cadscribe::synth
