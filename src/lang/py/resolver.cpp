// lang/py/resolver.cpp — static scope analysis (Python's LEGB without classes).
//
// For every function, lambda and comprehension: the names it binds (assignment targets, for
// targets, def/import names, except-as, params) minus those declared global/nonlocal become
// frame slots. Every Name is then resolved to a local slot, a slot `depth` frames up the closure
// chain, or the global table (with the builtins behind it). Module-level names are all global.
#include <unordered_map>
#include <unordered_set>

#include "lang/py/parser.h"

namespace cadscribe::lang::py {

namespace {

class Resolver {
 public:
  Resolver(Program& p, std::vector<base::Diag>& diags) : prog_(p), diags_(diags) {}

  void run() {
    stack_.push_back(ScopeInfo{nullptr, {}, {}, {}, true});
    resolve_block(prog_.body);
    stack_.pop_back();
  }

 private:
  struct ScopeInfo {
    Scope* scope;
    std::unordered_map<Sym, int> locals;
    std::unordered_set<Sym> globals, nonlocals;
    bool is_module;
  };

  void error(const Pos& p, const std::string& code, const std::string& msg) {
    diags_.push_back(base::make_diag(code, msg, base::SourceSpan{prog_.file, p.line, p.col, p.end_line, p.end_col}));
  }

  // ---- collection of bound names ----
  static void bound_in_target(const Expr* e, std::vector<Sym>& out) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::kName: out.push_back(e->name); break;
      case ExprKind::kTuple:
      case ExprKind::kList:
        for (auto& it : e->items) bound_in_target(it.get(), out);
        break;
      case ExprKind::kStarred: bound_in_target(e->a.get(), out); break;
      default: break;
    }
  }

  void collect_block(const Block& b, std::vector<Sym>& bound, ScopeInfo& info) {
    for (auto& s : b) collect_stmt(*s, bound, info);
  }

  void collect_stmt(const Stmt& s, std::vector<Sym>& bound, ScopeInfo& info) {
    switch (s.kind) {
      case StmtKind::kAssign:
        for (auto& t : s.targets) bound_in_target(t.get(), bound);
        break;
      case StmtKind::kAugAssign:
      case StmtKind::kAnnAssign:
        bound_in_target(s.target.get(), bound);
        break;
      case StmtKind::kFor:
        bound_in_target(s.target.get(), bound);
        collect_block(s.body, bound, info);
        collect_block(s.orelse, bound, info);
        break;
      case StmtKind::kIf:
      case StmtKind::kWhile:
        collect_block(s.body, bound, info);
        collect_block(s.orelse, bound, info);
        break;
      case StmtKind::kTry:
        collect_block(s.body, bound, info);
        for (auto& h : s.handlers) {
          bound_in_target(h.target.get(), bound);
          collect_block(h.body, bound, info);
        }
        collect_block(s.orelse, bound, info);
        collect_block(s.finalbody, bound, info);
        break;
      case StmtKind::kDef: bound_in_target(s.target.get(), bound); break;
      case StmtKind::kImport:
      case StmtKind::kImportFrom:
        for (auto& it : s.imports) bound_in_target(it.target.get(), bound);
        break;
      case StmtKind::kDel:
        for (auto& t : s.targets) bound_in_target(t.get(), bound);
        break;
      case StmtKind::kGlobal:
        for (Sym n : s.names) info.globals.insert(n);
        break;
      case StmtKind::kNonlocal:
        for (Sym n : s.names) info.nonlocals.insert(n);
        break;
      default: break;
    }
  }

  // ---- resolution ----
  void resolve_name(Expr& e) {
    ScopeInfo& top = stack_.back();
    if (top.is_module) { e.ref.where = NameRef::kGlobal; return; }
    if (top.globals.count(e.name)) { e.ref.where = NameRef::kGlobal; return; }
    auto it = top.locals.find(e.name);
    if (it != top.locals.end()) {
      e.ref.where = NameRef::kLocal;
      e.ref.slot = it->second;
      return;
    }
    int n = static_cast<int>(stack_.size());
    for (int k = n - 2; k >= 1; --k) {
      ScopeInfo& s = stack_[static_cast<size_t>(k)];
      if (s.globals.count(e.name)) break;
      auto f = s.locals.find(e.name);
      if (f != s.locals.end()) {
        e.ref.where = NameRef::kEnclosing;
        e.ref.depth = n - 1 - k;
        e.ref.slot = f->second;
        return;
      }
    }
    e.ref.where = NameRef::kGlobal;
  }

