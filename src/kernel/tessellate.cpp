// kernel/tessellate.cpp — B-rep -> triangle mesh (BRepMesh_IncrementalMesh, serial).
// Invariants of the output: triangles are counter-clockwise seen from outside (each face's
// orientation is applied), and nodes on shared edges and vertices are shared between faces
// (matched through the edges' polygons-on-triangulation), so a valid solid gives a closed,
// consistently oriented mesh. Degenerate edges (sphere poles) collapse onto their vertex and the
// resulting zero-area triangles are dropped. Units: mm; angular tolerance in degrees.
#include <BRepMesh_IncrementalMesh.hxx>
#include <IMeshTools_Parameters.hxx>
#include <BRep_Tool.hxx>
#include <Poly_PolygonOnTriangulation.hxx>
#include <Poly_Triangulation.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopLoc_Location.hxx>
#include <TopTools_IndexedMapOfShape.hxx>

#include <unordered_map>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::invalid;
using detail::occ;

Result<mesh::Mesh> tessellate(const Shape& shape, double linear_tol, double angular_tol_deg) {
  if (shape.is_null()) return invalid("tessellate: null shape");
  if (!std::isfinite(linear_tol) || linear_tol <= 0) return invalid("tessellate: linear tolerance must be > 0");
  if (!std::isfinite(angular_tol_deg) || angular_tol_deg <= 0 || angular_tol_deg >= 180)
    return invalid("tessellate: angular tolerance must be in (0, 180) degrees");
  return detail::guard("geom.tessellation_failed", "tessellate", [&]() -> Result<mesh::Mesh> {
    const TopoDS_Shape& s = occ(shape);
    IMeshTools_Parameters params;
    params.Deflection = linear_tol;
    params.Angle = detail::deg2rad(angular_tol_deg);
    params.Relative = false;
    params.InParallel = false;
    // BRepMesh caches triangulations on the shape and normally keeps a finer one: allowing a
    // "decrease" makes the mesh depend only on this call's tolerances, not on call history.
    params.AllowQualityDecrease = true;
    BRepMesh_IncrementalMesh mesher(s, params);
    TopTools_IndexedMapOfShape vertices, edges;
    TopExp::MapShapes(s, TopAbs_VERTEX, vertices);
    TopExp::MapShapes(s, TopAbs_EDGE, edges);

    mesh::Mesh m;
    // Shared nodes: key (0, vertex index) for vertices, (edge index, k) for the k-th interior
    // node of an edge's polygon.
    std::unordered_map<uint64_t, uint32_t> shared;
    auto add_position = [&](const gp_Pnt& p) {
      m.positions.push_back({static_cast<float>(p.X()), static_cast<float>(p.Y()), static_cast<float>(p.Z())});
      return static_cast<uint32_t>(m.positions.size() - 1);
    };
    int faces_without_mesh = 0;
    for (TopExp_Explorer ex(s, TopAbs_FACE); ex.More(); ex.Next()) {
      const TopoDS_Face& face = TopoDS::Face(ex.Current());
      TopLoc_Location loc;
      const Handle(Poly_Triangulation)& tri = BRep_Tool::Triangulation(face, loc);
      if (tri.IsNull()) {
        ++faces_without_mesh;
        continue;
      }
      const gp_Trsf trsf = loc.Transformation();
      const int nn = tri->NbNodes();
      std::vector<uint32_t> local(static_cast<size_t>(nn) + 1, UINT32_MAX);
      for (TopExp_Explorer ee(face, TopAbs_EDGE); ee.More(); ee.Next()) {
        const TopoDS_Edge& edge = TopoDS::Edge(ee.Current());
        // Orientation matters for seam edges: each side has its own polygon.
        const Handle(Poly_PolygonOnTriangulation)& poly = BRep_Tool::PolygonOnTriangulation(edge, tri, loc);
        if (poly.IsNull()) continue;
        TopoDS_Vertex v_first, v_last;
        TopExp::Vertices(edge, v_first, v_last);  // by the curve's parametrisation, not orientation
        const bool degenerated = BRep_Tool::Degenerated(edge);
        const int edge_index = edges.FindIndex(edge);
        const int n = poly->NbNodes();
        for (int k = 1; k <= n; ++k) {
          const int node = poly->Node(k);
          if (node < 1 || node > nn || local[node] != UINT32_MAX) continue;
          uint64_t key;
          if ((k == 1 || degenerated) && !v_first.IsNull()) {
            key = static_cast<uint64_t>(vertices.FindIndex(v_first));
          } else if (k == n && !v_last.IsNull()) {
            key = static_cast<uint64_t>(vertices.FindIndex(v_last));
          } else {
            key = (static_cast<uint64_t>(edge_index) << 32) | static_cast<uint64_t>(k);
          }
          auto it = shared.find(key);
          if (it != shared.end()) {
            local[node] = it->second;
          } else {
            local[node] = add_position(tri->Node(node).Transformed(trsf));
            shared.emplace(key, local[node]);
          }
        }
      }
      for (int i = 1; i <= nn; ++i)
        if (local[i] == UINT32_MAX) local[i] = add_position(tri->Node(i).Transformed(trsf));
      const bool reversed = face.Orientation() == TopAbs_REVERSED;
      for (int i = 1; i <= tri->NbTriangles(); ++i) {
        int a, b, c;
        tri->Triangle(i).Get(a, b, c);
        if (reversed) std::swap(b, c);
        uint32_t ia = local[a], ib = local[b], ic = local[c];
        if (ia == ib || ib == ic || ia == ic) continue;  // collapsed at a pole
        m.triangles.push_back({ia, ib, ic});
      }
    }
    if (m.triangles.empty() && TopExp_Explorer(s, TopAbs_FACE).More())
      return base::make_diag("geom.tessellation_failed", "tessellate: no triangles produced");
    if (faces_without_mesh > 0)
      return base::make_diag("geom.tessellation_failed",
                             "tessellate: " + std::to_string(faces_without_mesh) + " face(s) could not be meshed");
    return m;
  });
}

}  // namespace cadscribe::kernel
