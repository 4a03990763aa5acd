// lang/py/gc.cpp — memory reclamation for values: iterative destruction of deeply nested
// containers and closure frames (no recursion per nesting level), and the end-of-run cycle
// collector for lists and dicts (ContainerTracker). Invariant: nothing here ever clears a
// container that something outside the tracked set (results, native objects) still refers to.
#include <algorithm>
#include <unordered_map>

#include "lang/py/containers.h"
#include "lang/py/function.h"

namespace cadscribe::lang::py {

// ---- cycle collection for lists and dicts ----

ContainerTracker*& ContainerTracker::current_slot() {
  thread_local ContainerTracker* t = nullptr;
  return t;
}

ContainerTracker::ContainerTracker() : previous_(current_slot()) { current_slot() = this; }

ContainerTracker::~ContainerTracker() { current_slot() = previous_; }

void ContainerTracker::track(const std::shared_ptr<void>& p, bool is_list) {
  if (entries_.size() >= compact_at_) {
    std::erase_if(entries_, [](const Entry& e) { return e.ref.expired(); });
    compact_at_ = std::max<size_t>(4096, entries_.size() * 2);
  }
  entries_.push_back(Entry{p, is_list});
}

namespace {
// The identity of a list/dict payload as seen from a Value (what ptr_.get() points at).
const void* payload_id(const Value& v) {
  if (v.is_list()) return &v.list_items();          // items is ListData's first member
  if (v.is_dict()) return &v.dict();                // the boxed shared_ptr<DictData>
  return nullptr;
}
}  // namespace

size_t ContainerTracker::collect() {
  // Trial deletion, as CPython's collector: a container whose references all come from other
  // tracked containers is unreachable from outside (program results, native objects, C++
  // locals); clearing those breaks their cycles. References we cannot see into (native
  // objects, dicts shared between boxes) only ever make containers look *more* referenced.
  struct Node {
    std::shared_ptr<void> keep;
    bool is_list;
    long refs;
    bool reachable = false;
  };
  std::vector<Node> nodes;
  std::unordered_map<const void*, size_t> index;
  for (auto& e : entries_) {
    if (auto p = e.ref.lock()) {
      if (index.emplace(p.get(), nodes.size()).second) nodes.push_back(Node{p, e.is_list, 0});
    }
  }
  entries_.clear();
  for (auto& n : nodes) n.refs = n.keep.use_count() - 1;  // minus our own lock
  auto children = [&](Node& n, auto&& fn) {
    if (n.is_list) {
      for (const Value& c : static_cast<ListData*>(n.keep.get())->items) fn(c);
    } else {
      auto& d = *static_cast<std::shared_ptr<DictData>*>(n.keep.get());
      if (d.use_count() != 1) return;  // shared payload: treat as opaque (conservative)
      for (const auto& [k, v] : d->entries) {
        fn(k);
        fn(v);
      }
    }
  };
  for (auto& n : nodes) {
    children(n, [&](const Value& c) {
      if (const void* id = payload_id(c)) {
        auto it = index.find(id);
        if (it != index.end()) --nodes[it->second].refs;
      }
    });
  }
  std::vector<size_t> work;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].refs > 0) {
      nodes[i].reachable = true;
      work.push_back(i);
    }
  }
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    children(nodes[i], [&](const Value& c) {
      if (const void* id = payload_id(c)) {
        auto it = index.find(id);
        if (it != index.end() && !nodes[it->second].reachable) {
          nodes[it->second].reachable = true;
          work.push_back(it->second);
        }
      }
    });
  }
  size_t freed = 0;
  for (auto& n : nodes) {
    if (n.reachable) continue;
    ++freed;
    if (n.is_list) {
      release_nested(static_cast<ListData*>(n.keep.get())->items);
    } else {
      auto& d = *static_cast<std::shared_ptr<DictData>*>(n.keep.get());
      std::vector<Value> tmp;
      for (auto& [k, v] : d->entries) {
        tmp.push_back(std::move(k));
        tmp.push_back(std::move(v));
      }
      d->clear();
      release_nested(tmp);
    }
  }
  return freed;
}

// ---- iterative destruction of nested values ----

namespace {

struct ReleaseQueue {
  std::vector<Value> values;
  std::vector<FramePtr> frames;
  bool draining = false;
};

ReleaseQueue& release_queue() {
  thread_local ReleaseQueue q;
  return q;
}

bool is_nested(const Value& v) {
  Kind k = v.kind();
  return k == Kind::kList || k == Kind::kTuple || k == Kind::kDict || k == Kind::kFunction;
}

// Destroys queued values one at a time; their destructors queue their own children instead of
// recursing, so the C++ stack stays flat however deep the structure is.
void drain() {
  ReleaseQueue& q = release_queue();
  if (q.draining) return;
  q.draining = true;
  while (!q.values.empty() || !q.frames.empty()) {
    if (!q.values.empty()) {
      Value v = std::move(q.values.back());
      q.values.pop_back();
    } else {
      FramePtr f = std::move(q.frames.back());
      q.frames.pop_back();
    }
  }
  q.draining = false;
}

}  // namespace

void release_nested(std::vector<Value>& items) {
  ReleaseQueue& q = release_queue();
  for (auto& v : items)
    if (is_nested(v)) q.values.push_back(std::move(v));
  items.clear();
  drain();
}

void release_frame(FramePtr& f) {
  if (!f) return;
  release_queue().frames.push_back(std::move(f));
  drain();
}

ListData::~ListData() { release_nested(items); }
TupleData::~TupleData() { release_nested(items); }
DictData::~DictData() {
  std::vector<Value> tmp;
  tmp.reserve(entries.size() * 2);
  for (auto& [k, v] : entries) {
    tmp.push_back(std::move(k));
    tmp.push_back(std::move(v));
  }
  entries.clear();
  release_nested(tmp);
}
Frame::~Frame() {
  release_nested(slots);
  release_frame(parent);
}
FunctionData::~FunctionData() {
  release_nested(defaults);
  release_frame(closure);
}

}  // namespace cadscribe::lang::py