  void push_scope(Scope* scope, const std::vector<Sym>& params, const std::vector<Sym>& bound, ScopeInfo info,
                  const Pos& where) {
    info.scope = scope;
    info.is_module = false;
    scope->slot_names.clear();
    auto add = [&](Sym s) {
      if (info.locals.count(s) || info.globals.count(s) || info.nonlocals.count(s)) return;
      info.locals.emplace(s, static_cast<int>(scope->slot_names.size()));
      scope->slot_names.push_back(s);
    };
    for (Sym s : params) {
      if (info.globals.count(s) || info.nonlocals.count(s))
        error(where, "syntax.bad_scope", "name '" + prog_.interner.name(s) + "' is parameter and global/nonlocal");
      info.locals.emplace(s, static_cast<int>(scope->slot_names.size()));
      scope->slot_names.push_back(s);
    }
    for (Sym s : bound) add(s);
    scope->nslots = static_cast<int32_t>(scope->slot_names.size());
    // nonlocal names must be bound in an enclosing function scope.
    for (Sym s : info.nonlocals) {
      bool found = false;
      for (size_t k = stack_.size(); k-- > 1;) {
        if (stack_[k].locals.count(s)) { found = true; break; }
      }
      if (!found) error(where, "syntax.bad_nonlocal", "no binding for nonlocal '" + prog_.interner.name(s) + "' found");
    }
    stack_.push_back(std::move(info));
  }

  void resolve_function(FuncDef& f) {
    std::vector<Sym> params;
    for (auto& p : f.params) params.push_back(p.name);
    std::vector<Sym> bound;
    ScopeInfo info{nullptr, {}, {}, {}, false};
    collect_block(f.body, bound, info);
    push_scope(&f.scope, params, bound, std::move(info), f.pos);
    if (f.lambda_body) resolve_expr(f.lambda_body.get());
    resolve_block(f.body);
    stack_.pop_back();
  }

  void resolve_comprehension(Expr& e) {
    // The first iterable belongs to the enclosing scope (evaluated before the new frame exists).
    resolve_expr(e.comps[0].iter.get());
    std::vector<Sym> bound;
    for (auto& c : e.comps) bound_in_target(c.target.get(), bound);
    push_scope(e.scope.get(), {}, bound, ScopeInfo{nullptr, {}, {}, {}, false}, e.pos);
    for (size_t i = 0; i < e.comps.size(); ++i) {
      auto& c = e.comps[i];
      resolve_expr(c.target.get());
      if (i > 0) resolve_expr(c.iter.get());
      for (auto& cond : c.ifs) resolve_expr(cond.get());
    }
    resolve_expr(e.a.get());
    resolve_expr(e.b.get());
    stack_.pop_back();
  }

  void resolve_expr(Expr* e) {
    if (!e) return;
    // Left-deep chains are built iteratively by the parser; bound this recursion separately.
    struct Depth {
      int& d;
      explicit Depth(int& d) : d(++d) {}
      ~Depth() { --d; }
    } depth(expr_depth_);
    if (expr_depth_ > kMaxExprDepth) {
      if (!too_deep_reported_) error(e->pos, "syntax.too_deep", "expression nested too deeply");
      too_deep_reported_ = true;
      return;
    }
    switch (e->kind) {
      case ExprKind::kName: resolve_name(*e); return;
      case ExprKind::kLambda:
        for (auto& p : e->func->params) resolve_expr(p.default_value.get());
        resolve_function(*e->func);
        return;
      case ExprKind::kListComp:
      case ExprKind::kDictComp:
      case ExprKind::kGenExp: resolve_comprehension(*e); return;
      default: break;
    }
    resolve_expr(e->a.get());
    resolve_expr(e->b.get());
    resolve_expr(e->c.get());
    for (auto& it : e->items) resolve_expr(it.get());
    for (auto& it : e->values) resolve_expr(it.get());
    for (auto& k : e->keywords) resolve_expr(k.value.get());
  }

  void resolve_block(Block& b) {
    for (auto& s : b) resolve_stmt(*s);
  }

  void resolve_stmt(Stmt& s) {
    switch (s.kind) {
      case StmtKind::kDef:
        for (auto& p : s.func->params) resolve_expr(p.default_value.get());
        resolve_expr(s.target.get());
        resolve_function(*s.func);
        return;
      case StmtKind::kGlobal:
        if (!stack_.back().is_module) {
          for (Sym n : s.names)
            if (stack_.back().locals.count(n))
              error(s.pos, "syntax.bad_scope", "name '" + prog_.interner.name(n) + "' is assigned before global declaration");
        }
        return;
      case StmtKind::kNonlocal:
        if (stack_.back().is_module) error(s.pos, "syntax.bad_nonlocal", "nonlocal declaration not allowed at module level");
        return;
      default: break;
    }
    resolve_expr(s.value.get());
    resolve_expr(s.target.get());
    for (auto& t : s.targets) resolve_expr(t.get());
    for (auto& it : s.imports) resolve_expr(it.target.get());
    resolve_block(s.body);
    resolve_block(s.orelse);
    for (auto& h : s.handlers) {
      resolve_expr(h.type.get());
      resolve_expr(h.target.get());
      resolve_block(h.body);
    }
    resolve_block(s.finalbody);
  }

  static constexpr int kMaxExprDepth = 3000;
  Program& prog_;
  std::vector<base::Diag>& diags_;
  std::vector<ScopeInfo> stack_;
  int expr_depth_ = 0;
  bool too_deep_reported_ = false;
};

}  // namespace

void resolve_program(Program& program, std::vector<base::Diag>& diags) { Resolver(program, diags).run(); }

}  // namespace cadscribe::lang::py
