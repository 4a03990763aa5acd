// lang/scad/builtins_list.cpp — builtins on vectors and strings (len concat lookup str chr ord
// search), type tests, version, parent_module, and the builtin registry find_builtin().
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "lang/scad/builtins.h"
#include "lang/scad/lexer.h"

namespace cadscribe::lang::scad {
namespace {

Value bad(Evaluator& ev, const char* fn, const base::SourceSpan& span) {
  ev.warn("runtime.bad_argument", std::string(fn) + "() parameter could not be converted", span);
  return {};
}

Value b_len(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* v = positional(args, 0);
  if (args.size() == 1 && v) {
    if (v->is_vector()) return Value::number(double(v->as_vector().size()));
    if (v->is_string()) {
      ev.work(v->as_string().size(), span);
      return Value::number(double(utf8_length(v->as_string())));
    }
  }
  return bad(ev, "len", span);
}

Value b_concat(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  std::vector<Value> out;
  for (const auto& a : args) {
    if (a.value.is_vector()) {
      const auto& items = a.value.as_vector();
      ev.grow(out.size() + items.size(), span);
      out.insert(out.end(), items.begin(), items.end());
    } else {
      out.push_back(a.value);
    }
  }
  ev.charge_vector(out.size(), span);
  Value v = Value::vector(std::move(out));
  if (v.nesting() > kMaxVectorNesting) ev.fail("limit.size", "vectors nested too deep", span);
  return v;
}

Value b_lookup(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* key = positional(args, 0);
  const Value* table = positional(args, 1);
  if (args.size() != 2 || !key || !table) {
    ev.warn("runtime.argument_count", "lookup() number of parameters does not match", span);
    return {};
  }
  if (!key->is_number() || !table->is_vector()) return bad(ev, "lookup", span);
  double p = key->as_number();
  auto entry = [](const Value& v, double& k, double& val) {
    auto kv = v.number_vector(2, 2);
    if (!kv) return false;
    k = (*kv)[0];
    val = (*kv)[1];
    return true;
  };
  // Below the smallest key: its value; above the largest: its value; else interpolate
  // between the nearest keys on either side (the table need not be sorted).
  ev.work(table->as_vector().size(), span);
  bool any = false;
  double min_k = 0, min_v = 0, max_k = 0, max_v = 0, lo_k = 0, lo_v = 0, hi_k = 0, hi_v = 0;
  bool have_lo = false, have_hi = false;
  for (const auto& item : table->as_vector()) {
    double k, v;
    if (!entry(item, k, v)) continue;
    if (!any || k < min_k) min_k = k, min_v = v;
    if (!any || k > max_k) max_k = k, max_v = v;
    any = true;
    if (k <= p && (!have_lo || k > lo_k)) lo_k = k, lo_v = v, have_lo = true;
    if (k >= p && (!have_hi || k < hi_k)) hi_k = k, hi_v = v, have_hi = true;
  }
  if (!any) return {};  // openscad 2021.01: an empty or malformed table gives undef silently
  if (p <= min_k) return Value::number(min_v);
  if (p >= max_k) return Value::number(max_v);
  if (hi_k == lo_k) return Value::number(lo_v);
  double f = (p - lo_k) / (hi_k - lo_k);
  return Value::number(hi_v * f + lo_v * (1 - f));
}

Value b_str(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  std::string s;
  for (const auto& a : args) {
    s += ev.print(a.value, false, span);
    if (auto d = ev.options().limits.max_collection; int64_t(s.size()) > d) ev.charge_string(s.size(), span);
  }
  return ev.make_string(std::move(s), span);
}

void chr_of(Evaluator& ev, const Value& v, std::string& out, const base::SourceSpan& span, int depth) {
  if (v.is_number()) {
    double d = v.as_number();
    if (d >= 1 && d <= 0x10FFFF) {
      uint32_t cp = uint32_t(d);
      if (!(cp >= 0xD800 && cp <= 0xDFFF)) append_utf8(out, cp);
    }
  } else if (v.is_vector() && depth < kMaxVectorNesting) {
    for (const auto& x : v.as_vector()) chr_of(ev, x, out, span, depth + 1);
  } else if (v.is_range()) {
    const Range& r = v.as_range();
    uint64_t n = r.count();
    if (n >= 10000) {
      ev.warn("runtime.range_too_large", "Bad range parameter in for statement: too many elements (" +
                                             std::to_string(n) + ")", span);
      return;
    }
    for (uint64_t i = 0; i < n; ++i) chr_of(ev, Value::number(r.at(i)), out, span, depth + 1);
  }
}

Value b_chr(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  std::string s;
  for (const auto& a : args) chr_of(ev, a.value, s, span, 0);
  return ev.make_string(std::move(s), span);
}

Value b_ord(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const Value* v = positional(args, 0);
  if (args.size() != 1 || !v) {
    ev.warn("runtime.argument_count", "ord() number of parameters does not match", span);
    return {};
  }
  if (!v->is_string()) {
    ev.warn("runtime.bad_argument", "ord() argument " + ev.print(*v, true, span) + " is not of type string", span);
    return {};
  }
  ev.work(v->as_string().size(), span);
  if (!valid_utf8(v->as_string())) {
    ev.warn("runtime.bad_argument", "ord() argument '" + v->as_string() + "' is not valid utf8 string", span);
    return {};
  }
  auto chars = utf8_chars(v->as_string());
  if (chars.empty()) return {};  // openscad 2021.01: undef, silently; longer strings give the first
  const std::string& c = chars[0];
  auto b = [&](size_t i) { return uint32_t(static_cast<unsigned char>(c[i])); };
  uint32_t cp = c.size() == 1 ? b(0)
                : c.size() == 2 ? ((b(0) & 0x1F) << 6) | (b(1) & 0x3F)
                : c.size() == 3 ? ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)
                                : ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  return Value::number(double(cp));
}

bool matches(Evaluator& ev, const Value& find, const Value& elem, size_t col, const base::SourceSpan& span) {
  if (col == 0 && ev.equal(find, elem, span)) return true;
  return elem.is_vector() && col < elem.as_vector().size() && ev.equal(find, elem.as_vector()[col], span);
}

// search("abc", [[..], ..]) as openscad 2021.01 does it: each character of the string is
// compared with the first character of the column's value printed as a string (so "a" finds
// "apple" and 1 finds nothing), and an entry without that column ends the search with a warning
// and an empty result (returns false).
bool search_chars_in_vector(Evaluator& ev, const std::vector<std::string>& chars, const std::vector<Value>& table,
                            uint64_t per_match, uint64_t col, std::vector<Value>& out, const base::SourceSpan& span) {
  for (const auto& c : chars) {
    std::vector<Value> hits;
    uint64_t count = 0;
    for (size_t j = 0; j < table.size(); ++j) {
      ev.step(span);
      const Value& entry = table[j];
      if (!entry.is_vector() || entry.as_vector().size() <= col) {
        ev.warn("runtime.search_invalid_entry",
                "Invalid entry in search vector at index " + std::to_string(j) +
                    ", required number of values in the entry: " + std::to_string(col + 1) +
                    ". Invalid entry: " + ev.print(entry, true, span),
                span);
        return false;
      }
      const Value& key = entry.as_vector()[size_t(col)];
      std::string text = key.is_string() ? key.as_string() : ev.print(key, false, span);
      if (text.empty() || text.compare(0, utf8_chars(text.substr(0, 6))[0].size(), c) != 0) continue;
      ++count;
      if (per_match == 1) {
        out.push_back(Value::number(double(j)));
        break;
      }
      hits.push_back(Value::number(double(j)));
      if (per_match > 1 && count >= per_match) break;
    }
    if (count == 0) ev.warn("runtime.search_not_found", "search term not found: \"" + c + "\"", span);
    if (per_match != 1) out.push_back(Value::vector(std::move(hits)));
  }
  return true;
}

Value b_search(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  if (args.size() < 2) {
    ev.warn("runtime.argument_count", "search() number of parameters does not match", span);
    return {};
  }
  const Value* find_p = arg(args, "match_value", 0);
  const Value* table_p = arg(args, "string_or_vector", 1);
  if (!find_p || !table_p) return {};
  const Value& find = *find_p;
  const Value& table = *table_p;
  auto as_count = [](const Value* v, double dflt) {
    double d = v && v->is_number() ? v->as_number() : dflt;
    return d >= 0 && d < 4294967296.0 ? uint64_t(d) : uint64_t(0);
  };
  uint64_t per_match = as_count(arg(args, "num_returns_per_match", 2), 1);
  uint64_t col = as_count(arg(args, "index_col_num", 3), 0);
  std::vector<Value> table_items;
  if (table.is_string()) {
    ev.charge_vector(table.as_string().size(), span);
    for (auto& c : utf8_chars(table.as_string())) table_items.push_back(Value::string(std::move(c)));
  } else if (table.is_vector()) {
    table_items = table.as_vector();
  }
  std::vector<Value> out;
  // One term; a vector of terms (`empty_when_missing`) gives [] for a term that is not found.
  auto search_one = [&](const Value& term, bool empty_when_missing) {
    std::vector<Value> hits;
    uint64_t count = 0;
    for (size_t j = 0; j < table_items.size(); ++j) {
      ev.step(span);
      if (!matches(ev, term, table_items[j], table.is_string() ? 0 : size_t(col), span)) continue;
      ++count;
      if (per_match == 1) {
        out.push_back(Value::number(double(j)));
        return;
      }
      hits.push_back(Value::number(double(j)));
      if (per_match > 1 && count >= per_match) break;
    }
    if (per_match == 1 && count == 0 && empty_when_missing) out.push_back(Value::vector({}));
    if (per_match != 1) out.push_back(Value::vector(std::move(hits)));
  };
  if (find.is_number() || find.is_bool()) {
    uint64_t count = 0;
    for (size_t j = 0; j < table_items.size(); ++j) {
      ev.step(span);
      if (matches(ev, find, table_items[j], size_t(col), span)) {
        out.push_back(Value::number(double(j)));
        if (per_match != 0 && ++count >= per_match) break;
      }
    }
  } else if (find.is_string() && table.is_vector()) {
    ev.charge_vector(find.as_string().size(), span);
    if (!search_chars_in_vector(ev, utf8_chars(find.as_string()), table.as_vector(), per_match, col, out, span))
      return Value::vector({});
  } else if (find.is_string()) {
    ev.charge_vector(find.as_string().size(), span);
    for (auto& c : utf8_chars(find.as_string())) search_one(Value::string(c), false);
  } else if (find.is_vector()) {
    for (const auto& term : find.as_vector()) search_one(term, true);
  } else {
    return {};  // openscad 2021.01: undef, silently
  }
  ev.charge_vector(out.size(), span);
  return Value::vector(std::move(out));
}

// openscad 2021.01 seeds rands() with Python's hash of a float, reduced to 31 bits
// (hash_floating_point): whole numbers hash to themselves, so seed 42 is mt19937(42), and
// every other double to a stable, distinct seed (4.1 and 4.1e-100 differ; a cast would not).
uint32_t seed_of(double v) {
  constexpr int kBits = 31;
  constexpr uint32_t kModulus = (uint32_t(1) << kBits) - 1;
  if (std::isnan(v)) return 0;
  if (std::isinf(v)) return v > 0 ? 314159u : uint32_t(-314159);
  int e = 0;
  double m = std::frexp(v, &e);
  uint32_t sign = 1;
  if (m < 0) {
    sign = uint32_t(-1);
    m = -m;
  }
  uint32_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2^28
    e -= 28;
    uint32_t y = uint32_t(m);  // the integer part
    m -= y;
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x *= sign;
  if (x == uint32_t(-1)) x = uint32_t(-2);
  return x;
}

// rands(min, max, n[, seed]) as openscad 2021.01: a non-finite bound becomes -/+ DBL_MAX/2 (by
// position, not sign), the bounds are ordered, n is |n| (non-finite: 1), equal bounds repeat
// min without drawing, and a seed reseeds the one mt19937 that unseeded calls continue from.
Value b_rands(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  if (args.size() < 3 || args.size() > 4) {
    ev.warn("runtime.argument_count", "rands() number of parameters does not match", span);
    return {};
  }
  for (const auto& a : args)
    if (!a.value.is_number()) return bad(ev, "rands", span);
  constexpr double kHalfMax = std::numeric_limits<double>::max() / 2;
  double lo = args[0].value.as_number(), hi = args[1].value.as_number();
  if (!std::isfinite(lo)) lo = -kHalfMax;
  if (!std::isfinite(hi)) hi = kHalfMax;
  if (hi < lo) std::swap(lo, hi);
  double nd = std::fabs(args[2].value.as_number());
  if (!std::isfinite(nd)) {
    ev.warn("runtime.bad_argument", "rands() cannot create an infinite number of results; resetting number of results to 1", span);
    nd = 1;
  }
  if (nd > 1e9) nd = 1e9;  // the collection budget refuses it below
  size_t n = size_t(nd);
  ev.charge_vector(n, span);
  if (args.size() == 4) ev.mt().seed_with(seed_of(args[3].value.as_number()));
  std::vector<Value> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(Value::number(lo == hi ? lo : ev.mt().uniform(lo, hi)));
  return Value::vector(std::move(out));
}

Value b_version(Evaluator&, const std::vector<CallArg>&, const base::SourceSpan&) {
  return Value::vector({Value::number(2021), Value::number(1), Value::number(0)});
}
Value b_version_num(Evaluator&, const std::vector<CallArg>&, const base::SourceSpan&) {
  return Value::number(20210100);
}

template <Type T>
Value is_type(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  if (args.size() != 1) {
    ev.warn("runtime.argument_count", "is_*() number of parameters does not match", span);
    return {};
  }
  const Value& v = args[0].value;
  if (T == Type::kNumber) return Value::boolean(v.is_number() && !std::isnan(v.as_number()));
  return Value::boolean(v.type() == T);
}

Value b_parent_module(Evaluator& ev, const std::vector<CallArg>& args, const base::SourceSpan& span) {
  const auto& stack = ev.module_stack();
  double n = 1;  // parent_module() is parent_module(1)
  if (!args.empty()) {
    if (!args[0].value.is_number()) return bad(ev, "parent_module", span);
    n = args[0].value.as_number();
  }
  if (n < 0 || !(n < double(stack.size()))) {
    ev.warn("runtime.bad_argument", "Parent module index (" + format_number(n) +
                                        ") greater than the number of modules on the stack", span);
    return {};
  }
  return Value::string(stack[stack.size() - 1 - size_t(n)]);
}

const BuiltinEntry kList[] = {
    {"len", b_len},
    {"concat", b_concat},
    {"lookup", b_lookup},
    {"str", b_str},
    {"chr", b_chr},
    {"ord", b_ord},
    {"search", b_search},
    {"rands", b_rands},
    {"version", b_version},
    {"version_num", b_version_num},
    {"is_undef", is_type<Type::kUndef>},
    {"is_bool", is_type<Type::kBool>},
    {"is_num", is_type<Type::kNumber>},
    {"is_string", is_type<Type::kString>},
    {"is_list", is_type<Type::kVector>},
    {"is_function", is_type<Type::kFunction>},
    {"parent_module", b_parent_module},
};

}  // namespace

