// lang/py/format.h — Python's number and string formatting: float repr (shortest round-trip,
// `1e+16`, `1e-05`), format specs (`{x:>8.2f}`), `%`-formatting and `str.format`.
// Errors come back as Diags without a span (the evaluator locates them).
#pragma once

#include <string>
#include <string_view>

#include "lang/py/value.h"

namespace cadscribe::lang::py {

// repr(float) exactly as CPython prints it.
[[nodiscard]] std::string float_repr(double d);
// format(value, spec) — the format-spec mini-language for int, float, bool, str (others use str()).
Result<std::string> format_value(const Value& v, std::string_view spec);
// fmt % args
Result<std::string> percent_format(const std::string& fmt, const Value& args);
// fmt.format(*args, **kwargs)
Result<std::string> str_format(const std::string& fmt, const Args& args);

}  // namespace cadscribe::lang::py
