// lang/py/evaluator.h — the tree-walking evaluator (private to lang/py; use interpreter.h).
//
// Invariants:
//  * Every statement and every expression node costs one Budget step; user calls go through
//    Budget::enter_call; C++ stack use is bounded separately (kMaxNativeStack) so even nested
//    expressions inside deep recursion end in limit.recursion, never a crash.
//  * Runtime errors are thrown as PyError (errors.h) and carry the span of the failing
//    expression and a traceback (innermost last) in Diag::notes.
//  * Globals live in a vector indexed by interned symbol; locals in Frame slots (resolver.cpp).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/py/ast.h"
#include "lang/py/containers.h"
#include "lang/py/errors.h"
#include "lang/py/function.h"
#include "lang/py/interpreter.h"

namespace cadscribe::lang::py {

class Evaluator : public CallContext {
 public:
  static constexpr size_t kMaxNativeStack = 3u << 20;  // bytes of C++ stack the evaluator may use
  static constexpr size_t kMaxPrinted = 1u << 20;

  Evaluator(Program& prog, base::Budget& budget, const ModuleRegistry& modules, RunOutput& out);
  // Breaks the reference cycles closures create (frame -> function -> closure frame) so a run
  // never leaks; values handed out in RunOutput stay valid (functions in it become uncallable).
  ~Evaluator() override;

  // Runs the module body. Throws PyError.
  void run();

  // ---- CallContext ----
  base::Budget& budget() override { return budget_; }
  Result<Value> call(const Value& callee, Args args) override;
  [[nodiscard]] Diag error(std::string code, std::string message) const override;

  // ---- helpers shared with builtins and methods (all throw PyError) ----
  [[noreturn]] void raise(std::string code, std::string message) const;
  [[noreturn]] void raise(const Pos& at, std::string code, std::string message) const;
  [[noreturn]] void raise_diag(Diag d) const;
  Value unwrap(Result<Value> r) const {
    if (!r.ok()) raise_diag(std::move(r).error());
    return std::move(r).value();
  }
  void check_size(int64_t n) const;
  void charge(int64_t bytes);
  Value call_value(const Value& callee, Args& args);
  // Materialises any iterable (list, tuple, str, dict keys, range, iterable objects).
  std::vector<Value> to_vector(const Value& v);
  // Calls fn(item) for each element; fn returns false to stop early. Lists are walked live.
  template <typename F>
  void for_each(const Value& v, F&& fn);
  Value binary(BinaryOp op, const Value& a, const Value& b);
  bool compare(CmpOp op, const Value& a, const Value& b);
  bool less(const Value& a, const Value& b);  // a < b, TypeError when unordered
  int order(const Value& a, const Value& b);  // three-way, TypeError when unordered
  void charge_compare_work();
  bool contains(const Value& container, const Value& item);
  Value get_attribute(const Value& obj, const std::string& name);
  Value get_item(const Value& obj, const Value& key);
  int64_t length(const Value& v);
  Value call_method(const Value& self, const std::string& name, Args& args);
  bool has_method(const Value& self, const std::string& name) const;
  Value type_of(const Value& v);
  bool is_instance(const Value& v, const Value& type);
  void print(const std::string& text);
  void show(const Value& v) { out_.shown.push_back(v); }
  Value make_str(std::string s);
  Value make_list(std::vector<Value> items);
  uint64_t hash_or_raise(const Value& key) const;
  Value load_module(const std::string& name, const Pos& at);
  Interner& interner() { return prog_.interner; }

 private:
  enum class Flow : uint8_t { kNormal, kBreak, kContinue, kReturn };
  struct TraceFrame {
    std::string name;
    int32_t line;
  };

  // statements (evaluator.cpp)
  Flow exec_block(const Block& b, const FramePtr& f);
  Flow exec(const Stmt& s, const FramePtr& f);
  Flow exec_for(const Stmt& s, const FramePtr& f);
  Flow exec_try(const Stmt& s, const FramePtr& f);
  Flow exec_try_except(const Stmt& s, const FramePtr& f);
  void exec_raise(const Stmt& s, const FramePtr& f);
  void exec_import(const Stmt& s, const FramePtr& f);
  void exec_del(const Expr& target, const FramePtr& f);
  Value call_function(const FunctionData& fn, Args& args);
  Value make_function(const std::shared_ptr<FuncDef>& def, const FramePtr& f);

