// lang/py/function.h — runtime frames and user-defined function values.
//
// A Frame holds the slots of one function (or comprehension) activation; closures keep the frame
// of their defining scope alive through `parent`, so inner functions see later rebinding exactly
// as Python's cells do. Module-level code has no frame (globals live in the evaluator).
// An unbound slot holds `unbound_value()` (an object Value with a null pointer), never None.
#pragma once

#include <memory>
#include <vector>

#include "lang/py/ast.h"
#include "lang/py/value.h"

namespace cadscribe::lang::py {

struct Frame {
  std::vector<Value> slots;
  std::shared_ptr<Frame> parent;
  ~Frame();  // iterative release of nested values and parent chains (see containers.h)
};
using FramePtr = std::shared_ptr<Frame>;

struct FunctionData {
  std::shared_ptr<FuncDef> def;
  std::vector<Value> defaults;  // one per param; unbound_value() where there is none
  FramePtr closure;             // frame of the defining function scope (nullptr at module level)
  ~FunctionData();
};

// Queues a frame for iterative destruction (used by the destructors above).
void release_frame(FramePtr& f);

[[nodiscard]] inline Value unbound_value() { return Value::from_object(nullptr); }
[[nodiscard]] inline bool is_unbound(const Value& v) { return v.is_object() && !v.object(); }

}  // namespace cadscribe::lang::py
