// lang/scad/evaluator_stmt.cpp — scopes, module instantiation (user, builtin, and the language's
// own: for, intersection_for, let, echo, assert, children, if), modifiers and result nodes.
#include <cmath>

#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {

void Evaluator::eval_scope(const StmtList& list, const EnvPtr& env, std::vector<Node>& out) {
  env->scope = &list;
  for (const auto& s : list)
    if (s.kind == StmtKind::kAssign) {
      step(s.span);
      env->set(s.name, eval(*s.expr, env));
    }
  for (const auto& s : list)
    if (s.kind == StmtKind::kInstantiate || s.kind == StmtKind::kIf) instantiate(s, env, out);
}

SpecialVars Evaluator::specials(const EnvPtr& env) {
  SpecialVars sv;
  auto num = [&](const char* name, double fallback) {
    Value v = lookup(name, env, {}, false);
    return v.is_number() ? v.as_number() : fallback;
  };
  sv.fn = num("$fn", 0);
  sv.fa = num("$fa", 12);
  sv.fs = num("$fs", 2);
  sv.t = num("$t", 0);
  Value p = lookup("$preview", env, {}, false);
  sv.preview = p.truthy();
  return sv;
}

Node Evaluator::make_node(const std::string& name, const Stmt& s, const EnvPtr& env) {
  if (++nodes_ > options_.max_nodes)
    fail("limit.geometry", "the program instantiates more than " + std::to_string(options_.max_nodes) + " objects",
         s.span);
  if (auto d = budget_.charge(int64_t(sizeof(Node)))) fail(d->code, d->message, s.span);
  Node n;
  n.name = name;
  n.span = s.span;
  n.specials = specials(env);
  return n;
}

// Applies the statement's modifier to a finished node and appends it.
void Evaluator::finish_node(Node& n, const Stmt& s, std::vector<Node>& out) {
  if (s.modifier == '#' || s.modifier == '%') n.modifier = s.modifier;
  if (s.modifier == '!' && !root_node_) root_node_ = std::make_unique<Node>(n);
  out.push_back(std::move(n));
}

void Evaluator::instantiate(const Stmt& s, const EnvPtr& env, std::vector<Node>& out) {
  NativeDepth depth(*this, s.span);
  step(s.span);
  if (s.modifier == '*') return;
  if (s.kind == StmtKind::kIf) {
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    scope->caller = env.get();
    bool cond = eval(*s.expr, env).truthy();
    // openscad makes a node for the taken branch, even an empty one (it is an empty operand of
    // an intersection), and none when the condition is false and there is no else.
    if (!cond && !s.has_else) return;
    const StmtList& branch = cond ? s.body : s.else_body;
    Node n = make_node("group", s, env);
    eval_scope(branch, scope, n.children);
    finish_node(n, s, out);
    return;
  }
  if (special_module(s, env, out)) return;
  EnvPtr def_env;
  if (const Stmt* def = find_def(s.name, true, env, &def_env)) {
    user_module(s, *def, def_env, env, out);
    return;
  }
  if (options_.builtin_modules.count(s.name)) {
    builtin_module(s, env, out);
    return;
  }
  warn("runtime.unknown_module", "Ignoring unknown module '" + s.name + "'", s.span);
}

namespace {
struct ModuleStackGuard {
  std::vector<std::string>& stack;
  ModuleStackGuard(std::vector<std::string>& s, const std::string& name) : stack(s) { stack.push_back(name); }
  ~ModuleStackGuard() { stack.pop_back(); }
};
int64_t count_instantiations(const StmtList& list) {
  int64_t n = 0;
  for (const auto& s : list)
    if (s.kind == StmtKind::kInstantiate || s.kind == StmtKind::kIf) ++n;
  return n;
}
}  // namespace

void Evaluator::builtin_module(const Stmt& s, const EnvPtr& env, std::vector<Node>& out) {
  std::vector<CallArg> args = eval_args(s.args, env);
  auto scope = std::make_shared<Env>();
  scope->parent = env;
  scope->caller = env.get();
  std::vector<Argument> node_args;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i].name.empty() && args[i].name[0] == '$') scope->set(args[i].name, std::move(args[i].value));
    else node_args.push_back({args[i].name, std::move(args[i].value), s.args[i].span});
  }
  Node n = make_node(s.name, s, scope);
  n.args = std::move(node_args);
  ModuleStackGuard guard(module_stack_, s.name);
  eval_scope(s.body, scope, n.children);
  finish_node(n, s, out);
}

