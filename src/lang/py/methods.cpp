// lang/py/methods.cpp — methods of the builtin types: str, list, dict, tuple.
// Called directly for `obj.method(...)` (no bound-method allocation) and through a native
// closure when a method is taken as a value (`f = parts.append`).
#include <algorithm>
#include <cmath>

#include "lang/py/evaluator.h"
#include "lang/py/format.h"

namespace cadscribe::lang::py {

std::vector<Value> sort_values_for_methods(Evaluator& ev, std::vector<Value> items, const Value& key, bool reverse);

namespace {

const char* const kStrMethods[] = {"upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "join",
                                   "replace", "startswith", "endswith", "format", "find", "rfind", "index",
                                   "count", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
                                   "islower", "title", "capitalize", "center", "ljust", "rjust", "zfill",
                                   "splitlines", "swapcase", "removeprefix", "removesuffix"};
const char* const kListMethods[] = {"append", "extend", "insert", "pop", "remove", "index", "count",
                                    "sort", "reverse", "copy", "clear"};
const char* const kDictMethods[] = {"get", "keys", "values", "items", "update", "pop", "setdefault", "copy", "clear"};
const char* const kTupleMethods[] = {"index", "count"};

template <size_t N>
bool in(const char* const (&names)[N], const std::string& n) {
  for (const char* x : names)
    if (n == x) return true;
  return false;
}

void want(Evaluator& ev, const Args& a, const std::string& fn, size_t lo, size_t hi) {
  if (!a.keywords.empty() && fn != "str.split" && fn != "str.rsplit" && fn != "list.sort")
    ev.raise("runtime.type_error", fn + "() takes no keyword arguments");
  size_t n = a.positional.size();
  if (n < lo || n > hi) {
    std::string w = lo == hi ? "exactly " + std::to_string(lo) : (n < lo ? "at least " + std::to_string(lo) : "at most " + std::to_string(hi));
    ev.raise("runtime.type_error", fn + "() takes " + w + " argument" + ((lo == hi ? lo : n < lo ? lo : hi) == 1 ? "" : "s") +
                                       " (" + std::to_string(n) + " given)");
  }
}

const std::string& str_arg(Evaluator& ev, const Value& v, const std::string& fn) {
  if (!v.is_str()) ev.raise("runtime.type_error", fn + "() argument must be str, not " + v.type_name());
  return v.as_str();
}

int64_t int_arg(Evaluator& ev, const Value& v) {
  if (!v.is_int() && !v.is_bool())
    ev.raise("runtime.type_error", "'" + v.type_name() + "' object cannot be interpreted as an integer");
  return v.as_int();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string strip_chars(const std::string& s, const Value& chars, bool left, bool right) {
  auto strip_it = [&](char c) {
    if (chars.is_none()) return is_space(c);
    return chars.as_str().find(c) != std::string::npos;
  };
  size_t b = 0, e = s.size();
  if (left) while (b < e && strip_it(s[b])) ++b;
  if (right) while (e > b && strip_it(s[e - 1])) --e;
  return s.substr(b, e - b);
}

Value split(Evaluator& ev, const std::string& s, Args& a, bool from_right) {
  Value sep;
  int64_t maxsplit = -1;
  if (!a.positional.empty()) sep = a.positional[0];
  if (a.positional.size() > 1) maxsplit = int_arg(ev, a.positional[1]);
  for (auto& [k, v] : a.keywords) {
    if (k == "sep") sep = v;
    else if (k == "maxsplit") maxsplit = int_arg(ev, v);
    else ev.raise("runtime.type_error", "split() got an unexpected keyword argument '" + k + "'");
  }
  std::vector<std::string> parts;
  if (sep.is_none()) {
    // Whitespace split: runs of whitespace, no empty strings.
    std::vector<std::pair<size_t, size_t>> words;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && is_space(s[i])) ++i;
      if (i >= s.size()) break;
      size_t j = i;
      while (j < s.size() && !is_space(s[j])) ++j;
      words.emplace_back(i, j);
      i = j;
    }
    if (maxsplit >= 0 && static_cast<int64_t>(words.size()) > maxsplit + 1) {
      if (!from_right) {
        for (int64_t k = 0; k < maxsplit; ++k) parts.push_back(s.substr(words[k].first, words[k].second - words[k].first));
        std::string rest = s.substr(words[static_cast<size_t>(maxsplit)].first);
        while (!rest.empty() && is_space(rest.back())) rest.pop_back();
        parts.push_back(rest);
      } else {
        size_t first_kept = words.size() - static_cast<size_t>(maxsplit);
        std::string rest = s.substr(0, words[first_kept - 1].second);
        size_t b = 0;
        while (b < rest.size() && is_space(rest[b])) ++b;
        parts.push_back(rest.substr(b));
        for (size_t k = first_kept; k < words.size(); ++k) parts.push_back(s.substr(words[k].first, words[k].second - words[k].first));
      }
    } else {
      for (auto& [b, e] : words) parts.push_back(s.substr(b, e - b));
    }
  } else {
    const std::string& sp = str_arg(ev, sep, "split");
    if (sp.empty()) ev.raise("runtime.value_error", "empty separator");
    if (!from_right) {
      size_t start = 0;
      int64_t n = 0;
      while (true) {
        size_t p = (maxsplit < 0 || n < maxsplit) ? s.find(sp, start) : std::string::npos;
        if (p == std::string::npos) { parts.push_back(s.substr(start)); break; }
        parts.push_back(s.substr(start, p - start));
        start = p + sp.size();
        ++n;
      }
    } else {
      size_t end = s.size();
      int64_t n = 0;
      std::vector<std::string> rev;
      while (true) {
        size_t p = (maxsplit < 0 || n < maxsplit) && end >= sp.size() ? s.rfind(sp, end - sp.size()) : std::string::npos;
        if (p == std::string::npos) { rev.push_back(s.substr(0, end)); break; }
        rev.push_back(s.substr(p + sp.size(), end - p - sp.size()));
        end = p;
        ++n;
      }
      parts.assign(rev.rbegin(), rev.rend());
    }
  }
  std::vector<Value> out;
  out.reserve(parts.size());
  for (auto& p : parts) out.push_back(Value::from_str(std::move(p)));
  return ev.make_list(std::move(out));
}

Value str_method(Evaluator& ev, const Value& self, const std::string& m, Args& a) {
  const std::string& s = self.as_str();
  std::string fn = "str." + m;
  auto transform = [&](auto f) {
    want(ev, a, fn, 0, 0);
    std::string out = s;
    for (auto& c : out) c = static_cast<char>(f(static_cast<unsigned char>(c)));
    return ev.make_str(std::move(out));
  };
  if (m == "upper") return transform([](unsigned char c) { return std::toupper(c); });
  if (m == "lower") return transform([](unsigned char c) { return std::tolower(c); });
  if (m == "swapcase") return transform([](unsigned char c) { return std::isupper(c) ? std::tolower(c) : std::toupper(c); });
  if (m == "strip" || m == "lstrip" || m == "rstrip") {
    want(ev, a, fn, 0, 1);
    Value chars = a.positional.empty() ? Value() : a.positional[0];
    if (!chars.is_none()) str_arg(ev, chars, fn);
    return ev.make_str(strip_chars(s, chars, m != "rstrip", m != "lstrip"));
  }
  if (m == "split" || m == "rsplit") return split(ev, s, a, m == "rsplit");
  if (m == "splitlines") {
    want(ev, a, fn, 0, 0);
    std::vector<Value> out;
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\n' || s[i] == '\r') {
        out.push_back(Value::from_str(s.substr(start, i - start)));
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        start = i + 1;
      }
    }
    if (start < s.size()) out.push_back(Value::from_str(s.substr(start)));
    return ev.make_list(std::move(out));
  }
  if (m == "join") {
    want(ev, a, fn, 1, 1);
    std::string out;
    bool first = true;
    ev.for_each(a.positional[0], [&](const Value& x) {
      if (!x.is_str()) ev.raise("runtime.type_error", "sequence item: expected str instance, " + x.type_name() + " found");
      if (!first) out += s;
      first = false;
      out += x.as_str();
      ev.check_size(static_cast<int64_t>(out.size()));
      return true;
    });
    return ev.make_str(std::move(out));
  }
  if (m == "replace") {
    want(ev, a, fn, 2, 3);
    const std::string& from = str_arg(ev, a.positional[0], fn);
    const std::string& to = str_arg(ev, a.positional[1], fn);
    int64_t count = a.positional.size() > 2 ? int_arg(ev, a.positional[2]) : -1;
    std::string out;
    if (from.empty()) {
      int64_t n = 0;
      for (size_t i = 0; i <= s.size(); ++i) {
        if (count < 0 || n < count) { out += to; ++n; }
        if (i < s.size()) out += s[i];
        ev.check_size(static_cast<int64_t>(out.size()));
      }
      return ev.make_str(std::move(out));
    }
    size_t start = 0;
    int64_t n = 0;
    while (count < 0 || n < count) {
      size_t p = s.find(from, start);
      if (p == std::string::npos) break;
      out.append(s, start, p - start);
      out += to;
      start = p + from.size();
      ++n;
      ev.check_size(static_cast<int64_t>(out.size()));
    }
    out.append(s, start, std::string::npos);
    return ev.make_str(std::move(out));
  }
  if (m == "startswith" || m == "endswith") {
    want(ev, a, fn, 1, 1);
    std::vector<Value> cands = a.positional[0].is_tuple() ? a.positional[0].tuple_items() : std::vector<Value>{a.positional[0]};
    for (const auto& c : cands) {
      const std::string& p = str_arg(ev, c, fn);
      bool ok = p.size() <= s.size() &&
                (m == "startswith" ? s.compare(0, p.size(), p) == 0 : s.compare(s.size() - p.size(), p.size(), p) == 0);
      if (ok) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  if (m == "removeprefix" || m == "removesuffix") {
    want(ev, a, fn, 1, 1);
    const std::string& p = str_arg(ev, a.positional[0], fn);
    if (m == "removeprefix" && s.compare(0, p.size(), p) == 0) return Value::from_str(s.substr(p.size()));
    if (m == "removesuffix" && p.size() <= s.size() && s.compare(s.size() - p.size(), p.size(), p) == 0 && !p.empty())
      return Value::from_str(s.substr(0, s.size() - p.size()));
    return self;
  }
  if (m == "format") {
    Result<std::string> r = str_format(s, a);
    if (!r.ok()) ev.raise_diag(std::move(r).error());
    return ev.make_str(std::move(r).value());
  }
  if (m == "find" || m == "rfind" || m == "index" || m == "count") {
    want(ev, a, fn, 1, 3);
    const std::string& sub = str_arg(ev, a.positional[0], fn);
    int64_t n = static_cast<int64_t>(s.size());
    int64_t lo = a.positional.size() > 1 && !a.positional[1].is_none() ? int_arg(ev, a.positional[1]) : 0;
    int64_t hi = a.positional.size() > 2 && !a.positional[2].is_none() ? int_arg(ev, a.positional[2]) : n;
    if (lo < 0) lo = std::max<int64_t>(0, lo + n);
    if (hi < 0) hi = std::max<int64_t>(0, hi + n);
    hi = std::min(hi, n);
    if (lo > hi) return Value::from_int(m == "count" ? 0 : -1);
    std::string part = s.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
    if (m == "count") {
      if (sub.empty()) return Value::from_int(static_cast<int64_t>(part.size()) + 1);
      int64_t c = 0;
      for (size_t p = part.find(sub); p != std::string::npos; p = part.find(sub, p + sub.size())) ++c;
      return Value::from_int(c);
    }
    size_t p = m == "rfind" ? part.rfind(sub) : part.find(sub);
    if (p == std::string::npos) {
      if (m == "index") ev.raise("runtime.value_error", "substring not found");
      return Value::from_int(-1);
    }
    return Value::from_int(static_cast<int64_t>(p) + lo);
  }
  auto all_of = [&](auto pred) {
    want(ev, a, fn, 0, 0);
    if (s.empty()) return Value::from_bool(false);
    for (unsigned char c : s)
      if (!pred(c)) return Value::from_bool(false);
    return Value::from_bool(true);
  };
  if (m == "isdigit" || m == "isnumeric") return all_of([](unsigned char c) { return std::isdigit(c) != 0; });
  if (m == "isalpha") return all_of([](unsigned char c) { return std::isalpha(c) != 0; });
  if (m == "isalnum") return all_of([](unsigned char c) { return std::isalnum(c) != 0; });
  if (m == "isspace") return all_of([](unsigned char c) { return is_space(static_cast<char>(c)); });
  if (m == "isupper" || m == "islower") {
    want(ev, a, fn, 0, 0);
    bool cased = false;
    for (unsigned char c : s) {
      if (m == "isupper" ? std::islower(c) : std::isupper(c)) return Value::from_bool(false);
      cased = cased || std::isalpha(c);
    }
    return Value::from_bool(cased);
  }
  if (m == "title" || m == "capitalize") {
    want(ev, a, fn, 0, 0);
    std::string out = s;
    bool prev_alpha = false;
    for (size_t i = 0; i < out.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(out[i]);
      if (m == "title") {
        out[i] = static_cast<char>(prev_alpha ? std::tolower(c) : std::toupper(c));
        prev_alpha = std::isalpha(c) != 0;
      } else {
        out[i] = static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c));
      }
    }
    return ev.make_str(std::move(out));
  }
  if (m == "center" || m == "ljust" || m == "rjust" || m == "zfill") {
    want(ev, a, fn, 1, m == "zfill" ? 1 : 2);
    int64_t width = int_arg(ev, a.positional[0]);
    ev.check_size(width);
    char fill = ' ';
    if (a.positional.size() > 1) {
      const std::string& f = str_arg(ev, a.positional[1], fn);
      if (f.size() != 1) ev.raise("runtime.type_error", "The fill character must be exactly one character long");
      fill = f[0];
    }
    int64_t n = static_cast<int64_t>(s.size());
    if (width <= n) return self;
    size_t pad = static_cast<size_t>(width - n);
    if (m == "ljust") return ev.make_str(s + std::string(pad, fill));
    if (m == "rjust") return ev.make_str(std::string(pad, fill) + s);
    if (m == "zfill") {
      if (!s.empty() && (s[0] == '-' || s[0] == '+')) return ev.make_str(s.substr(0, 1) + std::string(pad, '0') + s.substr(1));
      return ev.make_str(std::string(pad, '0') + s);
    }
    size_t left = pad / 2 + (pad & static_cast<size_t>(width) & 1);
    return ev.make_str(std::string(left, fill) + s + std::string(pad - left, fill));
  }
  ev.raise("runtime.attribute_error", "'str' object has no attribute '" + m + "'");
}

