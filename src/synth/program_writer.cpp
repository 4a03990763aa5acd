#include "synth/program_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cadscribe::synth {

Style sample_style(base::Rng& rng) {
  Style s;
  s.chained = rng.uniform() < 0.6;
  s.comments = rng.uniform() < 0.8;
  s.loops = rng.uniform() < 0.35;
  s.workplane_names = rng.uniform() < 0.7;
  return s;
}

std::string format_number(double value, int decimals) {
  if (value == 0) value = 0;  // no "-0.0"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 1, 9), value);
  std::string s = buf;
  while (s.size() > 2 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  if (s == "-0.0") s = "0.0";
  return s;
}

std::string format_points(const std::vector<std::pair<double, double>>& points, int decimals) {
  std::string s = "[";
  for (size_t i = 0; i < points.size(); ++i) {
    if (i) s += ", ";
    s += "(" + format_number(points[i].first, decimals) + ", " + format_number(points[i].second, decimals) + ")";
  }
  return s + "]";
}

Chain::Chain(ProgramWriter* writer, std::string var, std::string start, std::string comment)
    : writer_(writer), var_(std::move(var)), start_(std::move(start)), comment_(std::move(comment)) {}

Chain::Chain(Chain&& o) noexcept
    : writer_(o.writer_), var_(std::move(o.var_)), start_(std::move(o.start_)), comment_(std::move(o.comment_)),
      links_(std::move(o.links_)), ended_(o.ended_) {
  o.ended_ = true;
}

Chain::~Chain() { end(); }

Chain& Chain::call(const std::string& method, const std::string& args) {
  links_.push_back({"." + method + "(" + args + ")", false, ""});
  writer_->record_op(method);
  return *this;
}

Chain& Chain::step(const std::string& method, const std::string& args, const std::string& comment) {
  links_.push_back({"." + method + "(" + args + ")", true, comment});
  writer_->record_op(method);
  return *this;
}

void Chain::end() {
  if (ended_) return;
  ended_ = true;
  ProgramWriter& w = *writer_;
  if (!comment_.empty()) w.comment(comment_);
  if (w.style_.chained) {
    // One statement; a long chain is wrapped in parentheses, one call per line.
    std::string flat = var_ + " = " + start_;
    for (const auto& l : links_) flat += l.text;
    if (flat.size() <= 88 || links_.empty()) {
      w.body_.push_back(flat);
      return;
    }
    w.body_.push_back(var_ + " = (");
    w.body_.push_back("    " + start_);
    for (const auto& l : links_) w.body_.push_back("    " + l.text);
    w.body_.push_back(")");
    return;
  }
  // Stepwise: the first statement takes the start and the calls up to the first step.
  std::string stmt = var_ + " = " + start_;
  for (const auto& l : links_) {
    if (l.step) {
      w.body_.push_back(stmt);
      if (!l.comment.empty()) w.comment(l.comment);
      stmt = var_ + " = " + var_;
    }
    stmt += l.text;
  }
  w.body_.push_back(stmt);
}

ProgramWriter::ProgramWriter(std::string title, Style style) : title_(std::move(title)), style_(style) {}

std::string ProgramWriter::param(const std::string& name, double value, const std::string& comment, int decimals) {
  return param_expr(name, format_number(value, decimals), comment);
}

std::string ProgramWriter::param_int(const std::string& name, int64_t value, const std::string& comment) {
  return param_expr(name, std::to_string(value), comment);
}

std::string ProgramWriter::param_expr(const std::string& name, const std::string& expr, const std::string& comment) {
  std::string line = name + " = " + expr;
  if (style_.comments && !comment.empty()) line += "  # " + comment;
  params_.push_back(line);
  return name;
}

Chain ProgramWriter::chain(const std::string& var, const std::string& start, const std::string& comment) {
  return Chain(this, var, start, comment);
}

std::string ProgramWriter::workplane(const std::string& plane) const {
  if (!style_.workplane_names && plane == "XY") return "cq.Workplane()";
  return "cq.Workplane(\"" + plane + "\")";
}

void ProgramWriter::line(const std::string& code, const std::vector<std::string>& ops) {
  body_.push_back(code);
  for (const auto& op : ops) record_op(op);
}

void ProgramWriter::comment(const std::string& text) {
  if (style_.comments) body_.push_back("# " + text);
}

void ProgramWriter::blank() {
  if (!body_.empty() && !body_.back().empty()) body_.push_back("");
}

void ProgramWriter::record_op(const std::string& method) {
  ++op_count_;
  if (std::find(ops_.begin(), ops_.end(), method) == ops_.end()) ops_.push_back(method);
}

std::string ProgramWriter::text(const std::string& result_var) const {
  std::string out = "# " + title_ + "\nimport cadquery as cq\n";
  if (math_) out += "import math\n";
  if (!params_.empty()) {
    out += style_.comments ? "\n# Parameters (mm)\n" : "\n";
    for (const auto& p : params_) out += p + "\n";
  }
  out += "\n";
  for (const auto& b : body_) out += b + "\n";
  while (out.size() > 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  if (result_var != "result") out += "result = " + result_var + "\n";
  return out;
}

}  // namespace cadscribe::synth
