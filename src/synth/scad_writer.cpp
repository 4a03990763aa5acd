#include "synth/scad_writer.h"

#include <algorithm>
#include <cstdio>

namespace cadscribe::synth {

ScadStyle sample_scad_style(base::Rng& rng) {
  ScadStyle s;
  s.comments = rng.uniform() < 0.8;
  s.diameters = rng.uniform() < 0.6;
  s.main_module = rng.uniform() < 0.4;
  return s;
}

std::string scad_number(double value, int decimals) {
  if (value == 0) value = 0;  // no "-0"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 9), value);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string scad_vector(const std::vector<double>& values, int decimals) {
  std::string s = "[";
  for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + scad_number(values[i], decimals);
  return s + "]";
}

ScadWriter::ScadWriter(std::string title, ScadStyle style, int fn) : title_(std::move(title)), style_(style), fn_(fn) {}

std::string ScadWriter::param_expr(const std::string& name, const std::string& expr, const std::string& comment) {
  std::string line = name + " = " + expr + ";";
  if (style_.comments && !comment.empty()) line += "  // " + comment;
  params_.push_back(line);
  return name;
}

std::string ScadWriter::param(const std::string& name, double value, const std::string& comment, int decimals) {
  return param_expr(name, scad_number(value, decimals), comment);
}

std::string ScadWriter::param_bool(const std::string& name, bool value, const std::string& comment) {
  return param_expr(name, value ? "true" : "false", comment);
}

std::string ScadWriter::round_size(const std::string& diameter) const {
  const bool simple = diameter.find_first_of(" +-*/") == std::string::npos;
  return style_.diameters ? "d = " + diameter : "r = " + (simple ? diameter : "(" + diameter + ")") + " / 2";
}

void ScadWriter::line_function(const std::string& signature, const std::string& expr, const std::string& comment) {
  std::string f;
  if (style_.comments && !comment.empty()) f += "// " + comment + "\n";
  f += "function " + signature + " =\n  " + expr + ";\n";
  functions_.push_back(f);
}

void ScadWriter::module(const std::string& name, const std::string& args, const std::vector<std::string>& body,
                        const std::string& comment) {
  std::string m;
  if (style_.comments && !comment.empty()) m += "// " + comment + "\n";
  m += "module " + name + "(" + args + ") {\n";
  for (const auto& line : body) m += "  " + line + "\n";
  m += "}\n";
  modules_.push_back(m);
}

void ScadWriter::assembly(const std::string& object, const std::vector<std::string>& body) {
  assembly_.clear();
  if (style_.main_module) {
    module(object, "", body, "the whole " + object);
    assembly_.push_back(object + "();");
  } else {
    assembly_ = body;
  }
}

std::string ScadWriter::text() const {
  std::string s = "// " + title_ + "\n\n";
  if (style_.comments) s += "// Parameters (mm)\n";
  for (const auto& p : params_) s += p + "\n";
  s += "$fn = " + std::to_string(fn_) + ";\n\n";
  for (const auto& f : functions_) s += f + "\n";
  for (const auto& m : modules_) s += m + "\n";
  for (const auto& a : assembly_) s += a + "\n";
  return s;
}

}  // namespace cadscribe::synth
