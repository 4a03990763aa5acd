// kernel/shape.cpp — Shape basics (identity, type, hashing), sub-shape enumeration, compounds and
// rigid / uniform-scale / mirror transforms.
// Invariant: sub_shapes() order is TopExp::MapShapes order, so selectors are deterministic.
#include <BRepBuilderAPI_Transform.hxx>
#include <BRep_Builder.hxx>
#include <TopExp.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS_Compound.hxx>
#include <gp_Trsf.hxx>

#include <climits>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::occ;
using detail::wrap;

bool Shape::is_null() const { return !impl_ || impl_->shape.IsNull(); }

ShapeType Shape::type() const {
  if (is_null()) return ShapeType::kNull;
  // TopAbs_ShapeEnum lists COMPOUND..VERTEX, SHAPE in the same order as ShapeType.
  return static_cast<ShapeType>(static_cast<int>(impl_->shape.ShapeType()));
}

bool Shape::is_equal(const Shape& o) const {
  if (is_null() || o.is_null()) return is_null() && o.is_null();
  return impl_->shape.IsEqual(o.impl_->shape);
}

bool Shape::is_same(const Shape& o) const {
  if (is_null() || o.is_null()) return is_null() && o.is_null();
  return impl_->shape.IsSame(o.impl_->shape);
}

size_t Shape::hash() const {
  if (is_null()) return 0;
  // HashCode ignores orientation (TShape + Location), matching IsSame.
  return static_cast<size_t>(impl_->shape.HashCode(INT_MAX));
}

const char* shape_type_name(ShapeType t) {
  switch (t) {
    case ShapeType::kCompound: return "Compound";
    case ShapeType::kCompSolid: return "CompSolid";
    case ShapeType::kSolid: return "Solid";
    case ShapeType::kShell: return "Shell";
    case ShapeType::kFace: return "Face";
    case ShapeType::kWire: return "Wire";
    case ShapeType::kEdge: return "Edge";
    case ShapeType::kVertex: return "Vertex";
    case ShapeType::kNull: return "Null";
  }
  return "Null";
}

std::vector<Shape> sub_shapes(const Shape& shape, ShapeType type) {
  std::vector<Shape> out;
  if (shape.is_null() || type == ShapeType::kNull) return out;
  try {
    TopTools_IndexedMapOfShape map;
    TopExp::MapShapes(occ(shape), static_cast<TopAbs_ShapeEnum>(static_cast<int>(type)), map);
    out.reserve(map.Extent());
    for (int i = 1; i <= map.Extent(); ++i) out.push_back(wrap(map(i)));
  } catch (...) {
    out.clear();  // a corrupt shape has no enumerable sub-shapes
  }
  return out;
}

Result<Shape> make_compound(const std::vector<Shape>& shapes) {
  return detail::guard("geom.construction_failed", "make_compound", [&]() -> Result<Shape> {
    BRep_Builder b;
    TopoDS_Compound c;
    b.MakeCompound(c);
    for (const auto& s : shapes) {
      if (s.is_null()) return detail::invalid("make_compound: null shape in list");
      b.Add(c, occ(s));
    }
    return wrap(c);
  });
}

Result<Shape> transform(const Shape& shape, const Transform& t) {
  if (shape.is_null()) return detail::invalid("transform: null shape");
  for (double v : t.m)
    if (!std::isfinite(v)) return detail::invalid("transform: non-finite matrix entry");
  // Only conformal maps are B-rep safe here: columns orthogonal with one common length.
  const auto& m = t.m;
  Vec3 c0{m[0], m[4], m[8]}, c1{m[1], m[5], m[9]}, c2{m[2], m[6], m[10]};
  double s2 = c0.dot(c0);
  double tol = 1e-9 * std::max(1.0, s2);
  if (s2 < 1e-24 || std::abs(c1.dot(c1) - s2) > tol || std::abs(c2.dot(c2) - s2) > tol ||
      std::abs(c0.dot(c1)) > tol || std::abs(c0.dot(c2)) > tol || std::abs(c1.dot(c2)) > tol)
    return detail::invalid("transform: only rigid, uniform-scale and mirror transforms are supported");
  return detail::guard("geom.construction_failed", "transform", [&]() -> Result<Shape> {
    gp_Trsf trsf;
    trsf.SetValues(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
    BRepBuilderAPI_Transform op(occ(shape), trsf, /*copy=*/true);
    if (!op.IsDone()) return base::make_diag("geom.construction_failed", "transform: not done");
    return wrap(op.Shape());
  });
}

}  // namespace cadscribe::kernel