  // expressions (eval_expr.cpp)
  Value eval(const Expr& e, const FramePtr& f);
  Value eval_name(const Expr& e, const FramePtr& f);
  Value eval_call(const Expr& e, const FramePtr& f);
  void eval_args(const Expr& e, const FramePtr& f, Args& args);
  Value eval_subscript(const Expr& e, const FramePtr& f);
  Value eval_comprehension(const Expr& e, const FramePtr& f);
  void comp_level(const Expr& e, size_t level, const Value& iterable, const FramePtr& frame, Value& out);
  Value eval_fstring(const Expr& e, const FramePtr& f);
  void assign(const Expr& target, Value v, const FramePtr& f);
  void assign_subscript(const Value& obj, const Expr& key_expr, const FramePtr& f, Value v);
  void set_global(Sym s, Value v);
  void collect_frame_cycle(const FramePtr& frame);
  void check_stack() const;

  // operators (ops.cpp)
  Value slice(const Value& obj, const Expr& slice_expr, const FramePtr& f);
  void set_slice(const Value& obj, const Expr& slice_expr, const FramePtr& f, const Value& v);
  void del_item(const Value& obj, const Expr& key_expr, const FramePtr& f);
  Value unary(UnaryOp op, const Value& a);

  void install_builtins();  // builtins.cpp

  Program& prog_;
  base::Budget& budget_;
  const ModuleRegistry& modules_;
  RunOutput& out_;
  std::vector<Value> globals_;   // by Sym; unbound_value() when unset
  std::vector<Value> builtins_;  // by Sym
  std::vector<Sym> global_order_;
  std::unordered_map<std::string, Value> module_cache_;
  std::unordered_map<std::string, Value> type_objects_;
  std::vector<TraceFrame> stack_;
  std::vector<PyError> handling_;  // exceptions being handled (for bare `raise`)
  // The error a user callable raised inside CallContext::call, so that when the native caller
  // passes its Diag back, the program still sees the original exception class.
  std::optional<PyError> last_call_error_;
  // Time inside native calls (CadQuery binding + OCCT), outermost calls only, so that
  // interpreter overhead can be reported apart from geometry time.
  double* native_seconds_ = nullptr;
  int native_depth_ = 0;

 public:
  void set_native_clock(double* seconds) { native_seconds_ = seconds; }
  // Times one native call; nested natives (a native calling a user lambda that calls a
  // native) are counted once, by the outermost.
  template <typename F>
  auto timed_native(F&& f) {
    if (native_seconds_ == nullptr || native_depth_ > 0) {
      ++native_depth_;
      auto r = f();
      --native_depth_;
      return r;
    }
    ++native_depth_;
    const auto t0 = std::chrono::steady_clock::now();
    auto r = f();
    *native_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    --native_depth_;
    return r;
  }

 private:
  std::vector<std::weak_ptr<Frame>> captured_;  // frames closures captured (cycle candidates)
  size_t captured_compact_at_ = 1024;
  Value ret_;
  Pos cur_pos_;
  const char* stack_base_ = nullptr;
  bool printed_truncated_ = false;
  Sym sym_name_ = -1;  // __name__
};

template <typename F>
void Evaluator::for_each(const Value& v, F&& fn) {
  switch (v.kind()) {
    case Kind::kList: {
      auto& items = v.list_items();
      for (size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        if (!fn(item)) return;
      }
      return;
    }
    case Kind::kTuple: {
      Value keep = v;
      for (const Value& item : v.tuple_items())
        if (!fn(item)) return;
      return;
    }
    case Kind::kObject:
      if (auto r = v.object_as<RangeObject>()) {
        int64_t n = r->length();
        for (int64_t i = 0; i < n; ++i)
          if (!fn(Value::from_int(r->at(i)))) return;
        return;
      }
      break;
    default: break;
  }
  for (const Value& item : to_vector(v))
    if (!fn(item)) return;
}

}  // namespace cadscribe::lang::py