int64_t index_in(Evaluator& ev, const std::vector<Value>& items, const Value& x, const std::string& what) {
  for (size_t i = 0; i < items.size(); ++i)
    if (values_equal(items[i], x)) return static_cast<int64_t>(i);
  ev.raise("runtime.value_error", what);
}

Value list_method(Evaluator& ev, const Value& self, const std::string& m, Args& a) {
  auto& items = self.list_items();
  std::string fn = "list." + m;
  if (m == "append") {
    want(ev, a, fn, 1, 1);
    ev.check_size(static_cast<int64_t>(items.size()) + 1);
    ev.charge(sizeof(Value));
    items.push_back(a.positional[0]);
    return Value();
  }
  if (m == "extend") {
    want(ev, a, fn, 1, 1);
    std::vector<Value> extra = ev.to_vector(a.positional[0]);
    ev.check_size(static_cast<int64_t>(items.size() + extra.size()));
    ev.charge(static_cast<int64_t>(extra.size() * sizeof(Value)));
    items.insert(items.end(), extra.begin(), extra.end());
    return Value();
  }
  if (m == "insert") {
    want(ev, a, fn, 2, 2);
    int64_t n = static_cast<int64_t>(items.size());
    int64_t i = int_arg(ev, a.positional[0]);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    i = std::min(i, n);
    ev.check_size(n + 1);
    items.insert(items.begin() + i, a.positional[1]);
    return Value();
  }
  if (m == "pop") {
    want(ev, a, fn, 0, 1);
    if (items.empty()) ev.raise("runtime.index_error", "pop from empty list");
    int64_t n = static_cast<int64_t>(items.size());
    int64_t i = a.positional.empty() ? n - 1 : int_arg(ev, a.positional[0]);
    if (i < 0) i += n;
    if (i < 0 || i >= n) ev.raise("runtime.index_error", "pop index out of range");
    Value v = items[static_cast<size_t>(i)];
    items.erase(items.begin() + i);
    return v;
  }
  if (m == "remove") {
    want(ev, a, fn, 1, 1);
    int64_t i = index_in(ev, items, a.positional[0], "list.remove(x): x not in list");
    items.erase(items.begin() + i);
    return Value();
  }
  if (m == "index") {
    want(ev, a, fn, 1, 1);
    return Value::from_int(index_in(ev, items, a.positional[0], a.positional[0].repr() + " is not in list"));
  }
  if (m == "count") {
    want(ev, a, fn, 1, 1);
    int64_t c = 0;
    for (const auto& x : items) c += values_equal(x, a.positional[0]);
    return Value::from_int(c);
  }
  if (m == "sort") {
    want(ev, a, fn, 0, 0);
    Value key, rev;
    for (auto& [k, v] : a.keywords) {
      if (k == "key") key = v;
      else if (k == "reverse") rev = v;
      else ev.raise("runtime.type_error", "sort() got an unexpected keyword argument '" + k + "'");
    }
    items = sort_values_for_methods(ev, items, key, rev.truthy());
    return Value();
  }
  if (m == "reverse") {
    want(ev, a, fn, 0, 0);
    std::reverse(items.begin(), items.end());
    return Value();
  }
  if (m == "copy") {
    want(ev, a, fn, 0, 0);
    return ev.make_list(items);
  }
  if (m == "clear") {
    want(ev, a, fn, 0, 0);
    items.clear();
    return Value();
  }
  ev.raise("runtime.attribute_error", "'list' object has no attribute '" + m + "'");
}

