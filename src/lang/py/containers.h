// lang/py/containers.h — the heap payloads behind Value (list, tuple, dict), hashing, and the
// native callable / range objects every part of the interpreter shares.
//
// Invariants: DictData keeps insertion order (as Python 3.7+); its index maps a key's hash to
// positions in `entries` and is rebuilt after erasures. Only hashable keys (None, bool, int,
// float, str, tuple of hashables, functions, objects) may be inserted: callers check with
// `hash_value` first. 1, 1.0 and True hash alike because they compare equal.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lang/py/value.h"

namespace cadscribe::lang::py {

// Container destructors hand nested containers to release_nested() so that destroying a deeply
// nested structure (x = [x] a million times) runs iteratively instead of recursing per level.
struct ListData {
  std::vector<Value> items;
  ~ListData();
};

struct TupleData {
  std::vector<Value> items;
  ~TupleData();
};

// Moves the container/function values out of `items` and destroys them iteratively.
void release_nested(std::vector<Value>& items);

// Python's hash for hashable values; std::nullopt for unhashable ones (list, dict).
[[nodiscard]] std::optional<uint64_t> hash_value(const Value& v);

struct DictData {
  std::vector<std::pair<Value, Value>> entries;
  std::unordered_multimap<uint64_t, uint32_t> index;

  [[nodiscard]] size_t size() const { return entries.size(); }
  // The value stored under `key` (which must be hashable), or nullptr.
  [[nodiscard]] Value* find(const Value& key, uint64_t hash);
  [[nodiscard]] Value* find(const Value& key);
  void set(const Value& key, uint64_t hash, Value v);
  void set(const Value& key, Value v);
  bool erase(const Value& key, uint64_t hash);
  void clear() { entries.clear(); index.clear(); }
  void rebuild_index();
  ~DictData();
};

[[nodiscard]] std::shared_ptr<DictData> make_dict_data();

// A builtin function (make_native) — also the type of bound methods of builtin values.
class NativeFunction : public Object {
 public:
  NativeFunction(std::string name, NativeFn fn) : name_(std::move(name)), fn_(std::move(fn)) {}
  [[nodiscard]] std::string type_name() const override { return "builtin_function_or_method"; }
  [[nodiscard]] bool callable() const override { return true; }
  Result<Value> call(CallContext& ctx, Args& args) override { return fn_(ctx, args); }
  [[nodiscard]] std::string repr() const override { return "<built-in function " + name_ + ">"; }
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  std::string name_;
  NativeFn fn_;
};

// range(start, stop, step): lazy in `for` loops; materialised (and size-checked) elsewhere.
class RangeObject : public Object {
 public:
  RangeObject(int64_t start, int64_t stop, int64_t step) : start(start), stop(stop), step(step) {}
  [[nodiscard]] std::string type_name() const override { return "range"; }
  [[nodiscard]] int64_t length() const;
  [[nodiscard]] int64_t at(int64_t i) const { return start + i * step; }
  std::optional<Result<std::vector<Value>>> iterate(CallContext& ctx) override;
  std::optional<Result<Value>> get_item(CallContext& ctx, const Value& key) override;
  [[nodiscard]] bool equals(const Value& other) const override;
  [[nodiscard]] std::string repr() const override;
  int64_t start, stop, step;
};

// A type object (int, float, str, ... and `type(x)` results): callable when it converts.
class TypeObject : public Object {
 public:
  TypeObject(std::string name, NativeFn ctor) : name_(std::move(name)), ctor_(std::move(ctor)) {}
  [[nodiscard]] std::string type_name() const override { return "type"; }
  [[nodiscard]] bool callable() const override { return static_cast<bool>(ctor_); }
  Result<Value> call(CallContext& ctx, Args& args) override;
  [[nodiscard]] bool equals(const Value& other) const override;
  [[nodiscard]] std::string repr() const override { return "<class '" + name_ + "'>"; }
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  std::string name_;
  NativeFn ctor_;
};

// types.SimpleNamespace: attributes readable and writable, repr "namespace(a=1)".
class NamespaceObject : public Object {
 public:
  [[nodiscard]] std::string type_name() const override { return "SimpleNamespace"; }
  Result<Value> get_attr(CallContext& ctx, const std::string& name) override;
  Result<Value> set_attr(CallContext& ctx, const std::string& name, const Value& v) override;
  [[nodiscard]] bool equals(const Value& other) const override;
  [[nodiscard]] std::string repr() const override;
  std::vector<std::pair<std::string, Value>> attrs;
};

// True for names like `__class__`: programs may not touch them (unsupported.dunder).
[[nodiscard]] inline bool is_dunder(const std::string& s) {
  return s.size() >= 4 && s[0] == '_' && s[1] == '_' && s[s.size() - 1] == '_' && s[s.size() - 2] == '_';
}

// Containers visited by values_equal / hash_value on this thread since the last call (the
// evaluator charges them to the Budget).
[[nodiscard]] int64_t last_compare_work();

// Records every list and dict created on this thread while it exists, so that reference cycles
// among them (d['self'] = d) can be reclaimed when a run ends. Nests (restores the previous one).
class ContainerTracker {
 public:
  ContainerTracker();
  ~ContainerTracker();
  ContainerTracker(const ContainerTracker&) = delete;
  ContainerTracker& operator=(const ContainerTracker&) = delete;
  static ContainerTracker* current() { return current_slot(); }
  void track(const std::shared_ptr<void>& payload, bool is_list);
  // Clears the contents of tracked containers that only other tracked containers reference;
  // returns how many were cleared.
  size_t collect();

 private:
  struct Entry {
    std::weak_ptr<void> ref;
    bool is_list;
  };
  static ContainerTracker*& current_slot();
  std::vector<Entry> entries_;
  size_t compact_at_ = 4096;
  ContainerTracker* previous_;
};

// Identity (Python's `is`).
[[nodiscard]] bool values_identical(const Value& a, const Value& b);

}  // namespace cadscribe::lang::py
