// lang/py/format.cpp — see format.h. Floats go through std::to_chars (shortest round-trip) for
// repr and through snprintf for fixed precisions, which rounds the exact binary value half-even
// as CPython does.
#include "lang/py/format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "lang/py/containers.h"

namespace cadscribe::lang::py {

namespace {

Diag value_error(std::string msg) { return base::make_diag("runtime.value_error", std::move(msg)); }
Diag type_error(std::string msg) { return base::make_diag("runtime.type_error", std::move(msg)); }

struct Spec {
  char fill = ' ';
  char align = 0;  // < > ^ =
  char sign = '-';
  bool alt = false;
  int width = -1;
  char grouping = 0;
  int precision = -1;
  char type = 0;
};

Result<Spec> parse_spec(std::string_view s) {
  Spec sp;
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (s.size() >= 2 && is_align(s[1])) {
    sp.fill = s[0];
    sp.align = s[1];
    i = 2;
  } else if (!s.empty() && is_align(s[0])) {
    sp.align = s[0];
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = s[i++];
  if (i < s.size() && s[i] == '#') { sp.alt = true; ++i; }
  if (i < s.size() && s[i] == '0') {
    if (!sp.align) { sp.fill = '0'; sp.align = '='; }
    ++i;
  }
  int w = 0;
  bool have_w = false;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    w = w * 10 + (s[i++] - '0');
    have_w = true;
    if (w > 10000) return value_error("format width too large");
  }
  if (have_w) sp.width = w;
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) sp.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    int p = 0;
    bool have_p = false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      p = p * 10 + (s[i++] - '0');
      have_p = true;
      if (p > 1000) return value_error("format precision too large");
    }
    if (!have_p) return value_error("Format specifier missing precision");
    sp.precision = p;
  }
  if (i < s.size()) sp.type = s[i++];
  if (i != s.size()) return value_error("Invalid format specifier '" + std::string(s) + "'");
  return sp;
}

std::string group_digits(const std::string& digits, char sep) {
  // digits: the integer part only, no sign.
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    out += digits[static_cast<size_t>(i)];
    int rest = n - 1 - i;
    if (rest > 0 && rest % 3 == 0) out += sep;
  }
  return out;
}

// Pads `body` (sign separated so '=' alignment can put fill between sign and digits).
std::string pad(const std::string& sign, const std::string& body, const Spec& sp, char default_align) {
  std::string s = sign + body;
  if (sp.width < 0 || static_cast<int>(s.size()) >= sp.width) return s;
  size_t n = static_cast<size_t>(sp.width) - s.size();
  char align = sp.align ? sp.align : default_align;
  switch (align) {
    case '<': return s + std::string(n, sp.fill);
    case '^': return std::string(n / 2, sp.fill) + s + std::string(n - n / 2, sp.fill);
    case '=': return sign + std::string(n, sp.fill) + body;
    default: return std::string(n, sp.fill) + s;
  }
}

std::string fixed(double d, int prec, char type) {
  char fmt[8] = {'%', '.', '*', type, 0};
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, fmt, prec, d);
  if (n >= 0 && n < static_cast<int>(sizeof buf)) return std::string(buf, static_cast<size_t>(n));
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), fmt, prec, d);
  big.resize(static_cast<size_t>(n));
  return big;
}

// Applies a grouping separator to the integer part of a formatted number.
std::string apply_grouping(const std::string& num, char sep) {
  if (!sep) return num;
  size_t end = num.find_first_not_of("0123456789");
  if (end == std::string::npos) end = num.size();
  return group_digits(num.substr(0, end), sep) + num.substr(end);
}

