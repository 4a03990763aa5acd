// lang/scad/evaluator.h — evaluates a parsed File to the instance tree (node.h).
//
// Scoping follows openscad 2021.01: each statement list is a scope whose assignments are all
// evaluated first, in order, then its instantiations; function and module definitions are
// visible throughout their scope and inner ones; $-variables are looked up along the dynamic
// (caller) chain, others along the lexical chain. Warnings are collected and evaluation goes on;
// the first error (assert, recursion, budget) throws EvalError, caught by run_program.
// Private to lang/scad; callers use interpreter.h.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/budget.h"
#include "lang/scad/ast.h"
#include "lang/scad/closure.h"
#include "lang/scad/interpreter.h"

namespace cadscribe::lang::scad {

struct ModuleFrame {  // what children() needs: the instantiation's child statements and scope
  const StmtList* children = nullptr;
  std::shared_ptr<struct Env> call_env;
  int64_t count = 0;  // $children
};

struct Env {
  std::shared_ptr<Env> parent;  // lexical parent
  Env* caller = nullptr;        // dynamic parent, for $-variables (live frames only)
  const StmtList* scope = nullptr;  // statement list whose definitions are visible here
  std::vector<std::pair<std::string, Value>> vars;
  std::unique_ptr<ModuleFrame> frame;  // set in a user module's parameter scope
  // A children block's scope (openscad 2021.01): its $-assignments rank below the $-variables
  // of the module calling children(), so $-lookups try the caller chain first.
  bool dollar_last = false;

  const Value* find_local(const std::string& name) const {
    for (const auto& [k, v] : vars)
      if (k == name) return &v;
    return nullptr;
  }
  void set(const std::string& name, Value v) {
    for (auto& [k, old] : vars)
      if (k == name) {
        old = std::move(v);
        return;
      }
    vars.emplace_back(name, std::move(v));
  }
};
using EnvPtr = std::shared_ptr<Env>;

struct EvalError {
  base::Diag diag;
};

// A builtin function: evaluated arguments in, a value out (warnings through the evaluator).
struct CallArg {
  std::string name;
  Value value;
};
class Evaluator;
class Mt19937;
using BuiltinFn = Value (*)(Evaluator&, const std::vector<CallArg>&, const base::SourceSpan&);

// Registry of builtin functions (builtins_*.cpp); returns null for an unknown name.
[[nodiscard]] BuiltinFn find_builtin(const std::string& name);

class Evaluator {
 public:
  Evaluator(const RunOptions& options, base::Budget& budget, RunReport& report,
            std::shared_ptr<const File> file);
  ~Evaluator();

  // Evaluates the file's top level (throws EvalError). `libraries` are use<>d files, whose
  // modules and functions are visible after the file's own.
  Node run(const std::vector<std::shared_ptr<const File>>& libraries);
  // Breaks closure/scope reference cycles once a run is over.
  void release_captures();
  // Marks the current native stack position as the evaluator's entry (run() does this).
  void set_stack_base();

  // --- used by builtins
  void warn(const std::string& code, const std::string& message, const base::SourceSpan& span);
  [[noreturn]] void fail(const std::string& code, const std::string& message, const base::SourceSpan& span);
  void charge_vector(size_t n, const base::SourceSpan& span);  // a new vector of n elements
  void grow(size_t n, const base::SourceSpan& span);           // one element appended, n in all
  void work(size_t n, const base::SourceSpan& span);           // n elementary operations (n/64 steps)
  // A string value made by a builtin: long ones count against the memory budget while alive
  // (strings built by repeated str() calls are freed as they go, so they are not charged forever).
  Value make_string(std::string s, const base::SourceSpan& span);
  void charge_string(size_t n, const base::SourceSpan& span);
  void step(const base::SourceSpan& span);
  Mt19937& mt() { return *mt_; }
  const RunOptions& options() const { return options_; }
  const std::vector<std::string>& module_stack() const { return module_stack_; }
  // Budgeted versions of Value's printing and comparison: shared sub-vectors can make a value's
  // printed form or an element-wise walk exponentially larger than the work that built it, so
  // these count steps per vector visited and refuse output beyond the collection limit.
  std::string print(const Value& v, bool quote, const base::SourceSpan& span);
  std::string print_args(const std::vector<CallArg>& args, const base::SourceSpan& span);
  bool equal(const Value& a, const Value& b, const base::SourceSpan& span);
  int compare(const Value& a, const Value& b, const base::SourceSpan& span);  // -1, 0, 1; 2: unordered

  // --- expressions (evaluator_expr.cpp)
  Value eval(const Expr& e, const EnvPtr& env);

