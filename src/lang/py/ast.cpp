// lang/py/ast.cpp — the identifier interner.
#include "lang/py/ast.h"

namespace cadscribe::lang::py {

Sym Interner::intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  names_.emplace_back(s);
  Sym id = static_cast<Sym>(names_.size() - 1);
  ids_.emplace(std::string_view(names_.back()), id);
  return id;
}

Sym Interner::find(std::string_view s) const {
  auto it = ids_.find(s);
  return it == ids_.end() ? -1 : it->second;
}

Expr::~Expr() {
  thread_local std::vector<ExprPtr> pending;
  thread_local bool draining = false;
  auto take = [](ExprPtr& e) {
    if (e) pending.push_back(std::move(e));
  };
  take(a);
  take(b);
  take(c);
  for (auto& e : items) take(e);
  for (auto& e : values) take(e);
  for (auto& k : keywords) take(k.value);
  for (auto& cf : comps) {
    take(cf.target);
    take(cf.iter);
    for (auto& e : cf.ifs) take(e);
  }
  if (draining) return;
  draining = true;
  while (!pending.empty()) {
    ExprPtr e = std::move(pending.back());
    pending.pop_back();
    e.reset();  // its destructor queues its children instead of recursing
  }
  draining = false;
}

}  // namespace cadscribe::lang::py
