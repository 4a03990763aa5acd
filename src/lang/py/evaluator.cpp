// lang/py/evaluator.cpp — statements, user function calls, imports, exceptions, tracebacks.
#include "lang/py/evaluator.h"

#include <algorithm>

#include "lang/py/modules.h"

namespace cadscribe::lang::py {

Evaluator::Evaluator(Program& prog, base::Budget& budget, const ModuleRegistry& modules, RunOutput& out)
    : prog_(prog), budget_(budget), modules_(modules), out_(out) {
  sym_name_ = prog_.interner.intern("__name__");
  install_builtins();
  globals_.assign(prog_.interner.size(), unbound_value());
  if (builtins_.size() < prog_.interner.size()) builtins_.resize(prog_.interner.size(), unbound_value());
}

Evaluator::~Evaluator() {
  for (auto& w : captured_) {
    if (FramePtr f = w.lock()) {
      release_nested(f->slots);
      release_frame(f->parent);
    }
  }
}

void Evaluator::collect_frame_cycle(const FramePtr& frame) {
  // After a call returns, its frame is garbage unless something outside it still refers to it.
  // The common cycle: helper functions defined in the body, stored in the frame's own slots,
  // capturing the frame. If those are the only references (each held once, by its slot), clear.
  long internal = 0;
  for (const Value& v : frame->slots) {
    if (v.kind() != Kind::kFunction || v.function()->closure != frame) continue;
    if (v.ref_count() != 1 || v.function().use_count() != 1) return;
    ++internal;
  }
  if (frame.use_count() == 1 + internal) release_nested(frame->slots);
}

void Evaluator::run() {
  char base_marker = 0;
  stack_base_ = &base_marker;
  stack_.push_back({"<module>", 0});
  exec_block(prog_.body, nullptr);
  stack_.pop_back();
  for (Sym s : global_order_) {
    if (static_cast<size_t>(s) < globals_.size() && !is_unbound(globals_[static_cast<size_t>(s)]))
      out_.globals.emplace_back(prog_.interner.name(s), globals_[static_cast<size_t>(s)]);
  }
}

// ---- errors ----

Diag Evaluator::error(std::string code, std::string message) const {
  return base::make_diag(std::move(code), std::move(message),
                         base::SourceSpan{prog_.file, cur_pos_.line, cur_pos_.col, cur_pos_.end_line, cur_pos_.end_col});
}

void Evaluator::raise(std::string code, std::string message) const {
  raise_diag(error(std::move(code), std::move(message)));
}

void Evaluator::raise(const Pos& at, std::string code, std::string message) const {
  raise_diag(base::make_diag(std::move(code), std::move(message),
                             base::SourceSpan{prog_.file, at.line, at.col, at.end_line, at.end_col}));
}

void Evaluator::raise_diag(Diag d) const {
  if (!d.span.known()) d.span = base::SourceSpan{prog_.file, cur_pos_.line, cur_pos_.col, cur_pos_.end_line, cur_pos_.end_col};
  if (d.span.file.empty()) d.span.file = prog_.file;
  bool has_tb = false;
  for (const auto& n : d.notes) has_tb = has_tb || n.rfind("Traceback", 0) == 0;
  if (!has_tb && !stack_.empty()) {
    std::vector<std::string> tb{"Traceback (most recent call last):"};
    // Like CPython, collapse runs of identical frames (deep recursion) after three repeats.
    size_t repeats = 0;
    for (size_t i = 0; i < stack_.size(); ++i) {
      const auto& fr = stack_[i];
      bool same = i > 0 && fr.line == stack_[i - 1].line && fr.name == stack_[i - 1].name;
      repeats = same ? repeats + 1 : 0;
      if (repeats >= 3) {
        bool last = i + 1 == stack_.size() || stack_[i + 1].line != fr.line || stack_[i + 1].name != fr.name;
        if (last) tb.push_back("[Previous line repeated " + std::to_string(repeats - 2) + " more times]");
        continue;
      }
      // The innermost frame names the line of the failing expression itself (as CPython 3.11),
      // which differs from the statement's first line inside a multi-line method chain.
      const bool innermost = i + 1 == stack_.size();
      const int32_t line = innermost && d.span.known() && d.span.file == prog_.file ? d.span.line : fr.line;
      tb.push_back("File \"" + prog_.file + "\", line " + std::to_string(line) + ", in " + fr.name);
    }
    d.notes.insert(d.notes.begin(), tb.begin(), tb.end());
  }
  std::string cls = class_for_code(d.code);
  throw PyError{std::move(d), std::move(cls), Value()};
}

void Evaluator::check_size(int64_t n) const {
  if (auto d = budget_.check_size(n)) raise_diag(*d);
}

void Evaluator::charge(int64_t bytes) {
  if (auto d = budget_.charge(bytes)) raise_diag(*d);
}

void Evaluator::check_stack() const {
  char here = 0;
  if (stack_base_ && static_cast<size_t>(stack_base_ - &here) > kMaxNativeStack)
    raise("limit.recursion", "expression and call nesting exceeds the interpreter's stack budget");
}

Value Evaluator::make_str(std::string s) {
  charge(static_cast<int64_t>(s.size()));
  check_size(static_cast<int64_t>(s.size()));
  return Value::from_str(std::move(s));
}

Value Evaluator::make_list(std::vector<Value> items) {
  check_size(static_cast<int64_t>(items.size()));
  charge(static_cast<int64_t>(items.size() * sizeof(Value)));
  return Value::from_list(std::move(items));
}

uint64_t Evaluator::hash_or_raise(const Value& key) const {
  auto h = hash_value(key);
  if (!h) raise("runtime.type_error", "unhashable type: '" + key.type_name() + "'");
  return *h;
}

void Evaluator::print(const std::string& text) {
  if (printed_truncated_) return;
  charge(static_cast<int64_t>(text.size()));
  if (out_.printed.size() + text.size() > kMaxPrinted) {
    out_.printed.append(text, 0, kMaxPrinted - out_.printed.size());
    out_.printed += "\n[output truncated]\n";
    printed_truncated_ = true;
    return;
  }
  out_.printed += text;
}

// ---- calls ----

Result<Value> Evaluator::call(const Value& callee, Args args) {
  Pos saved = cur_pos_;
  try {
    Value v = call_value(callee, args);
    cur_pos_ = saved;
    return v;
  } catch (PyError& e) {
    cur_pos_ = saved;
    last_call_error_ = e;
    return std::move(e.diag);
  }
}

Value Evaluator::call_value(const Value& callee, Args& args) {
  if (callee.kind() == Kind::kFunction) return call_function(*callee.function(), args);
  if (callee.is_object() && callee.object() && callee.object()->callable()) {
    Pos saved = cur_pos_;
    last_call_error_.reset();
    Result<Value> r = timed_native([&] { return callee.object()->call(*this, args); });
    cur_pos_ = saved;
    if (!r.ok() && last_call_error_) {
      const Diag& d = r.error();
      const Diag& inner = last_call_error_->diag;
      if (d.code == inner.code && d.message == inner.message && d.span.line == inner.span.line &&
          d.span.col == inner.span.col) {
        PyError e = std::move(*last_call_error_);
        last_call_error_.reset();
        throw e;
      }
    }
    last_call_error_.reset();
    return unwrap(std::move(r));
  }
  raise("runtime.type_error", "'" + callee.type_name() + "' object is not callable");
}

Value Evaluator::make_function(const std::shared_ptr<FuncDef>& def, const FramePtr& f) {
  auto fd = std::make_shared<FunctionData>();
  fd->def = def;
  fd->closure = f;
  if (f && (captured_.empty() || captured_.back().lock() != f)) {
    if (captured_.size() >= captured_compact_at_) {
      std::erase_if(captured_, [](const std::weak_ptr<Frame>& w) { return w.expired(); });
      captured_compact_at_ = std::max<size_t>(1024, captured_.size() * 2);
    }
    captured_.push_back(f);
  }
  fd->defaults.reserve(def->params.size());
  for (auto& p : def->params) fd->defaults.push_back(p.default_value ? eval(*p.default_value, f) : unbound_value());
  return Value::from_function(std::move(fd));
}

Value Evaluator::call_function(const FunctionData& fn, Args& args) {
  const FuncDef& d = *fn.def;
  if (auto err = budget_.enter_call()) raise_diag(*err);
  struct Leave {
    Evaluator* ev;
    ~Leave() { ev->budget_.leave_call(); }
  } leave{this};
  check_stack();

  auto frame = std::make_shared<Frame>();
  frame->slots.assign(static_cast<size_t>(d.scope.nslots), unbound_value());
  frame->parent = fn.closure;
  auto& slots = frame->slots;
  const std::string& fname = d.name_str;

  size_t npos = args.positional.size();
  size_t pi = 0;
  int varargs = -1, varkw = -1;
  for (size_t k = 0; k < d.params.size(); ++k) {
    const ParamDef& p = d.params[k];
    if (p.kind == ParamKind::kNormal) {
      if (pi < npos) slots[k] = std::move(args.positional[pi++]);
    } else if (p.kind == ParamKind::kVarArgs) {
      varargs = static_cast<int>(k);
    } else if (p.kind == ParamKind::kVarKw) {
      varkw = static_cast<int>(k);
    }
  }
  if (pi < npos) {
    if (varargs < 0) {
      size_t nnormal = 0;
      for (auto& p : d.params) nnormal += p.kind == ParamKind::kNormal;
      raise("runtime.type_error", fname + "() takes " + std::to_string(nnormal) + " positional argument" +
                                      (nnormal == 1 ? "" : "s") + " but " + std::to_string(npos) +
                                      (npos == 1 ? " was" : " were") + " given");
    }
    std::vector<Value> rest(std::make_move_iterator(args.positional.begin() + static_cast<long>(pi)),
                            std::make_move_iterator(args.positional.end()));
    slots[static_cast<size_t>(varargs)] = Value::from_tuple(std::move(rest));
  } else if (varargs >= 0) {
    slots[static_cast<size_t>(varargs)] = Value::from_tuple({});
  }
  std::shared_ptr<DictData> kw;
  if (varkw >= 0) kw = make_dict_data();
  for (auto& [name, v] : args.keywords) {
    bool matched = false;
    for (size_t k = 0; k < d.params.size(); ++k) {
      const ParamDef& p = d.params[k];
      if ((p.kind == ParamKind::kNormal || p.kind == ParamKind::kKwOnly) && p.name_str == name) {
        if (!is_unbound(slots[k]))
          raise("runtime.type_error", fname + "() got multiple values for argument '" + name + "'");
        slots[k] = std::move(v);
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (!kw) raise("runtime.type_error", fname + "() got an unexpected keyword argument '" + name + "'");
      kw->set(Value::from_str(name), std::move(v));
    }
  }
  if (varkw >= 0) slots[static_cast<size_t>(varkw)] = Value::from_dict(std::move(kw));
  std::vector<std::string> missing;
  for (size_t k = 0; k < d.params.size(); ++k) {
    if (!is_unbound(slots[k])) continue;
    const ParamDef& p = d.params[k];
    if (p.kind != ParamKind::kNormal && p.kind != ParamKind::kKwOnly) continue;
    if (!is_unbound(fn.defaults[k])) slots[k] = fn.defaults[k];
    else missing.push_back("'" + p.name_str + "'");
  }
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += i + 1 == missing.size() ? " and " : ", ";
      list += missing[i];
    }
    raise("runtime.type_error", fname + "() missing " + std::to_string(missing.size()) + " required argument" +
                                    (missing.size() == 1 ? "" : "s") + ": " + list);
  }