Value dict_method(Evaluator& ev, const Value& self, const std::string& m, Args& a) {
  DictData& d = *self.dict();
  std::string fn = "dict." + m;
  if (m == "get") {
    want(ev, a, fn, 1, 2);
    Value* v = d.find(a.positional[0], ev.hash_or_raise(a.positional[0]));
    if (v) return *v;
    return a.positional.size() > 1 ? a.positional[1] : Value();
  }
  if (m == "keys" || m == "values" || m == "items") {
    want(ev, a, fn, 0, 0);
    std::vector<Value> out;
    out.reserve(d.size());
    for (auto& [k, v] : d.entries) {
      if (m == "keys") out.push_back(k);
      else if (m == "values") out.push_back(v);
      else out.push_back(Value::from_tuple({k, v}));
    }
    return ev.make_list(std::move(out));
  }
  if (m == "update") {
    if (a.positional.size() > 1) ev.raise("runtime.type_error", "update expected at most 1 argument");
    if (!a.positional.empty()) {
      const Value& src = a.positional[0];
      if (src.is_dict()) {
        auto entries = src.dict()->entries;  // copy: src may be d itself
        for (auto& [k, v] : entries) d.set(k, v);
      } else {
        for (const Value& pair : ev.to_vector(src)) {
          std::vector<Value> kv = ev.to_vector(pair);
          if (kv.size() != 2) ev.raise("runtime.value_error", "dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
          d.set(kv[0], ev.hash_or_raise(kv[0]), kv[1]);
        }
      }
    }
    for (auto& [k, v] : a.keywords) d.set(Value::from_str(k), v);
    ev.check_size(static_cast<int64_t>(d.size()));
    return Value();
  }
  if (m == "pop") {
    want(ev, a, fn, 1, 2);
    uint64_t h = ev.hash_or_raise(a.positional[0]);
    Value* v = d.find(a.positional[0], h);
    if (!v) {
      if (a.positional.size() > 1) return a.positional[1];
      ev.raise("runtime.key_error", a.positional[0].repr());
    }
    Value out = *v;
    d.erase(a.positional[0], h);
    return out;
  }
  if (m == "setdefault") {
    want(ev, a, fn, 1, 2);
    uint64_t h = ev.hash_or_raise(a.positional[0]);
    if (Value* v = d.find(a.positional[0], h)) return *v;
    Value dv = a.positional.size() > 1 ? a.positional[1] : Value();
    ev.check_size(static_cast<int64_t>(d.size()) + 1);
    d.set(a.positional[0], h, dv);
    return dv;
  }
  if (m == "copy") {
    want(ev, a, fn, 0, 0);
    return Value::from_dict(std::make_shared<DictData>(d));
  }
  if (m == "clear") {
    want(ev, a, fn, 0, 0);
    d.clear();
    return Value();
  }
  ev.raise("runtime.attribute_error", "'dict' object has no attribute '" + m + "'");
}

}  // namespace

