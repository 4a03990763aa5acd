// lang/scad/evaluator_call.cpp — function calls (named, literal, builtin), argument binding,
// definition lookup, and the evaluator's warning/error/budget plumbing.
#include <algorithm>

#include "lang/scad/evaluator.h"

namespace cadscribe::lang::scad {

void Evaluator::warn(const std::string& code, const std::string& message, const base::SourceSpan& span) {
  if (warnings_ >= kMaxWarnings) {
    if (!warned_cap_) {
      warned_cap_ = true;
      base::Diag d = base::make_diag("runtime.too_many_warnings",
                                     "more than " + std::to_string(kMaxWarnings) + " warnings; the rest are not shown", span);
      d.severity = base::Severity::kWarning;
      report_.diags.push_back(std::move(d));
    }
    return;
  }
  ++warnings_;
  base::Diag d = base::make_diag(code, message, span);
  d.severity = base::Severity::kWarning;
  report_.diags.push_back(std::move(d));
}

void Evaluator::fail(const std::string& code, const std::string& message, const base::SourceSpan& span) {
  // The call stack, outermost first and innermost last (base/diag.h), at most kMaxNotes frames.
  constexpr size_t kMaxNotes = 16;
  base::Diag d = base::make_diag(code, message, span);
  size_t first = call_notes_.size() > kMaxNotes ? call_notes_.size() - kMaxNotes : 0;
  if (first > 0) d.notes.push_back("... " + std::to_string(first) + " outer frames omitted");
  for (size_t i = first; i < call_notes_.size(); ++i) d.notes.push_back(call_notes_[i]);
  throw EvalError{std::move(d)};
}

void Evaluator::step(const base::SourceSpan& span) {
  if (auto d = budget_.step()) fail(d->code, d->message, span);
}

void Evaluator::work(size_t n, const base::SourceSpan& span) {
  for (size_t k = n >> 6; k > 0; --k) step(span);
}

void Evaluator::charge_vector(size_t n, const base::SourceSpan& span) {
  if (auto d = budget_.check_size(int64_t(n))) fail(d->code, d->message, span);
  work(n, span);
  if (auto d = budget_.charge(int64_t(n * sizeof(Value)) + 64)) fail(d->code, d->message, span);
}

void Evaluator::grow(size_t n, const base::SourceSpan& span) {
  if (auto d = budget_.check_size(int64_t(n))) fail(d->code, d->message, span);
  if (auto d = budget_.charge(int64_t(sizeof(Value)))) fail(d->code, d->message, span);
}

void Evaluator::charge_string(size_t n, const base::SourceSpan& span) {
  if (auto d = budget_.check_size(int64_t(n))) fail(d->code, d->message, span);
  work(n, span);
  if (auto d = budget_.charge(32)) fail(d->code, d->message, span);
}

Value Evaluator::make_string(std::string s, const base::SourceSpan& span) {
  charge_string(s.size(), span);
  if (s.size() < 256) return Value::string(std::move(s));
  int64_t live = live_string_bytes_->load() + int64_t(s.size());
  if (live + budget_.bytes() > budget_.limits().max_alloc_bytes)
    fail("limit.memory", "program exceeded its memory budget of " +
                             std::to_string(budget_.limits().max_alloc_bytes >> 20) + " MiB (strings)", span);
  return Value::string_counted(std::move(s), live_string_bytes_);
}

namespace {
// An upper estimate of the printed length, stopping once it passes `cap`.
size_t printed_estimate(Evaluator& ev, const Value& v, size_t cap, size_t acc, const base::SourceSpan& span) {
  switch (v.type()) {
    case Type::kString: return acc + v.as_string().size() + 2;
    case Type::kVector: {
      ev.step(span);
      ev.work(v.as_vector().size(), span);
      acc += 2;
      for (const auto& x : v.as_vector()) {
        if (acc > cap) return acc;
        acc = printed_estimate(ev, x, cap, acc + 2, span);
      }
      return acc;
    }
    case Type::kFunction: return acc + 64;
    default: return acc + 24;
  }
}
}  // namespace

std::string Evaluator::print(const Value& v, bool quote, const base::SourceSpan& span) {
  size_t cap = size_t(std::max<int64_t>(budget_.limits().max_collection, 1024)) * 8;
  NativeDepth depth(*this, span);
  if (printed_estimate(*this, v, cap, 0, span) > cap)
    fail("limit.size", "value too large to print (over " + std::to_string(cap) + " characters)", span);
  std::string s = quote ? v.repr() : v.str();
  charge_string(s.size() / 8, span);
  return s;
}

std::string Evaluator::print_args(const std::vector<CallArg>& args, const base::SourceSpan& span) {
  std::string s;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    if (!args[i].name.empty()) s += args[i].name + " = ";
    s += print(args[i].value, true, span);
  }
  return s;
}

