#include "pipeline/spec.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cadscribe::pipeline {
namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  size_t b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// Reads "±X%" / "±X" / "+-X%" into the expectation; returns false when `tok` is no tolerance.
bool parse_tolerance(std::string tok, Expectation& x) {
  if (tok.rfind("±", 0) == 0) tok = tok.substr(std::string("±").size());
  else if (tok.rfind("+-", 0) == 0) tok = tok.substr(2);
  else return false;
  if (!tok.empty() && tok.back() == '%') {
    x.relative = true;
    tok.pop_back();
  }
  try {
    size_t used = 0;
    x.tolerance = std::stod(tok, &used);
    return used == tok.size();
  } catch (...) {
    return false;
  }
}

std::string fmt(double v) {
  std::ostringstream os;
  os.precision(10);
  os << v;
  return os.str();
}

bool within(double got, double want, const Expectation& x, double default_tol, bool default_relative) {
  double tol = x.tolerance >= 0 ? x.tolerance : default_tol;
  bool rel = x.tolerance >= 0 ? x.relative : default_relative;
  double allowed = rel ? std::abs(want) * tol / 100.0 : tol;
  return std::isfinite(got) && std::abs(got - want) <= allowed + 1e-12;
}

}  // namespace

base::Result<std::vector<Expectation>> parse_expectations(const std::string& source, const std::string& filename) {
  std::vector<Expectation> out;
  std::istringstream in(source);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    std::string t = trim(line);
    if (t.rfind("#", 0) != 0) continue;
    t = trim(t.substr(1));
    bool is_error = t.rfind("expect error", 0) == 0;
    if (!is_error && t.rfind("expect:", 0) != 0) continue;
    base::SourceSpan span{filename, lineno, 1};
    Expectation x;
    x.line = lineno;
    std::istringstream words(trim(t.substr(is_error ? 12 : 7)));
    if (is_error) {
      x.key = "error";
      if (!(words >> x.text))
        return base::make_diag("spec.bad_expectation", "expected an error code after 'expect error'", span);
      out.push_back(x);
      continue;
    }
    if (!(words >> x.key)) return base::make_diag("spec.bad_expectation", "expected a key after 'expect:'", span);
    std::string tok;
    while (words >> tok) {
      if (parse_tolerance(tok, x)) continue;
      try {
        size_t used = 0;
        double v = std::stod(tok, &used);
        if (used != tok.size()) throw std::invalid_argument(tok);
        x.values.push_back(v);
      } catch (...) {
        return base::make_diag("spec.bad_expectation", "expected a number or a tolerance, got '" + tok + "'", span);
      }
    }
    static const std::vector<std::pair<std::string, size_t>> kArity = {
        {"volume", 1}, {"faces", 1}, {"solids", 1}, {"edges", 1}, {"bbox", 3}, {"valid", 0}};
    bool known = false;
    for (const auto& [k, n] : kArity) {
      if (k == x.key) {
        known = true;
        if (x.values.size() != n)
          return base::make_diag("spec.bad_expectation",
                                 "'" + k + "' takes " + std::to_string(n) + " value(s)", span);
      }
    }
    if (!known) return base::make_diag("spec.bad_expectation", "unknown expectation '" + x.key + "'", span);
    out.push_back(x);
  }
  if (out.empty()) {
    return base::make_diag("spec.bad_expectation", "the program has no '# expect' line",
                           base::SourceSpan{filename, 1, 1});
  }
  return out;
}

