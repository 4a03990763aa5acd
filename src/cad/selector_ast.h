// cad/selector_ast.h — CadQuery 2.x selectors as a plain C++ tree, the pure parser of the string
// selector grammar, and the geometric filter that applies a tree to a list of shapes.
//
// The tree mirrors the classes of cadquery/selectors.py one to one (DirectionMinMaxSelector,
// DirectionNthSelector, AndSelector, ...), so a string like ">Z[1] or %CIRCLE" and the equivalent
// Python selector objects evaluate through the same code. Nodes are immutable and shared.
//
// Semantics kept from CadQuery (check selectors.py before changing any of them):
//  * Directions are GLOBAL axes; "XY" is the unnormalised vector (1,1,0), and like CadQuery the
//    Nth keys (centre · direction) are NOT normalised, so the cluster tolerance applies to them.
//  * Nth selectors sort by key, cluster keys within `tolerance` of the cluster's first key, and
//    index the clusters (reversed when directionMax is false); `>Z` is index -1 of the ascending
//    list, `<Z` index -1 of the descending one. An index names a whole cluster (several shapes).
//  * `>Z[i]` / `<Z[i]` (DirectionNthSelector) first keeps only planar faces / linear edges
//    parallel to the direction; `>Z` without an index (DirectionMinMaxSelector) keeps everything.
//  * Operator precedence of the string grammar (pyparsing infixNotation in CadQuery):
//    and > or > exc/except > not. `not` binds loosest and may only start an expression, so
//    "not >Z and |X" is not(>Z and |X) and ">Z and not |X" is a syntax error there as here.
//  * Set operations (and/or/except/not) deduplicate by topology (IsSame); the order of the
//    result follows the input list (CadQuery uses Python sets: its order is unspecified).
// Units: mm. This file depends on kernel (shapes) and math only: no interpreter types.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "kernel/shape.h"
#include "math/vec.h"

namespace cadscribe::cad {

using base::Result;

enum class SelectorKind {
  kAll,                // Selector(): keeps everything
  kNearestToPoint,     // vec = point
  kBox,                // vec, vec2 = corners; flag = boundingbox
  kParallelDir,        // vec = direction; tolerance
  kDirection,          // vec = direction (aligned, same sense)
  kPerpendicularDir,   // vec = direction
  kType,               // type_name = upper-case geomType
  kCenterNth,          // vec, n, flag = directionMax, tolerance
  kDirectionMinMax,    // CenterNth with n = -1
  kDirectionNth,       // ParallelDir filter, then CenterNth
  kRadiusNth,          // n, flag, tolerance
  kLengthNth,
  kAreaNth,
  kAnd,                // left, right
  kSum,                // left, right ("or", Python `+` and `|`)
  kSubtract,           // left, right ("exc", Python `-`)
  kInverse,            // left ("not", Python unary `-` and `~`)
  kString,             // StringSyntaxSelector: left = parsed tree, type_name = source text
};

struct SelectorNode;
using SelectorPtr = std::shared_ptr<const SelectorNode>;

struct SelectorNode {
  SelectorKind kind = SelectorKind::kAll;
  math::Vec3 vec{0, 0, 0};
  math::Vec3 vec2{0, 0, 0};
  bool flag = true;
  int64_t n = 0;
  double tolerance = 1e-4;
  std::string type_name;
  SelectorPtr left;
  SelectorPtr right;
};

// Constructors for the node kinds (the Python classes call these too).
SelectorPtr make_all_selector();
SelectorPtr make_dir_selector(SelectorKind kind, const math::Vec3& dir, double tolerance = 1e-4);
SelectorPtr make_nth_selector(SelectorKind kind, const math::Vec3& dir, int64_t n, bool direction_max,
                              double tolerance = 1e-4);
SelectorPtr make_type_selector(const std::string& type);
SelectorPtr make_binary_selector(SelectorKind kind, SelectorPtr left, SelectorPtr right);
SelectorPtr make_inverse_selector(SelectorPtr inner);
SelectorPtr make_nearest_selector(const math::Vec3& point);
SelectorPtr make_box_selector(const math::Vec3& p0, const math::Vec3& p1, bool bounding_box);

// The CadQuery class name of a node ("DirectionMinMaxSelector", ...).
[[nodiscard]] const char* selector_class_name(SelectorKind kind);
// A canonical, compact description, e.g. "and(max((0,0,1)),type(PLANE))": for repr and tests.
[[nodiscard]] std::string describe_selector(const SelectorNode& node);

// Parses a CadQuery string selector. Pure: no interpreter, no geometry. On malformed text the
// Diag has code runtime.value_error and a message naming the 1-based column in the selector
// string and what was expected there (the span is left for the caller to fill in).
Result<SelectorPtr> parse_selector(std::string_view text);

// Applies a selector to shapes (the geometric part; needs the kernel). Errors as CadQuery raises
// them: runtime.value_error (Nth of an empty list, nearest of nothing), runtime.index_error
// (cluster index out of range). The Diag's span is unset: callers locate it.
Result<std::vector<kernel::Shape>> filter_shapes(const SelectorNode& node, const std::vector<kernel::Shape>& objs);

}  // namespace cadscribe::cad
