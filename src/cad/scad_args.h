// cad/scad_args.h — reading a builtin module's evaluated arguments the way openscad does.
//
// An ArgReader is made for one Node with the module's parameter list in positional order. A
// parameter is taken from its named argument, else from the positional argument at its index.
// Values of the wrong type are reported as openscad-like warnings (`runtime.bad_argument`,
// pointing at the argument's expression) and treated as absent, so the caller keeps its default;
// named arguments the module does not know and surplus positional ones are warned about
// (`runtime.unknown_parameter`) as openscad 2021.01 does. Nothing here throws or aborts.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"
#include "lang/scad/node.h"

namespace cadscribe::cad::scad {

class ArgReader {
 public:
  ArgReader(const lang::scad::Node& node, std::vector<std::string> params, std::vector<base::Diag>& diags);

  // The argument for `param` (named first, then positional), or null when absent or undef.
  [[nodiscard]] const lang::scad::Argument* get(const std::string& param) const;
  [[nodiscard]] bool has(const std::string& param) const { return get(param) != nullptr; }

  // A finite number; warns and returns nullopt for any other defined value.
  [[nodiscard]] std::optional<double> number(const std::string& param) const;
  // A number, infinities and NaN included (primitives: openscad 2021.01 makes a non-finite size
  // an empty object, silently); warns and returns nullopt for a non-number.
  [[nodiscard]] std::optional<double> any_number(const std::string& param) const;
  // A bool; non-bools warn (openscad only accepts true booleans for center=…).
  [[nodiscard]] std::optional<bool> boolean(const std::string& param) const;
  [[nodiscard]] std::optional<std::string> string(const std::string& param) const;
  // A number (broadcast to all n components) or a vector of 1..n numbers (missing components
  // take `fill`). `allow_scalar` = false refuses the number form.
  // `nonfinite` = true accepts NaN/Inf components (transforms: openscad then removes the object
  // with "Transformation matrix contains Not-a-Number and/or Infinity").
  [[nodiscard]] std::optional<std::array<double, 3>> vec(const std::string& param, size_t n, double fill,
                                                         bool allow_scalar, bool nonfinite = false) const;
  // A number; or for a vector value, nullopt without a warning (the caller reads it as a vector).
  void warn(const std::string& param, const std::string& message) const;
  void warn_node(const std::string& code, const std::string& message) const;
  [[nodiscard]] const lang::scad::Node& node() const { return node_; }

 private:
  const lang::scad::Node& node_;
  std::vector<std::string> params_;
  std::vector<base::Diag>& diags_;
};

// A warning Diag (severity kWarning).
[[nodiscard]] base::Diag warning(std::string code, std::string message, base::SourceSpan span);

}  // namespace cadscribe::cad::scad