Result<std::string> format_float(double d, const Spec& sp) {
  std::string sign;
  if (std::signbit(d) && !std::isnan(d)) {
    sign = "-";
    d = -d;
  } else if (sp.sign == '+') {
    sign = "+";
  } else if (sp.sign == ' ') {
    sign = " ";
  }
  std::string body;
  char t = sp.type;
  if (std::isinf(d) || std::isnan(d)) {
    body = std::isinf(d) ? "inf" : "nan";
    if (t == 'F' || t == 'E' || t == 'G') body = std::isinf(d) ? "INF" : "NAN";
    if (t == '%') body += "%";
    return pad(sign, body, sp, '>');
  }
  int prec = sp.precision < 0 ? 6 : sp.precision;
  switch (t) {
    case 'f': case 'F': body = fixed(d, prec, 'f'); break;
    case 'e': case 'E': body = fixed(d, prec, t); break;
    case '%': body = fixed(d * 100, prec, 'f') + "%"; break;
    case 'g': case 'G': case 'n':
      body = fixed(d, prec == 0 ? 1 : prec, sp.alt ? (t == 'G' ? 'G' : 'g') : (t == 'G' ? 'G' : 'g'));
      break;
    case 0:
      if (sp.precision < 0) {
        body = float_repr(d);
      } else {
        body = fixed(d, prec == 0 ? 1 : prec, 'g');
        // Python's '' type keeps at least one digit after the point in fixed notation.
        if (body.find_first_of(".e") == std::string::npos && body.find("inf") == std::string::npos)
          body += ".0";
      }
      break;
    default:
      return value_error(std::string("Unknown format code '") + t + "' for object of type 'float'");
  }
  if (sp.grouping) body = apply_grouping(body, sp.grouping);
  return pad(sign, body, sp, '>');
}

