// kernel/boxes.cpp — axis-aligned bounding boxes of shapes: the tight (optimal) box, a cheap
// loose one, and the tight box of a tessellated shape computed face by face only where needed.
// Why three: BRepBndLib::AddOptimal bounds every face by optimisation and costs as much as a
// boolean on curved parts (a shelled, filleted tray: 68 ms), yet a tessellated shape already shows
// which few faces can reach the box's sides.
#include <BRepBndLib.hxx>
#include <BRepBuilderAPI_Copy.hxx>
#include <BRepMesh_IncrementalMesh.hxx>
#include <BRep_Tool.hxx>
#include <Bnd_Box.hxx>
#include <IMeshTools_Parameters.hxx>
#include <Poly_Triangulation.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>

#include <algorithm>
#include <cmath>
#include <vector>

#include "kernel/shape_impl.h"

namespace cadscribe::kernel {

using detail::occ;

namespace {

// The optimal box of one shape, void when OpenCASCADE cannot compute it.
Bnd_Box optimal_box(const TopoDS_Shape& s) {
  Bnd_Box b;
  try {
    BRepBndLib::AddOptimal(s, b, /*useTriangulation=*/false, /*useShapeTolerance=*/false);
  } catch (...) {
    b.SetVoid();
  }
  return b;
}

// The box of a face AddOptimal cannot bound: the nodes of a fine mesh of a copy of it (within
// 0.1% of its control-point box, never larger than the face; the copy keeps the caller's shape
// free of a triangulation), else that control-point box.
Bnd_Box meshed_face_box(const TopoDS_Shape& face) {
  Bnd_Box loose;
  BRepBndLib::Add(face, loose, /*useTriangulation=*/false);
  if (loose.IsVoid()) return loose;
  try {
    TopoDS_Shape copy = BRepBuilderAPI_Copy(face, /*copyGeom=*/true, /*copyMesh=*/false).Shape();
    const double diagonal = std::sqrt(loose.SquareExtent());
    IMeshTools_Parameters params;
    params.Deflection = std::max(diagonal * 1e-3, 1e-6);
    params.Angle = 15.0 * M_PI / 180.0;
    params.InParallel = false;
    BRepMesh_IncrementalMesh mesher(copy, params);
    Bnd_Box nodes;
    BRepBndLib::Add(copy, nodes, /*useTriangulation=*/true);
    TopLoc_Location loc;
    if (!nodes.IsVoid() && !BRep_Tool::Triangulation(TopoDS::Face(copy), loc).IsNull()) return nodes;
  } catch (...) {
  }
  return loose;
}

Bnd_Box face_box(const TopoDS_Shape& face) {
  Bnd_Box b = optimal_box(face);
  return b.IsVoid() ? meshed_face_box(face) : b;
}

mesh::Box to_box(const Bnd_Box& b) {
  mesh::Box box;
  if (b.IsVoid()) return box;
  double x0, y0, z0, x1, y1, z1;
  b.Get(x0, y0, z0, x1, y1, z1);
  box.add({x0, y0, z0});
  box.add({x1, y1, z1});
  return box;
}

// The box of a face's triangulation nodes (which lie on the face), void without a triangulation.
Bnd_Box node_box(const TopoDS_Face& face, double& deflection) {
  Bnd_Box b;
  TopLoc_Location loc;
  const Handle(Poly_Triangulation)& tri = BRep_Tool::Triangulation(face, loc);
  if (tri.IsNull() || tri->NbNodes() == 0) return b;
  const gp_Trsf trsf = loc.Transformation();
  for (int i = 1; i <= tri->NbNodes(); ++i) b.Add(tri->Node(i).Transformed(trsf));
  deflection = tri->Deflection();
  return b;
}

// Whether `inner` grown by `margin` stays within `outer` on all six sides.
bool within(const Bnd_Box& inner, double margin, const Bnd_Box& outer) {
  double a[6], b[6];
  inner.Get(a[0], a[1], a[2], a[3], a[4], a[5]);
  outer.Get(b[0], b[1], b[2], b[3], b[4], b[5]);
  for (int k = 0; k < 3; ++k)
    if (a[k] - margin < b[k] || a[k + 3] + margin > b[k + 3]) return false;
  return true;
}

}  // namespace

// AddOptimal fails on some shapes as a whole (seen: a shelled tray with fillets gave a void box,
// so the mesh deflection derived from it collapsed to 1e-6 mm and tessellation ran for minutes).
// Then the box is built face by face, each optimal where possible and from a fine mesh of the
// face where not (meshed_face_box).
mesh::Box bounding_box(const Shape& shape) {
  if (shape.is_null()) return {};
  const TopoDS_Shape& s = occ(shape);
  Bnd_Box b = optimal_box(s);
  if (b.IsVoid()) {
    try {
      for (TopExp_Explorer e(s, TopAbs_FACE); e.More(); e.Next()) b.Add(face_box(e.Current()));
      if (b.IsVoid()) BRepBndLib::Add(s, b, /*useTriangulation=*/false);  // wires, edges, vertices
    } catch (...) {
      return {};
    }
  }
  return to_box(b);
}

mesh::Box loose_bounding_box(const Shape& shape) {
  if (shape.is_null()) return {};
  Bnd_Box b;
  try {
    BRepBndLib::Add(occ(shape), b, /*useTriangulation=*/false);
  } catch (...) {
    return {};
  }
  return to_box(b);
}

// The nodes of every face's triangulation lie on the shape, so their box is inside the tight
// box; a face whose node box, grown by twice its mesh's deflection (BRepMesh's bound on how far
// the surface strays from its triangles, doubled for margin) and its tolerance, stays inside
// that box cannot reach beyond it either. Only the other faces, the few near the sides, and faces
// without a triangulation, are bounded exactly. The result equals bounding_box() (the test
// BoundingBoxOfTessellatedEqualsTightBox checks it over curved, filleted and shelled parts).
mesh::Box bounding_box_of_tessellated(const Shape& shape) {
  if (shape.is_null()) return {};
  try {
    const TopoDS_Shape& s = occ(shape);
    TopTools_IndexedMapOfShape faces;
    TopExp::MapShapes(s, TopAbs_FACE, faces);
    if (faces.IsEmpty()) return bounding_box(shape);
    struct Meshed {
      int index;
      Bnd_Box nodes;
      double margin;
    };
    std::vector<Meshed> meshed;
    Bnd_Box reached;  // inside the tight box: nodes and exact boxes only
    for (int i = 1; i <= faces.Extent(); ++i) {
      const TopoDS_Face& face = TopoDS::Face(faces(i));
      double deflection = 0;
      Bnd_Box nodes = node_box(face, deflection);
      if (nodes.IsVoid()) {
        reached.Add(face_box(face));
        continue;
      }
      reached.Add(nodes);
      meshed.push_back({i, nodes, 2 * deflection + BRep_Tool::Tolerance(face)});
    }
    Bnd_Box result = reached;
    for (const Meshed& m : meshed)
      if (!within(m.nodes, m.margin, reached)) result.Add(face_box(faces(m.index)));
    return to_box(result);
  } catch (...) {
    return bounding_box(shape);
  }
}

}  // namespace cadscribe::kernel
