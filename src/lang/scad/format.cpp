// lang/scad/format.cpp — openscad 2021.01's number formatting and expression dumps.
//
// Numbers: openscad uses double-conversion's ToPrecision(6) with exponent form when the decimal
// exponent is below -6+1 or at least 6, "e+N"/"e-N" exponents without padding, then trims
// trailing zeros. Rounding is to nearest with exact ties rounded away from zero, which we get by
// reading 30 exact significant digits (glibc prints exact decimal expansions) and rounding half up.
#include <cmath>
#include <cstdio>
#include <string>

#include "lang/scad/closure.h"

namespace cadscribe::lang::scad {

std::string format_number(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  if (d == 0) return "0";
  std::string out = d < 0 ? "-" : "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.29e", std::fabs(d));
  // buf = "D.DDDD...e[+-]XX"
  std::string digits;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') digits += *p;
  int exp10 = std::atoi(p + 1);
  const int kPrecision = 6;
  std::string kept = digits.substr(0, kPrecision);
  if (digits[kPrecision] >= '5') {  // round half up
    int i = kPrecision - 1;
    while (i >= 0 && kept[size_t(i)] == '9') kept[size_t(i--)] = '0';
    if (i < 0) {
      kept.insert(kept.begin(), '1');
      kept.pop_back();
      ++exp10;
    } else {
      ++kept[size_t(i)];
    }
  }
  int decimal_point = exp10 + 1;  // position of the point relative to the digits
  bool exponential = (-decimal_point + 1 > 5) || (decimal_point - kPrecision > 0);
  auto trim = [](std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  if (exponential) {
    std::string mant = kept.substr(0, 1);
    if (kPrecision > 1) mant += "." + kept.substr(1);
    out += trim(mant);
    out += 'e';
    out += exp10 < 0 ? "-" : "+";
    out += std::to_string(std::abs(exp10));
    return out;
  }
  std::string s;
  if (decimal_point <= 0) {
    s = "0." + std::string(size_t(-decimal_point), '0') + kept;
  } else if (decimal_point >= kPrecision) {
    s = kept + std::string(size_t(decimal_point - kPrecision), '0');
  } else {
    s = kept.substr(0, size_t(decimal_point)) + "." + kept.substr(size_t(decimal_point));
  }
  return out + trim(s);
}

std::string quote_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

const char* binop_text(BinOp op) {
  switch (op) {
    case BinOp::kOr: return "||";
    case BinOp::kAnd: return "&&";
    case BinOp::kEq: return "==";
    case BinOp::kNe: return "!=";
    case BinOp::kLt: return "<";
    case BinOp::kLe: return "<=";
    case BinOp::kGt: return ">";
    case BinOp::kGe: return ">=";
    case BinOp::kAdd: return "+";
    case BinOp::kSub: return "-";
    case BinOp::kMul: return "*";
    case BinOp::kDiv: return "/";
    case BinOp::kMod: return "%";
    case BinOp::kPow: return "^";
  }
  return "?";
}

namespace {


std::string dump_args(const std::vector<Arg>& args) {
  std::string s;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    if (!args[i].name.empty()) s += args[i].name + (args[i].expr ? " = " : "");
    if (args[i].expr) s += dump_expr(*args[i].expr);
  }
  return s;
}

std::string paren_body(const Expr* e) {
  if (!e) return "";
  if (e->kind == ExprKind::kLcFor || e->kind == ExprKind::kLcForC || e->kind == ExprKind::kLcIf ||
      e->kind == ExprKind::kLcLet || e->kind == ExprKind::kLcEach)
    return dump_expr(*e);
  return "(" + dump_expr(*e) + ")";
}

}  // namespace

std::string dump_expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      if (e.value.is_string()) return quote_string(e.value.as_string());
      return e.value.repr();
    case ExprKind::kIdent: return e.name;
    case ExprKind::kVector: {
      std::string s = "[";
      for (size_t i = 0; i < e.items.size(); ++i) s += (i ? ", " : "") + dump_expr(*e.items[i]);
      return s + "]";
    }
    case ExprKind::kRange:
      return "[" + dump_expr(*e.a) + " : " + (e.b ? dump_expr(*e.b) + " : " : "") + dump_expr(*e.c) + "]";
    case ExprKind::kUnary: return std::string(1, e.op) + dump_expr(*e.a);
    case ExprKind::kBinary:
      return "(" + dump_expr(*e.a) + " " + binop_text(e.bin) + " " + dump_expr(*e.b) + ")";
    case ExprKind::kTernary:
      return "(" + dump_expr(*e.a) + " ? " + dump_expr(*e.b) + " : " + dump_expr(*e.c) + ")";
    case ExprKind::kIndex: return dump_expr(*e.a) + "[" + dump_expr(*e.b) + "]";
    case ExprKind::kMember: return dump_expr(*e.a) + "." + e.name;
    case ExprKind::kCall: return dump_expr(*e.a) + "(" + dump_args(e.args) + ")";
    case ExprKind::kFunctionLit: return dump_function(e);
    case ExprKind::kLet: return "let(" + dump_args(e.args) + ") " + dump_expr(*e.a);
    case ExprKind::kAssert:
      return "assert(" + dump_args(e.args) + ")" + (e.a ? " " + dump_expr(*e.a) : "");
    case ExprKind::kEcho:
      return "echo(" + dump_args(e.args) + ")" + (e.a ? " " + dump_expr(*e.a) : "");
    case ExprKind::kLcFor: return "for(" + dump_args(e.args) + ") " + paren_body(e.a.get());
    case ExprKind::kLcForC:
      return "for(" + dump_args(e.args) + "; " + dump_expr(*e.b) + "; " + dump_args(e.updates) + ") " +
             paren_body(e.a.get());
    case ExprKind::kLcIf:
      return "if(" + dump_expr(*e.b) + ") " + paren_body(e.a.get()) +
             (e.c ? " else " + paren_body(e.c.get()) : "");
    case ExprKind::kLcLet: return "let(" + dump_args(e.args) + ") " + paren_body(e.a.get());
    case ExprKind::kLcEach: return "each " + paren_body(e.a.get());
  }
  return "";
}

std::string dump_function(const Expr& lit) {
  return "function(" + dump_args(lit.args) + ") " + (lit.a ? dump_expr(*lit.a) : "");
}

}  // namespace cadscribe::lang::scad
