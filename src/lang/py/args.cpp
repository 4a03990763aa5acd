// lang/py/args.cpp — bind_args: Python-style signature binding for native functions.
#include "lang/py/args.h"

#include "base/check.h"
#include "lang/py/containers.h"

namespace cadscribe::lang::py {

const Value& BoundArgs::get(const std::string& name) const {
  for (const auto& [k, v] : values)
    if (k == name) return v;
  CHECK(false && "BoundArgs::get: name is not in the signature");
  static const Value none = Value();
  return none;
}

static Diag arg_type_error(const BoundArgs& b, const std::string& name, const char* want, const Value& v) {
  std::string msg = b.func + "() argument '" + name + "' must be " + want + ", not " + v.type_name();
  if (b.ctx) return b.ctx->error("runtime.type_error", msg);
  return base::make_diag("runtime.type_error", msg);
}

Result<double> BoundArgs::number(const std::string& name) const {
  const Value& v = get(name);
  if (!v.is_number()) return arg_type_error(*this, name, "a number", v);
  return v.as_double();
}

Result<int64_t> BoundArgs::integer(const std::string& name) const {
  const Value& v = get(name);
  if (!v.is_int() && !v.is_bool()) return arg_type_error(*this, name, "an integer", v);
  return v.as_int();
}

Result<bool> BoundArgs::boolean(const std::string& name) const {
  const Value& v = get(name);
  if (!v.is_int() && !v.is_bool()) return arg_type_error(*this, name, "a bool", v);
  return v.truthy();
}

Result<std::string> BoundArgs::string(const std::string& name) const {
  const Value& v = get(name);
  if (!v.is_str()) return arg_type_error(*this, name, "a string", v);
  return v.as_str();
}

Result<BoundArgs> bind_args(const CallContext& ctx, const std::string& func, const Args& args,
                            std::initializer_list<Param> params) {
  BoundArgs b;
  b.func = func;
  b.ctx = &ctx;
  std::vector<const Param*> normal;
  const Param* star = nullptr;
  const Param* starstar = nullptr;
  for (const Param& p : params) {
    if (p.name.rfind("**", 0) == 0) starstar = &p;
    else if (p.name.rfind("*", 0) == 0) star = &p;
    else normal.push_back(&p);
  }
  std::vector<bool> set(normal.size(), false);
  b.values.reserve(params.size());
  for (const Param* p : normal) b.values.emplace_back(p->name, Value());
  size_t np = args.positional.size();
  for (size_t i = 0; i < np; ++i) {
    if (i < normal.size()) {
      b.values[i].second = args.positional[i];
      set[i] = true;
    } else if (star) {
      b.rest_.push_back(args.positional[i]);
    } else {
      return ctx.error("runtime.type_error", func + "() takes " + std::to_string(normal.size()) + " positional argument" +
                                                 (normal.size() == 1 ? "" : "s") + " but " + std::to_string(np) +
                                                 (np == 1 ? " was" : " were") + " given");
    }
  }
  std::shared_ptr<DictData> extra;
  for (const auto& [k, v] : args.keywords) {
    bool found = false;
    for (size_t i = 0; i < normal.size(); ++i) {
      if (normal[i]->name == k) {
        if (set[i]) return ctx.error("runtime.type_error", func + "() got multiple values for argument '" + k + "'");
        b.values[i].second = v;
        set[i] = true;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (!starstar) return ctx.error("runtime.type_error", func + "() got an unexpected keyword argument '" + k + "'");
    if (!extra) extra = make_dict_data();
    extra->set(Value::from_str(k), v);
  }
  for (size_t i = 0; i < normal.size(); ++i) {
    if (set[i]) continue;
    if (!normal[i]->has_default)
      return ctx.error("runtime.type_error", func + "() missing required argument '" + normal[i]->name + "'");
    b.values[i].second = normal[i]->default_value;
  }
  if (star) b.values.emplace_back(star->name.substr(1), Value::from_tuple(b.rest_));
  if (starstar) b.values.emplace_back(starstar->name.substr(2), Value::from_dict(extra ? extra : make_dict_data()));
  return b;
}

}  // namespace cadscribe::lang::py
