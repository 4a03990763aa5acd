// cad/scad_eval_shapes.cpp — the primitive and file-reading builtins of the tree evaluator
// (cube sphere cylinder polyhedron square circle polygon import), with openscad 2021.01's
// argument rules: defaults of 1, diameters winning over radii, non-positive or non-finite sizes
// giving empty geometry (silently, as openscad), out-of-range indices skipped.
#include <cctype>
#include <cmath>
#include <filesystem>

#include "cad/scad_args.h"
#include "cad/scad_calc.h"
#include "cad/scad_eval.h"
#include "cad/scad_primitives.h"
#include "csg/ops.h"
#include "lang/scad/dxf.h"
#include "lang/scad/interpreter.h"
#include "lang/scad/sandbox.h"
#include "mesh/io.h"

namespace cadscribe::cad::scad {

using base::Result;
using lang::scad::Node;

namespace {

// openscad's lookup_radius: the diameter wins (with a warning when both are given).
std::optional<double> radius(const ArgReader& a, const std::string& d, const std::string& r) {
  auto dv = a.has(d) ? a.any_number(d) : std::nullopt;
  auto rv = a.has(r) ? a.any_number(r) : std::nullopt;
  if (dv) {
    if (rv)
      a.warn_node("runtime.bad_argument",
                  "Ignoring radius variable '" + r + "' as diameter '" + d + "' is defined too.");
    return *dv / 2;
  }
  return rv;
}

bool center_of(const ArgReader& a) { return a.has("center") ? a.boolean("center").value_or(false) : false; }


}  // namespace

Result<Geom> TreeEvaluator::eval_cube(const Node& n) {
  ArgReader a(n, {"size", "center"}, diags_);
  std::array<double, 3> size{1, 1, 1};
  if (auto v = a.vec("size", 3, 1, true, /*nonfinite=*/true)) size = *v;
  bool center = center_of(a);
  for (double d : size)
    if (!(d > 0) || !std::isfinite(d)) return Geom::empty_of(3);
  return Geom::of(make_cube(size[0], size[1], size[2], center));
}

Result<Geom> TreeEvaluator::eval_sphere(const Node& n) {
  ArgReader a(n, {"r", "d"}, diags_);
  double r = radius(a, "d", "r").value_or(1);
  if (!(r > 0) || !std::isfinite(r)) return Geom::empty_of(3);
  TRY(int f, fragments(n, r, sphere_triangle_estimate));
  return Geom::of(make_sphere(r, f));
}

Result<Geom> TreeEvaluator::eval_cylinder(const Node& n) {
  ArgReader a(n, {"h", "r1", "r2", "center", "r", "d", "d1", "d2"}, diags_);
  double h = a.any_number("h").value_or(1);
  double r1 = 1, r2 = 1;
  if (auto r = radius(a, "d", "r")) r1 = r2 = *r;
  if (auto r = radius(a, "d1", "r1")) r1 = *r;
  if (auto r = radius(a, "d2", "r2")) r2 = *r;
  bool center = center_of(a);
  if (!std::isfinite(h) || !std::isfinite(r1) || !std::isfinite(r2)) return Geom::empty_of(3);
  if (!(h > 0) || r1 < 0 || r2 < 0 || !(r1 > 0 || r2 > 0)) {
    if (r1 < 0 || r2 < 0) a.warn_node("runtime.bad_argument", "cylinder() with a negative radius is empty");
    return Geom::empty_of(3);
  }
  TRY(int f, fragments(n, std::fmax(r1, r2), cylinder_triangle_estimate));
  return Geom::of(make_cylinder(h, r1, r2, center, f));
}

Result<Geom> TreeEvaluator::eval_polyhedron(const Node& n) {
  ArgReader a(n, {"points", "faces", "convexity", "triangles"}, diags_);
  const auto* pts = a.get("points");
  const auto* faces = a.has("faces") ? a.get("faces") : a.get("triangles");
  if (!pts || !pts->value.is_vector()) {
    a.warn("points", "expected a list of points");
    return Geom::empty_of(3);
  }
  if (!faces || !faces->value.is_vector()) {
    a.warn(a.has("faces") ? "faces" : "triangles", "expected a list of faces");
    return Geom::empty_of(3);
  }
  std::vector<math::Vec3> points;
  for (size_t i = 0; i < pts->value.as_vector().size(); ++i) {
    auto p = pts->value.as_vector()[i].number_vector(3, 3);
    if (!p) {
      a.warn("points", "Unable to convert point at index " + std::to_string(i) + " to a vec3 of numbers");
      return Geom::empty_of(3);
    }
    points.push_back({(*p)[0], (*p)[1], (*p)[2]});
  }
  std::vector<std::vector<int64_t>> loops;
  size_t skipped = 0;
  for (const auto& f : faces->value.as_vector()) {
    std::vector<int64_t> loop;
    if (f.is_vector())
      for (const auto& idx : f.as_vector()) {
        auto d = idx.finite_number();
        if (d && *d >= 0 && *d < double(points.size()))
          loop.push_back(int64_t(*d));
        else
          ++skipped;
      }
    if (loop.size() >= 3) loops.push_back(std::move(loop));
  }
  if (skipped)
    a.warn_node("runtime.bad_argument", "polyhedron(): " + std::to_string(skipped) + " face indices out of range ignored");
  if (loops.empty()) return Geom::empty_of(3);
  ++csg_ops_;
  auto r = csg::polyhedron(points, loops);
  if (r) return Geom::of(std::move(r).value());
  // As openscad, which renders a lone open polyhedron: keep the faces as given (reversed to be
  // counter-clockwise from outside), with a warning; booleans on it may then fail.
  base::Diag d = r.error();
  d.severity = base::Severity::kWarning;
  if (!d.span.known()) d.span = n.span;
  diags_.push_back(std::move(d));
  csg::Solid s;
  s.vertices = points;
  for (const auto& loop : loops)
    for (size_t i = 1; i + 1 < loop.size(); ++i)
      s.triangles.push_back({uint32_t(loop[0]), uint32_t(loop[i + 1]), uint32_t(loop[i])});
  return Geom::of(std::move(s));
}

Result<Geom> TreeEvaluator::eval_square(const Node& n) {
  ArgReader a(n, {"size", "center"}, diags_);
  std::array<double, 3> size{1, 1, 1};
  if (auto v = a.vec("size", 2, 1, true, /*nonfinite=*/true)) size = *v;
  bool center = center_of(a);
  if (!(size[0] > 0 && size[1] > 0) || !std::isfinite(size[0]) || !std::isfinite(size[1])) return Geom::empty_of(2);
  return Geom::of(make_square(size[0], size[1], center));
}

Result<Geom> TreeEvaluator::eval_circle(const Node& n) {
  ArgReader a(n, {"r", "d"}, diags_);
  double r = radius(a, "d", "r").value_or(1);
  if (!(r > 0) || !std::isfinite(r)) return Geom::empty_of(2);
  TRY(int f, fragments(n, r, [](double f) { return f; }));
  return Geom::of(make_circle(r, f));
}

Result<Geom> TreeEvaluator::eval_polygon(const Node& n) {
  ArgReader a(n, {"points", "paths", "convexity"}, diags_);
  const auto* pts = a.get("points");
  if (!pts || !pts->value.is_vector()) {
    a.warn("points", "expected a list of points");
    return Geom::empty_of(2);
  }
  std::vector<csg::Point2> points;
  for (size_t i = 0; i < pts->value.as_vector().size(); ++i) {
    auto p = pts->value.as_vector()[i].number_vector(2, 2);
    if (!p) {
      a.warn("points", "Unable to convert point " + pts->value.as_vector()[i].repr() + " at index " +
                           std::to_string(i) + " to a vec2 of numbers");
      return Geom::empty_of(2);
    }
    points.push_back({(*p)[0], (*p)[1]});
  }
  std::vector<std::vector<int64_t>> paths;
  const auto* pv = a.get("paths");
  if (pv && !pv->value.is_vector()) {
    a.warn("paths", "expected a list of index lists");
    pv = nullptr;
  }
  if (!pv || pv->value.as_vector().empty()) {
    if (points.size() <= 2) return Geom::empty_of(2);
    std::vector<int64_t> all;
    for (size_t i = 0; i < points.size(); ++i) all.push_back(int64_t(i));
    paths.push_back(std::move(all));
  } else {
    for (const auto& path : pv->value.as_vector()) {
      std::vector<int64_t> loop;
      if (path.is_vector())
        for (const auto& idx : path.as_vector()) {
          auto d = idx.finite_number();
          if (d && *d >= 0 && *d < double(points.size())) loop.push_back(int64_t(*d));
        }
      if (!loop.empty()) paths.push_back(std::move(loop));
    }
  }
  ++csg_ops_;
  return Geom::of(csg::polygon_from_paths(points, paths));
}

Result<std::optional<std::string>> TreeEvaluator::input_file(const Node& n, const char* fn, const std::string& file) {
  if (!options_.allow_files)
    return base::make_diag("io.sandbox_violation", std::string(fn) + "(\"" + file + "\"): file access is disabled", n.span);
  auto path = lang::scad::resolve_confined(file, n.span.file, options_.library_paths);
  if (path) return std::optional<std::string>(*path);
  base::Diag d = path.error();
  if (!d.span.known()) d.span = n.span;
  if (d.code != "io.not_found") return d;
  d.severity = base::Severity::kWarning;  // openscad: "WARNING: Can't open ... file", then nothing
  diags_.push_back(std::move(d));
  return std::optional<std::string>{};
}

namespace {

// A file that cannot be read is a warning, located at the node, and the node is empty (openscad
// prints a WARNING and goes on).
Geom warned_empty(std::vector<base::Diag>& diags, base::Diag d, const Node& n, int dim) {
  d.severity = base::Severity::kWarning;
  if (!d.span.known()) d.span = n.span;
  diags.push_back(std::move(d));
  return Geom::empty_of(dim);
}

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

// A DXF drawing's paths as one region (even-odd, as openscad's import sanitises it), with
// layer, origin and scale as given; arcs and circles follow the node's $fn/$fa/$fs.
Result<Geom> TreeEvaluator::import_dxf(const Node& n, const ArgReader& a, const std::string& path,
                                       const std::string& shown) {
  auto text = lang::scad::read_confined_file(path);
  if (!text) return warned_empty(diags_, text.error(), n, 2);
  lang::scad::DxfOptions o;
  if (a.has("layer")) o.layer = a.string("layer").value_or("");
  if (auto origin = a.vec("origin", 2, 0, false)) {
    o.origin_x = (*origin)[0];
    o.origin_y = (*origin)[1];
  }
  if (a.has("scale")) o.scale = a.number("scale").value_or(1);
  std::optional<base::Diag> fragment_error;
  o.fragments = [&](double r) {
    auto f = fragments(n, r, [](double x) { return x; });
    if (!f) {
      if (!fragment_error) fragment_error = f.error();
      return 3;
    }
    return *f;
  };
  auto drawing = lang::scad::read_dxf(*text, shown, o);
  if (fragment_error) return *fragment_error;
  if (!drawing) return warned_empty(diags_, drawing.error(), n, 2);
  for (const auto& type : drawing->unsupported)
    a.warn_node("unsupported.feature", "import(\"" + shown + "\"): DXF entity " + type + " is not supported, skipped");
  // openscad closes an open path back to its start ("we don't support open paths; closing them
  // to be compatible with existing behavior"): a half profile drawn for rotate_extrude is a region.
  std::vector<csg::Point2> points;
  std::vector<std::vector<int64_t>> paths;
  for (const auto& p : drawing->paths) {
    if (p.points.size() < 3) continue;  // a lone segment encloses nothing
    std::vector<int64_t> loop;
    for (const auto& q : p.points) {
      loop.push_back(int64_t(points.size()));
      points.push_back({q.x, q.y});
    }
    paths.push_back(std::move(loop));
  }
  if (paths.empty()) return Geom::empty_of(2);
  ++csg_ops_;
  return Geom::of(csg::polygon_from_paths(points, paths));
}

Result<Geom> TreeEvaluator::eval_import(const Node& n) {
  ArgReader a(n, {"file", "layer", "convexity", "origin", "scale", "width", "height", "filename", "center", "dpi", "id"},
              diags_);
  auto file = a.has("file") ? a.string("file") : a.string("filename");
  if (!file) {
    a.warn_node("runtime.bad_argument", "import() needs a file name");
    return Geom{};
  }
  TRY(std::optional<std::string> path, input_file(n, "import", *file));
  if (!path) return Geom{};
  if (lower_extension(*path) == ".dxf") return import_dxf(n, a, *path, *file);
  auto fmt = mesh::format_from_path(*path);
  if (!fmt || *fmt == mesh::MeshFormat::glb) {
    a.warn_node("unsupported.feature", "import(\"" + *file + "\"): only STL, OFF, OBJ, PLY and 3MF meshes (and DXF drawings) are supported");
    return Geom{};
  }
  auto m = mesh::read_mesh_file(*path);
  if (!m) return warned_empty(diags_, m.error(), n, 3);
  return Geom::of(csg::from_mesh(*m));
}

}  // namespace cadscribe::cad::scad
