// cad/assembly.h — cq.Assembly and cq.Color bound into lang/py.
//
// Semantics follow cadquery/assembly.py: an Assembly holds an object (a Shape, a Workplane or
// None), a location relative to its parent, a name unique among its parent's objects, an
// optional colour, and children. Like CadQuery, `add` MUTATES the assembly and returns it, and
// adds a COPY of a sub-assembly (later changes to the original do not show). toCompound()
// places every shape by the product of the locations from the root down.
// Unnamed assemblies get deterministic names ("assembly", "assembly_1", ...) instead of
// CadQuery's random UUIDs, so runs are reproducible.
// Colours: cq.Color(), Color(name) with OpenCASCADE's colour names (case-insensitive),
// Color(r, g, b, a=1) in [0, 1]; toTuple() gives linear RGB and alpha as OCCT 7.6 does.
// Not supported (unsupported.method): constrain, solve, save, export, toCAF.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kernel/shape.h"
#include "lang/py/value.h"
#include "math/vec.h"

namespace cadscribe::cad {

namespace py = lang::py;
using base::Result;

struct Rgba {
  double r = 1, g = 1, b = 0, a = 1;  // Quantity_ColorRGBA's default: opaque yellow
};

// The OCCT colour of that name (case-insensitive), in linear RGB with alpha 1.
[[nodiscard]] std::optional<Rgba> color_from_name(const std::string& name);

class ColorObject : public py::Object {
 public:
  explicit ColorObject(Rgba c) : color(c) {}
  [[nodiscard]] std::string type_name() const override { return "Color"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  [[nodiscard]] bool equals(const py::Value& other) const override;
  [[nodiscard]] std::string repr() const override;
  Rgba color;
};

class AssemblyObject : public py::Object {
 public:
  [[nodiscard]] std::string type_name() const override { return "Assembly"; }
  Result<py::Value> get_attr(py::CallContext& ctx, const std::string& name) override;
  Result<py::Value> set_attr(py::CallContext& ctx, const std::string& name, const py::Value& v) override;
  std::optional<Result<py::Value>> get_item(py::CallContext& ctx, const py::Value& key) override;
  [[nodiscard]] std::string repr() const override;

  // A deep copy of this subtree (objects shared: they are immutable values).
  [[nodiscard]] std::shared_ptr<AssemblyObject> copy_tree() const;
  // Every shape of the subtree placed in this assembly's parent frame (this loc applied).
  Result<std::vector<kernel::Shape>> placed_shapes(py::CallContext& ctx) const;

  py::Value obj;  // None, a Shape or a Workplane
  math::Transform loc = math::Transform::identity();
  std::string name;
  std::optional<Rgba> color;
  py::Value metadata;
  std::vector<std::shared_ptr<AssemblyObject>> children;
  std::weak_ptr<AssemblyObject> parent;
  // This node and all its descendants by name (CadQuery's `objects`), in insertion order. Weak:
  // the tree owns its nodes through `children`, and a strong self-entry would leak the node.
  std::vector<std::pair<std::string, std::weak_ptr<AssemblyObject>>> objects;
};

// The callables `cq.Assembly(obj=None, loc=None, name=None, color=None, metadata=None)` and
// `cq.Color(...)`.
[[nodiscard]] py::Value make_assembly_class();
[[nodiscard]] py::Value make_color_class();
[[nodiscard]] py::Value make_color(const Rgba& c);

// The compound of an Assembly value (what toCompound() returns, as a kernel shape).
// runtime.type_error when `assembly` is not an Assembly.
Result<kernel::Shape> assembly_to_compound(py::CallContext& ctx, const py::Value& assembly);

}  // namespace cadscribe::cad
