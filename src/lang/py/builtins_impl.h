// lang/py/builtins_impl.h — helpers shared by the builtin function files (private to lang/py).
// Builtins throw PyError through the Evaluator's raise helpers; wrap() adapts them to NativeFn.
#pragma once

#include <cstddef>
#include <cstdint>

#include "lang/py/evaluator.h"

namespace cadscribe::lang::py::builtins {

using Impl = Value (*)(Evaluator&, Args&);

NativeFn wrap(Impl f);
// TypeError unless lo <= positional count <= hi ("len() takes exactly one argument (2 given)").
void arity(Evaluator& ev, const Args& a, const char* fn, size_t lo, size_t hi);
void no_kw(Evaluator& ev, const Args& a, const char* fn);
// Removes and returns keyword `name` (None when absent).
Value take_kw(Args& a, const char* name, bool* present = nullptr);
// TypeError for any keyword left over.
void done_kw(Evaluator& ev, const Args& a, const char* fn);
int64_t to_index(Evaluator& ev, const Value& v);
Value float_to_int(Evaluator& ev, double d);

Value b_int(Evaluator& ev, Args& a);
Value b_float(Evaluator& ev, Args& a);
Value b_str(Evaluator& ev, Args& a);
Value b_repr(Evaluator& ev, Args& a);
Value b_bool(Evaluator& ev, Args& a);
Value b_list(Evaluator& ev, Args& a);
Value b_tuple(Evaluator& ev, Args& a);
Value b_dict(Evaluator& ev, Args& a);
Value b_range(Evaluator& ev, Args& a);

}  // namespace cadscribe::lang::py::builtins
