// synth/program_writer.h — writes clean, commented CadQuery programs for the procedural families.
//
// A program is a title comment, `import cadquery as cq` (and `import math` when asked), a block
// of named parameters (name = value  # comment), then the construction. Families describe the
// construction as chains of CadQuery calls; the writer prints them in the sampled Style, so one
// family yields programs that differ in form as people's do:
//   chained   result = (cq.Workplane("XY").box(w, d, t).faces(">Z").workplane().hole(d1))
//   stepwise  body = cq.Workplane("XY").box(w, d, t)
//             body = body.faces(">Z").workplane().hole(d1)
// Every call printed is recorded as an op (its method name) for the dataset's op statistics.
// Numbers are printed deterministically (fixed decimals, trailing zeros trimmed, at least one
// decimal for floats). Depends on base only (the text is executed elsewhere).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/rng.h"

namespace cadscribe::synth {

struct Style {
  bool chained = true;    // one parenthesised chain per object vs one statement per step
  bool comments = true;   // parameter and step comments
  bool loops = false;     // families may print patterns as for-loops instead of pushPoints lists
  bool workplane_names = true;  // cq.Workplane("XY") vs cq.Workplane()
};

// A style drawn from the mix seen in hand-written and model-written CadQuery.
[[nodiscard]] Style sample_style(base::Rng& rng);

// "12.5", "40.0", "0.25": `decimals` digits after the point, trailing zeros trimmed to one.
[[nodiscard]] std::string format_number(double value, int decimals = 2);
// A Python list of 2D points: [(x0, y0), (x1, y1), ...].
[[nodiscard]] std::string format_points(const std::vector<std::pair<double, double>>& points, int decimals = 2);

class ProgramWriter;

// One object built by a chain of calls. In chained style the whole chain is one statement; in
// stepwise style every call made with `step` starts a new statement `var = var.call(...)`.
class Chain {
 public:
  // Appends `.method(args)`; `args` is Python source (use parameter names and format_number).
  Chain& call(const std::string& method, const std::string& args = "");
  // Like call(), but a statement boundary in stepwise style, with an optional comment before it.
  Chain& step(const std::string& method, const std::string& args = "", const std::string& comment = "");
  // Ends the chain: prints it into the writer. Called by the destructor if not called.
  void end();
  ~Chain();
  Chain(Chain&&) noexcept;
  Chain(const Chain&) = delete;
  Chain& operator=(const Chain&) = delete;
  Chain& operator=(Chain&&) = delete;

 private:
  friend class ProgramWriter;
  Chain(ProgramWriter* writer, std::string var, std::string start, std::string comment);
  struct Link {
    std::string text;  // ".method(args)"
    bool step;
    std::string comment;
  };
  ProgramWriter* writer_;
  std::string var_, start_, comment_;
  std::vector<Link> links_;
  bool ended_ = false;
};

class ProgramWriter {
 public:
  ProgramWriter(std::string title, Style style);

  [[nodiscard]] const Style& style() const { return style_; }
  void use_math() { math_ = true; }

  // Declares `name = value` in the parameter block and returns `name` for use in expressions.
  std::string param(const std::string& name, double value, const std::string& comment = "", int decimals = 2);
  std::string param_int(const std::string& name, int64_t value, const std::string& comment = "");
  // A parameter whose value is any Python expression (a list of points, a derived value…).
  std::string param_expr(const std::string& name, const std::string& expr, const std::string& comment = "");

  // Starts a chain `var = start...`, e.g. chain("body", "cq.Workplane(\"XY\")", "base plate").
  [[nodiscard]] Chain chain(const std::string& var, const std::string& start, const std::string& comment = "");
  // The workplane constructor in the sampled style: cq.Workplane("XY") or cq.Workplane().
  [[nodiscard]] std::string workplane(const std::string& plane = "XY") const;

  // Raw construction lines (loops, helper assignments). `line` is one statement, no newline;
  // indentation is the caller's. Ops named in `ops` are recorded.
  void line(const std::string& code, const std::vector<std::string>& ops = {});
  void comment(const std::string& text);  // skipped when style.comments is off
  void blank();
  void record_op(const std::string& method);

  // The program; `result_var` is assigned to `result` at the end unless it is "result" already.
  [[nodiscard]] std::string text(const std::string& result_var = "result") const;
  // Ops in first-use order, and every call counted (for cadquery_ops_count).
  [[nodiscard]] const std::vector<std::string>& ops() const { return ops_; }
  [[nodiscard]] int op_count() const { return op_count_; }

 private:
  friend class Chain;
  std::string title_;
  Style style_;
  bool math_ = false;
  std::vector<std::string> params_;
  std::vector<std::string> body_;
  std::vector<std::string> ops_;
  int op_count_ = 0;
};

}  // namespace cadscribe::synth
