#include "cad/scad_args.h"

#include <algorithm>
#include <cmath>

namespace cadscribe::cad::scad {

using lang::scad::Argument;
using lang::scad::Value;

base::Diag warning(std::string code, std::string message, base::SourceSpan span) {
  base::Diag d = base::make_diag(std::move(code), std::move(message), std::move(span));
  d.severity = base::Severity::kWarning;
  return d;
}

ArgReader::ArgReader(const lang::scad::Node& node, std::vector<std::string> params, std::vector<base::Diag>& diags)
    : node_(node), params_(std::move(params)), diags_(diags) {
  size_t positional = 0;
  for (const auto& a : node_.args) {
    if (a.name.empty()) {
      if (positional++ >= params_.size())
        diags_.push_back(warning("runtime.unknown_parameter",
                                 "too many unnamed arguments supplied to " + node_.name + "()", a.span));
    } else if (std::find(params_.begin(), params_.end(), a.name) == params_.end()) {
      diags_.push_back(warning("runtime.unknown_parameter",
                               "variable " + a.name + " not specified as parameter of " + node_.name + "()", a.span));
    }
  }
}

const Argument* ArgReader::get(const std::string& param) const {
  for (const auto& a : node_.args)
    if (a.name == param) return a.value.is_undef() ? nullptr : &a;
  auto it = std::find(params_.begin(), params_.end(), param);
  if (it == params_.end()) return nullptr;
  int index = int(it - params_.begin()), seen = 0;
  for (const auto& a : node_.args) {
    if (!a.name.empty()) continue;
    if (seen++ == index) return a.value.is_undef() ? nullptr : &a;
  }
  return nullptr;
}

void ArgReader::warn(const std::string& param, const std::string& message) const {
  const Argument* a = get(param);
  diags_.push_back(warning("runtime.bad_argument", node_.name + "(" + param + "=" + (a ? a->value.repr() : "undef") +
                                                       "): " + message,
                           a ? a->span : node_.span));
}

void ArgReader::warn_node(const std::string& code, const std::string& message) const {
  diags_.push_back(warning(code, message, node_.span));
}

std::optional<double> ArgReader::number(const std::string& param) const {
  const Argument* a = get(param);
  if (!a) return std::nullopt;
  if (auto d = a->value.finite_number()) return d;
  warn(param, "unable to convert parameter to a number");
  return std::nullopt;
}

std::optional<double> ArgReader::any_number(const std::string& param) const {
  const Argument* a = get(param);
  if (!a) return std::nullopt;
  if (a->value.is_number()) return a->value.as_number();
  warn(param, "unable to convert parameter to a number");
  return std::nullopt;
}

std::optional<bool> ArgReader::boolean(const std::string& param) const {
  const Argument* a = get(param);
  if (!a) return std::nullopt;
  if (a->value.is_bool()) return a->value.as_bool();
  warn(param, "expected a boolean");
  return std::nullopt;
}

std::optional<std::string> ArgReader::string(const std::string& param) const {
  const Argument* a = get(param);
  if (!a) return std::nullopt;
  if (a->value.is_string()) return a->value.as_string();
  warn(param, "expected a string");
  return std::nullopt;
}

std::optional<std::array<double, 3>> ArgReader::vec(const std::string& param, size_t n, double fill,
                                                    bool allow_scalar, bool nonfinite) const {
  const Argument* a = get(param);
  if (!a) return std::nullopt;
  auto ok = [&](double d) { return nonfinite || std::isfinite(d); };
  if (allow_scalar && a->value.is_number() && ok(a->value.as_number())) {
    double d = a->value.as_number();
    return std::array<double, 3>{d, d, d};
  }
  if (a->value.is_vector()) {
    const auto& items = a->value.as_vector();
    bool good = !items.empty() && items.size() <= n;
    std::array<double, 3> out{fill, fill, fill};
    for (size_t i = 0; good && i < items.size(); ++i) {
      good = items[i].is_number() && ok(items[i].as_number());
      if (good && i < 3) out[i] = items[i].as_number();
    }
    if (good) return out;
  }
  warn(param, std::string("unable to convert parameter to ") + (allow_scalar ? "a number or " : "") + "a vec" +
                  std::to_string(n) + " of numbers");
  return std::nullopt;
}

}  // namespace cadscribe::cad::scad
