// cad/selector.h — CadQuery selectors bound into lang/py: string selectors (">Z[1] or %CIRCLE")
// and the selector objects of `cq.selectors` with their Python operators.
//
// Python operators on selector objects: `&` AndSelector, `+` and `|` SumSelector (CadQuery
// spells the class SumSelector; `OrSelector` is accepted as an alias), `-` SubtractSelector,
// unary `-` and `~` InverseSelector. Every selector object has `.filter(objectList)`.
// Directions in strings and objects are GLOBAL axes, as in CadQuery 2.x. The semantics and the
// grammar are documented in cad/selector_ast.h.
#pragma once

#include <string>
#include <vector>

#include "cad/selector_ast.h"
#include "kernel/shape.h"
#include "lang/py/value.h"
#include "math/vec.h"

namespace cadscribe::cad {

namespace py = lang::py;

// A selector object as Python sees it (type name = the CadQuery class name).
class SelectorObject : public py::Object {
 public:
  explicit SelectorObject(SelectorPtr s) : sel(std::move(s)) {}
  [[nodiscard]] std::string type_name() const override;
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  std::optional<Result<py::Value>> binary_op(py::CallContext& ctx, py::BinaryOp op, const py::Value& other,
                                             bool reflected) override;
  std::optional<Result<py::Value>> unary_op(py::CallContext& ctx, py::UnaryOp op) override;
  [[nodiscard]] std::string repr() const override;
  SelectorPtr sel;
};

[[nodiscard]] py::Value make_selector_value(SelectorPtr sel);

// A str (parsed as a string selector) or a selector object -> its tree. Errors:
// runtime.value_error for a malformed string (message names the column), runtime.type_error
// for anything else. Located at the current call site.
Result<SelectorPtr> to_selector(py::CallContext& ctx, const py::Value& selector);

// Filters `objs` (in order; the result keeps their order) with a str or selector object; None
// selects everything. `plane` is accepted for callers' convenience and ignored: CadQuery 2.x
// selectors work in global coordinates.
Result<std::vector<kernel::Shape>> select_shapes(py::CallContext& ctx, const py::Value& selector,
                                                 const std::vector<kernel::Shape>& objs, const math::Frame& plane);

// The `cq.selectors` module object: Selector, NearestToPointSelector, BoxSelector,
// ParallelDirSelector, DirectionSelector, PerpendicularDirSelector, TypeSelector,
// DirectionMinMaxSelector, DirectionNthSelector, CenterNthSelector, RadiusNthSelector,
// LengthNthSelector, AreaNthSelector, AndSelector, SumSelector, OrSelector, SubtractSelector,
// InverseSelector, StringSyntaxSelector.
[[nodiscard]] py::Value make_selectors_module();
// One class of that module by name (for `cq.<Name>` top-level re-exports); None when unknown.
// CadQuery's top level re-exports: NearestToPointSelector, ParallelDirSelector,
// DirectionSelector, PerpendicularDirSelector, TypeSelector, DirectionMinMaxSelector,
// StringSyntaxSelector, Selector (and in recent versions all the others).
[[nodiscard]] py::Value make_selector_class(const std::string& name);
[[nodiscard]] const std::vector<std::string>& selector_class_names();

}  // namespace cadscribe::cad