  stack_.push_back({fname, d.pos.line});
  struct Pop {
    Evaluator* ev;
    ~Pop() { ev->stack_.pop_back(); }
  } pop{this};
  if (d.lambda_body) return eval(*d.lambda_body, frame);
  Flow flow = exec_block(d.body, frame);
  Value r;
  if (flow == Flow::kReturn) {
    r = std::move(ret_);
    ret_ = Value();
  }
  if (frame.use_count() > 1) collect_frame_cycle(frame);
  return r;
}

// ---- statements ----

Evaluator::Flow Evaluator::exec_block(const Block& b, const FramePtr& f) {
  for (const auto& s : b) {
    Flow fl = exec(*s, f);
    if (fl != Flow::kNormal) return fl;
  }
  return Flow::kNormal;
}

Evaluator::Flow Evaluator::exec(const Stmt& s, const FramePtr& f) {
  stack_.back().line = s.pos.line;
  cur_pos_ = s.pos;
  if (auto d = budget_.step()) raise_diag(*d);
  switch (s.kind) {
    case StmtKind::kExpr: (void)eval(*s.value, f); return Flow::kNormal;
    case StmtKind::kAssign: {
      Value v = eval(*s.value, f);
      for (size_t i = 0; i + 1 < s.targets.size(); ++i) assign(*s.targets[i], v, f);
      assign(*s.targets.back(), std::move(v), f);
      return Flow::kNormal;
    }
    case StmtKind::kAnnAssign:
      if (s.value) assign(*s.target, eval(*s.value, f), f);
      return Flow::kNormal;
    case StmtKind::kAugAssign: {
      const Expr& t = *s.target;
      BinaryOp op = static_cast<BinaryOp>(s.op);
      auto combine = [&](const Value& cur) -> Value {
        Value rhs = eval(*s.value, f);
        cur_pos_ = s.pos;
        if (cur.is_list() && (op == BinaryOp::kAdd || op == BinaryOp::kMul)) {
          // In-place list update: aliases see it, as with Python's __iadd__/__imul__.
          auto& items = cur.list_items();
          if (op == BinaryOp::kAdd) {
            std::vector<Value> extra = to_vector(rhs);
            check_size(static_cast<int64_t>(items.size() + extra.size()));
            charge(static_cast<int64_t>(extra.size() * sizeof(Value)));
            items.insert(items.end(), extra.begin(), extra.end());
            return cur;
          }
        }
        return binary(op, cur, rhs);
      };
      if (t.kind == ExprKind::kName) {
        Value cur = eval_name(t, f);
        assign(t, combine(cur), f);
      } else if (t.kind == ExprKind::kAttribute) {
        Value obj = eval(*t.a, f);
        Value cur = get_attribute(obj, t.name_str);
        Value nv = combine(cur);
        if (!obj.is_object()) raise(t.pos, "runtime.attribute_error", "'" + obj.type_name() + "' object attribute '" + t.name_str + "' is read-only");
        (void)unwrap(obj.object()->set_attr(*this, t.name_str, nv));
      } else {  // subscript
        Value obj = eval(*t.a, f);
        if (t.b->kind == ExprKind::kSlice) raise(t.pos, "unsupported.feature", "augmented assignment to a slice is not supported");
        Value key = eval(*t.b, f);
        Value cur = get_item(obj, key);
        Value nv = combine(cur);
        cur_pos_ = t.pos;
        if (obj.is_list()) {
          auto& items = obj.list_items();
          if (!key.is_int() && !key.is_bool()) raise("runtime.type_error", "list indices must be integers or slices, not " + key.type_name());
          int64_t i = key.as_int(), n = static_cast<int64_t>(items.size());
          if (i < 0) i += n;
          if (i < 0 || i >= n) raise("runtime.index_error", "list assignment index out of range");
          items[static_cast<size_t>(i)] = std::move(nv);
        } else if (obj.is_dict()) {
          obj.dict()->set(key, hash_or_raise(key), std::move(nv));
        } else {
          raise("runtime.type_error", "'" + obj.type_name() + "' object does not support item assignment");
        }
      }
      return Flow::kNormal;
    }
    case StmtKind::kIf: {
      const Stmt* cur = &s;
      while (true) {
        if (eval(*cur->value, f).truthy()) return exec_block(cur->body, f);
        if (cur->orelse.size() == 1 && cur->orelse[0]->kind == StmtKind::kIf) {
          cur = cur->orelse[0].get();  // elif chain without recursion
          stack_.back().line = cur->pos.line;
          cur_pos_ = cur->pos;
          if (auto d = budget_.step()) raise_diag(*d);
          continue;
        }
        return exec_block(cur->orelse, f);
      }
    }
    case StmtKind::kWhile: {
      while (true) {
        cur_pos_ = s.pos;
        stack_.back().line = s.pos.line;
        if (auto d = budget_.step()) raise_diag(*d);
        if (!eval(*s.value, f).truthy()) break;
        Flow fl = exec_block(s.body, f);
        if (fl == Flow::kBreak) return Flow::kNormal;
        if (fl == Flow::kReturn) return fl;
      }
      return exec_block(s.orelse, f);
    }
    case StmtKind::kFor: return exec_for(s, f);
    case StmtKind::kBreak: return Flow::kBreak;
    case StmtKind::kContinue: return Flow::kContinue;
    case StmtKind::kPass: return Flow::kNormal;
    case StmtKind::kReturn:
      ret_ = s.value ? eval(*s.value, f) : Value();
      return Flow::kReturn;
    case StmtKind::kDef: assign(*s.target, make_function(s.func, f), f); return Flow::kNormal;
    case StmtKind::kImport:
    case StmtKind::kImportFrom: exec_import(s, f); return Flow::kNormal;
    case StmtKind::kGlobal:
    case StmtKind::kNonlocal: return Flow::kNormal;
    case StmtKind::kAssert:
      if (!eval(*s.value, f).truthy()) {
        std::string msg = s.target ? eval(*s.target, f).str() : std::string();
        cur_pos_ = s.value->pos;
        raise("runtime.assertion", msg.empty() ? "assertion failed" : msg);
      }
      return Flow::kNormal;
    case StmtKind::kDel:
      for (auto& t : s.targets) exec_del(*t, f);
      return Flow::kNormal;
    case StmtKind::kTry: return exec_try(s, f);
    case StmtKind::kRaise: exec_raise(s, f); return Flow::kNormal;
  }
  return Flow::kNormal;
}

