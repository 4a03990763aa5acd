// lang/scad/evaluator_ops.cpp — operators on values, with openscad 2021.01's rules: vector
// +/- element-wise to the shorter length, vector*number, dot/matrix products, lexicographic
// vector and string comparison, undefined combinations give undef and a warning.
#include <cmath>

#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {
namespace {

bool all_numbers(const std::vector<Value>& v) {
  for (const auto& x : v)
    if (!x.is_number()) return false;
  return true;
}

}  // namespace

namespace {
// The values a range enumerates (openscad: none for a zero step).
uint64_t range_size(const Range& r) { return r.step == 0 ? 0 : r.count(); }
}  // namespace

bool Evaluator::equal(const Value& a, const Value& b, const base::SourceSpan& span) {
  if (a.type() != b.type()) return false;
  if (a.is_range()) {  // openscad 2021.01 compares ranges by what they enumerate
    const Range& x = a.as_range();
    const Range& y = b.as_range();
    uint64_t n = range_size(x);
    if (n != range_size(y)) return false;
    for (uint64_t i = 0; i < n; ++i) {
      if ((i & 63) == 0) step(span);
      if (x.at(i) != y.at(i)) return false;
    }
    return true;
  }
  if (!a.is_vector()) return a.equals(b);
  const auto& x = a.as_vector();
  const auto& y = b.as_vector();
  if (&x == &y) return true;
  if (x.size() != y.size()) return false;
  step(span);
  work(x.size(), span);
  NativeDepth depth(*this, span);
  for (size_t i = 0; i < x.size(); ++i)
    if (!equal(x[i], y[i], span)) return false;
  return true;
}

