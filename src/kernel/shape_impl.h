// kernel/shape_impl.h — PRIVATE to kernel: the pimpl behind Shape and the helpers every kernel
// source shares (OCCT <-> math conversions, the exception-to-Diag guard).
//
// Invariant: a ShapeImpl is immutable once built (Shapes share it); a null Shape has no impl.
// Units: mm; OCCT takes radians, so degree arguments are converted at the call site.
// Must not be included outside src/kernel (the layering check keeps OCCT out of other modules).
#pragma once

#include <Standard_Failure.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Compound.hxx>
#include <TopoDS_Edge.hxx>
#include <TopoDS_Face.hxx>
#include <TopoDS_Shape.hxx>
#include <TopoDS_Shell.hxx>
#include <TopoDS_Solid.hxx>
#include <TopoDS_Vertex.hxx>
#include <TopoDS_Wire.hxx>
#include <gp_Ax2.hxx>
#include <gp_Ax3.hxx>
#include <gp_Dir.hxx>
#include <gp_Pnt.hxx>
#include <gp_Vec.hxx>

#include <algorithm>
#include <cmath>
#include <memory>
#include <exception>
#include <string>
#include <utility>

#include "kernel/shape.h"

namespace cadscribe::kernel {

struct ShapeImpl {
  TopoDS_Shape shape;
  explicit ShapeImpl(TopoDS_Shape s) : shape(std::move(s)) {}
};

namespace detail {

inline constexpr double kPi = 3.14159265358979323846;
inline double deg2rad(double d) { return d * kPi / 180.0; }

// Wraps an OCCT shape; a null TopoDS_Shape gives a null Shape.
inline Shape wrap(const TopoDS_Shape& s) {
  if (s.IsNull()) return Shape();
  return Shape(std::make_shared<const ShapeImpl>(s));
}
// The OCCT shape of a Shape (a static null shape for a null Shape).
inline const TopoDS_Shape& occ(const Shape& s) {
  static const TopoDS_Shape kNull;
  return s.is_null() ? kNull : s.impl().shape;
}

inline gp_Pnt pnt(const Vec3& v) { return gp_Pnt(v.x, v.y, v.z); }
inline gp_Vec gvec(const Vec3& v) { return gp_Vec(v.x, v.y, v.z); }
inline Vec3 vec3(const gp_Pnt& p) { return {p.X(), p.Y(), p.Z()}; }
inline Vec3 vec3(const gp_Vec& p) { return {p.X(), p.Y(), p.Z()}; }
inline Vec3 vec3(const gp_Dir& p) { return {p.X(), p.Y(), p.Z()}; }

inline bool finite(double v) { return std::isfinite(v); }
inline bool finite(const Vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

inline base::Diag invalid(const std::string& what) { return base::make_diag("geom.invalid_input", what); }

// Frame -> gp_Ax2 (throws Standard_Failure on degenerate axes; call inside guard()).
inline gp_Ax2 ax2(const Frame& f) { return gp_Ax2(pnt(f.origin), gp_Dir(gvec(f.z_dir)), gp_Dir(gvec(f.x_dir))); }
inline gp_Ax3 ax3(const Frame& f) { return gp_Ax3(pnt(f.origin), gp_Dir(gvec(f.z_dir)), gp_Dir(gvec(f.x_dir))); }
// A frame is usable when finite with non-zero, non-parallel x and z axes.
inline bool frame_ok(const Frame& f) {
  if (!finite(f.origin) || !finite(f.x_dir) || !finite(f.z_dir)) return false;
  double nx = f.x_dir.norm(), nz = f.z_dir.norm();
  if (nx < 1e-12 || nz < 1e-12) return false;
  return f.x_dir.cross(f.z_dir).norm() > 1e-9 * nx * nz;
}

// Runs fn() (returning Result<T>), turning every OCCT/C++ exception into a Diag with `code`.
// Silences OCCT first: algorithms other than the STEP writer also report through its messenger.
template <typename Fn>
auto guard(const char* code, const char* what, Fn&& fn) -> decltype(fn()) {
  silence_occt();
  try {
    return fn();
  } catch (const Standard_Failure& e) {
    std::string msg = std::string(what) + ": " + (e.GetMessageString() ? e.GetMessageString() : "") +
                      " (" + e.DynamicType()->Name() + ")";
    return base::make_diag(code, msg);
  } catch (const std::exception& e) {
    return base::make_diag(code, std::string(what) + ": " + e.what());
  } catch (...) {
    return base::make_diag(code, std::string(what) + ": unknown exception");
  }
}

}  // namespace detail

// Returns the Diag held by an std::optional<Diag> expression, if any.
#define KERNEL_CHECK(expr) \
  if (auto kernel_check_d_ = (expr)) return *kernel_check_d_


}  // namespace cadscribe::kernel

namespace cadscribe::kernel::detail {
// Faces from a mixed list: faces are kept, shells/compounds give their faces, closed wires and
// closed edges are nested into faces with holes by make_faces(). Defined in faces.cpp.
Result<std::vector<TopoDS_Face>> collect_faces(const std::vector<Shape>& shapes, const char* fn);
// A wire from a wire or an edge (edges are wrapped into a one-edge wire). Defined in faces.cpp.
Result<TopoDS_Wire> as_wire(const Shape& s, const char* fn);
// Helix wire as make_helix (throws Standard_Failure on bad input). Defined in curves.cpp.
TopoDS_Wire helix_wire(double pitch, double height, double radius, const gp_Pnt& center, const gp_Dir& dir,
                       double angle_deg, bool lefthand);
// How much of BRepCheck_Analyzer an operation's result must pass.
//  kFull: topology and geometry (curve-on-surface deviations, self-intersecting wires, wires
//    crossing in a face). The geometric part is 2D curve-curve intersection and dominates on
//    curved shapes: a box drilled by 5 cylinders (11 faces) 19.7 ms full vs 4.8 ms topology-only.
//  kTopology: BRepCheck_Analyzer(shape, GeomControls = false): closed/oriented shells, wire
//    connectivity and orientation, vertex and edge tolerances, faces' wire classification.
// Booleans, fillets and chamfers use kTopology: OCCT's algorithms intersect their inputs
// themselves, and over every result of kernel_tests (random boolean/fillet/chamfer chains) and
// the 290 spec programs (770 checked results) the two levels never disagreed. Operations on
// user-drawn profiles (extrude, revolve, sweep, loft, shell, 2D fillets) keep kFull: a
// self-intersecting profile is found only by the geometric checks. check_validity() (the
// validity protocol) always runs the full analyzer, so a final result is still fully checked.
enum class CheckLevel { kTopology, kFull };
// Result must be non-null, non-empty and pass BRepCheck at `level`, else a Diag with `code`.
// Defined in booleans.cpp.
Result<Shape> checked(const TopoDS_Shape& s, const char* code, const char* what, CheckLevel level = CheckLevel::kFull);
}  // namespace cadscribe::kernel::detail