Evaluator::Flow Evaluator::exec_for(const Stmt& s, const FramePtr& f) {
  Value iterable = eval(*s.value, f);
  Flow result = Flow::kNormal;
  bool broke = false;
  int32_t line = s.pos.line;
  for_each(iterable, [&](const Value& item) {
    stack_.back().line = line;
    cur_pos_ = s.pos;
    if (auto d = budget_.step()) raise_diag(*d);
    assign(*s.target, item, f);
    Flow fl = exec_block(s.body, f);
    if (fl == Flow::kBreak) { broke = true; return false; }
    if (fl == Flow::kReturn) { result = fl; broke = true; return false; }
    return true;
  });
  if (result == Flow::kReturn) return result;
  if (!broke) return exec_block(s.orelse, f);
  return Flow::kNormal;
}

Evaluator::Flow Evaluator::exec_try_except(const Stmt& s, const FramePtr& f) {
  size_t stack_depth = stack_.size();
  try {
    Flow fl = exec_block(s.body, f);
    if (fl != Flow::kNormal) return fl;
  } catch (PyError& e) {
    if (e.cls.empty()) throw;  // limits and unsupported features cannot be caught
    stack_.resize(stack_depth);
    for (const Handler& h : s.handlers) {
      bool match = !h.type;
      if (h.type) {
        cur_pos_ = h.pos;
        Value t = eval(*h.type, f);
        std::vector<Value> types = t.is_tuple() ? t.tuple_items() : std::vector<Value>{t};
        for (const Value& ty : types) {
          auto et = ty.object_as<ExceptionType>();
          if (!et) raise(h.type->pos, "runtime.type_error", "catching classes that do not inherit from BaseException is not allowed");
          if (class_is_subclass(e.cls, et->name)) match = true;
        }
      }
      if (!match) continue;
      if (h.target) {
        Value exc = e.value;
        if (exc.is_none()) {
          std::vector<Value> args;
          args.push_back(Value::from_str(e.diag.message));
          auto eo = std::make_shared<ExceptionObject>(e.cls, std::move(args));
          eo->diag_message = e.diag.message;
          exc = Value::from_object(std::move(eo));
          e.value = exc;
        }
        assign(*h.target, exc, f);
      }
      handling_.push_back(e);
      struct PopHandling {
        std::vector<PyError>& v;
        ~PopHandling() { v.pop_back(); }
      } pop{handling_};
      return exec_block(h.body, f);
    }
    throw;
  }
  return exec_block(s.orelse, f);
}