int Evaluator::compare(const Value& a, const Value& b, const base::SourceSpan& span) {
  if (a.is_number() && b.is_number()) {
    double x = a.as_number(), y = b.as_number();
    return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  }
  if (a.is_bool() && b.is_bool()) return int(a.as_bool()) - int(b.as_bool());
  if (a.is_string() && b.is_string()) {
    int c = a.as_string().compare(b.as_string());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (a.is_range() && b.is_range()) {  // by what they enumerate, as openscad 2021.01
    const Range& x = a.as_range();
    const Range& y = b.as_range();
    uint64_t nx = range_size(x), ny = range_size(y);
    for (uint64_t i = 0; i < nx && i < ny; ++i) {
      if ((i & 63) == 0) step(span);
      double p = x.at(i), q = y.at(i);
      if (p != q) return p < q ? -1 : p > q ? 1 : 2;
    }
    return nx < ny ? -1 : nx > ny ? 1 : 0;
  }
  if (a.is_vector() && b.is_vector()) {  // lexicographic, as openscad 2021.01
    const auto& x = a.as_vector();
    const auto& y = b.as_vector();
    if (&x == &y) return 0;
    step(span);
    work(std::min(x.size(), y.size()), span);
    NativeDepth depth(*this, span);
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      int c = compare(x[i], y[i], span);
      if (c != 0) return c;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  }
  return 2;
}

Value Evaluator::unary(char op, const Value& a, const base::SourceSpan& span) {
  if (op == '!') return Value::boolean(!a.truthy());
  if (op == '+') {
    if (a.is_number() || a.is_vector()) return a;
    warn("runtime.undefined_operation", std::string("undefined operation (+") + type_name(a) + ")", span);
    return {};
  }
  if (a.is_number()) return Value::number(-a.as_number());
  if (a.is_vector()) {
    step(span);
    charge_vector(a.as_vector().size(), span);
    std::vector<Value> out;
    out.reserve(a.as_vector().size());
    for (const auto& x : a.as_vector()) {
      NativeDepth depth(*this, span);
      out.push_back(unary('-', x, span));
    }
    return Value::vector(std::move(out));
  }
  warn("runtime.undefined_operation", std::string("undefined operation (-") + type_name(a) + ")", span);
  return {};
}

Value Evaluator::binary(BinOp op, const Value& a, const Value& b, const base::SourceSpan& span) {
  auto undefined = [&]() {
    if (quiet_ops_ > 0) return Value{};
    warn("runtime.undefined_operation", std::string("undefined operation (") + type_name(a) + " " +
                                            binop_text(op) + " " + type_name(b) + ")",
         span);
    return Value{};
  };
  switch (op) {
    case BinOp::kEq: return Value::boolean(equal(a, b, span));
    case BinOp::kNe: return Value::boolean(!equal(a, b, span));
    case BinOp::kLt: case BinOp::kLe: case BinOp::kGt: case BinOp::kGe: {
      int c = compare(a, b, span);
      if (c == 2) {
        if (a.is_number() && b.is_number()) return Value::boolean(false);  // nan
        return undefined();
      }
      bool r = op == BinOp::kLt ? c < 0 : op == BinOp::kLe ? c <= 0 : op == BinOp::kGt ? c > 0 : c >= 0;
      return Value::boolean(r);
    }
    default:
      break;
  }
  if (a.is_number() && b.is_number()) {
    double x = a.as_number(), y = b.as_number();
    switch (op) {
      case BinOp::kAdd: return Value::number(x + y);
      case BinOp::kSub: return Value::number(x - y);
      case BinOp::kMul: return Value::number(x * y);
      case BinOp::kDiv: return Value::number(x / y);
      case BinOp::kMod: return Value::number(std::fmod(x, y));
      case BinOp::kPow: return Value::number(std::pow(x, y));
      default: return undefined();
    }
  }
  if ((op == BinOp::kAdd || op == BinOp::kSub) && a.is_vector() && b.is_vector()) {
    const auto& x = a.as_vector();
    const auto& y = b.as_vector();
    size_t n = std::min(x.size(), y.size());
    step(span);
    charge_vector(n, span);
    std::vector<Value> out;
    out.reserve(n);
    ++quiet_ops_;  // openscad: element-wise failures give undef elements, silently
    struct Unquiet {
      int& q;
      ~Unquiet() { --q; }
    } unquiet{quiet_ops_};
    for (size_t i = 0; i < n; ++i) {
      NativeDepth depth(*this, span);
      out.push_back(binary(op, x[i], y[i], span));
    }
    return Value::vector(std::move(out));
  }
  if ((op == BinOp::kMul || op == BinOp::kDiv) && ((a.is_vector() && b.is_number()) ||
                                                  (op == BinOp::kMul && a.is_number() && b.is_vector()) ||
                                                  (op == BinOp::kDiv && a.is_number() && b.is_vector()))) {
    const Value& vec = a.is_vector() ? a : b;
    step(span);
    charge_vector(vec.as_vector().size(), span);
    std::vector<Value> out;
    out.reserve(vec.as_vector().size());
    for (const auto& x : vec.as_vector()) {
      NativeDepth depth(*this, span);
      Value r = a.is_vector() ? binary(op, x, b, span) : binary(op, a, x, span);
      out.push_back(std::move(r));
    }
    return Value::vector(std::move(out));
  }
  if (op == BinOp::kMul && a.is_vector() && b.is_vector()) {
    const auto& x = a.as_vector();
    const auto& y = b.as_vector();
    auto is_matrix = [](const std::vector<Value>& m) {
      if (m.empty()) return false;
      for (const auto& row : m)
        if (!row.is_vector() || row.as_vector().size() != m[0].as_vector().size() || !all_numbers(row.as_vector()))
          return false;
      return true;
    };
    work(x.size() + y.size(), span);
    if (all_numbers(x) && all_numbers(y)) {  // dot product
      if (x.size() != y.size()) {
        warn("runtime.undefined_operation", "vector*vector requires matching lengths (" + std::to_string(x.size()) +
                                                " != " + std::to_string(y.size()) + ")", span);
        return {};
      }
      double s = 0;
      for (size_t i = 0; i < x.size(); ++i) s += x[i].as_number() * y[i].as_number();
      return Value::number(s);
    }
    if (all_numbers(x) && is_matrix(y)) {  // row vector * matrix
      if (x.size() != y.size()) return undefined();
      size_t cols = y[0].as_vector().size();
      std::vector<Value> out;
      for (size_t j = 0; j < cols; ++j) {
        double s = 0;
        for (size_t i = 0; i < x.size(); ++i) s += x[i].as_number() * y[i].as_vector()[j].as_number();
        out.push_back(Value::number(s));
      }
      charge_vector(out.size(), span);
      return Value::vector(std::move(out));
    }
    if (is_matrix(x) && all_numbers(y)) {  // matrix * column vector
      if (x[0].as_vector().size() != y.size()) return undefined();
      std::vector<Value> out;
      for (const auto& row : x) {
        double s = 0;
        for (size_t i = 0; i < y.size(); ++i) s += row.as_vector()[i].as_number() * y[i].as_number();
        out.push_back(Value::number(s));
      }
      charge_vector(out.size(), span);
      return Value::vector(std::move(out));
    }
    if (is_matrix(x) && is_matrix(y)) {
      size_t n = x[0].as_vector().size();
      if (n != y.size()) return undefined();
      size_t cols = y[0].as_vector().size();
      step(span);
      work(x.size() * cols * n, span);
      charge_vector(x.size() * cols, span);
      std::vector<Value> rows;
      for (const auto& row : x) {
        std::vector<Value> r;
        for (size_t j = 0; j < cols; ++j) {
          double s = 0;
          for (size_t i = 0; i < n; ++i) s += row.as_vector()[i].as_number() * y[i].as_vector()[j].as_number();
          r.push_back(Value::number(s));
        }
        rows.push_back(Value::vector(std::move(r)));
      }
      return Value::vector(std::move(rows));
    }
    return undefined();
  }
  return undefined();
}

}  // namespace cadscribe::lang::scad