Result<std::string> format_int(int64_t v, const Spec& sp) {
  char t = sp.type;
  if (t == 'f' || t == 'F' || t == 'e' || t == 'E' || t == 'g' || t == 'G' || t == '%')
    return format_float(static_cast<double>(v), sp);
  if (sp.precision >= 0) return value_error("Precision not allowed in integer format specifier");
  std::string sign;
  uint64_t mag = v < 0 ? (0 - static_cast<uint64_t>(v)) : static_cast<uint64_t>(v);
  if (v < 0) sign = "-";
  else if (sp.sign == '+') sign = "+";
  else if (sp.sign == ' ') sign = " ";
  std::string body;
  char buf[80];
  switch (t) {
    case 0: case 'd': case 'n':
      std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(mag));
      body = buf;
      if (sp.grouping) body = group_digits(body, sp.grouping);
      break;
    case 'x': case 'X': {
      std::snprintf(buf, sizeof buf, t == 'x' ? "%llx" : "%llX", static_cast<unsigned long long>(mag));
      body = (sp.alt ? (t == 'x' ? "0x" : "0X") : "") + std::string(buf);
      break;
    }
    case 'o':
      std::snprintf(buf, sizeof buf, "%llo", static_cast<unsigned long long>(mag));
      body = (sp.alt ? "0o" : "") + std::string(buf);
      break;
    case 'b': {
      std::string bits;
      if (mag == 0) bits = "0";
      while (mag) { bits.insert(bits.begin(), static_cast<char>('0' + (mag & 1))); mag >>= 1; }
      body = (sp.alt ? "0b" : "") + bits;
      break;
    }
    case 'c':
      if (v < 0 || v > 127) return value_error("%c arg not in range(128)");
      body = std::string(1, static_cast<char>(v));
      break;
    default:
      return value_error(std::string("Unknown format code '") + t + "' for object of type 'int'");
  }
  return pad(sign, body, sp, '>');
}

}  // namespace

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  // s = [-]d[.ddd]e[+-]XX
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  std::string out;
  if (exp >= -5 + 1 && exp < 16) {
    if (exp >= 0) {
      if (static_cast<int>(digits.size()) <= exp + 1) {
        out = digits + std::string(static_cast<size_t>(exp + 1) - digits.size(), '0') + ".0";
      } else {
        out = digits.substr(0, static_cast<size_t>(exp + 1)) + "." + digits.substr(static_cast<size_t>(exp + 1));
      }
    } else {
      out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return neg ? "-" + out : out;
}

Result<std::string> format_value(const Value& v, std::string_view spec) {
  TRY(Spec sp, parse_spec(spec));
  if (v.is_float()) return format_float(v.as_double(), sp);
  if (v.is_int() || (v.is_bool() && sp.type && sp.type != 's')) return format_int(v.as_int(), sp);
  if (v.is_str() || v.is_bool() || spec.empty() || v.is_none() || v.is_list() || v.is_tuple() ||
      v.is_dict() || v.is_object() || v.kind() == Kind::kFunction) {
    if (sp.type && sp.type != 's')
      return value_error(std::string("Unknown format code '") + sp.type + "' for object of type '" +
                         v.type_name() + "'");
    if (!v.is_str() && !spec.empty() && !v.is_bool())
      return type_error("unsupported format string passed to " + v.type_name() + ".__format__");
    std::string s = v.str();
    if (sp.precision >= 0 && static_cast<size_t>(sp.precision) < s.size()) s.resize(static_cast<size_t>(sp.precision));
    return pad("", s, sp, '<');
  }
  return v.str();
}

Result<std::string> percent_format(const std::string& fmt, const Value& args) {
  std::vector<Value> items;
  const DictData* mapping = nullptr;
  if (args.is_tuple()) items = args.tuple_items();
  else if (args.is_dict()) mapping = args.dict().get();
  else items.push_back(args);
  size_t next = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') { out += c; continue; }
    if (++i >= fmt.size()) return value_error("incomplete format");
    Value arg;
    bool have_arg = false;
    if (fmt[i] == '(') {
      size_t close = fmt.find(')', i);
      if (close == std::string::npos || !mapping) return type_error("format requires a mapping");
      Value key = Value::from_str(fmt.substr(i + 1, close - i - 1));
      Value* found = const_cast<DictData*>(mapping)->find(key);
      if (!found) return base::make_diag("runtime.key_error", key.repr());
      arg = *found;
      have_arg = true;
      i = close + 1;
    }
    Spec sp;
    std::string flags;
    while (i < fmt.size() && std::string_view("-+ 0#").find(fmt[i]) != std::string_view::npos) flags += fmt[i++];
    int width = -1, prec = -1;
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
      width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
      if (width > 10000) return value_error("width too big");
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
        prec = prec * 10 + (fmt[i++] - '0');
        if (prec > 1000) return value_error("precision too big");
      }
    }
    if (i >= fmt.size()) return value_error("incomplete format");
    char t = fmt[i];
    if (t == '%') { out += '%'; continue; }
    if (!have_arg) {
      if (next >= items.size()) return type_error("not enough arguments for format string");
      arg = items[next++];
    }
    sp.width = width;
    sp.precision = prec;
    if (flags.find('-') != std::string::npos) sp.align = '<';
    else if (flags.find('0') != std::string::npos && t != 's' && t != 'r') { sp.fill = '0'; sp.align = '='; }
    if (flags.find('+') != std::string::npos) sp.sign = '+';
    else if (flags.find(' ') != std::string::npos) sp.sign = ' ';
    sp.alt = flags.find('#') != std::string::npos;
    std::string piece;
    switch (t) {
      case 'd': case 'i': case 'u': {
        if (!arg.is_number()) return type_error("%" + std::string(1, t) + " format: a real number is required, not " + arg.type_name());
        int64_t iv;
        if (arg.is_float()) {
          double d = arg.as_double();
          if (!std::isfinite(d)) return base::make_diag("runtime.overflow", "cannot convert float infinity to integer");
          iv = static_cast<int64_t>(std::trunc(d));
        } else {
          iv = arg.as_int();
        }
        Spec s2 = sp;
        s2.precision = -1;
        s2.type = 'd';
        TRY(piece, format_int(iv, s2));
        break;
      }
      case 'x': case 'X': case 'o': {
        if (!arg.is_int() && !arg.is_bool()) return type_error("%x format: an integer is required, not " + arg.type_name());
        Spec s2 = sp;
        s2.type = t;
        TRY(piece, format_int(arg.as_int(), s2));
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        if (!arg.is_number()) return type_error("must be real number, not " + arg.type_name());
        Spec s2 = sp;
        s2.type = t;
        if (prec < 0) s2.precision = 6;
        TRY(piece, format_float(arg.as_double(), s2));
        break;
      }
      case 's': case 'r': {
        std::string s = t == 's' ? arg.str() : arg.repr();
        if (prec >= 0 && static_cast<size_t>(prec) < s.size()) s.resize(static_cast<size_t>(prec));
        Spec s2 = sp;
        if (!s2.align || s2.align == '=') s2.align = flags.find('-') != std::string::npos ? '<' : '>';
        s2.fill = ' ';
        piece = pad("", s, s2, '>');
        break;
      }
      case 'c':
        if (arg.is_str() && arg.as_str().size() == 1) piece = arg.as_str();
        else if (arg.is_int()) { TRY(piece, format_int(arg.as_int(), Spec{' ', 0, '-', false, -1, 0, -1, 'c'})); }
        else return type_error("%c requires int or char");
        break;
      default:
        return value_error(std::string("unsupported format character '") + t + "'");
    }
    out += piece;
  }
  if (!mapping && next < items.size()) return type_error("not all arguments converted during string formatting");
  return out;
}