const BuiltinEntry* list_builtins(size_t* count) {
  *count = sizeof(kList) / sizeof(kList[0]);
  return kList;
}

BuiltinFn find_builtin(const std::string& name) {
  for (auto table : {math_builtins, list_builtins, dxf_builtins}) {
    size_t n = 0;
    const BuiltinEntry* e = table(&n);
    for (size_t i = 0; i < n; ++i)
      if (name == e[i].name) return e[i].fn;
  }
  return nullptr;
}

void Mt19937::seed_with(uint32_t seed) {
  mt_[0] = seed;
  for (uint32_t i = 1; i < 624; ++i) mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + i;
  index_ = 624;
}

uint32_t Mt19937::next() {
  if (index_ >= 624) {
    for (int i = 0; i < 624; ++i) {
      uint32_t y = (mt_[i] & 0x80000000u) | (mt_[(i + 1) % 624] & 0x7fffffffu);
      mt_[i] = mt_[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    index_ = 0;
  }
  uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double Mt19937::uniform(double lo, double hi) {
  // libstdc++ generate_canonical<double, 53> with a 32-bit engine: two draws.
  double sum = double(next()) + double(next()) * 4294967296.0;
  double r = sum / 18446744073709551616.0;
  if (r >= 1.0) r = std::nextafter(1.0, 0.0);
  return r * (hi - lo) + lo;
}

}  // namespace cadscribe::lang::scad