void Evaluator::user_module(const Stmt& s, const Stmt& def, const EnvPtr& def_env, const EnvPtr& env,
                            std::vector<Node>& out) {
  std::vector<CallArg> args = eval_args(s.args, env);
  if (auto d = budget_.enter_call()) {
    fail("limit.recursion", "Recursion detected calling module '" + def.name + "' (" + d->message + ")", s.span);
  }
  struct Leave {
    base::Budget& b;
    std::vector<std::string>& notes;
    ~Leave() {
      b.leave_call();
      notes.pop_back();
    }
  } leave{budget_, call_notes_};
  call_notes_.push_back("in module '" + def.name + "' called at " + s.span.to_string());
  ModuleStackGuard guard(module_stack_, s.name);
  auto params = std::make_shared<Env>();
  params->parent = def_env;
  params->caller = env.get();
  params->frame = std::make_unique<ModuleFrame>();
  params->frame->children = &s.body;
  params->frame->call_env = env;
  params->frame->count = count_instantiations(s.body);
  params->set("$children", Value::number(double(params->frame->count)));
  params->set("$parent_modules", Value::number(double(module_stack_.size())));
  bind_params(def.args, args, params, s.span, def.name);
  auto body = std::make_shared<Env>();
  body->parent = params;
  body->caller = params.get();
  Node n = make_node("group", s, body);
  n.from_module = def.name;
  eval_scope(def.body, body, n.children);
  finish_node(n, s, out);
}

void Evaluator::eval_children(const Stmt& s, const EnvPtr& env, std::vector<Node>& out,
                              std::optional<Value> selection) {
  const ModuleFrame* frame = nullptr;
  for (Env* e = env.get(); e && !frame; e = e->parent.get())
    if (e->frame) frame = e->frame.get();
  if (!frame) return;  // children() at the top level: no node, as openscad
  Node n = make_node("group", s, env);
  std::vector<CallArg> args;
  if (selection) args.push_back(CallArg{"", *selection});
  else args = eval_args(s.args, env);
  std::vector<const Stmt*> kids;
  for (const auto& c : *frame->children)
    if (c.kind == StmtKind::kInstantiate || c.kind == StmtKind::kIf) kids.push_back(&c);
  std::vector<const Stmt*> chosen;
  auto pick = [&](const Value& v) {
    if (!v.is_number()) return;
    double d = v.as_number();
    if (d >= 0 && d < double(kids.size())) chosen.push_back(kids[size_t(d)]);
    else warn("runtime.children_index", "Children index (" + v.str() + ") out of bounds (" +
                                            std::to_string(kids.size()) + " children)", s.span);
  };
  if (args.empty()) {
    chosen = kids;
  } else {
    const Value& sel = args[0].value;
    if (sel.is_number()) pick(sel);
    else if (sel.is_vector()) for (const auto& v : sel.as_vector()) pick(v);
    else if (sel.is_range()) iterate(sel, s.span, 1000000, "children", pick);
    else warn("runtime.children_index", "children() argument must be a number, vector or range", s.span);
  }
  // The block's assignments are evaluated as at the call site (they do not see the module's
  // $-variables); its instantiations then see the module's $-variables first.
  auto scope = std::make_shared<Env>();
  scope->parent = frame->call_env;
  scope->caller = frame->call_env.get();
  scope->scope = frame->children;
  for (const auto& c : *frame->children)
    if (c.kind == StmtKind::kAssign) scope->set(c.name, eval(*c.expr, scope));
  scope->caller = env.get();
  scope->dollar_last = true;
  // openscad 2021.01 returns a child selected by a single number as the child's own node, so
  // a modifier on `children(i)` (`%children(0)`) is lost; a vector or range gives a group that
  // keeps it (tests/spec/scad/children_modifier_*.scad).
  if (!args.empty() && args[0].value.is_number()) {
    for (const Stmt* c : chosen) instantiate(*c, scope, out);
    return;
  }
  for (const Stmt* c : chosen) instantiate(*c, scope, n.children);
  finish_node(n, s, out);
}