Result<std::string> str_format(const std::string& fmt, const Args& args) {
  std::string out;
  size_t auto_index = 0;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') { out += '}'; ++i; continue; }
      return value_error("Single '}' encountered in format string");
    }
    if (c != '{') { out += c; continue; }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') { out += '{'; ++i; continue; }
    // Find the matching '}' allowing one level of nested {} in the spec.
    size_t j = i + 1;
    int depth = 1;
    while (j < fmt.size() && depth > 0) {
      if (fmt[j] == '{') ++depth;
      else if (fmt[j] == '}') --depth;
      if (depth > 0) ++j;
    }
    if (j >= fmt.size()) return value_error("expected '}' before end of string");
    std::string field = fmt.substr(i + 1, j - i - 1);
    i = j;
    std::string spec, conv;
    size_t colon = std::string::npos, bang = std::string::npos;
    for (size_t k = 0; k < field.size(); ++k) {
      if (field[k] == '!' && bang == std::string::npos && colon == std::string::npos) bang = k;
      if (field[k] == ':') { colon = k; break; }
    }
    std::string name = field.substr(0, std::min(bang, colon));
    if (colon != std::string::npos) spec = field.substr(colon + 1);
    if (bang != std::string::npos) conv = field.substr(bang + 1, (colon == std::string::npos ? field.size() : colon) - bang - 1);
    if (spec.find('{') != std::string::npos) {
      TRY(spec, str_format(spec, args));
    }
    // name: '' | digits | identifier, optionally followed by [index]
    std::string base = name, index;
    size_t br = name.find('[');
    if (br != std::string::npos && name.back() == ']') {
      base = name.substr(0, br);
      index = name.substr(br + 1, name.size() - br - 2);
    }
    if (base.find('.') != std::string::npos)
      return base::make_diag("unsupported.feature", "attribute access in format fields is not supported");
    Value v;
    if (base.empty() || std::isdigit(static_cast<unsigned char>(base[0]))) {
      size_t idx = base.empty() ? auto_index++ : static_cast<size_t>(std::atoi(base.c_str()));
      if (idx >= args.positional.size())
        return base::make_diag("runtime.index_error", "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
      v = args.positional[idx];
    } else {
      bool found = false;
      for (auto& [k, kv] : args.keywords)
        if (k == base) { v = kv; found = true; break; }
      if (!found) return base::make_diag("runtime.key_error", "'" + base + "'");
    }
    if (!index.empty()) {
      if (v.is_list() || v.is_tuple()) {
        const auto& items = v.is_list() ? v.list_items() : v.tuple_items();
        size_t k = static_cast<size_t>(std::atoll(index.c_str()));
        if (k >= items.size()) return base::make_diag("runtime.index_error", "list index out of range");
        v = items[k];
      } else if (v.is_dict()) {
        Value* f = v.dict()->find(Value::from_str(index));
        if (!f) return base::make_diag("runtime.key_error", "'" + index + "'");
        v = *f;
      } else {
        return type_error("'" + v.type_name() + "' object is not subscriptable");
      }
    }
    if (conv == "r") v = Value::from_str(v.repr());
    else if (conv == "s") v = Value::from_str(v.str());
    else if (!conv.empty()) return value_error("Unknown conversion specifier " + conv);
    TRY(std::string piece, format_value(v, spec));
    out += piece;
  }
  return out;
}

}  // namespace cadscribe::lang::py
