// kernel/shape.h — the OpenCASCADE facade: the only public view of B-rep geometry.
//
// No OpenCASCADE header appears in kernel's public headers: a Shape holds its TopoDS_Shape behind
// a shared, immutable pimpl (kernel/shape_impl.h, private to kernel). Every operation returns a
// new Shape (values, not mutation). Every OCCT exception (Standard_Failure) is caught here and
// becomes a Diag: "geom.boolean_failed", "geom.fillet_failed", "geom.invalid_input", ...
// Coordinates are world mm; angles here are DEGREES where a CadQuery-facing caller passes them
// through (documented per function), radians nowhere in this header.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "math/vec.h"
#include "mesh/mesh.h"

namespace cadscribe::kernel {

using base::Result;
using base::Status;
using math::Frame;
using math::Transform;
using math::Vec3;

enum class ShapeType { kCompound, kCompSolid, kSolid, kShell, kFace, kWire, kEdge, kVertex, kNull };

struct ShapeImpl;  // private: wraps TopoDS_Shape

class Shape {
 public:
  Shape() = default;  // null shape
  explicit Shape(std::shared_ptr<const ShapeImpl> impl) : impl_(std::move(impl)) {}

  [[nodiscard]] bool is_null() const;
  [[nodiscard]] ShapeType type() const;
  // Same underlying topology, location and orientation (TopoDS_Shape::IsEqual).
  [[nodiscard]] bool is_equal(const Shape& other) const;
  // Same topology ignoring orientation (IsSame) — what selectors and dedupe want.
  [[nodiscard]] bool is_same(const Shape& other) const;
  [[nodiscard]] size_t hash() const;  // consistent with is_same
  [[nodiscard]] const ShapeImpl& impl() const { return *impl_; }

