// base/result.h — Result<T>: a value or a Diag (an expected-like type; C++20 lacks std::expected).
// Use: `Result<int> f(); auto r = f(); if (!r) return r.error(); use(*r);`
// TRY(x, expr) binds x or propagates the error from the enclosing function.
#pragma once

#include <utility>
#include <variant>

#include "base/check.h"
#include "base/diag.h"

namespace cadscribe::base {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}          // NOLINT implicit
  Result(Diag diag) : v_(std::in_place_index<1>, std::move(diag)) {}         // NOLINT implicit

  [[nodiscard]] bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { CHECK(ok()); return std::get<0>(v_); }
  const T& value() const& { CHECK(ok()); return std::get<0>(v_); }
  T&& value() && { CHECK(ok()); return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Diag& error() const& { CHECK(!ok()); return std::get<1>(v_); }
  Diag&& error() && { CHECK(!ok()); return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Diag> v_;
};

// Result<void> equivalent.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace cadscribe::base

#define CADSCRIBE_CONCAT_INNER(a, b) a##b
#define CADSCRIBE_CONCAT(a, b) CADSCRIBE_CONCAT_INNER(a, b)
// TRY(auto x, expr): evaluate expr (a Result); on error return the Diag; else bind the value.
#define TRY(decl, expr) TRY_IMPL(CADSCRIBE_CONCAT(try_tmp_, __LINE__), decl, expr)
#define TRY_IMPL(tmp, decl, expr)            \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return std::move(tmp).error(); \
  decl = std::move(tmp).value()
// TRY_STATUS(expr): propagate an error from a Status/Result whose value is unused.
#define TRY_STATUS(expr)                                              \
  do {                                                                \
    auto try_status_tmp = (expr);                                     \
    if (!try_status_tmp.ok()) return std::move(try_status_tmp).error(); \
  } while (0)