// child(i): openscad 2021.01's deprecated single-child form of children(). No argument means
// child 0; the index is truncated; a negative or out-of-range index gives nothing, with a warning.
void Evaluator::eval_child(const Stmt& s, const EnvPtr& env, std::vector<Node>& out) {
  if (!warned_child_) {
    warned_child_ = true;
    warn("runtime.deprecated", "child() will be removed in future releases. Use children() instead.", s.span);
  }
  std::vector<CallArg> args = eval_args(s.args, env);
  double index = 0;
  if (!args.empty() && args[0].value.is_number()) index = std::trunc(args[0].value.as_number());
  if (index < 0) {
    warn("runtime.children_index", "Negative child index (" + Value::number(index).str() + ") not allowed", s.span);
    Node empty = make_node("group", s, env);
    finish_node(empty, s, out);
    return;
  }
  eval_children(s, env, out, Value::number(index));
}

void Evaluator::eval_for(const Stmt& s, const std::vector<CallArg>& args, size_t k, const EnvPtr& env,
                         std::vector<Node>& out, bool intersect) {
  if (k == args.size()) {
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    scope->caller = env.get();
    if (intersect) {
      Node g = make_node("group", s, scope);
      eval_scope(s.body, scope, g.children);
      out.push_back(std::move(g));
    } else {
      eval_scope(s.body, scope, out);
    }
    return;
  }
  Value seq = args[k].value;
  iterate(seq, s.span, 10000, "for", [&](const Value& x) {
    auto inner = std::make_shared<Env>();
    inner->parent = env;
    inner->caller = env.get();
    inner->set(args[k].name, x);
    if (k + 1 < args.size()) {  // later ranges are evaluated with earlier variables bound
      std::vector<CallArg> rest = args;
      for (size_t j = k + 1; j < args.size(); ++j)
        rest[j].value = s.args[j].expr ? eval(*s.args[j].expr, inner) : Value{};
      eval_for(s, rest, k + 1, inner, out, intersect);
    } else {
      eval_for(s, args, k + 1, inner, out, intersect);
    }
  });
}

// for, intersection_for, let, assign, echo, assert, children; false for anything else.
bool Evaluator::special_module(const Stmt& s, const EnvPtr& env, std::vector<Node>& out) {
  const std::string& name = s.name;
  if (name == "for" || name == "intersection_for") {
    Node n = make_node(name == "for" ? "group" : "intersection", s, env);
    std::vector<CallArg> args;
    if (!s.args.empty()) {  // only the first range is evaluated here; later ones per iteration
      args.resize(s.args.size());
      for (size_t j = 0; j < s.args.size(); ++j) args[j].name = s.args[j].name;
      args[0].value = s.args[0].expr ? eval(*s.args[0].expr, env) : Value{};
      eval_for(s, args, 0, env, n.children, name == "intersection_for");
    }
    finish_node(n, s, out);
    return true;
  }
  if (name == "let" || name == "assign") {
    if (name == "assign")
      warn("runtime.deprecated",
           "The assign() module will be removed in future releases. Use a regular assignment instead.", s.span);
    EnvPtr scope = bind_sequential(s.args, env);
    Node n = make_node("group", s, scope);
    eval_scope(s.body, scope, n.children);
    finish_node(n, s, out);
    return true;
  }
  if (name == "echo" || name == "assert") {
    std::vector<CallArg> args = eval_args(s.args, env);
    if (name == "echo") {
      report_.echo.push_back("ECHO: " + print_args(args, s.span));
    } else if (args.empty() || !args[0].value.truthy()) {
      std::string msg = "Assertion '" + (s.args.empty() ? std::string("undef") : dump_expr(*s.args[0].expr)) + "' failed";
      if (args.size() > 1) msg += ": " + print(args[1].value, true, s.span);
      fail("runtime.assert", msg, s.span);
    }
    if (s.body.empty()) return true;
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    scope->caller = env.get();
    Node n = make_node("group", s, scope);
    eval_scope(s.body, scope, n.children);
    finish_node(n, s, out);
    return true;
  }
  if (name == "children") {
    eval_children(s, env, out);
    return true;
  }
  if (name == "child") {
    eval_child(s, env, out);
    return true;
  }
  return false;
}

}  // namespace cadscribe::lang::scad