Evaluator::Flow Evaluator::exec_try(const Stmt& s, const FramePtr& f) {
  if (s.finalbody.empty()) return exec_try_except(s, f);
  Flow fl;
  size_t stack_depth = stack_.size();
  try {
    fl = s.handlers.empty() ? exec_block(s.body, f) : exec_try_except(s, f);
  } catch (PyError& e) {
    if (e.cls.empty()) throw;  // a limit was hit: do not run more user code
    stack_.resize(stack_depth);
    Flow ff = exec_block(s.finalbody, f);
    if (ff != Flow::kNormal) return ff;  // `return` in finally swallows the exception, as in Python
    throw;
  }
  Value saved_ret = ret_;
  Flow ff = exec_block(s.finalbody, f);
  if (ff != Flow::kNormal) return ff;
  ret_ = saved_ret;
  return fl;
}

void Evaluator::exec_raise(const Stmt& s, const FramePtr& f) {
  if (!s.value) {
    if (handling_.empty()) raise(s.pos, "runtime.exception", "RuntimeError: No active exception to reraise");
    throw PyError(handling_.back());
  }
  Value v = eval(*s.value, f);
  if (s.target) (void)eval(*s.target, f);
  cur_pos_ = s.pos;
  if (auto t = v.object_as<ExceptionType>()) v = Value::from_object(std::make_shared<ExceptionObject>(t->name, std::vector<Value>{}));
  auto eo = v.object_as<ExceptionObject>();
  if (!eo) raise("runtime.type_error", "exceptions must derive from BaseException");
  std::string msg = eo->message();
  try {
    raise("runtime.exception", msg.empty() ? eo->cls : eo->cls + ": " + msg);
  } catch (PyError& e) {
    e.cls = eo->cls;
    e.value = v;
    throw;
  }
}

