// kernel/queries_test.cpp — identity, sub-shapes, geom types, centres, normals, transforms, validity.
#include <set>
#include <unordered_set>

#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

TEST(ShapeBasics, NullShape) {
  Shape n;
  EXPECT_TRUE(n.is_null());
  EXPECT_EQ(n.type(), ShapeType::kNull);
  EXPECT_TRUE(n.is_same(Shape()));
  EXPECT_EQ(volume(n), 0);
  EXPECT_TRUE(sub_shapes(n, ShapeType::kFace).empty());
  EXPECT_FALSE(check_validity(n).brep_valid);
  EXPECT_STREQ(shape_type_name(ShapeType::kSolid), "Solid");
  EXPECT_STREQ(shape_type_name(ShapeType::kCompound), "Compound");
}

TEST(ShapeBasics, SameEqualAndHash) {
  Shape b = box(1, 1, 1);
  auto f1 = sub_shapes(b, ShapeType::kFace);
  auto f2 = sub_shapes(b, ShapeType::kFace);
  ASSERT_EQ(f1.size(), f2.size());
  for (size_t i = 0; i < f1.size(); ++i) {
    EXPECT_TRUE(f1[i].is_same(f2[i]));  // deterministic order
    EXPECT_TRUE(f1[i].is_equal(f2[i]));
    EXPECT_EQ(f1[i].hash(), f2[i].hash());
  }
  EXPECT_FALSE(f1[0].is_same(f1[1]));
  std::unordered_set<size_t> hashes;
  for (const auto& f : f1) hashes.insert(f.hash());
  EXPECT_GE(hashes.size(), 5u);
  // An edge shared by two faces is the same edge (IsSame) seen from both.
  auto e_of_f0 = sub_shapes(f1[0], ShapeType::kEdge);
  int shared = 0;
  for (const auto& fe : e_of_f0)
    for (const auto& e : sub_shapes(b, ShapeType::kEdge)) shared += fe.is_same(e);
  EXPECT_EQ(shared, 4);
}

TEST(Queries, GeomTypesOfCylinder) {
  Shape c = must(make_cylinder(xy(), 2, 5));
  std::multiset<std::string> faces, edges;
  for (const auto& f : sub_shapes(c, ShapeType::kFace)) faces.insert(geom_type(f));
  for (const auto& e : sub_shapes(c, ShapeType::kEdge)) edges.insert(geom_type(e));
  EXPECT_EQ(faces, (std::multiset<std::string>{"CYLINDER", "PLANE", "PLANE"}));
  EXPECT_EQ(edges, (std::multiset<std::string>{"CIRCLE", "CIRCLE", "LINE"}));
  EXPECT_EQ(geom_type(c), "Solid");
  EXPECT_EQ(geom_type(make_vertex({1, 2, 3})), "Vertex");
}

TEST(Queries, GeomTypesOfOtherSurfaces) {
  EXPECT_EQ(geom_type(sub_shapes(must(make_sphere(xy(), 1)), ShapeType::kFace)[0]), "SPHERE");
  EXPECT_EQ(geom_type(sub_shapes(must(make_torus(xy(), 3, 1)), ShapeType::kFace)[0]), "TORUS");
  bool cone = false;
  for (const auto& f : sub_shapes(must(make_cone(xy(), 2, 1, 3)), ShapeType::kFace)) cone |= geom_type(f) == "CONE";
  EXPECT_TRUE(cone);
}

TEST(Queries, CentreAndBoxes) {
  Shape b = box(10, 20, 30, {1, 1, 1});
  Vec3 c = center_of_mass(b);
  EXPECT_NEAR(c.x, 6, 1e-9);
  EXPECT_NEAR(c.y, 11, 1e-9);
  EXPECT_NEAR(c.z, 16, 1e-9);
  mesh::Box bb = bounding_box(b);
  EXPECT_NEAR(bb.min.x, 1, 1e-7);
  EXPECT_NEAR(bb.max.z, 31, 1e-7);
  Vec3 bc = bbox_center(must(make_sphere(xy({3, 0, 0}), 2)));
  EXPECT_NEAR(bc.x, 3, 1e-6);
  // Wire centre is by length; vertex centre is the point.
  Vec3 wc = center_of_mass(rect_wire(0, 0, 4, 2));
  EXPECT_NEAR(wc.x, 2, 1e-9);
  EXPECT_NEAR(wc.y, 1, 1e-9);
  Vec3 vp = vertex_point(make_vertex({1, 2, 3}));
  EXPECT_EQ(vp, (Vec3{1, 2, 3}));
  EXPECT_EQ(center_of_mass(make_vertex({1, 2, 3})), (Vec3{1, 2, 3}));
}

TEST(Queries, FaceNormalsPointOutward) {
  // Convex solids: at any vertex of a face, the normal points away from the solid's centre.
  for (const Shape& s : {box(2, 3, 4), must(make_cylinder(xy(), 2, 3)), must(make_sphere(xy(), 2))}) {
    Vec3 c = center_of_mass(s);
    for (const auto& f : sub_shapes(s, ShapeType::kFace)) {
      Vec3 p = vertex_point(sub_shapes(f, ShapeType::kVertex)[0]);
      Vec3 n = must(face_normal(f, p));
      EXPECT_NEAR(n.norm(), 1, 1e-9);
      EXPECT_GT(n.dot(p - c), 0.1) << geom_type(f);
      Vec3 n0 = must(face_normal(f));  // at the face's centre
      EXPECT_NEAR(n0.norm(), 1, 1e-9);
    }
  }
}

