// lang/py/modules.h — the modules the evaluator provides itself: `math` and `types`.
// (`cadquery` and anything else come from the ModuleRegistry that cad/ fills.)
#pragma once

#include "lang/py/value.h"

namespace cadscribe::lang::py {

[[nodiscard]] Value make_math_module();
[[nodiscard]] Value make_types_module();

}  // namespace cadscribe::lang::py
