// cad/scad_eval.h — the OpenSCAD geometry evaluator: a lang::scad instance tree → 2D/3D geometry.
//
// Walks the tree the language front end produced (lang/scad/node.h) and applies openscad
// 2021.01's geometry semantics: every node yields nothing (dim 0: an empty group), a 2D region
// set or a 3D solid set. A group's dimension is that of its first child with geometry; children
// of the other dimension are ignored with a warning ("Ignoring 2D child object for 3D
// operation"), as openscad does. `%` subtrees are skipped (openscad's render/export ignores them).
// Unions are lazy: a Geom holds parts whose union it stands for, so transforms apply part by part
// and one n-ary union is made only when an operation needs a single solid (difference,
// intersection, minkowski, extrusion, the final result).
// Limits: a triangle budget (limit.geometry) checked before building primitives and after every
// operation, and the run's wall clock (limit.time) checked at every node. csg failures become
// geom.* errors; argument problems are warnings with the argument's location.
// Depends on lang/scad (tree), csg (operations), mesh (import). Prints nothing.
#pragma once

#include <chrono>
#include <string>
#include <optional>
#include <vector>

#include "base/budget.h"
#include "base/diag.h"
#include "base/result.h"
#include "csg/geometry.h"
#include "lang/scad/node.h"

namespace cadscribe::cad::scad {

class ArgReader;

struct Geom {
  int dim = 0;                        // 0: no geometry (empty group), 2 or 3
  std::vector<csg::Solid> solids;     // dim 3: the union of these
  std::vector<csg::Polygon2> polys;   // dim 2: the union of these
  [[nodiscard]] bool empty() const { return solids.empty() && polys.empty(); }
  [[nodiscard]] static Geom of(csg::Solid s);
  [[nodiscard]] static Geom of(csg::Polygon2 p);
  [[nodiscard]] static Geom empty_of(int dim);
};

struct TreeOptions {
  base::Limits limits;                    // max_seconds is the whole run's (language + geometry)
  int64_t max_triangles = 2'000'000;      // any one intermediate or final result (limit.geometry)
  std::vector<std::string> library_paths; // import() may read there too
  bool allow_files = true;                // false: import() is refused
};

class TreeEvaluator {
 public:
  // `already_spent` seconds of the time budget were used before (parsing, evaluation).
  TreeEvaluator(const TreeOptions& options, std::vector<base::Diag>& diags, double already_spent = 0);

  [[nodiscard]] base::Result<Geom> eval(const lang::scad::Node& node);
  // The union of a 3D Geom's parts as one solid (empty Solid for none).
  [[nodiscard]] base::Result<csg::Solid> solid_of(Geom g, const base::SourceSpan& span);
  [[nodiscard]] csg::Polygon2 polygon_of(Geom g);
  [[nodiscard]] int64_t csg_operations() const { return csg_ops_; }

 private:
  using Node = lang::scad::Node;
  // Children (skipping `%`), null results dropped.
  [[nodiscard]] base::Result<std::vector<Geom>> eval_children(const Node& n);
  // The implicit union of children (lazy: parts concatenated).
  [[nodiscard]] base::Result<Geom> union_children(const Node& n);
  // Children of the dimension `dim` (others warned about and dropped).
  [[nodiscard]] std::vector<Geom> of_dimension(std::vector<Geom> children, int dim, const Node& n);
  // openscad's "Ignoring 2D child object for 3D operation" (or 3D for 2D), as a warning.
  void warn_other_dimension(int dim, const Node& n);
  [[nodiscard]] base::Result<Geom> eval_boolean(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_hull(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_minkowski(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_transform(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_resize(const Node& n);
  [[nodiscard]] base::Result<Geom> apply_matrix(Geom g, const csg::Matrix4& m, const Node& n);
  // scad_eval_shapes.cpp
  [[nodiscard]] base::Result<Geom> eval_cube(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_sphere(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_cylinder(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_polyhedron(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_square(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_circle(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_polygon(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_import(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_surface(const Node& n);
  // The sandboxed path of a file `fn` (import, surface) reads; nullopt, after a warning, when it
  // does not exist (openscad then yields nothing); io.sandbox_violation when it is refused.
  [[nodiscard]] base::Result<std::optional<std::string>> input_file(const Node& n, const char* fn,
                                                                    const std::string& file);
  [[nodiscard]] base::Result<Geom> eval_text(const Node& n);
  // scad_eval_2d.cpp
  // The node's 2D children merged into one region (extrusions, offset); nullopt when
  // it has no 2D child.
  [[nodiscard]] base::Result<std::optional<csg::Polygon2>> region_of_children(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_linear_extrude(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_rotate_extrude(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_offset(const Node& n);
  [[nodiscard]] base::Result<Geom> eval_projection(const Node& n);

  // The fragment count for radius r under the node's $fn/$fa/$fs (with openscad's clamping
  // warnings), or limit.geometry when `triangles_per_fragment`-scaled output would not fit.
  [[nodiscard]] base::Result<int> fragments(const Node& n, double r, double estimate_triangles_of_f(double));
  [[nodiscard]] base::Result<Geom> import_dxf(const Node& n, const ArgReader& a, const std::string& path,
                                              const std::string& shown);
  [[nodiscard]] std::optional<base::Diag> check_size(const Geom& g, const Node& n) const;
  [[nodiscard]] std::optional<base::Diag> check_time(const Node& n) const;

  TreeOptions options_;
  std::vector<base::Diag>& diags_;
  std::chrono::steady_clock::time_point start_;
  double already_spent_ = 0;
  int64_t csg_ops_ = 0;
};

// The builtin module names this evaluator implements (for lang::scad::RunOptions).
[[nodiscard]] std::vector<std::string> builtin_module_names();

}  // namespace cadscribe::cad::scad
