// lang/scad/value.cpp — Value construction, accessors, printing, equality, truthiness, and
// openscad's range enumeration rule.
#include "lang/scad/value.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/check.h"
#include "lang/scad/closure.h"

namespace cadscribe::lang::scad {

uint64_t Range::count() const {
  if (std::isnan(begin) || std::isnan(end) || std::isnan(step)) return 0;
  if (step < 0) {
    if (begin < end) return 0;
  } else if (begin > end) {
    return 0;
  }
  if (begin == end || std::isinf(step)) return 1;
  const double kMax = double(std::numeric_limits<uint32_t>::max());
  if (std::isinf(begin) || std::isinf(end) || step == 0) return uint64_t(kMax);
  // openscad: nextafter compensates for quotients just below a whole number.
  double steps = std::nextafter((end - begin) / step, kMax);
  if (!(steps < kMax)) return uint64_t(kMax);
  return uint64_t(steps) + 1;
}

Value Value::boolean(bool b) {
  Value v;
  v.type_ = Type::kBool;
  v.b_ = b;
  return v;
}
Value Value::number(double d) {
  Value v;
  v.type_ = Type::kNumber;
  v.d_ = d;
  return v;
}
Value Value::string(std::string s) {
  Value v;
  v.type_ = Type::kString;
  v.ptr_ = std::make_shared<const std::string>(std::move(s));
  return v;
}
Value Value::string_counted(std::string s, std::shared_ptr<std::atomic<int64_t>> live) {
  struct Release {
    std::shared_ptr<std::atomic<int64_t>> live;
    int64_t bytes;
    void operator()(const std::string* p) const {
      live->fetch_sub(bytes);
      delete p;
    }
  };
  Value v;
  v.type_ = Type::kString;
  int64_t bytes = int64_t(s.capacity()) + 32;
  live->fetch_add(bytes);
  v.ptr_ = std::shared_ptr<const std::string>(new std::string(std::move(s)), Release{std::move(live), bytes});
  return v;
}

Value Value::vector(std::vector<Value> items) {
  Value v;
  v.type_ = Type::kVector;
  int depth = 0;
  for (const auto& x : items) depth = std::max(depth, x.nesting());
  v.d_ = depth + 1;
  v.ptr_ = std::make_shared<const std::vector<Value>>(std::move(items));
  return v;
}
Value Value::range(Range r) {
  Value v;
  v.type_ = Type::kRange;
  v.ptr_ = std::make_shared<const Range>(r);
  return v;
}
Value Value::function(std::shared_ptr<const FunctionClosure> f) {
  Value v;
  v.type_ = Type::kFunction;
  v.ptr_ = std::make_shared<const std::shared_ptr<const FunctionClosure>>(std::move(f));
  return v;
}

bool Value::as_bool() const {
  CHECK(type_ == Type::kBool);
  return b_;
}
double Value::as_number() const {
  CHECK(type_ == Type::kNumber);
  return d_;
}
const std::string& Value::as_string() const {
  CHECK(type_ == Type::kString);
  return *static_cast<const std::string*>(ptr_.get());
}
const std::vector<Value>& Value::as_vector() const {
  CHECK(type_ == Type::kVector);
  return *static_cast<const std::vector<Value>*>(ptr_.get());
}
const Range& Value::as_range() const {
  CHECK(type_ == Type::kRange);
  return *static_cast<const Range*>(ptr_.get());
}
const std::shared_ptr<const FunctionClosure>& Value::as_function() const {
  CHECK(type_ == Type::kFunction);
  return *static_cast<const std::shared_ptr<const FunctionClosure>*>(ptr_.get());
}

std::optional<double> Value::finite_number() const {
  if (type_ != Type::kNumber || !std::isfinite(d_)) return std::nullopt;
  return d_;
}

std::optional<std::vector<double>> Value::number_vector(size_t min_size, size_t max_size) const {
  if (type_ != Type::kVector) return std::nullopt;
  const auto& items = as_vector();
  if (items.size() < min_size || items.size() > max_size) return std::nullopt;
  std::vector<double> out;
  out.reserve(items.size());
  for (const auto& v : items) {
    auto d = v.finite_number();
    if (!d) return std::nullopt;
    out.push_back(*d);
  }
  return out;
}

bool Value::truthy() const {
  switch (type_) {
    case Type::kUndef: return false;
    case Type::kBool: return b_;
    case Type::kNumber: return d_ != 0;
    case Type::kString: return !as_string().empty();
    case Type::kVector: return !as_vector().empty();
    case Type::kRange:
    case Type::kFunction: return true;
  }
  return false;
}

namespace {
void print(const Value& v, bool quote, std::string& out) {
  switch (v.type()) {
    case Type::kUndef: out += "undef"; return;
    case Type::kBool: out += v.as_bool() ? "true" : "false"; return;
    case Type::kNumber: out += format_number(v.as_number()); return;
    case Type::kString:
      if (quote) out += '"' + v.as_string() + '"';
      else out += v.as_string();
      return;
    case Type::kVector: {
      out += '[';
      bool first = true;
      for (const auto& x : v.as_vector()) {
        if (!first) out += ", ";
        first = false;
        print(x, true, out);
      }
      out += ']';
      return;
    }
    case Type::kRange: {
      const Range& r = v.as_range();
      out += "[" + format_number(r.begin) + " : " + format_number(r.step) + " : " + format_number(r.end) + "]";
      return;
    }
    case Type::kFunction: {
      const auto& f = v.as_function();
      out += f && f->lit ? dump_function(*f->lit) : "function";
      return;
    }
  }
}
}  // namespace

std::string Value::str() const {
  std::string out;
  print(*this, false, out);
  return out;
}

std::string Value::repr() const {
  std::string out;
  print(*this, true, out);
  return out;
}

bool Value::equals(const Value& o) const {
  if (type_ != o.type_) return false;
  switch (type_) {
    case Type::kUndef: return true;
    case Type::kBool: return b_ == o.b_;
    case Type::kNumber: return d_ == o.d_;
    case Type::kString: return as_string() == o.as_string();
    case Type::kVector: {
      const auto& a = as_vector();
      const auto& b = o.as_vector();
      if (&a == &b) return true;
      if (a.size() != b.size()) return false;
      for (size_t i = 0; i < a.size(); ++i)
        if (!a[i].equals(b[i])) return false;
      return true;
    }
    case Type::kRange: {
      const Range& a = as_range();
      const Range& b = o.as_range();
      return a.begin == b.begin && a.step == b.step && a.end == b.end;
    }
    case Type::kFunction: return as_function() == o.as_function();
  }
  return false;
}

}  // namespace cadscribe::lang::scad
