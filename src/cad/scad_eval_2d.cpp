// cad/scad_eval_2d.cpp — the builtins that turn 2D into 3D or 3D into 2D, and 2D offsets:
// linear_extrude, rotate_extrude, offset, projection, with openscad 2021.01's argument rules
// (linear_extrude's default height 100 and positional height, its default slice count from the
// length of the vertex paths: helix for a twist, conical helix for twist + uniform scale, diagonal
// for a non-uniform scale, each by $fn or min($fa, $fs) rules; rotate_extrude's fragments from
// the largest |x|).
#include <cmath>

#include "cad/scad_args.h"
#include "cad/scad_calc.h"
#include "cad/scad_eval.h"
#include "csg/ops.h"

namespace cadscribe::cad::scad {

using base::Result;
using lang::scad::Node;

namespace {

// $fa/$fs as openscad's extrusions read them (no clamping warning there, but never zero here).
double safe_fs(const Node& n) { return n.specials.fs >= kFMinimum ? n.specials.fs : kFMinimum; }
double safe_fa(const Node& n) { return n.specials.fa >= kFMinimum ? n.specials.fa : kFMinimum; }

size_t ring_points(const csg::Polygon2& p) {
  size_t k = 0;
  for (const auto& r : p.rings) k += r.size();
  return k;
}

double helix_slices(double r_sqr, double height, double twist, double fn, double fs, double fa) {
  twist = std::fabs(twist);
  // at least 3 slices per 360° of twist (180° per slice is guaranteed non-manifold)
  double min_slices = std::max(std::ceil(twist / 120.0), 1.0);
  if (std::sqrt(r_sqr) < kGridFine || std::isinf(fn) || std::isnan(fn)) return min_slices;
  if (fn > 0.0) return std::max(std::ceil(twist / 360.0 * fn), min_slices);
  double t = twist * M_PI / 180, c = height / t;
  double fa_slices = std::ceil(twist / fa);
  double fs_slices = std::ceil(t * std::sqrt(r_sqr + c * c) / fs);  // the helix's arc length / $fs
  return std::max(std::min(fa_slices, fs_slices), min_slices);
}

double archimedes_length(double a, double theta) {
  return 0.5 * a * (theta * std::sqrt(1 + theta * theta) + std::asinh(theta));
}

// Twist with a uniform scale: the vertex path is a conical helix (an Archimedes spiral in plan).
double conical_helix_slices(double r_sqr, double height, double twist, double scale, double fn, double fs,
                            double fa) {
  twist = std::fabs(twist);
  double r = std::sqrt(r_sqr);
  double min_slices = std::max(std::ceil(twist / 120.0), 1.0);
  if (r < kGridFine || std::isinf(fn) || std::isnan(fn)) return min_slices;
  if (fn > 0.0) return std::max(std::ceil(twist * fn / 360), min_slices);
  double rads = twist * M_PI / 180;
  double angle_end = scale > 1 ? rads * scale / (scale - 1) : rads / (1 - scale);
  double angle_start = angle_end - rads;
  double a = r / angle_end;
  double spiral = archimedes_length(a, angle_end) - archimedes_length(a, angle_start);
  double total = std::sqrt(spiral * spiral + height * height);
  return std::max(std::min(std::ceil(twist / fa), std::ceil(total / fs)), min_slices);
}

// A non-uniform scale without twist: the longest vertex path (a diagonal) / $fs, or $fn.
double diagonal_slices(double delta_sqr, double height, double fn, double fs) {
  if (std::sqrt(delta_sqr) < kGridFine || std::isinf(fn) || std::isnan(fn)) return 1;
  if (fn > 0.0) return std::max(std::trunc(fn), 1.0);
  return std::max(std::ceil(std::sqrt(delta_sqr + height * height) / fs), 1.0);
}

// openscad 2021.01's slice count when slices= is not given (GeometryEvaluator::extrudePolygon).
double default_slices(const csg::Polygon2& region, const csg::LinearExtrudeParams& p, const Node& n) {
  const double fn = n.specials.fn, fs = safe_fs(n), fa = safe_fa(n);
  const bool uniform = p.scale_x == p.scale_y;
  if (p.twist_degrees != 0) {
    double r_sqr = 0;
    for (const auto& ring : region.rings)
      for (const auto& q : ring) r_sqr = std::fmax(r_sqr, q.x * q.x + q.y * q.y);
    if ((p.scale_x == 1 && p.scale_y == 1) || !uniform)
      return helix_slices(r_sqr, p.height, p.twist_degrees, fn, fs, fa);
    return conical_helix_slices(r_sqr, p.height, p.twist_degrees, p.scale_x, fn, fs, fa);
  }
  if (!uniform) {
    double d_sqr = 0;
    for (const auto& ring : region.rings)
      for (const auto& q : ring) {
        double dx = q.x - q.x * p.scale_x, dy = q.y - q.y * p.scale_y;
        d_sqr = std::fmax(d_sqr, dx * dx + dy * dy);
      }
    return diagonal_slices(d_sqr, p.height, fn, fs);
  }
  return 1;
}

}  // namespace

Result<std::optional<csg::Polygon2>> TreeEvaluator::region_of_children(const Node& n) {
  TRY(auto children, eval_children(n));
  children = of_dimension(std::move(children), 2, n);
  if (children.empty()) return std::optional<csg::Polygon2>{};
  Geom all = Geom::empty_of(2);
  for (auto& g : children)
    for (auto& q : g.polys) all.polys.push_back(std::move(q));
  return std::optional<csg::Polygon2>(polygon_of(std::move(all)));
}

Result<Geom> TreeEvaluator::eval_linear_extrude(const Node& n) {
  ArgReader a(n, {"height", "center", "convexity", "twist", "slices", "scale", "file", "layer", "origin"}, diags_);
  csg::LinearExtrudeParams p;
  p.height = 100;
  if (const auto* h = a.get("height")) {
    if (auto d = h->value.finite_number())
      p.height = *d;
    else if (!h->name.empty())
      a.warn("height", "unable to convert parameter to a number");
  }
  if (p.height <= 0) p.height = 0;
  p.center = a.has("center") ? a.boolean("center").value_or(false) : false;
  if (a.has("scale")) {
    if (auto v = a.vec("scale", 2, 1, true)) p.scale_x = (*v)[0], p.scale_y = (*v)[1];
  }
  p.scale_x = std::max(p.scale_x, 0.0);
  p.scale_y = std::max(p.scale_y, 0.0);
  double slices = 0;
  if (a.has("slices")) slices = std::trunc(a.number("slices").value_or(0));
  if (a.has("twist")) p.twist_degrees = a.number("twist").value_or(0);
  if (a.has("file")) a.warn_node("unsupported.feature", "linear_extrude(file=…) is not supported: use import()");

  TRY(auto children_region, region_of_children(n));
  if (!children_region) return Geom{};
  csg::Polygon2 region = std::move(*children_region);
  if (region.empty() || p.height == 0) return Geom::empty_of(3);
  if (!(slices >= 1)) slices = default_slices(region, p, n);
  const double estimate = slices * 2.0 * double(ring_points(region)) + 4.0 * double(ring_points(region));
  if (!(estimate <= double(options_.max_triangles)))
    return base::make_diag("limit.geometry", "linear_extrude() with " + std::to_string(int64_t(std::min(slices, 9e18))) +
                                                 " slices would exceed the budget of " +
                                                 std::to_string(options_.max_triangles) + " triangles", n.span);
  p.slices = int(slices);
  ++csg_ops_;
  auto r = csg::linear_extrude(region, p);
  if (!r) return r.error();
  return Geom::of(std::move(r).value());
}

Result<Geom> TreeEvaluator::eval_rotate_extrude(const Node& n) {
  ArgReader a(n, {"angle", "convexity", "file", "layer", "origin", "scale"}, diags_);
  csg::RotateExtrudeParams p;
  if (a.has("angle")) p.angle_degrees = a.number("angle").value_or(360);
  if (p.angle_degrees > 360 || p.angle_degrees < -360) p.angle_degrees = 360;
  if (a.has("file")) a.warn_node("unsupported.feature", "rotate_extrude(file=…) is not supported: use import()");
  TRY(auto children_region, region_of_children(n));
  if (!children_region) return Geom{};
  csg::Polygon2 region = std::move(*children_region);
  if (region.empty() || p.angle_degrees == 0) return Geom::empty_of(3);
  double min_x = 0, max_x = 0;
  for (const auto& ring : region.rings)
    for (const auto& q : ring) min_x = std::fmin(min_x, q.x), max_x = std::fmax(max_x, q.x);
  if ((max_x - min_x) > max_x && (max_x - min_x) > std::fabs(min_x)) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "all points for rotate_extrude() must have the same X coordinate sign (range is %.2f -> %.2f)",
                  min_x, max_x);
    return base::make_diag("geom.rotate_extrude_sides", buf, n.span);
  }
  TRY(int f, fragments(n, max_x - min_x, [](double f) { return f * 4; }));
  const double estimate = double(f) * 2.0 * double(ring_points(region));
  if (!(estimate <= double(options_.max_triangles)))
    return base::make_diag("limit.geometry", "rotate_extrude() would exceed the budget of " +
                                                 std::to_string(options_.max_triangles) + " triangles", n.span);
  p.fragments = f;
  ++csg_ops_;
  auto r = csg::rotate_extrude(region, p);
  if (!r) {
    base::Diag d = r.error();
    if (!d.span.known()) d.span = n.span;
    return d;
  }
  return Geom::of(std::move(r).value());
}

