// lang/scad/evaluator_run.cpp — the top level of a run: the root scope with openscad's
// predefined variables, use<>d libraries, the '!' root modifier, and cycle release.
#include <cmath>

#include "lang/scad/builtins.h"
#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {

Evaluator::Evaluator(const RunOptions& options, base::Budget& budget, RunReport& report,
                     std::shared_ptr<const File> file)
    : options_(options), budget_(budget), report_(report), file_(std::move(file)),
      mt_(std::make_unique<Mt19937>(uint32_t(options.rands_seed ^ (options.rands_seed >> 32)))) {}

Evaluator::~Evaluator() = default;

Node Evaluator::run(const std::vector<std::shared_ptr<const File>>& libraries) {
  set_stack_base();
  root_ = std::make_shared<Env>();
  root_->set("PI", Value::number(M_PI));
  root_->set("$fn", Value::number(0));
  root_->set("$fa", Value::number(12));
  root_->set("$fs", Value::number(2));
  root_->set("$t", Value::number(options_.t));
  root_->set("$preview", Value::boolean(options_.preview));
  root_->set("$vpr", Value::vector({Value::number(0), Value::number(0), Value::number(0)}));
  root_->set("$vpt", Value::vector({Value::number(0), Value::number(0), Value::number(0)}));
  root_->set("$vpd", Value::number(500));
  root_->set("$vpf", Value::number(22.5));
  root_->set("$children", Value::number(0));
  root_->set("$parent_modules", Value::number(0));

  // Each used library gets its own top-level scope: its variables are evaluated (they are what
  // its functions and modules see) but its instantiations are not.
  libraries_ = libraries;
  for (const auto& lib : libraries_) {
    auto env = std::make_shared<Env>();
    env->parent = root_;
    env->caller = root_.get();
    env->scope = &lib->stmts;
    library_envs_.push_back(env);
  }
  for (size_t i = 0; i < libraries_.size(); ++i) {
    auto& env = library_envs_[i];
    for (const auto& s : libraries_[i]->stmts)
      if (s.kind == StmtKind::kAssign) env->set(s.name, eval(*s.expr, env));
  }
  // Library variables are private to the library: lookups from the main file must not see
  // them, so after evaluation only their scopes (definitions) are consulted (see lookup()).
  auto top = std::make_shared<Env>();
  top->parent = root_;
  top->caller = root_.get();
  Node root;
  root.name = "group";
  root.span = {file_->name, 1, 1, 1, 1};
  eval_scope(file_->stmts, top, root.children);
  if (root_node_) {
    Node only;
    only.name = "group";
    only.span = root.span;
    only.children.push_back(std::move(*root_node_));
    return only;
  }
  return root;
}

void Evaluator::release_captures() {
  for (auto& w : captured_)
    if (auto e = w.lock()) {
      e->vars.clear();
      e->parent.reset();
      e->frame.reset();
    }
  captured_.clear();
  for (auto& e : library_envs_) e->vars.clear();
  if (root_) root_->vars.clear();
}

}  // namespace cadscribe::lang::scad