 private:
  friend struct NativeDepth;
  // expressions
  void emit(const Expr& e, const EnvPtr& env, std::vector<Value>& out);
  void emit_each(const Value& v, const base::SourceSpan& span, std::vector<Value>& out);
  bool iterate(const Value& v, const base::SourceSpan& span, size_t limit, const char* what,
               const std::function<void(const Value&)>& body);
  Value lookup(const std::string& name, const EnvPtr& env, const base::SourceSpan& span, bool warn_missing);
  Value call(const Expr& e, const EnvPtr& env);
  Value call_closure(const std::shared_ptr<const FunctionClosure>& f, std::vector<CallArg> args,
                     const EnvPtr& caller, const base::SourceSpan& span);
  struct TailCall {  // the next call of a tail-call loop: a named function or a function literal
    const Stmt* def = nullptr;
    EnvPtr def_env;
    std::shared_ptr<const FunctionClosure> closure;
    std::vector<CallArg> args;
    EnvPtr site;  // the scope the tail call was made in
  };
  Value run_calls(TailCall tail, const EnvPtr& caller, const base::SourceSpan& span);
  Value eval_tail(const Expr& e, const EnvPtr& env, TailCall& tail, bool branch);
  void check_nesting(const Value& v, const base::SourceSpan& span);
  Value call_user_function(const Stmt& def, const EnvPtr& def_env, std::vector<CallArg> args,
                           const EnvPtr& caller, const base::SourceSpan& span);
  std::vector<CallArg> eval_args(const std::vector<Arg>& args, const EnvPtr& env);
  void bind_params(const std::vector<Arg>& params, std::vector<CallArg>& args, const EnvPtr& target,
                   const base::SourceSpan& span, const std::string& what);
  EnvPtr bind_sequential(const std::vector<Arg>& assigns, const EnvPtr& env);
  const Stmt* find_def(const std::string& name, bool module, const EnvPtr& env, EnvPtr* def_env);
  Value binary(BinOp op, const Value& a, const Value& b, const base::SourceSpan& span);
  Value unary(char op, const Value& a, const base::SourceSpan& span);
  Value index(const Value& a, const Value& i, const base::SourceSpan& span);

  // statements (evaluator_stmt.cpp)
  void eval_scope(const StmtList& list, const EnvPtr& env, std::vector<Node>& out);
  void instantiate(const Stmt& s, const EnvPtr& env, std::vector<Node>& out);
  bool special_module(const Stmt& s, const EnvPtr& env, std::vector<Node>& out);
  void eval_for(const Stmt& s, const std::vector<CallArg>& args, size_t k, const EnvPtr& env,
                std::vector<Node>& out, bool intersect);
  // children(...) of the enclosing module; `selection` replaces the call's own arguments.
  void eval_children(const Stmt& s, const EnvPtr& env, std::vector<Node>& out,
                     std::optional<Value> selection = std::nullopt);
  void eval_child(const Stmt& s, const EnvPtr& env, std::vector<Node>& out);
  void user_module(const Stmt& s, const Stmt& def, const EnvPtr& def_env, const EnvPtr& env,
                   std::vector<Node>& out);
  void builtin_module(const Stmt& s, const EnvPtr& env, std::vector<Node>& out);
  Node make_node(const std::string& name, const Stmt& s, const EnvPtr& env);
  void finish_node(Node& n, const Stmt& s, std::vector<Node>& out);
  SpecialVars specials(const EnvPtr& env);

  const RunOptions& options_;
  base::Budget& budget_;
  RunReport& report_;
  std::shared_ptr<const File> file_;
  std::vector<std::shared_ptr<const File>> libraries_;
  std::vector<EnvPtr> library_envs_;
  EnvPtr root_;
  std::unique_ptr<Mt19937> mt_;
  std::vector<std::string> module_stack_;
  std::vector<std::string> call_notes_;  // "in function f at file:l:c" frames
  std::unordered_map<const StmtList*, std::unordered_map<std::string, const Stmt*>> def_index_[2];
  std::vector<std::weak_ptr<Env>> captured_;
  std::unique_ptr<Node> root_node_;  // set by the first '!' modifier
  std::shared_ptr<std::atomic<int64_t>> live_string_bytes_ = std::make_shared<std::atomic<int64_t>>(0);
  int64_t nodes_ = 0;
  int native_depth_ = 0;
  uintptr_t stack_base_ = 0;  // address near the evaluator's entry frame
  int quiet_ops_ = 0;  // > 0 inside element-wise vector operations
  size_t warnings_ = 0;
  bool warned_cap_ = false;
  bool warned_child_ = false;  // child()'s deprecation is reported once, as openscad does
};

// Counts native recursion (expressions, statements) so hostile programs cannot overflow the stack.
struct NativeDepth {
  Evaluator& ev;
  NativeDepth(Evaluator& e, const base::SourceSpan& span);
  ~NativeDepth() { --ev.native_depth_; }
};
inline constexpr int kMaxNativeDepth = 100000;
// Native stack the evaluator may use below its entry point (it fails with limit.recursion
// beyond): safe on an 8 MiB main thread and on the common 8 MiB pthread default.
inline constexpr size_t kStackBudget = size_t(2560) << 10;
// Vectors may nest this deep (deeper would make destruction and printing recurse too far).
inline constexpr int kMaxVectorNesting = 1000;
inline constexpr size_t kMaxWarnings = 500;

// openscad's type names in warnings: "undefined", "bool", "number", "string", "vector", ...
[[nodiscard]] const char* type_name(const Value& v);
// Splits a string into its characters as openscad (glib) steps through it: by lead byte, so an
// invalid sequence may be one character of several bytes.
[[nodiscard]] std::vector<std::string> utf8_chars(const std::string& s);
[[nodiscard]] size_t utf8_length(const std::string& s);  // == utf8_chars(s).size()
[[nodiscard]] bool valid_utf8(const std::string& s);     // as g_utf8_validate: no overlong, surrogate, > U+10FFFF

}  // namespace cadscribe::lang::scad