Result<Geom> TreeEvaluator::eval_offset(const Node& n) {
  ArgReader a(n, {"r", "delta", "chamfer"}, diags_);
  csg::OffsetParams p;
  p.amount = 1;
  p.round = true;
  if (auto r = a.has("r") ? a.number("r") : std::nullopt) {
    p.amount = *r;
  } else if (auto d = a.has("delta") ? a.number("delta") : std::nullopt) {
    p.amount = *d;
    p.round = false;
    if (a.has("chamfer")) p.chamfer = a.boolean("chamfer").value_or(false);
  }
  if (p.round) {
    TRY(int f, fragments(n, std::fabs(p.amount), [](double f) { return f; }));
    p.fragments = f;
  }
  TRY(auto children_region, region_of_children(n));
  if (!children_region) return Geom{};
  csg::Polygon2 region = std::move(*children_region);
  ++csg_ops_;
  return Geom::of(csg::offset2(region, p));
}

Result<Geom> TreeEvaluator::eval_projection(const Node& n) {
  ArgReader a(n, {"cut", "convexity"}, diags_);
  bool cut = a.has("cut") ? a.boolean("cut").value_or(false) : false;
  TRY(auto children, eval_children(n));
  children = of_dimension(std::move(children), 3, n);
  if (children.empty()) return Geom{};
  Geom all = Geom::empty_of(3);
  for (auto& g : children)
    for (auto& s : g.solids) all.solids.push_back(std::move(s));
  TRY(csg::Solid s, solid_of(std::move(all), n.span));
  if (s.empty()) return Geom::empty_of(2);
  ++csg_ops_;
  return Geom::of(csg::projection(s, cut));
}

}  // namespace cadscribe::cad::scad