bool Evaluator::has_method(const Value& self, const std::string& name) const {
  switch (self.kind()) {
    case Kind::kStr: return in(kStrMethods, name);
    case Kind::kList: return in(kListMethods, name);
    case Kind::kDict: return in(kDictMethods, name);
    case Kind::kTuple: return in(kTupleMethods, name);
    case Kind::kFloat: return name == "is_integer";
    default: return false;
  }
}

Value Evaluator::call_method(const Value& self, const std::string& name, Args& args) {
  switch (self.kind()) {
    case Kind::kStr: return str_method(*this, self, name, args);
    case Kind::kList: return list_method(*this, self, name, args);
    case Kind::kDict: return dict_method(*this, self, name, args);
    case Kind::kTuple: {
      want(*this, args, "tuple." + name, 1, 1);
      const auto& items = self.tuple_items();
      if (name == "index") return Value::from_int(index_in(*this, items, args.positional[0], "tuple.index(x): x not in tuple"));
      int64_t c = 0;
      for (const auto& x : items) c += values_equal(x, args.positional[0]);
      return Value::from_int(c);
    }
    case Kind::kFloat:
      want(*this, args, "float.is_integer", 0, 0);
      return Value::from_bool(std::isfinite(self.as_double()) && self.as_double() == std::trunc(self.as_double()));
    default: break;
  }
  raise("runtime.attribute_error", "'" + self.type_name() + "' object has no attribute '" + name + "'");
}

}  // namespace cadscribe::lang::py