TEST(Queries, HoleWallNormalPointsIntoTheHole) {
  Shape r = must(cut(box(10, 10, 10), must(make_cylinder(xy({5, 5, -1}), 2, 12))));
  int walls = 0;
  for (const auto& f : sub_shapes(r, ShapeType::kFace)) {
    if (geom_type(f) != "CYLINDER") continue;
    ++walls;
    Vec3 n = must(face_normal(f, Vec3{7, 5, 5}));
    EXPECT_NEAR(n.x, -1, 1e-9);
  }
  EXPECT_EQ(walls, 1);
  // Box top face normal is +z; bottom is -z.
  for (const auto& f : sub_shapes(r, ShapeType::kFace)) {
    if (geom_type(f) != "PLANE") continue;
    Vec3 c = center_of_mass(f);
    Vec3 n = must(face_normal(f));
    if (c.z > 9.99) {
      EXPECT_NEAR(n.z, 1, 1e-12);
    } else if (c.z < 0.01) {
      EXPECT_NEAR(n.z, -1, 1e-12);
    }
  }
}

TEST(Queries, FaceNormalAtPoint) {
  Shape c = must(make_cylinder(xy(), 2, 3));
  for (const auto& f : sub_shapes(c, ShapeType::kFace)) {
    if (geom_type(f) != "CYLINDER") continue;
    Vec3 n = must(face_normal(f, Vec3{0, 2, 1}));
    EXPECT_NEAR(n.y, 1, 1e-9);
  }
  EXPECT_EQ(code_of(face_normal(box(1, 1, 1))), "geom.invalid_input");
  EXPECT_EQ(code_of(face_normal(Shape())), "geom.invalid_input");
}

TEST(Queries, EdgeQueriesRespectOrientationAndErrors) {
  Shape w = rect_wire(0, 0, 10, 10);
  Vec3 start = must(edge_point(w, 0));
  Vec3 end = must(edge_point(w, 1));
  EXPECT_NEAR((start - end).norm(), 0, 1e-9);  // closed wire
  Vec3 mid = must(edge_point(w, 0.5));
  EXPECT_NEAR(mid.x, 10, 1e-9);
  EXPECT_NEAR(mid.y, 10, 1e-9);
  EXPECT_EQ(code_of(edge_point(box(1, 1, 1), 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(edge_tangent(must(make_line({0, 0, 0}, {1, 0, 0})), std::nan(""))), "geom.invalid_input");
  // Edges inside a face boundary follow the wire's direction (some are reversed edges).
  Shape f = must(make_faces({w}))[0];
  for (const auto& e : sub_shapes(f, ShapeType::kEdge)) EXPECT_GT(length(e), 0);
}

TEST(Transform, RigidScaleMirror) {
  Shape b = box(1, 2, 3);
  Shape t = must(transform(b, Transform::translation({5, 0, 0})));
  EXPECT_NEAR(bounding_box(t).min.x, 5, 1e-7);
  Shape r = must(transform(b, Transform::rotation({0, 0, 0}, {0, 0, 1}, kPi / 2)));
  EXPECT_NEAR(bounding_box(r).min.x, -2, 1e-7);
  EXPECT_NEAR(volume(r), 6, 1e-9);
  Shape s = must(transform(b, Transform::scaling(2)));
  EXPECT_NEAR(volume(s), 48, 1e-9);
  Shape m = must(transform(b, Transform::mirror({0, 0, 0}, {1, 0, 0})));
  EXPECT_NEAR(volume(m), 6, 1e-9);  // still outward-oriented
  EXPECT_NEAR(bounding_box(m).min.x, -1, 1e-7);
  EXPECT_TRUE(check_validity(m).brep_valid);
  Transform shear;
  shear.m[1] = 0.5;
  EXPECT_EQ(code_of(transform(b, shear)), "geom.invalid_input");
  Transform nan;
  nan.m[3] = std::nan("");
  EXPECT_EQ(code_of(transform(b, nan)), "geom.invalid_input");
  EXPECT_EQ(code_of(transform(Shape(), Transform::identity())), "geom.invalid_input");
}

TEST(Queries, MeasuresByDimension) {
  Shape f = must(make_faces({rect_wire(0, 0, 2, 3, 7)}))[0];
  EXPECT_EQ(volume(f), 0);  // an open face encloses nothing
  EXPECT_NEAR(area(f), 6, 1e-12);
  EXPECT_NEAR(length(f), 10, 1e-9);
  Shape b = box(1, 2, 3);
  EXPECT_NEAR(volume(sub_shapes(b, ShapeType::kShell)[0]), 6, 1e-9);  // closed shell
  EXPECT_NEAR(length(b), 4 * (1 + 2 + 3), 1e-9);
}

TEST(Compound, CollectsAndRejectsNull) {
  Shape c = must(make_compound({box(1, 1, 1), box(1, 1, 1, {3, 0, 0})}));
  EXPECT_EQ(c.type(), ShapeType::kCompound);
  EXPECT_NEAR(volume(c), 2, 1e-9);
  EXPECT_EQ(code_of(make_compound({box(1, 1, 1), Shape()})), "geom.invalid_input");
}

TEST(Validity, BoxIsValidAndConnected) {
  Validity v = check_validity(box(1, 2, 3));
  EXPECT_TRUE(v.brep_valid);
  EXPECT_EQ(v.solids, 1);
  EXPECT_EQ(v.faces, 6);
  EXPECT_EQ(v.edges, 12);
  EXPECT_EQ(v.vertices, 8);
  EXPECT_TRUE(v.connected);
  EXPECT_NEAR(v.volume, 6, 1e-9);
}

TEST(Validity, TwoSolidsAreNotConnected) {
  Validity v = check_validity(must(make_compound({box(1, 1, 1), box(1, 1, 1, {3, 0, 0})})));
  EXPECT_EQ(v.solids, 2);
  EXPECT_FALSE(v.connected);
}

}  // namespace
}  // namespace cadscribe::kernel
