// lang/py/builtins_convert.cpp — the builtin types as conversion functions: int() (bases,
// underscores, float truncation with overflow checks), float() (inf/nan spellings), str(),
// bool(), list(), tuple(), dict(), range() (lazy; see RangeObject).
#include <cmath>
#include <cstdlib>

#include "lang/py/builtins_impl.h"

namespace cadscribe::lang::py::builtins {

namespace {
std::string strip_ws(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\n\r\f\v");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\n\r\f\v");
  return s.substr(b, e - b + 1);
}

Value parse_int(Evaluator& ev, const std::string& text, int64_t base) {
  std::string s = strip_ws(text);
  std::string digits;
  bool neg = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if ((base == 16 || base == 8 || base == 2 || base == 0) && i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i + 1])));
    int64_t b = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (b && (base == 0 || base == b)) { base = b; i += 2; }
  }
  if (base == 0) base = 10;
  bool ok = i < s.size();
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_' && !digits.empty() && i + 1 < s.size() && s[i + 1] != '_') continue;
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10 : 99;
    if (d >= base) { ok = false; break; }
    digits += c;
  }
  if (!ok || digits.empty())
    ev.raise("runtime.value_error", "invalid literal for int() with base " + std::to_string(base) + ": " + Value::from_str(text).repr());
  errno = 0;
  unsigned long long v = std::strtoull(digits.c_str(), nullptr, static_cast<int>(base));
  if (errno == ERANGE || v > static_cast<unsigned long long>(INT64_MAX) + (neg ? 1ull : 0ull))
    ev.raise("runtime.overflow", "integer literal exceeds 64 bits");
  return Value::from_int(neg ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v));
}

}  // namespace

Value b_int(Evaluator& ev, Args& a) {
  bool has_base = false;
  Value base_v = take_kw(a, "base", &has_base);
  done_kw(ev, a, "int");
  arity(ev, a, "int", 0, 2);
  if (a.positional.size() == 2) { base_v = a.positional[1]; has_base = true; }
  if (a.positional.empty()) return Value::from_int(0);
  const Value& v = a.positional[0];
  if (has_base) {
    if (!v.is_str()) ev.raise("runtime.type_error", "int() can't convert non-string with explicit base");
    int64_t b = to_index(ev, base_v);
    if (b != 0 && (b < 2 || b > 36)) ev.raise("runtime.value_error", "int() base must be >= 2 and <= 36, or 0");
    return parse_int(ev, v.as_str(), b);
  }
  if (v.is_int() || v.is_bool()) return Value::from_int(v.as_int());
  if (v.is_float()) return float_to_int(ev, v.as_double());
  if (v.is_str()) return parse_int(ev, v.as_str(), 10);
  ev.raise("runtime.type_error", "int() argument must be a string or a real number, not '" + v.type_name() + "'");
}

Value b_float(Evaluator& ev, Args& a) {
  no_kw(ev, a, "float");
  arity(ev, a, "float", 0, 1);
  if (a.positional.empty()) return Value::from_float(0);
  const Value& v = a.positional[0];
  if (v.is_number()) return Value::from_float(v.as_double());
  if (v.is_str()) {
    std::string s = strip_ws(v.as_str());
    std::string low;
    for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string body = low;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) { neg = body[0] == '-'; body = body.substr(1); }
    if (body == "inf" || body == "infinity") return Value::from_float(neg ? -HUGE_VAL : HUGE_VAL);
    if (body == "nan") return Value::from_float(std::nan(""));
    std::string clean;
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i] != '_') clean += s[i];
    char* end = nullptr;
    double d = clean.empty() ? 0 : std::strtod(clean.c_str(), &end);
    bool hex = low.find('x') != std::string::npos;
    if (clean.empty() || hex || end != clean.c_str() + clean.size())
      ev.raise("runtime.value_error", "could not convert string to float: " + v.repr());
    return Value::from_float(d);
  }
  ev.raise("runtime.type_error", "float() argument must be a string or a real number, not '" + v.type_name() + "'");
}

Value b_str(Evaluator& ev, Args& a) {
  no_kw(ev, a, "str");
  arity(ev, a, "str", 0, 1);
  if (a.positional.empty()) return Value::from_str("");
  return ev.make_str(a.positional[0].str());
}

Value b_repr(Evaluator& ev, Args& a) {
  no_kw(ev, a, "repr");
  arity(ev, a, "repr", 1, 1);
  return ev.make_str(a.positional[0].repr());
}

Value b_bool(Evaluator& ev, Args& a) {
  no_kw(ev, a, "bool");
  arity(ev, a, "bool", 0, 1);
  return Value::from_bool(!a.positional.empty() && a.positional[0].truthy());
}

Value b_list(Evaluator& ev, Args& a) {
  no_kw(ev, a, "list");
  arity(ev, a, "list", 0, 1);
  if (a.positional.empty()) return Value::from_list({});
  return ev.make_list(ev.to_vector(a.positional[0]));
}

Value b_tuple(Evaluator& ev, Args& a) {
  no_kw(ev, a, "tuple");
  arity(ev, a, "tuple", 0, 1);
  if (a.positional.empty()) return Value::from_tuple({});
  if (a.positional[0].is_tuple()) return a.positional[0];
  std::vector<Value> items = ev.to_vector(a.positional[0]);
  ev.check_size(static_cast<int64_t>(items.size()));
  return Value::from_tuple(std::move(items));
}

Value b_dict(Evaluator& ev, Args& a) {
  arity(ev, a, "dict", 0, 1);
  auto d = make_dict_data();
  if (!a.positional.empty()) {
    const Value& src = a.positional[0];
    if (src.is_dict()) {
      *d = *src.dict();
    } else {
      for (const Value& pair : ev.to_vector(src)) {
        std::vector<Value> kv = ev.to_vector(pair);
        if (kv.size() != 2)
          ev.raise("runtime.value_error", "dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
        d->set(kv[0], ev.hash_or_raise(kv[0]), kv[1]);
      }
    }
  }
  for (auto& [k, v] : a.keywords) d->set(Value::from_str(k), v);
  ev.check_size(static_cast<int64_t>(d->size()));
  return Value::from_dict(std::move(d));
}

Value b_range(Evaluator& ev, Args& a) {
  no_kw(ev, a, "range");
  arity(ev, a, "range", 1, 3);
  int64_t start = 0, stop, step = 1;
  if (a.positional.size() == 1) {
    stop = to_index(ev, a.positional[0]);
  } else {
    start = to_index(ev, a.positional[0]);
    stop = to_index(ev, a.positional[1]);
    if (a.positional.size() == 3) step = to_index(ev, a.positional[2]);
  }
  if (step == 0) ev.raise("runtime.value_error", "range() arg 3 must not be zero");
  // Keep length arithmetic inside 64 bits.
  if (std::abs(static_cast<double>(stop) - static_cast<double>(start)) > 4e18)
    ev.raise("runtime.overflow", "range() bounds too large");
  return Value::from_object(std::make_shared<RangeObject>(start, stop, step));
}

}  // namespace cadscribe::lang::py::builtins
