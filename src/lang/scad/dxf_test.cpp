// lang/scad/dxf_test.cpp — the DXF reader: segments chained into paths, arcs and circles in the
// caller's fragments, block inserts, layers, origin/scale, dimensions, crossings, bad files.
#include "lang/scad/dxf.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cadscribe::lang::scad {
namespace {

std::string group(int code, const std::string& value) { return std::to_string(code) + "\n" + value + "\n"; }
std::string line(double x1, double y1, double x2, double y2, const std::string& layer = "0") {
  return group(0, "LINE") + group(8, layer) + group(10, std::to_string(x1)) + group(20, std::to_string(y1)) +
         group(11, std::to_string(x2)) + group(21, std::to_string(y2));
}
std::string entities(const std::string& body) {
  return group(0, "SECTION") + group(2, "ENTITIES") + body + group(0, "ENDSEC") + group(0, "EOF");
}
DxfOptions fixed(int n) {
  DxfOptions o;
  o.fragments = [n](double) { return n; };
  return o;
}

TEST(Dxf, LinesInAnyOrderChainIntoOneClosedPath) {
  auto d = read_dxf(entities(line(0, 0, 4, 0) + line(4, 3, 0, 3) + line(4, 0, 4, 3) + line(0, 0, 0, 3)), "t.dxf", fixed(8));
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  ASSERT_EQ(d->paths.size(), 1u);
  EXPECT_TRUE(d->paths[0].closed);
  EXPECT_EQ(d->paths[0].points.size(), 4u);
}

TEST(Dxf, OpenChainsStayOpenAndLayersFilter) {
  DxfOptions o = fixed(8);
  o.layer = "a";
  auto d = read_dxf(entities(line(0, 0, 1, 0, "a") + line(1, 0, 1, 1, "a") + line(5, 5, 6, 6, "b")), "t.dxf", o);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->paths.size(), 1u);
  EXPECT_FALSE(d->paths[0].closed);
  EXPECT_EQ(d->paths[0].points.size(), 3u);
}

TEST(Dxf, CircleAndArcFollowTheFragmentRule) {
  const std::string circle = group(0, "CIRCLE") + group(8, "0") + group(10, "1") + group(20, "2") + group(40, "3");
  auto d = read_dxf(entities(circle), "t.dxf", fixed(6));
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->paths.size(), 1u);
  EXPECT_EQ(d->paths[0].points.size(), 6u);
  EXPECT_NEAR(d->paths[0].points[0].x, 4, 1e-12);  // first point at angle 0
  // A quarter arc of a 12-fragment circle: 3 segments, 4 points, open.
  const std::string arc = group(0, "ARC") + group(8, "0") + group(10, "0") + group(20, "0") + group(40, "1") +
                          group(50, "0") + group(51, "90");
  auto a = read_dxf(entities(arc), "t.dxf", fixed(12));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paths.size(), 1u);
  EXPECT_EQ(a->paths[0].points.size(), 4u);
}

TEST(Dxf, InsertPlacesABlockAndOriginScaleApply) {
  const std::string blocks = group(0, "SECTION") + group(2, "BLOCKS") + group(0, "BLOCK") + group(2, "b") +
                             line(0, 0, 2, 0) + line(2, 0, 2, 1) + line(2, 1, 0, 1) + line(0, 1, 0, 0) +
                             group(0, "ENDBLK") + group(0, "ENDSEC");
  const std::string insert = group(0, "INSERT") + group(8, "0") + group(2, "b") + group(10, "10") + group(20, "0") +
                             group(50, "90");
  DxfOptions o = fixed(8);
  o.origin_x = 10;
  o.scale = 2;
  auto d = read_dxf(blocks + entities(insert), "t.dxf", o);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  ASSERT_EQ(d->paths.size(), 1u);
  double max_x = -1e9, max_y = -1e9;
  for (const auto& p : d->paths[0].points) {
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  // The 2x1 block turned 90 degrees spans x in [-1, 0], y in [0, 2]; origin x 10 then scale 2.
  EXPECT_NEAR(max_x, 0, 1e-12);
  EXPECT_NEAR(max_y, 4, 1e-12);
}

TEST(Dxf, DimensionsAndCrossings) {
  const std::string dim = group(0, "DIMENSION") + group(8, "0") + group(70, "1") + group(1, "d") + group(13, "0") +
                          group(23, "0") + group(14, "3") + group(24, "4");
  auto d = read_dxf(entities(dim + line(0, 0, 2, 2) + line(0, 2, 2, 0)), "t.dxf", fixed(8));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(dxf_dimension_value(*d, "d"), 5.0);
  EXPECT_FALSE(dxf_dimension_value(*d, "missing").has_value());
  auto x = dxf_cross_point(*d);
  ASSERT_TRUE(x.has_value());
  EXPECT_NEAR(x->x, 1, 1e-12);
  EXPECT_NEAR(x->y, 1, 1e-12);
}

TEST(Dxf, UnsupportedEntitiesAreNamedAndBadCodesLocated) {
  auto d = read_dxf(entities(group(0, "SPLINE") + group(8, "0") + group(0, "SPLINE")), "t.dxf", fixed(8));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->unsupported, std::vector<std::string>{"SPLINE"});
  auto bad = read_dxf("0\nSECTION\nx\nENTITIES\n", "bad.dxf", fixed(8));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "io.dxf_parse");
  EXPECT_NE(bad.error().message.find("bad.dxf:3"), std::string::npos) << bad.error().message;
  EXPECT_FALSE(read_dxf("0\n", "t.dxf", fixed(8)).ok());  // a code without its value
}

}  // namespace
}  // namespace cadscribe::lang::scad
