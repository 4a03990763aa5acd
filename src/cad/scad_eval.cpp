#include "cad/scad_eval.h"

#include <cmath>
#include <functional>
#include <unordered_map>

#include "cad/scad_args.h"
#include "cad/scad_calc.h"
#include "cad/scad_transform.h"
#include "csg/ops.h"

namespace cadscribe::cad::scad {

using base::Result;
using lang::scad::Node;

Geom Geom::of(csg::Solid s) {
  Geom g;
  g.dim = 3;
  if (!s.empty()) g.solids.push_back(std::move(s));
  return g;
}

Geom Geom::of(csg::Polygon2 p) {
  Geom g;
  g.dim = 2;
  if (!p.empty()) g.polys.push_back(std::move(p));
  return g;
}

Geom Geom::empty_of(int dim) {
  Geom g;
  g.dim = dim;
  return g;
}

std::vector<std::string> builtin_module_names() {
  return {"cube",      "sphere",     "cylinder",   "polyhedron",    "square",         "circle",
          "polygon",   "text",       "translate",  "rotate",        "scale",          "mirror",
          "multmatrix", "resize",    "color",      "render",        "union",          "difference",
          "intersection", "hull",    "minkowski",  "linear_extrude", "rotate_extrude", "offset",
          "projection", "import",    "surface",    "group"};
}

TreeEvaluator::TreeEvaluator(const TreeOptions& options, std::vector<base::Diag>& diags, double already_spent)
    : options_(options), diags_(diags), start_(std::chrono::steady_clock::now()), already_spent_(already_spent) {}

std::optional<base::Diag> TreeEvaluator::check_time(const Node& n) const {
  double spent = already_spent_ + std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (spent > options_.limits.max_seconds)
    return base::make_diag("limit.time", "the run exceeded its time budget of " +
                                             std::to_string(options_.limits.max_seconds) + " s", n.span);
  return std::nullopt;
}

std::optional<base::Diag> TreeEvaluator::check_size(const Geom& g, const Node& n) const {
  size_t tris = 0;
  for (const auto& s : g.solids) tris += s.triangles.size();
  for (const auto& p : g.polys)
    for (const auto& r : p.rings) tris += r.size();
  if (int64_t(tris) > options_.max_triangles)
    return base::make_diag("limit.geometry", n.name + "() made " + std::to_string(tris) +
                                                 " triangles, over the budget of " +
                                                 std::to_string(options_.max_triangles), n.span);
  return std::nullopt;
}

Result<int> TreeEvaluator::fragments(const Node& n, double r, double estimate(double)) {
  double fs = n.specials.fs, fa = n.specials.fa;
  if (!(fs >= kFMinimum)) {
    diags_.push_back(warning("runtime.bad_argument", "$fs too small - clamping to 0.010000", n.span));
    fs = kFMinimum;
  }
  if (!(fa >= kFMinimum)) {
    diags_.push_back(warning("runtime.bad_argument", "$fa too small - clamping to 0.010000", n.span));
    fa = kFMinimum;
  }
  double f = fragments_from_r(r, n.specials.fn, fs, fa);
  if (!(estimate(f) <= double(options_.max_triangles)))
    return base::make_diag("limit.geometry", n.name + "() with " + std::to_string(int64_t(std::min(f, 9e18))) +
                                                 " fragments would exceed the budget of " +
                                                 std::to_string(options_.max_triangles) + " triangles", n.span);
  return int(f);
}

Result<Geom> TreeEvaluator::eval(const Node& n) {
  if (auto d = check_time(n)) return *d;
  using Fn = Result<Geom> (TreeEvaluator::*)(const Node&);
  static const std::unordered_map<std::string, Fn> table = {
      {"group", &TreeEvaluator::union_children},        {"union", &TreeEvaluator::union_children},
      {"render", &TreeEvaluator::union_children},       {"color", &TreeEvaluator::union_children},
      {"difference", &TreeEvaluator::eval_boolean},     {"intersection", &TreeEvaluator::eval_boolean},
      {"hull", &TreeEvaluator::eval_hull},              {"minkowski", &TreeEvaluator::eval_minkowski},
      {"translate", &TreeEvaluator::eval_transform},    {"rotate", &TreeEvaluator::eval_transform},
      {"scale", &TreeEvaluator::eval_transform},        {"mirror", &TreeEvaluator::eval_transform},
      {"multmatrix", &TreeEvaluator::eval_transform},   {"resize", &TreeEvaluator::eval_resize},
      {"cube", &TreeEvaluator::eval_cube},              {"sphere", &TreeEvaluator::eval_sphere},
      {"cylinder", &TreeEvaluator::eval_cylinder},      {"polyhedron", &TreeEvaluator::eval_polyhedron},
      {"square", &TreeEvaluator::eval_square},          {"circle", &TreeEvaluator::eval_circle},
      {"polygon", &TreeEvaluator::eval_polygon},        {"import", &TreeEvaluator::eval_import},
      {"text", &TreeEvaluator::eval_text},              {"linear_extrude", &TreeEvaluator::eval_linear_extrude},
      {"rotate_extrude", &TreeEvaluator::eval_rotate_extrude}, {"offset", &TreeEvaluator::eval_offset},
      {"projection", &TreeEvaluator::eval_projection},  {"surface", &TreeEvaluator::eval_surface},
  };
  auto it = table.find(n.name);
  if (it == table.end()) {
    diags_.push_back(warning("unsupported.feature", "module " + n.name + "() has no geometry here; ignored", n.span));
    return Geom{};
  }
  TRY(Geom g, (this->*(it->second))(n));
  if (auto d = check_size(g, n)) return *d;
  return g;
}

Result<std::vector<Geom>> TreeEvaluator::eval_children(const Node& n) {
  std::vector<Geom> out;
  for (const auto& c : n.children) {
    if (c.modifier == '%') continue;
    TRY(Geom g, eval(c));
    if (g.dim != 0) out.push_back(std::move(g));
  }
  return out;
}

void TreeEvaluator::warn_other_dimension(int dim, const Node& n) {
  diags_.push_back(warning("geom.mixed_dimensions",
                           dim == 3 ? "Ignoring 2D child object for 3D operation"
                                    : "Ignoring 3D child object for 2D operation",
                           n.span));
}

std::vector<Geom> TreeEvaluator::of_dimension(std::vector<Geom> children, int dim, const Node& n) {
  std::vector<Geom> out;
  for (auto& g : children) {
    if (g.dim == dim) {
      out.push_back(std::move(g));
    } else if (!g.empty()) {
      warn_other_dimension(dim, n);
    }
  }
  return out;
}

namespace {
int first_dimension(const std::vector<Geom>& children) {
  for (const auto& g : children)
    if (!g.empty()) return g.dim;
  return children.empty() ? 0 : children.front().dim;
}
}  // namespace

Result<Geom> TreeEvaluator::union_children(const Node& n) {
  TRY(auto children, eval_children(n));
  if (children.empty()) return Geom{};
  int dim = first_dimension(children);
  Geom out = Geom::empty_of(dim);
  for (auto& g : of_dimension(std::move(children), dim, n)) {
    for (auto& s : g.solids) out.solids.push_back(std::move(s));
    for (auto& p : g.polys) out.polys.push_back(std::move(p));
  }
  return out;
}

Result<csg::Solid> TreeEvaluator::solid_of(Geom g, const base::SourceSpan& span) {
  if (g.solids.empty()) return csg::Solid{};
  if (g.solids.size() == 1) return std::move(g.solids.front());
  ++csg_ops_;
  auto r = csg::boolean3(csg::BoolOp::kUnion, std::move(g.solids));
  if (!r) {
    base::Diag d = r.error();
    if (!d.span.known()) d.span = span;
    return d;
  }
  return std::move(r).value();
}

csg::Polygon2 TreeEvaluator::polygon_of(Geom g) {
  if (g.polys.empty()) return {};
  if (g.polys.size() == 1) return std::move(g.polys.front());
  ++csg_ops_;
  return csg::boolean2(csg::BoolOp::kUnion, g.polys);
}

Result<Geom> TreeEvaluator::eval_boolean(const Node& n) {
  // As openscad 2021.01: every child node is an operand, an empty one too (an empty module
  // call, `for` over nothing, `if (true) {}`, `cube(0)`) and one of the other dimension (it
  // warns and counts as empty). So ∩ with an empty operand is empty, and an empty first operand
  // of a difference leaves nothing. Statements that make no node (echo, assert, `if` without a
  // taken branch) and background children are not operands.
  std::vector<Geom> children;
  for (const auto& c : n.children) {
    if (c.modifier == '%') continue;
    TRY(Geom g, eval(c));
    children.push_back(std::move(g));
  }
  if (children.empty()) return Geom{};
  const bool difference = n.name == "difference";
  const csg::BoolOp op = difference ? csg::BoolOp::kDifference : csg::BoolOp::kIntersection;
  const int dim = first_dimension(children);
  if (dim == 0) return Geom{};
  for (auto& g : children) {
    if (g.dim == dim) continue;
    if (!g.empty()) warn_other_dimension(dim, n);
    g = Geom::empty_of(dim);
  }
  if (children.size() == 1) return std::move(children.front());
  if (children.front().empty()) return Geom::empty_of(dim);
  if (!difference) {
    for (const auto& g : children)
      if (g.empty()) return Geom::empty_of(dim);
  }
  if (dim == 2) {
    std::vector<csg::Polygon2> operands;
    for (size_t i = 0; i < children.size(); ++i) {
      if (difference && i > 0) {
        for (auto& p : children[i].polys) operands.push_back(std::move(p));
      } else {
        operands.push_back(polygon_of(std::move(children[i])));
      }
    }
    ++csg_ops_;
    return Geom::of(csg::boolean2(op, operands));
  }
  std::vector<csg::Solid> operands;
  for (size_t i = 0; i < children.size(); ++i) {
    if (difference && i > 0) {  // A − (B ∪ C) = A − B − C: no union of the subtrahends needed
      for (auto& s : children[i].solids) operands.push_back(std::move(s));
    } else {
      TRY(csg::Solid s, solid_of(std::move(children[i]), n.span));
      if (s.empty() && !difference) return Geom::empty_of(3);  // ∩ with the empty set
      operands.push_back(std::move(s));
    }
  }
  if (operands.front().empty()) return Geom::empty_of(3);
  if (operands.size() == 1) return Geom::of(std::move(operands.front()));
  ++csg_ops_;
  auto r = csg::boolean3(op, std::move(operands));
  if (!r) {
    base::Diag d = r.error();
    if (!d.span.known()) d.span = n.span;
    return d;
  }
  return Geom::of(std::move(r).value());
}

Result<Geom> TreeEvaluator::eval_hull(const Node& n) {
  TRY(auto children, eval_children(n));
  if (children.empty()) return Geom{};
  int dim = first_dimension(children);
  children = of_dimension(std::move(children), dim, n);
  ++csg_ops_;
  if (dim == 2) {
    std::vector<csg::Polygon2> all;
    for (auto& g : children)
      for (auto& p : g.polys) all.push_back(std::move(p));
    return Geom::of(csg::hull2(all));
  }
  std::vector<csg::Solid> all;
  for (auto& g : children)
    for (auto& s : g.solids) all.push_back(std::move(s));
  auto r = csg::hull3(all);
  if (!r) return r.error();
  return Geom::of(std::move(r).value());
}

Result<Geom> TreeEvaluator::eval_minkowski(const Node& n) {
  TRY(auto children, eval_children(n));
  if (children.empty()) return Geom{};
  int dim = first_dimension(children);
  children = of_dimension(std::move(children), dim, n);
  // openscad skips empty operands (its nullspace-minkowski test: minkowski of an empty
  // intersection and a cube is the cube).
  std::erase_if(children, [](const Geom& g) { return g.empty(); });
  if (children.empty()) return Geom::empty_of(dim);
  if (children.size() == 1) return std::move(children.front());
  ++csg_ops_;
  if (dim == 2) {
    std::vector<csg::Polygon2> ops;
    for (auto& g : children) ops.push_back(polygon_of(std::move(g)));
    return Geom::of(csg::minkowski2(ops));
  }
  std::vector<csg::Solid> ops;
  for (auto& g : children) {
    TRY(csg::Solid s, solid_of(std::move(g), n.span));
    ops.push_back(std::move(s));
  }
  auto r = csg::minkowski3(ops);
  if (!r) return r.error();
  return Geom::of(std::move(r).value());
}

Result<Geom> TreeEvaluator::apply_matrix(Geom g, const csg::Matrix4& m, const Node& n) {
  if (!is_finite(m)) {
    diags_.push_back(warning("runtime.bad_argument",
                             "Transformation matrix contains Not-a-Number and/or Infinity - removing object.", n.span));
    return Geom::empty_of(g.dim);
  }
  if (g.dim == 2) {
    double det2 = m[0] * m[5] - m[1] * m[4];
    if (det2 == 0) {
      diags_.push_back(warning("geom.degenerate_transform", "Scaling a 2D object with 0 - removing object", n.span));
      return Geom::empty_of(2);
    }
    for (auto& p : g.polys) p = csg::transformed(p, m);
    return g;
  }
  if (g.dim == 3) {
    if (determinant3(m) == 0) {
      diags_.push_back(warning("geom.degenerate_transform", "Scaling a 3D object with 0 - removing object", n.span));
      return Geom::empty_of(3);
    }
    for (auto& s : g.solids) s = csg::transformed(s, m);
  }
  return g;
}

Result<Geom> TreeEvaluator::eval_transform(const Node& n) {
  csg::Matrix4 m = identity4();
  if (n.name == "translate") {
    ArgReader a(n, {"v"}, diags_);
    if (auto v = a.vec("v", 3, 0, false, true)) m = translation((*v)[0], (*v)[1], (*v)[2]);
  } else if (n.name == "scale") {
    ArgReader a(n, {"v"}, diags_);
    if (auto v = a.vec("v", 3, 1, true, true)) m = scaling((*v)[0], (*v)[1], (*v)[2]);
  } else if (n.name == "mirror") {
    ArgReader a(n, {"v"}, diags_);
    m = mirroring(1, 0, 0);  // openscad's default plane (no or a bad `v`): x = 0
    if (auto v = a.vec("v", 3, 0, false, true)) m = mirroring((*v)[0], (*v)[1], (*v)[2]);
  } else if (n.name == "rotate") {
    ArgReader a(n, {"a", "v"}, diags_);
    const auto* av = a.get("a");
    if (av && av->value.is_vector()) {
      if (a.has("v")) a.warn("v", "When parameter a is supplied as vector, v is ignored");
      if (auto v = a.vec("a", 3, 0, false, true)) m = rotation_xyz((*v)[0], (*v)[1], (*v)[2]);
    } else {
      double angle = a.number("a").value_or(0);
      std::array<double, 3> axis{0, 0, 1};
      if (a.has("v"))
        if (auto v = a.vec("v", 3, 0, false)) axis = *v;
      m = rotation_axis(angle, axis[0], axis[1], axis[2]);
    }
  } else {  // multmatrix
    ArgReader a(n, {"m"}, diags_);
    if (const auto* mv = a.get("m")) {
      bool ok = mv->value.is_vector() && mv->value.as_vector().size() <= 4;
      if (ok) {
        const auto& rows = mv->value.as_vector();
        for (size_t i = 0; ok && i < rows.size(); ++i) {
          auto row = rows[i].number_vector(1, 4);
          if (!row) {
            ok = false;
            break;
          }
          for (size_t j = 0; j < row->size(); ++j) m[i * 4 + j] = (*row)[j];
        }
      }
      if (!ok) {
        a.warn("m", "expected a 3x4 or 4x4 matrix of numbers");
        m = identity4();
      }
    }
  }
  TRY(Geom g, union_children(n));
  return apply_matrix(std::move(g), m, n);
}

Result<Geom> TreeEvaluator::eval_resize(const Node& n) {
  ArgReader a(n, {"newsize", "auto", "convexity"}, diags_);
  std::array<double, 3> newsize{0, 0, 0};
  std::array<bool, 3> autosize{false, false, false};
  // openscad 2021.01 reads only a vector (a number resizes nothing) and takes a negative size as
  // 0, i.e. "keep this axis" (resize_negative_and_scalar spec).
  if (const auto* ns = a.get("newsize")) {
    if (!ns->value.is_number())
      if (auto v = a.vec("newsize", 3, 0, false)) newsize = *v;
    for (double& d : newsize) d = std::max(d, 0.0);
  }
  if (const auto* au = a.get("auto")) {
    if (au->value.is_bool()) {
      autosize = {au->value.as_bool(), au->value.as_bool(), au->value.as_bool()};
    } else if (au->value.is_vector()) {
      const auto& items = au->value.as_vector();
      for (size_t i = 0; i < items.size() && i < 3; ++i) autosize[i] = items[i].truthy();
    } else {
      a.warn("auto", "expected a boolean or a vector of booleans");
    }
  }
  TRY(Geom g, union_children(n));
  if (g.empty()) return g;
  mesh::Box box;
  for (const auto& s : g.solids) {
    auto b = s.bounds();
    if (!b.empty) box.add(b.min), box.add(b.max);
  }
  for (const auto& p : g.polys)
    for (const auto& r : p.rings)
      for (const auto& q : r) box.add({q.x, q.y, 0});
  auto size = box.size();
  auto f = resize_factors({size.x, size.y, size.z}, newsize, autosize, g.dim);
  for (int i = 0; i < g.dim; ++i)
    if (f.no_effect[size_t(i)])
      diags_.push_back(warning("geom.resize_no_effect", "Resize in direction " + std::to_string(i) + " has no effect",
                               n.span));
  return apply_matrix(std::move(g), scaling(f.scale[0], f.scale[1], g.dim == 3 ? f.scale[2] : 1), n);
}

}  // namespace cadscribe::cad::scad
