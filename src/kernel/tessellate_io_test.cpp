// kernel/tessellate_io_test.cpp — closed oriented meshes with the right volume; STEP/BREP/STL
// writing and reading; no stdout output from OCCT during export.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kernel/test_helpers.h"

namespace cadscribe::kernel {
namespace {

using namespace testing;

std::string temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("cadscribe_kernel_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

// Angular tolerance 5 degrees: chords of 5-degree arcs lose ~0.13% of a disc's area.
void expect_closed_with_volume(const Shape& s, double rel_tol, double lin = 0.1) {
  mesh::Mesh m = must(tessellate(s, lin, 5));
  ASSERT_GT(m.triangle_count(), 0u);
  EXPECT_TRUE(m.is_closed_oriented());
  EXPECT_LT(rel_err(m.signed_volume(), volume(s)), rel_tol) << m.signed_volume() << " vs " << volume(s);
}

TEST(Tessellate, BoxIsExact) {
  Shape b = box(10, 20, 30);
  mesh::Mesh m = must(tessellate(b));
  EXPECT_EQ(m.triangle_count(), 12u);
  EXPECT_EQ(m.positions.size(), 8u);  // corners shared between faces
  EXPECT_TRUE(m.is_closed_oriented());
  EXPECT_NEAR(m.signed_volume(), 6000, 1e-3);
  mesh::Box bb = m.bounds();
  EXPECT_NEAR(bb.max.z, 30, 1e-5);
}

TEST(Tessellate, CurvedPrimitivesAreClosed) {
  expect_closed_with_volume(must(make_cylinder(xy(), 5, 10)), 5e-3);
  expect_closed_with_volume(must(make_cone(xy(), 5, 0, 10)), 5e-3);
  expect_closed_with_volume(must(make_cone(xy(), 5, 2, 10)), 5e-3);
  expect_closed_with_volume(must(make_sphere(xy(), 5)), 5e-3);
  expect_closed_with_volume(must(make_torus(xy(), 10, 2)), 5e-3);
  expect_closed_with_volume(must(make_sphere(xy(), 5, 0, 90, 270)), 5e-3);
}

TEST(Tessellate, FeaturesAreClosed) {
  Shape drilled = must(cut(box(10, 10, 10), must(make_cylinder(xy({5, 5, -1}), 2, 12))));
  expect_closed_with_volume(drilled, 5e-3);
  Shape b = box(10, 10, 10);
  std::vector<Shape> vertical;
  for (const auto& e : sub_shapes(b, ShapeType::kEdge))
    if (std::abs(must(edge_tangent(e)).z) > 0.5) vertical.push_back(e);
  expect_closed_with_volume(must(fillet(b, vertical, 2)), 5e-3);
  expect_closed_with_volume(must(fillet(b, sub_shapes(b, ShapeType::kEdge), 1)), 5e-3);
  expect_closed_with_volume(must(shell(b, {}, -1)), 5e-3);
  expect_closed_with_volume(
      must(extrude({rect_wire(-10, -10, 10, 10), circle_wire({0, 0, 0}, 5), rect_wire(-2, -2, 2, 2)}, {0, 0, 2})), 5e-3);
  expect_closed_with_volume(must(twist_extrude({rect_wire(-5, -5, 5, 5)}, {0, 0, 10}, {0, 0, 0}, 45)), 5e-3);
  expect_closed_with_volume(must(transform(b, Transform::mirror({0, 0, 0}, {0, 0, 1}))), 1e-6);
}

TEST(Tessellate, FinerToleranceIsMoreAccurate) {
  Shape s = must(make_sphere(xy(), 10));
  mesh::Mesh coarse = must(tessellate(s, 1.0, 30));
  mesh::Mesh fine = must(tessellate(s, 0.01, 5));
  EXPECT_GT(fine.triangle_count(), coarse.triangle_count());
  EXPECT_LT(rel_err(fine.signed_volume(), volume(s)), rel_err(coarse.signed_volume(), volume(s)));
  EXPECT_LT(rel_err(fine.signed_volume(), volume(s)), 2e-3);
}

TEST(Tessellate, ResultDependsOnlyOnTolerances) {
  Shape s = must(make_sphere(xy(), 10));
  mesh::Mesh first = must(tessellate(s, 1.0, 30));
  mesh::Mesh fine = must(tessellate(s, 0.01, 5));
  mesh::Mesh again = must(tessellate(s, 1.0, 30));
  EXPECT_GT(fine.triangle_count(), first.triangle_count());
  EXPECT_EQ(again.triangle_count(), first.triangle_count());
  EXPECT_TRUE(again.positions == first.positions);
}

TEST(Tessellate, OpenFaceIsNotClosed) {
  Shape f = must(make_faces({rect_wire(0, 0, 1, 1)}))[0];
  mesh::Mesh m = must(tessellate(f));
  EXPECT_EQ(m.triangle_count(), 2u);
  EXPECT_FALSE(m.is_closed_oriented());
}

TEST(Tessellate, Errors) {
  EXPECT_EQ(code_of(tessellate(Shape())), "geom.invalid_input");
  EXPECT_EQ(code_of(tessellate(box(1, 1, 1), 0)), "geom.invalid_input");
  EXPECT_EQ(code_of(tessellate(box(1, 1, 1), std::nan(""))), "geom.invalid_input");
  EXPECT_EQ(code_of(tessellate(box(1, 1, 1), 0.1, 0)), "geom.invalid_input");
}

TEST(Io, StepRoundTripKeepsVolume) {
  Shape drilled = must(cut(box(10, 10, 10), must(make_cylinder(xy({5, 5, -1}), 2, 12))));
  std::string path = temp_path("drilled.step");
  ASSERT_TRUE(write_step(drilled, path).ok());
  Shape back = must(read_step(path));
  EXPECT_LT(rel_err(volume(back), volume(drilled)), 1e-6);
  EXPECT_EQ(sub_shapes(back, ShapeType::kFace).size(), 7u);
  EXPECT_TRUE(check_validity(back).brep_valid);
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("AUTOMOTIVE_DESIGN"), std::string::npos);  // AP214
}

TEST(Io, StepIsDeterministic) {
  Shape b = box(1, 2, 3);
  std::string a = temp_path("a.step"), c = temp_path("c.step");
  ASSERT_TRUE(write_step(b, a).ok());
  ASSERT_TRUE(write_step(b, c).ok());
  std::ifstream fa(a), fc(c);
  std::stringstream sa, sc;
  sa << fa.rdbuf();
  sc << fc.rdbuf();
  // Only the file name in the header differs.
  std::string ta = sa.str(), tc = sc.str();
  auto strip = [](std::string s) {
    auto p = s.find("FILE_NAME");
    auto q = s.find(";", p);
    return s.erase(p, q - p);
  };
  EXPECT_TRUE(strip(ta) == strip(tc));
}

TEST(Io, ExportAndImportPrintNothing) {
  Shape base = box(5, 5, 5);
  Shape f = must(fillet(base, {sub_shapes(base, ShapeType::kEdge)[0]}, 0.5));
  std::string junk_path = temp_path("junk_quiet.step");
  std::ofstream(junk_path) << "ISO-10303-21;\nHEADER;\nbroken";
  std::string out_path = temp_path("stdout.txt"), err_path = temp_path("stderr.txt");
  std::fflush(stdout);
  std::fflush(stderr);
  int saved = ::dup(1), saved_err = ::dup(2);
  int fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int fd_err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_GE(fd_err, 0);
  ::dup2(fd, 1);
  ::dup2(fd_err, 2);
  ::close(fd);
  ::close(fd_err);
  auto st = write_step(f, temp_path("quiet.step"));
  auto rd = read_step(temp_path("quiet.step"));
  auto st2 = write_stl(f, temp_path("quiet.stl"));
  auto st3 = write_brep(f, temp_path("quiet.brep"));
  auto bad = read_step(temp_path("missing.step"));
  auto junk = read_step(junk_path);
  std::fflush(stdout);
  std::fflush(stderr);
  ::dup2(saved, 1);
  ::dup2(saved_err, 2);
  ::close(saved);
  ::close(saved_err);
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(junk.ok());
  EXPECT_EQ(std::filesystem::file_size(err_path), 0u);
  EXPECT_TRUE(st.ok());
  EXPECT_TRUE(rd.ok());
  EXPECT_TRUE(st2.ok());
  EXPECT_TRUE(st3.ok());
  EXPECT_EQ(std::filesystem::file_size(out_path), 0u);
}

TEST(Io, StlAndBrepWrite) {
  Shape s = must(make_cylinder(xy(), 2, 5));
  std::string stl = temp_path("c.stl"), brep = temp_path("c.brep");
  ASSERT_TRUE(write_stl(s, stl, 0.05).ok());
  mesh::Mesh m = must(tessellate(s, 0.05));
  EXPECT_EQ(std::filesystem::file_size(stl), 84u + 50u * m.triangle_count());
  ASSERT_TRUE(write_brep(s, brep).ok());
  EXPECT_GT(std::filesystem::file_size(brep), 100u);
}

TEST(Io, Errors) {
  EXPECT_EQ(code_of(read_step(temp_path("missing.step"))), "io.not_found");
  std::string junk = temp_path("junk.step");
  std::ofstream(junk) << "this is not a step file";
  EXPECT_EQ(code_of(read_step(junk)), "io.read_failed");
  EXPECT_EQ(code_of(write_step(box(1, 1, 1), "/nonexistent_dir/x/y.step")), "io.write_failed");
  EXPECT_EQ(code_of(write_brep(box(1, 1, 1), "/nonexistent_dir/x/y.brep")), "io.write_failed");
  EXPECT_EQ(code_of(write_step(Shape(), temp_path("null.step"))), "geom.invalid_input");
  EXPECT_FALSE(write_stl(box(1, 1, 1), "/nonexistent_dir/x/y.stl").ok());
}

}  // namespace
}  // namespace cadscribe::kernel