std::vector<std::string> check_expectations(const std::vector<Expectation>& expects, const cad::Execution& e) {
  std::vector<std::string> fails;
  const bool wants_error = std::any_of(expects.begin(), expects.end(),
                                       [](const Expectation& x) { return x.key == "error"; });
  if (!wants_error && !e.ok()) {
    fails.push_back("expected success, got " + (e.diags.empty() ? std::string("no shape") : e.diags.front().to_string()));
    return fails;
  }
  for (const auto& x : expects) {
    const std::string at = "line " + std::to_string(x.line) + ": ";
    if (x.key == "error") {
      if (e.diags.empty()) {
        fails.push_back(at + "expected error " + x.text + ", but the program succeeded");
      } else if (e.diags.front().code != x.text) {
        fails.push_back(at + "expected error " + x.text + ", got " + e.diags.front().to_string());
      } else if (e.diags.front().category() != "limit" && !e.diags.front().span.known()) {
        fails.push_back(at + "error " + x.text + " carries no source location");
      }
    } else if (x.key == "volume") {
      if (!within(e.validity.volume, x.values[0], x, 0.5, true))
        fails.push_back(at + "volume " + fmt(e.validity.volume) + ", expected " + fmt(x.values[0]));
    } else if (x.key == "faces" || x.key == "solids" || x.key == "edges") {
      int got = x.key == "faces" ? e.validity.faces : x.key == "solids" ? e.validity.solids : e.validity.edges;
      if (got != static_cast<int>(x.values[0]))
        fails.push_back(at + x.key + " " + std::to_string(got) + ", expected " + fmt(x.values[0]));
    } else if (x.key == "bbox") {
      math::Vec3 s = e.validity.bbox.size();
      for (int i = 0; i < 3; ++i) {
        if (!within(s[i], x.values[i], x, 0.01, false)) {
          fails.push_back(at + "bbox " + fmt(s.x) + " " + fmt(s.y) + " " + fmt(s.z) + ", expected " +
                          fmt(x.values[0]) + " " + fmt(x.values[1]) + " " + fmt(x.values[2]));
          break;
        }
      }
    } else if (x.key == "valid") {
      if (!e.validity.valid) {
        std::string why;
        for (const auto& r : e.validity.reasons) why += (why.empty() ? "" : "; ") + r;
        fails.push_back(at + "expected a valid result: " + why);
      }
    }
  }
  return fails;
}

base::Result<std::vector<Expectation>> parse_scad_expectations(const std::string& source, const std::string& filename) {
  std::vector<Expectation> out;
  std::istringstream in(source);
  std::string line;
  int lineno = 0;
  static const std::vector<std::pair<std::string, int>> kArity = {
      {"volume", 1}, {"triangles", 1}, {"bbox", 3}, {"area", 1}, {"closed", 0}, {"empty", 0},
      {"echo", -1},  {"warning", -1}};
  while (std::getline(in, line)) {
    ++lineno;
    std::string t = trim(line);
    if (t.rfind("//", 0) != 0) continue;
    t = trim(t.substr(2));
    bool is_error = t.rfind("expect error", 0) == 0;
    if (!is_error && t.rfind("expect:", 0) != 0) continue;
    base::SourceSpan span{filename, lineno, 1};
    Expectation x;
    x.line = lineno;
    std::string rest = trim(t.substr(is_error ? 12 : 7));
    std::istringstream words(rest);
    if (is_error) {
      x.key = "error";
      if (!(words >> x.text))
        return base::make_diag("spec.bad_expectation", "expected an error code after 'expect error'", span);
      out.push_back(x);
      continue;
    }
    if (!(words >> x.key)) return base::make_diag("spec.bad_expectation", "expected a key after 'expect:'", span);
    auto arity = std::find_if(kArity.begin(), kArity.end(), [&](const auto& p) { return p.first == x.key; });
    if (arity == kArity.end())
      return base::make_diag("spec.bad_expectation", "unknown expectation '" + x.key + "'", span);
    if (arity->second < 0) {  // the rest of the line is text
      x.text = trim(rest.substr(x.key.size()));
      if (x.key == "warning" && x.text.empty())
        return base::make_diag("spec.bad_expectation", "expected a warning code", span);
      out.push_back(x);
      continue;
    }
    std::string tok;
    while (words >> tok) {
      if (parse_tolerance(tok, x)) continue;
      try {
        size_t used = 0;
        double v = std::stod(tok, &used);
        if (used != tok.size()) throw std::invalid_argument(tok);
        x.values.push_back(v);
      } catch (...) {
        return base::make_diag("spec.bad_expectation", "expected a number or a tolerance, got '" + tok + "'", span);
      }
    }
    if (x.values.size() != size_t(arity->second))
      return base::make_diag("spec.bad_expectation",
                             "'" + x.key + "' takes " + std::to_string(arity->second) + " value(s)", span);
    out.push_back(x);
  }
  if (out.empty())
    return base::make_diag("spec.bad_expectation", "the program has no '// expect' line",
                           base::SourceSpan{filename, 1, 1});
  return out;
}

