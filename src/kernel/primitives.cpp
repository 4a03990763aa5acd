// kernel/primitives.cpp — solid primitives placed in a Frame (box, cylinder, cone, sphere, torus,
// wedge). Sizes must be finite and > 0; angles are degrees in (0, 360]; violations are
// geom.invalid_input naming the argument, before OCCT sees them.
#include <BRepPrimAPI_MakeBox.hxx>
#include <BRepPrimAPI_MakeCone.hxx>
#include <BRepPrimAPI_MakeCylinder.hxx>
#include <BRepPrimAPI_MakeSphere.hxx>
#include <BRepPrimAPI_MakeTorus.hxx>
#include <BRepPrimAPI_MakeWedge.hxx>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::deg2rad;
using detail::invalid;
using detail::wrap;

namespace {

std::optional<base::Diag> positive(const char* fn, const char* arg, double v) {
  if (!std::isfinite(v) || v <= 0)
    return invalid(std::string(fn) + ": " + arg + " must be a finite number > 0 (got " + std::to_string(v) + ")");
  return std::nullopt;
}
std::optional<base::Diag> non_negative(const char* fn, const char* arg, double v) {
  if (!std::isfinite(v) || v < 0)
    return invalid(std::string(fn) + ": " + arg + " must be a finite number >= 0 (got " + std::to_string(v) + ")");
  return std::nullopt;
}
std::optional<base::Diag> sweep_angle(const char* fn, const char* arg, double v) {
  if (!std::isfinite(v) || v <= 0 || v > 360)
    return invalid(std::string(fn) + ": " + arg + " must be in (0, 360] degrees (got " + std::to_string(v) + ")");
  return std::nullopt;
}
std::optional<base::Diag> frame_check(const char* fn, const Frame& f) {
  if (!detail::frame_ok(f)) return invalid(std::string(fn) + ": degenerate or non-finite frame");
  return std::nullopt;
}
}  // namespace

Result<Shape> make_box(const Frame& frame, double dx, double dy, double dz) {
  KERNEL_CHECK(frame_check("make_box", frame));
  KERNEL_CHECK(positive("make_box", "dx", dx));
  KERNEL_CHECK(positive("make_box", "dy", dy));
  KERNEL_CHECK(positive("make_box", "dz", dz));
  return detail::guard("geom.construction_failed", "make_box", [&]() -> Result<Shape> {
    BRepPrimAPI_MakeBox mk(detail::ax2(frame), dx, dy, dz);
    return wrap(mk.Shape());
  });
}

Result<Shape> make_cylinder(const Frame& frame, double r, double h, double angle_deg) {
  KERNEL_CHECK(frame_check("make_cylinder", frame));
  KERNEL_CHECK(positive("make_cylinder", "radius", r));
  KERNEL_CHECK(positive("make_cylinder", "height", h));
  KERNEL_CHECK(sweep_angle("make_cylinder", "angle", angle_deg));
  return detail::guard("geom.construction_failed", "make_cylinder", [&]() -> Result<Shape> {
    BRepPrimAPI_MakeCylinder mk(detail::ax2(frame), r, h, deg2rad(angle_deg));
    return wrap(mk.Shape());
  });
}

Result<Shape> make_cone(const Frame& frame, double r1, double r2, double h, double angle_deg) {
  KERNEL_CHECK(frame_check("make_cone", frame));
  KERNEL_CHECK(non_negative("make_cone", "radius1", r1));
  KERNEL_CHECK(non_negative("make_cone", "radius2", r2));
  KERNEL_CHECK(positive("make_cone", "height", h));
  KERNEL_CHECK(sweep_angle("make_cone", "angle", angle_deg));
  if (r1 == 0 && r2 == 0) return invalid("make_cone: radius1 and radius2 cannot both be 0");
  return detail::guard("geom.construction_failed", "make_cone", [&]() -> Result<Shape> {
    if (r1 == r2) {  // OCCT's cone rejects equal radii: that is a cylinder
      BRepPrimAPI_MakeCylinder mk(detail::ax2(frame), r1, h, deg2rad(angle_deg));
      return wrap(mk.Shape());
    }
    BRepPrimAPI_MakeCone mk(detail::ax2(frame), r1, r2, h, deg2rad(angle_deg));
    return wrap(mk.Shape());
  });
}

Result<Shape> make_sphere(const Frame& frame, double r, double angle1_deg, double angle2_deg, double angle3_deg) {
  KERNEL_CHECK(frame_check("make_sphere", frame));
  KERNEL_CHECK(positive("make_sphere", "radius", r));
  KERNEL_CHECK(sweep_angle("make_sphere", "angle3", angle3_deg));
  if (!std::isfinite(angle1_deg) || !std::isfinite(angle2_deg) || angle1_deg < -90 || angle2_deg > 90 ||
      angle1_deg >= angle2_deg)
    return invalid("make_sphere: need -90 <= angle1 < angle2 <= 90 degrees");
  return detail::guard("geom.construction_failed", "make_sphere", [&]() -> Result<Shape> {
    BRepPrimAPI_MakeSphere mk(detail::ax2(frame), r, deg2rad(angle1_deg), deg2rad(angle2_deg), deg2rad(angle3_deg));
    return wrap(mk.Shape());
  });
}

Result<Shape> make_torus(const Frame& frame, double r_major, double r_minor) {
  KERNEL_CHECK(frame_check("make_torus", frame));
  KERNEL_CHECK(positive("make_torus", "major radius", r_major));
  KERNEL_CHECK(positive("make_torus", "minor radius", r_minor));
  return detail::guard("geom.construction_failed", "make_torus", [&]() -> Result<Shape> {
    BRepPrimAPI_MakeTorus mk(detail::ax2(frame), r_major, r_minor);
    return wrap(mk.Shape());
  });
}

Result<Shape> make_wedge(const Frame& frame, double dx, double dy, double dz, double xmin, double zmin, double xmax,
                         double zmax) {
  KERNEL_CHECK(frame_check("make_wedge", frame));
  KERNEL_CHECK(positive("make_wedge", "dx", dx));
  KERNEL_CHECK(positive("make_wedge", "dy", dy));
  KERNEL_CHECK(positive("make_wedge", "dz", dz));
  for (double v : {xmin, zmin, xmax, zmax})
    if (!std::isfinite(v)) return invalid("make_wedge: xmin/zmin/xmax/zmax must be finite");
  if (xmin > xmax || zmin > zmax) return invalid("make_wedge: need xmin <= xmax and zmin <= zmax");
  return detail::guard("geom.construction_failed", "make_wedge", [&]() -> Result<Shape> {
    BRepPrimAPI_MakeWedge mk(detail::ax2(frame), dx, dy, dz, xmin, zmin, xmax, zmax);
    return wrap(mk.Shape());
  });
}

}  // namespace cadscribe::kernel