std::vector<CallArg> Evaluator::eval_args(const std::vector<Arg>& args, const EnvPtr& env) {
  std::vector<CallArg> out;
  out.reserve(args.size());
  for (const auto& a : args) out.push_back({a.name, a.expr ? eval(*a.expr, env) : Value{}});
  return out;
}

// Binds call arguments to parameters in `target` (openscad: positional in order, then by name,
// then defaults evaluated in the new scope; $-arguments always bind).
void Evaluator::bind_params(const std::vector<Arg>& params, std::vector<CallArg>& args, const EnvPtr& target,
                            const base::SourceSpan& span, const std::string& what) {
  // openscad 2021.01 evaluates every default first, in the definition's scope (so a default
  // cannot see the other parameters), then binds the arguments over them.
  for (const auto& p : params)
    if (p.expr) target->set(p.name, eval(*p.expr, target->parent ? target->parent : target));
  std::vector<bool> bound(params.size(), false);
  size_t pos = 0;
  bool too_many = false;
  for (auto& a : args) {
    if (a.name.empty()) {
      while (pos < params.size() && bound[pos]) ++pos;
      if (pos < params.size()) {
        target->set(params[pos].name, std::move(a.value));
        bound[pos++] = true;
      } else {
        too_many = true;
      }
      continue;
    }
    bool found = false;
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i].name == a.name) {
        target->set(a.name, std::move(a.value));
        bound[i] = true;
        found = true;
      }
    if (!found) {  // openscad binds it anyway (a warning unless it is a $-variable)
      if (a.name[0] != '$') warn("runtime.unknown_parameter", "variable " + a.name + " not specified as parameter", span);
      target->set(a.name, std::move(a.value));
    }
  }
  if (too_many) warn("runtime.argument_count", "Too many unnamed arguments supplied", span);
  for (size_t i = 0; i < params.size(); ++i)
    if (!bound[i] && !params[i].expr) target->set(params[i].name, Value{});
  (void)what;
}

const Stmt* Evaluator::find_def(const std::string& name, bool module, const EnvPtr& env, EnvPtr* def_env) {
  auto& cache = def_index_[module ? 1 : 0];
  auto search = [&](const StmtList* scope) -> const Stmt* {
    auto it = cache.find(scope);
    if (it == cache.end()) {
      std::unordered_map<std::string, const Stmt*> idx;
      for (const auto& s : *scope)
        if (s.kind == (module ? StmtKind::kModuleDef : StmtKind::kFunctionDef)) idx[s.name] = &s;  // last wins
      it = cache.emplace(scope, std::move(idx)).first;
    }
    auto f = it->second.find(name);
    return f == it->second.end() ? nullptr : f->second;
  };
  for (EnvPtr e = env; e; e = e->parent)
    if (e->scope)
      if (const Stmt* s = search(e->scope)) {
        *def_env = e;
        return s;
      }
  for (const auto& lib : library_envs_)
    if (const Stmt* s = search(lib->scope)) {
      *def_env = lib;
      return s;
    }
  return nullptr;
}

namespace {
struct CallFrame {
  Evaluator& ev;
  base::Budget& budget;
  std::vector<std::string>& notes;
  CallFrame(Evaluator& e, base::Budget& b, std::vector<std::string>& n, const std::string& what,
            const base::SourceSpan& span)
      : ev(e), budget(b), notes(n) {
    if (auto d = budget.enter_call())
      ev.fail("limit.recursion", "Recursion detected calling " + what + " (" + d->message + ")", span);
    notes.push_back("in " + what + " called at " + span.to_string());
  }
  ~CallFrame() {
    budget.leave_call();
    notes.pop_back();
  }
};
}  // namespace

// Tail calls in a branch of ?: (possibly under let, echo or assert), to named functions and to
// function literals alike, loop here instead of recursing, as openscad 2021.01 eliminates tail
// recursion (a fold over 100k elements through a literal must run); each iteration is a step.
Value Evaluator::run_calls(TailCall tail, const EnvPtr& caller, const base::SourceSpan& span) {
  EnvPtr dynamic;  // $-variables a tail call would have seen along its callers' chain
  while (true) {
    step(span);
    auto env = std::make_shared<Env>();
    env->caller = dynamic ? dynamic.get() : caller.get();
    // The closure must outlive its iteration: its syntax tree owns params and body.
    std::shared_ptr<const FunctionClosure> closure = std::move(tail.closure);
    const std::vector<Arg>& params = closure ? closure->lit->args : tail.def->args;
    const Expr* body = closure ? closure->lit->a.get() : tail.def->expr.get();
    env->parent = closure ? closure->env : tail.def_env;
    std::vector<CallArg> cur_args = std::move(tail.args);
    bind_params(params, cur_args, env, span, closure ? "function" : tail.def->name);
    tail.def = nullptr;
    tail.closure = nullptr;
    Value v = body ? eval_tail(*body, env, tail, false) : Value{};
    if (!tail.def && !tail.closure) return v;
    // A real call would see the $-variables of the call site's scopes (let, parameters) and,
    // beyond them, of earlier iterations: collect them into one layer above the first caller.
    auto layer = std::make_shared<Env>();
    layer->caller = caller.get();
    for (const Env* e = tail.site.get(); e; e = e->parent.get()) {
      for (const auto& [k, val] : e->vars)
        if (k[0] == '$' && !layer->find_local(k)) layer->vars.emplace_back(k, val);
      if (e == env.get()) break;
    }
    if (dynamic)
      for (const auto& [k, val] : dynamic->vars)
        if (!layer->find_local(k)) layer->vars.emplace_back(k, val);
    dynamic = std::move(layer);
  }
}