 private:
  std::shared_ptr<const ShapeImpl> impl_;
};

[[nodiscard]] const char* shape_type_name(ShapeType t);  // "Solid", "Face", ... (CadQuery's names)

// ---- Primitives (placed in `frame`; sizes must be > 0 else geom.invalid_input) ----
// Box with one corner at the frame origin spanning +dx, +dy, +dz along the frame axes.
Result<Shape> make_box(const Frame& frame, double dx, double dy, double dz);
// Cylinder along frame z from the origin, radius r, height h, sweep angle_deg (360 = full).
Result<Shape> make_cylinder(const Frame& frame, double r, double h, double angle_deg = 360);
// Cone (frustum) along frame z: base radius r1 at z=0, top radius r2 at z=h (either may be 0).
Result<Shape> make_cone(const Frame& frame, double r1, double r2, double h, double angle_deg = 360);
// Sphere centred at the frame origin; angle1/angle2 are latitude limits, angle3 the longitude sweep.
Result<Shape> make_sphere(const Frame& frame, double r, double angle1_deg = -90, double angle2_deg = 90,
                          double angle3_deg = 360);
// Torus centred at the frame origin, axis frame z.
Result<Shape> make_torus(const Frame& frame, double r_major, double r_minor);
// Wedge as BRepPrimAPI_MakeWedge(dx, dy, dz, xmin, zmin, xmax, zmax) in the frame.
Result<Shape> make_wedge(const Frame& frame, double dx, double dy, double dz, double xmin, double zmin,
                         double xmax, double zmax);

// ---- Vertices, edges, wires, faces ----
Shape make_vertex(const Vec3& p);
Result<Shape> make_line(const Vec3& a, const Vec3& b);
Result<Shape> make_arc_3pt(const Vec3& a, const Vec3& mid, const Vec3& b);
// Circle (full) or arc from angle a0 to a1 (degrees, counter-clockwise about frame z, 0 = frame x).
Result<Shape> make_circle(const Frame& frame, double r);
Result<Shape> make_circle_arc(const Frame& frame, double r, double a0_deg, double a1_deg);
// Ellipse with major radius r1 along frame x and minor r2 along frame y (r1 >= r2 not required:
// the kernel swaps axes as OCCT needs). Full, or arc between angles (degrees).
Result<Shape> make_ellipse(const Frame& frame, double r1, double r2);
Result<Shape> make_ellipse_arc(const Frame& frame, double r1, double r2, double a0_deg, double a1_deg);
// Interpolating B-spline through points; optional tangents at start/end (or one per point).
Result<Shape> make_spline(const std::vector<Vec3>& points, const std::vector<Vec3>& tangents = {},
                          bool periodic = false);
Result<Shape> make_bezier(const std::vector<Vec3>& poles);
// Helix wire (CadQuery's Wire.makeHelix): `pitch` mm per turn, `height` along `dir` from `center`,
// on a cylinder of `radius`, or on a cone when angle_deg != 360 (the cone's half-angle, degrees).
Result<Shape> make_helix(double pitch, double height, double radius, const Vec3& center = {0, 0, 0},
                         const Vec3& dir = {0, 0, 1}, double angle_deg = 360, bool lefthand = false);
// Connects edges (in order, tolerant of small gaps) into a wire.
Result<Shape> make_wire(const std::vector<Shape>& edges);
// Closed polygon wire through points (closes back to the first point).
Result<Shape> make_polygon(const std::vector<Vec3>& points, bool close = true);
// Planar faces from closed wires: wires are nested by containment, so a wire inside another
// becomes a hole, one inside a hole a new face (CadQuery's extrude semantics). All wires must be
// planar and coplanar-parallel; returns one face per outer boundary.
Result<std::vector<Shape>> make_faces(const std::vector<Shape>& wires);
// 2D fillet / chamfer of a planar face's corners (CadQuery's Face.fillet2D / chamfer2D, used by
// Sketch): `vertices` must be vertices of the face; each joins exactly two edges.
Result<Shape> fillet_2d(const Shape& face, const std::vector<Shape>& vertices, double radius);
Result<Shape> chamfer_2d(const Shape& face, const std::vector<Shape>& vertices, double d);
// 2D offset of a closed planar wire; kind: "arc" | "intersection" | "tangent".
Result<std::vector<Shape>> offset_wire_2d(const Shape& wire, double distance, const std::string& kind);
// Text outline faces (font file path bundled by the caller), size in mm, on frame's XY.
Result<std::vector<Shape>> make_text_faces(const std::string& text, double size, const std::string& font_path,
                                           const Frame& frame, const std::string& halign,
                                           const std::string& valign);

// ---- Features (solids from faces/wires) ----
// Inputs of extrude/revolve/twist_extrude may be faces, shells/compounds of faces, or closed
// wires/edges (nested as make_faces). One face gives a Solid; several give a Compound of solids
// (fuse them if one solid is wanted).
// Linear extrusion of faces along `vec` (its length is the distance); taper_deg != 0 drafts inward
// (the section is offset inward by z*tan(taper): outer boundaries shrink, holes grow; convex
// corners of an outward draft are rounded, as LocOpe_DPrism / CadQuery do).
Result<Shape> extrude(const std::vector<Shape>& faces, const Vec3& vec, double taper_deg = 0);
// Revolve faces about the axis through `axis_point` with direction `axis_dir` by angle_deg.
Result<Shape> revolve(const std::vector<Shape>& faces, const Vec3& axis_point, const Vec3& axis_dir,
                      double angle_deg);
// Loft through closed (or all open) wires; ruled = straight segments between sections.
Result<Shape> loft(const std::vector<Shape>& wires, bool ruled, bool make_solid = true);
// Sweep a profile (face or closed wire(s)) along a path wire. transition: "right"|"round"|"transformed".
Result<Shape> sweep(const std::vector<Shape>& profile_wires, const Shape& path, bool frenet,
                    const std::string& transition, bool make_solid = true);
// sweep() with CadQuery's guided modes: `normal` (a fixed trihedron: the profile keeps its
// orientation, z = normal, placed at the path's start) or `aux_spine` (the profile's rotation
// follows an auxiliary wire). Exactly one must be given.
struct SweepGuide {
  std::optional<Vec3> normal;
  Shape aux_spine;
};
Result<Shape> sweep_guided(const std::vector<Shape>& profile_wires, const Shape& path, const SweepGuide& guide,
                           const std::string& transition = "right", bool make_solid = true);
// Multi-section sweep (CadQuery's sweep(multisection=True)): the path carries every section (wires
// or vertices at the ends, in path order) and the surface blends between them.
Result<Shape> sweep_multi(const std::vector<Shape>& sections, const Shape& path, bool frenet,
                          bool make_solid = true);
// Extrude with twist: sections rotated linearly up to angle_deg about an axis through `center`.
Result<Shape> twist_extrude(const std::vector<Shape>& wires, const Vec3& vec, const Vec3& center,
                            double angle_deg);

// ---- Booleans (results are cleaned only when asked, see clean()) ----
// Results keep OCCT's (and so CadQuery's) shape types: booleans, fillet and chamfer return a
// Compound (usually of one Solid); primitives, extrude, revolve, loft, sweep and shell a Solid.
// A result that is empty or fails BRepCheck is geom.boolean_failed (OCCT's alert names, e.g.
// "BOPAlgo_AlertBOPNotAllowed", are in the Diag's notes), never a silently empty shape.
Result<Shape> fuse(const Shape& a, const Shape& b);
Result<Shape> fuse_all(const std::vector<Shape>& shapes);
Result<Shape> cut(const Shape& a, const Shape& tool);
// `a` minus every tool in one boolean (CadQuery's Shape.cut(*tools)): the tools may overlap each
// other, and one General Fuse over all of them costs a fraction of a cut per tool (the sprocket
// family's program, a circle minus 24 roller seats then a bore: 77 ms against 173 ms).
Result<Shape> cut_all(const Shape& a, const std::vector<Shape>& tools);
Result<Shape> common(const Shape& a, const Shape& b);
// Split `shape` by `tools` (BRepAlgoAPI_Splitter); result is a compound of pieces.
Result<Shape> split(const Shape& shape, const std::vector<Shape>& tools);
// Section of a shape by a plane (the planar face/edges it cuts).
Result<Shape> section(const Shape& shape, const Frame& plane);
// Merge coplanar faces / collinear edges (ShapeUpgrade_UnifySameDomain), as CadQuery's clean=True.
// Cosmetic: if unification throws or breaks validity the input comes back unchanged.
Result<Shape> clean(const Shape& shape);

// ---- Modifiers ----
Result<Shape> fillet(const Shape& solid, const std::vector<Shape>& edges, double radius);
Result<Shape> chamfer(const Shape& solid, const std::vector<Shape>& edges, double d1,
                      std::optional<double> d2 = std::nullopt);
// Hollow a solid: remove `faces` (may be empty: closed shell), wall `thickness` (negative = inward
// as CadQuery), kind "arc" | "intersection".
Result<Shape> shell(const Shape& solid, const std::vector<Shape>& faces, double thickness,
                    const std::string& kind = "arc");
Result<Shape> transform(const Shape& shape, const Transform& t);  // rigid/uniform-scale/mirror
Result<Shape> make_compound(const std::vector<Shape>& shapes);

// ---- Queries ----
// Distinct sub-shapes of a type in a deterministic order (TopExp::MapShapes order).
std::vector<Shape> sub_shapes(const Shape& shape, ShapeType type);
// CadQuery's geomType(): faces "PLANE" "CYLINDER" "CONE" "SPHERE" "TORUS" "BSPLINE" "BEZIER"
// "REVOLUTION" "EXTRUSION" "OFFSET" "OTHER"; edges "LINE" "CIRCLE" "ELLIPSE" "BSPLINE" "BEZIER"
// "HYPERBOLA" "PARABOLA" "OFFSET" "OTHER".
std::string geom_type(const Shape& shape);
Vec3 center_of_mass(const Shape& shape);   // volume/area/length/point centre by dimension
Vec3 bbox_center(const Shape& shape);
mesh::Box bounding_box(const Shape& shape);  // tight (optimal) box
// A box that contains the shape, from control points and tolerances (BRepBndLib::Add): cheap, and
// as much as a few % larger on B-spline faces. For sizes where tightness does not matter (mesh
// deflections, "far enough" lengths).
mesh::Box loose_bounding_box(const Shape& shape);
// The tight box of a shape that tessellate() has meshed (its triangulation stays on the faces):
// equal to bounding_box(), much cheaper on curved parts, because only the faces whose mesh comes
// near the box's sides are bounded exactly. Without a triangulation it is bounding_box().
mesh::Box bounding_box_of_tessellated(const Shape& shape);
double volume(const Shape& shape);
double area(const Shape& shape);
double length(const Shape& shape);
// Face: outward normal at the face's centre (respecting orientation). Edge/wire: not defined.
Result<Vec3> face_normal(const Shape& face, std::optional<Vec3> at = std::nullopt);
// Edge: tangent at the start (param 0..1 along the edge).
Result<Vec3> edge_tangent(const Shape& edge, double t = 0);
Result<Vec3> edge_point(const Shape& edge, double t);  // 0 = start, 1 = end (orientation-aware)
Vec3 vertex_point(const Shape& vertex);
bool is_closed(const Shape& wire_or_edge);
// Radius of a circular edge (CadQuery's Edge.radius()); geom.invalid_input for other edges.
Result<double> edge_radius(const Shape& edge);
// Point containment in a solid (BRepClass3d_SolidClassifier); points within `tol` of the
// boundary count as inside. False for shapes without solids.
bool is_inside(const Shape& solid, const Vec3& p, double tol = 1e-6);

// ---- Validity (DESIGN.md §5) ----
struct Validity {
  bool brep_valid = false;     // BRepCheck_Analyzer
  int solids = 0;
  int faces = 0;
  int edges = 0;
  int vertices = 0;
  bool connected = false;      // exactly one connected solid
  double volume = 0;
};
Validity check_validity(const Shape& shape);

// ---- Tessellation and I/O ----
// Triangulates with BRepMesh (linear deflection in mm, angular in degrees); outward triangles,
// nodes shared along edges (a valid solid gives Mesh::is_closed_oriented()). The result depends
// only on the tolerances, not on earlier calls. Failures: geom.tessellation_failed.
Result<mesh::Mesh> tessellate(const Shape& shape, double linear_tol = 0.1, double angular_tol_deg = 20);
// AP214, silenced messenger, fixed header time stamp and product name: same shape, same bytes.
Status write_step(const Shape& shape, const std::string& path);  // io.write_failed
Status write_brep(const Shape& shape, const std::string& path);
Status write_stl(const Shape& shape, const std::string& path, double linear_tol = 0.1);
Result<Shape> read_step(const std::string& path);  // io.not_found, io.read_failed
// Makes OCCT silent (no banners on stdout). Idempotent; called by every writer/reader.
void silence_occt();

}  // namespace cadscribe::kernel
