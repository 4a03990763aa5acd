// cad/sketch_methods.h — PRIVATE to the Sketch binding: the method table shared by
// sketch.cpp (core, construction, face methods), sketch_select.cpp (selection, tags, fillet,
// locations) and sketch_edges.cpp (the edge-based API), and the helpers they all use.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cad/sketch.h"
#include "lang/py/args.h"

namespace cadscribe::cad::sketch_detail {

using py::Value;
using SketchPtr = std::shared_ptr<SketchObject>;
// A method: the sketch, the sketch as a Value (methods return it), the context and arguments.
using Method = std::function<Result<Value>(const SketchPtr&, const Value&, py::CallContext&, py::Args&)>;
using MethodTable = std::map<std::string, Method>;

void add_face_methods(MethodTable& t);       // sketch.cpp
void add_selection_methods(MethodTable& t);  // sketch_select.cpp
void add_edge_methods(MethodTable& t);       // sketch_edges.cpp

// A new Sketch value holding `faces` (default locs, no parent).
SketchPtr new_sketch();
Value as_value(const SketchPtr& s);

// 'a' 's' 'i' 'c' 'r' from the `mode` argument; runtime.value_error otherwise.
Result<char> mode_arg(py::CallContext& ctx, const py::BoundArgs& a);
// The `tag` argument: empty when None.
Result<std::string> tag_arg(const py::BoundArgs& a, const char* name = "tag");
// Locations for the current selection (a location, or a shape's centre), identity when none.
std::vector<math::Transform> selection_locations(const SketchObject& s, bool ignore_selection);
// Applies `make(loc)` at every selection location, tags the result and combines it with the
// sketch's faces by `mode` (CadQuery's Sketch.each).
Result<Value> each_location(py::CallContext& ctx, const SketchPtr& s, const Value& self,
                            const std::function<Result<std::vector<kernel::Shape>>(const math::Transform&)>& make,
                            char mode, const std::string& tag, bool ignore_selection);
// The faces a value stands for in Sketch.face()/each(): a Sketch, a Face/Shell/Compound/Solid
// (its faces), a Wire (the face it bounds), or a list of edges (assembled into a wire).
Result<std::vector<kernel::Shape>> faces_from_value(py::CallContext& ctx, const Value& v, const std::string& what);
// A point (Vector or 2/3-tuple) or a Location -> a transform.
Result<math::Transform> location_arg(py::CallContext& ctx, const Value& v, const std::string& what);
Result<std::vector<Value>> iterable_items(py::CallContext& ctx, const Value& v, const std::string& what);
// Tag storage.
void set_tag(SketchObject& s, const std::string& name, std::vector<SketchVal> vals);
Result<std::vector<SketchVal>> get_tag(py::CallContext& ctx, const SketchObject& s, const std::string& name);
Value sketch_val_to_value(const SketchVal& v);
base::Diag located(py::CallContext& ctx, const base::Diag& d);

}  // namespace cadscribe::cad::sketch_detail