Value Evaluator::call_user_function(const Stmt& def, const EnvPtr& def_env, std::vector<CallArg> args,
                                    const EnvPtr& caller, const base::SourceSpan& span) {
  CallFrame frame(*this, budget_, call_notes_, "function '" + def.name + "'", span);
  return run_calls(TailCall{&def, def_env, nullptr, std::move(args), nullptr}, caller, span);
}

Value Evaluator::call_closure(const std::shared_ptr<const FunctionClosure>& f, std::vector<CallArg> args,
                              const EnvPtr& caller, const base::SourceSpan& span) {
  CallFrame frame(*this, budget_, call_notes_, "function literal", span);
  return run_calls(TailCall{nullptr, nullptr, f, std::move(args), nullptr}, caller, span);
}

Value Evaluator::eval_tail(const Expr& e, const EnvPtr& env, TailCall& tail, bool branch) {
  NativeDepth depth(*this, e.span);
  switch (e.kind) {
    case ExprKind::kTernary:
      step(e.span);
      return eval(*e.a, env).truthy() ? eval_tail(*e.b, env, tail, true) : eval_tail(*e.c, env, tail, true);
    case ExprKind::kLet:
      step(e.span);
      return eval_tail(*e.a, bind_sequential(e.args, env), tail, branch);
    case ExprKind::kAssert:
    case ExprKind::kEcho: {
      if (!e.a) break;
      // Run the assert/echo itself on an empty body, then continue with the body in tail position.
      std::vector<CallArg> args = eval_args(e.args, env);
      if (e.kind == ExprKind::kEcho) {
        report_.echo.push_back("ECHO: " + print_args(args, e.span));
      } else if (args.empty() || !args[0].value.truthy()) {
        std::string msg = "Assertion '" + (e.args.empty() ? std::string("undef") : dump_expr(*e.args[0].expr)) + "' failed";
        if (args.size() > 1) msg += ": " + print(args[1].value, true, e.span);
        fail("runtime.assert", msg, e.span);
      }
      return eval_tail(*e.a, env, tail, branch);
    }
    case ExprKind::kCall: {
      const Expr& callee = *e.a;
      if (!branch || callee.kind != ExprKind::kIdent) break;
      // The same resolution as call(): a function value in an ordinary variable, else a definition.
      Value var = callee.name[0] == '$' ? Value{} : lookup(callee.name, env, callee.span, false);
      if (var.is_function()) {
        tail.closure = var.as_function();
      } else {
        EnvPtr def_env;
        const Stmt* def = find_def(callee.name, false, env, &def_env);
        if (!def) break;
        tail.def = def;
        tail.def_env = std::move(def_env);
      }
      step(e.span);
      tail.args = eval_args(e.args, env);
      tail.site = env;
      return {};
    }
    default:
      break;
  }
  return eval(e, env);
}

Value Evaluator::call(const Expr& e, const EnvPtr& env) {
  const Expr& callee = *e.a;
  if (callee.kind == ExprKind::kIdent) {
    const std::string& name = callee.name;
    // openscad 2021.01 calls function values held in ordinary variables, not in $-variables.
    Value var = name[0] == '$' ? Value{} : lookup(name, env, callee.span, false);
    if (var.is_function()) {
      return call_closure(var.as_function(), eval_args(e.args, env), env, e.span);
    }
    EnvPtr def_env;
    if (const Stmt* def = find_def(name, false, env, &def_env))
      return call_user_function(*def, def_env, eval_args(e.args, env), env, e.span);
    if (BuiltinFn fn = find_builtin(name)) {
      if (name == "parent_module") {
        std::vector<CallArg> args = eval_args(e.args, env);
        return fn(*this, args, e.span);
      }
      return fn(*this, eval_args(e.args, env), e.span);
    }
    warn("runtime.unknown_function", "Ignoring unknown function '" + name + "'", e.span);
    return {};
  }
  Value f = eval(callee, env);
  if (f.is_function()) {
    return call_closure(f.as_function(), eval_args(e.args, env), env, e.span);
  }
  warn("runtime.unknown_function", "Can't call a " + std::string(type_name(f)) + " as a function", e.span);
  return {};
}

}  // namespace cadscribe::lang::scad