void Evaluator::exec_import(const Stmt& s, const FramePtr& f) {
  if (s.kind == StmtKind::kImport) {
    for (const auto& it : s.imports) assign(*it.target, load_module(it.module, s.pos), f);
    return;
  }
  Value mod = load_module(s.module, s.pos);
  auto m = mod.object_as<ModuleObject>();
  if (s.star_import) {
    if (!m) raise(s.pos, "unsupported.import", "cannot import * from '" + s.module + "'");
    for (const auto& [name, v] : m->attrs())
      if (!is_dunder(name) && name[0] != '_') set_global(prog_.interner.intern(name), v);
    return;
  }
  for (const auto& it : s.imports) {
    cur_pos_ = it.target->pos;
    Value v;
    try {
      v = get_attribute(mod, it.module);
    } catch (PyError& e) {
      if (e.cls != "AttributeError") throw;
      raise(it.target->pos, "unsupported.import", "cannot import name '" + it.module + "' from '" + s.module + "'");
    }
    assign(*it.target, v, f);
  }
}

Value Evaluator::load_module(const std::string& name, const Pos& at) {
  auto it = module_cache_.find(name);
  if (it != module_cache_.end()) return it->second;
  Value m;
  if (name == "math") m = make_math_module();
  else if (name == "types") m = make_types_module();
  else if (const auto* factory = modules_.find(name)) m = (*factory)();
  else
    raise(at, "unsupported.import", "module '" + name + "' is not available (programs may import cadquery, math and types)");
  module_cache_.emplace(name, m);
  return m;
}

void Evaluator::exec_del(const Expr& t, const FramePtr& f) {
  cur_pos_ = t.pos;
  switch (t.kind) {
    case ExprKind::kName: {
      (void)eval_name(t, f);  // NameError when unbound
      switch (t.ref.where) {
        case NameRef::kLocal: f->slots[static_cast<size_t>(t.ref.slot)] = unbound_value(); break;
        case NameRef::kEnclosing: {
          Frame* fr = f.get();
          for (int k = 0; k < t.ref.depth; ++k) fr = fr->parent.get();
          fr->slots[static_cast<size_t>(t.ref.slot)] = unbound_value();
          break;
        }
        default: globals_[static_cast<size_t>(t.name)] = unbound_value(); break;
      }
      return;
    }
    case ExprKind::kSubscript: {
      Value obj = eval(*t.a, f);
      del_item(obj, *t.b, f);
      return;
    }
    case ExprKind::kTuple:
    case ExprKind::kList:
      for (auto& it : t.items) exec_del(*it, f);
      return;
    default: raise("runtime.type_error", "cannot delete this kind of target");
  }
}

}  // namespace cadscribe::lang::py