std::vector<std::string> check_scad_expectations(const std::vector<Expectation>& expects, const cad::ScadExecution& e) {
  std::vector<std::string> fails;
  const base::Diag* err = e.first_error();
  const bool wants_error = std::any_of(expects.begin(), expects.end(),
                                       [](const Expectation& x) { return x.key == "error"; });
  if (!wants_error && err) {
    fails.push_back("expected success, got " + err->to_string());
    return fails;
  }
  std::vector<std::string> echo_expected;
  int echo_line = 0;
  const auto& v = e.facts;
  for (const auto& x : expects) {
    const std::string at = "line " + std::to_string(x.line) + ": ";
    if (x.key == "error") {
      if (!err) {
        fails.push_back(at + "expected error " + x.text + ", but the program succeeded");
      } else if (err->code != x.text) {
        fails.push_back(at + "expected error " + x.text + ", got " + err->to_string());
      } else if (err->category() != "limit" && !err->span.known()) {
        fails.push_back(at + "error " + x.text + " carries no source location");
      }
    } else if (x.key == "volume" || x.key == "area") {
      double got = x.key == "volume" ? v.volume : v.area;
      if (!within(got, x.values[0], x, 0.5, true))
        fails.push_back(at + x.key + " " + fmt(got) + ", expected " + fmt(x.values[0]));
    } else if (x.key == "triangles") {
      if (double(v.triangles) != x.values[0])
        fails.push_back(at + "triangles " + std::to_string(v.triangles) + ", expected " + fmt(x.values[0]));
    } else if (x.key == "bbox") {
      math::Vec3 s = v.bbox.size();
      for (int i = 0; i < 3; ++i) {
        if (v.bbox.empty || !within(s[i], x.values[i], x, 0.01, false)) {
          fails.push_back(at + "bbox " + fmt(s.x) + " " + fmt(s.y) + " " + fmt(s.z) + ", expected " +
                          fmt(x.values[0]) + " " + fmt(x.values[1]) + " " + fmt(x.values[2]));
          break;
        }
      }
    } else if (x.key == "closed") {
      if (!v.closed_manifold) fails.push_back(at + "expected a closed manifold 3D result");
    } else if (x.key == "empty") {
      if (e.mesh) fails.push_back(at + "expected an empty result, got " + std::to_string(v.triangles) + " triangles");
    } else if (x.key == "echo") {
      if (echo_expected.empty()) echo_line = x.line;
      echo_expected.push_back(x.text);
    } else if (x.key == "warning") {
      bool found = std::any_of(e.diags.begin(), e.diags.end(), [&](const base::Diag& d) {
        return d.severity == base::Severity::kWarning && d.code == x.text;
      });
      if (!found) fails.push_back(at + "expected a warning " + x.text);
    }
  }
  if (!echo_expected.empty() && echo_expected != e.echo) {
    std::string got;
    for (const auto& l : e.echo) got += "\n    " + l;
    fails.push_back("line " + std::to_string(echo_line) + ": echo output differs; got:" + (got.empty() ? " nothing" : got));
  }
  return fails;
}

}  // namespace cadscribe::pipeline
