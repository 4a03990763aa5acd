// Analytic checks of the renderer: areas, Lambert levels, depth and normal encodings,
// orientation of the rig's views, determinism. Expectations come from geometry, not from
// recorded output.
#include "render/render.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "mesh/primitives.h"
#include "render/png.h"

namespace cadscribe::render {
namespace {

using math::Vec3;

double mask_area(const Image& mask) {
  double sum = 0;
  for (uint8_t v : mask.pixels) sum += v;
  return sum / 255;
}

Rig one_view_rig(Vec3 direction, Camera::Projection p = Camera::Projection::orthographic) {
  Rig rig;
  View v;
  v.name = "v";
  v.camera.projection = p;
  v.camera.direction = direction.normalized();
  rig.views.push_back(v);
  return rig;
}

RenderOptions with_extras() {
  RenderOptions o;
  o.mask = o.depth = o.normals = true;
  return o;
}

TEST(Render, CubeMaskAreaIsTheProjectedHexagon) {
  // A unit cube seen along d has projected area |dx|+|dy|+|dz| = sqrt(3) mm² for d ∝ (−1,−1,1).
  // Framing: R = sqrt(3)/2, scale = 256·0.9 / (2R) px/mm.
  mesh::Mesh cube = mesh::make_box({0, 0, 0}, {1, 1, 1});
  auto views = render_rig(cube, default_rig(), with_extras());
  double scale = 256 * 0.9 / std::sqrt(3.0);
  double expected = std::sqrt(3.0) * scale * scale;
  for (const auto& v : views) EXPECT_NEAR(mask_area(v.mask), expected, 0.01 * expected);
}

TEST(Render, SphereMaskAreaIsPiRSquared) {
  mesh::Mesh sphere = mesh::make_sphere({1, 2, 3}, 1.0, 128, 64);
  auto views = render_rig(sphere, default_rig(), with_extras());
  double scale = 256 * 0.9 / (2 * std::sqrt(3.0));  // bbox radius = sqrt(3) · r
  double expected = std::numbers::pi * scale * scale;
  for (const auto& v : views) {
    EXPECT_NEAR(mask_area(v.mask), expected, 0.01 * expected);
    // No cracks: every pixel well inside the outline is fully covered.
    double r_px = scale * 0.98 - 2;
    for (int y = 0; y < 256; ++y)
      for (int x = 0; x < 256; ++x)
        if (std::hypot(x + 0.5 - 128, y + 0.5 - 128) < r_px) {
          ASSERT_EQ(*v.mask.at(x, y), 255);
        }
  }
}

TEST(Render, PerspectiveSphereFitsTheFieldOfView) {
  mesh::Mesh sphere = mesh::make_sphere({0, 0, 0}, 1.0, 128, 64);
  Rig rig = one_view_rig({1, -2, 0.5}, Camera::Projection::perspective);
  auto v = render_rig(sphere, rig, with_extras())[0];
  double tan_half = std::tan(15 * std::numbers::pi / 180);
  double d = std::sqrt(3.0) / std::sin(std::atan(0.9 * tan_half));  // eye distance
  double r_px = 128 / tan_half * std::tan(std::asin(1 / d));
  double expected = std::numbers::pi * r_px * r_px;
  EXPECT_NEAR(mask_area(v.mask), expected, 0.01 * expected);
}

TEST(Render, BackgroundIsExactlyWhite) {
  mesh::Mesh m = mesh::make_torus({0, 0, 0}, 10, 3, 64, 24);
  for (const auto& v : render_rig(m, default_rig(), with_extras())) {
    // Nothing can reach beyond the bounding sphere's outline plus a pixel of edge line.
    double limit = 128 * 0.9 + 2;
    for (int y = 0; y < 256; ++y)
      for (int x = 0; x < 256; ++x) {
        if (std::hypot(x + 0.5 - 128, y + 0.5 - 128) <= limit) continue;
        const uint8_t* p = v.rgb.at(x, y);
        ASSERT_TRUE(p[0] == 255 && p[1] == 255 && p[2] == 255) << x << "," << y;
        ASSERT_EQ(*v.mask.at(x, y), 0);
        ASSERT_EQ(v.depth.pixels[y * 256 + x], 0);
      }
    // And every uncovered pixel away from the object is white too.
    for (int y = 2; y < 254; ++y)
      for (int x = 2; x < 254; ++x) {
        bool near = false;
        for (int dy = -2; dy <= 2; ++dy)
          for (int dx = -2; dx <= 2; ++dx) near = near || *v.mask.at(x + dx, y + dy) > 0;
        if (!near) {
          ASSERT_EQ(v.rgb.at(x, y)[0], 255) << x << "," << y;
        }
      }
  }
}

TEST(Render, CentrePixelFollowsLambert) {
  // A 4×4×1 plate: the ray through the image centre hits the top face (normal +Z) away from
  // any edge, for both view directions below.
  mesh::Mesh plate = mesh::make_box({0, 0, 0}, {4, 4, 1});
  for (Vec3 dir : {Vec3{-1, -1, 1}, Vec3{0, -1, 1}, Vec3{0.3, -0.2, 1}}) {
    Vec3 d = dir.normalized();
    auto v = render_rig(plate, one_view_rig(dir), with_extras())[0];
    const uint8_t* p = v.rgb.at(128, 128);
    Camera cam;
    cam.direction = d;
    const Vec3 light = head_light(cam);
    // Above-left of the eye, but within 30° of the view direction.
    EXPECT_GT(light.dot(d), std::cos(30 * std::numbers::pi / 180));
    double expected = 255 * (kAmbient + kDiffuse * light.z);  // cos(angle to the head light) = light·Z
    EXPECT_NEAR(p[0], expected, 2.0) << dir.x << "," << dir.y << "," << dir.z;
    EXPECT_EQ(p[0], p[1]);
    EXPECT_EQ(p[1], p[2]);
    EXPECT_GT(p[0], kEdgeGrey + 40);
    EXPECT_LT(p[0], 250);
    // World-space normal +Z encodes as (128, 128, 255).
    const uint8_t* n = v.normals.at(128, 128);
    EXPECT_NEAR(n[0], 128, 1);
    EXPECT_NEAR(n[1], 128, 1);
    EXPECT_EQ(n[2], 255);
  }
}

TEST(Render, DepthEncodesDistanceNearHigh) {
  // Plate 4×4×1 seen along (−1,−1,1): the centre ray hits the top face at (1.5, 1.5, 1);
  // its depth along the view relative to the centre (2, 2, 0.5) is −sqrt(3)/2 mm.
  mesh::Mesh plate = mesh::make_box({0, 0, 0}, {4, 4, 1});
  auto v = render_rig(plate, one_view_rig({-1, -1, 1}), with_extras())[0];
  double R = std::sqrt(33.0) / 2, key = -std::sqrt(3.0) / 2;
  double expected = 1 + 65534 * (R - key) / (2 * R);
  // Pixel (128, 128) spans [128, 129]² while the centre ray passes through (128, 128); its
  // nearest sample lies within 0.75·sqrt(2) px of it, on a face sloping tan(54.7°) = sqrt(2) mm
  // of depth per mm across the image: at most 1.5 px worth of depth away.
  double px_mm = 2 * R / (256 * 0.9);
  EXPECT_NEAR(v.depth.pixels[128 * 256 + 128], expected, 1.6 * px_mm * 65534 / (2 * R));
  // The plate's nearest corner (0, 0, 1) is nearer than its centre: higher value.
  uint16_t centre = v.depth.pixels[128 * 256 + 128];
  uint16_t nearest = 0;
  for (uint16_t d : v.depth.pixels) nearest = std::max(nearest, d);
  EXPECT_GT(nearest, centre);
}

// The rig's views are where DESIGN.md §5 puts them: a marker cube touching the +x+y+z corner
// of a box is hidden only from the (−1,−1,−1) direction (view 3): along any direction with a
// positive component the ray from the marker moves away from the box. Compared against the
// same box with an unused vertex at the marker's far corner (identical framing).
TEST(Render, ViewOrientationMarker) {
  mesh::Mesh with_marker = mesh::make_box({0, 0, 0}, {10, 10, 10});
  with_marker.append(mesh::make_box({10, 10, 10}, {12, 12, 12}));
  mesh::Mesh without = mesh::make_box({0, 0, 0}, {10, 10, 10});
  without.positions.push_back({12, 12, 12});
  auto a = render_rig(with_marker, default_rig(), {});
  auto b = render_rig(without, default_rig(), {});
  for (int i = 0; i < 8; ++i) EXPECT_EQ(a[i].rgb.pixels == b[i].rgb.pixels, i == 3) << "view " << i;
  // In view 0 (from −x, −y, +z) the marker appears above the image centre: its centre
  // (11, 11, 11) is 5·(1,1,1) from the bbox centre, whose projection on the image's up vector
  // (1,1,2)/sqrt(6) is positive, and on the right vector (1,−1,0)/sqrt(2) zero.
  double scale = 256 * 0.9 / (12 * std::sqrt(3.0));
  int my = int(128 - scale * 20 / std::sqrt(6.0));
  EXPECT_NE(a[0].rgb.pixels[(my * 256 + 128) * 3], b[0].rgb.pixels[(my * 256 + 128) * 3]);
}

TEST(Render, DeterministicPngBytes) {
  mesh::Mesh m = mesh::make_torus({0, 0, 0}, 10, 3, 60, 20);
  m.append(mesh::make_box({-4, -4, -8}, {4, 4, 8}));
  auto a = render_rig(m, default_rig(), with_extras());
  auto b = render_rig(m, default_rig(), with_extras());
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(encode_png(a[i].rgb), encode_png(b[i].rgb));
    EXPECT_EQ(encode_png16(a[i].depth), encode_png16(b[i].depth));
    EXPECT_EQ(encode_png(a[i].normals), encode_png(b[i].normals));
    EXPECT_EQ(encode_png(a[i].mask), encode_png(b[i].mask));
  }
  // render_view frames one view exactly as render_rig does.
  Rig rig = default_rig();
  EXPECT_EQ(render_view(m, rig.views[5], rig, with_extras()).rgb.pixels, a[5].rgb.pixels);
}

TEST(Render, EmptyMeshIsWhite) {
  auto views = render_rig(mesh::Mesh{}, default_rig(), with_extras());
  ASSERT_EQ(views.size(), 8u);
  for (const auto& v : views) {
    ASSERT_EQ(v.rgb.width, 256);
    for (uint8_t p : v.rgb.pixels) ASSERT_EQ(p, 255);
    for (uint8_t p : v.mask.pixels) ASSERT_EQ(p, 0);
    for (uint16_t p : v.depth.pixels) ASSERT_EQ(p, 0);
  }
  RenderOptions plain;
  EXPECT_TRUE(render_rig(mesh::Mesh{}, default_rig(), plain)[0].mask.empty());
}

TEST(Render, OpenMeshShowsBothSides) {
  // One square (two triangles) facing +Z, seen from below: still drawn, lit by its back side.
  mesh::Mesh quad;
  quad.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  quad.triangles = {{0, 1, 2}, {0, 2, 3}};
  Vec3 dir{0.2, -0.3, -1};
  auto v = render_rig(quad, one_view_rig(dir), with_extras())[0];
  EXPECT_GT(mask_area(v.mask), 100);
  Camera cam;
  cam.direction = dir.normalized();
  double expected = 255 * (kAmbient + kDiffuse * -head_light(cam).z);
  EXPECT_NEAR(v.rgb.at(128, 128)[0], expected, 2.0);
}

TEST(Render, WeldsPerFaceVerticesForSmoothShading) {
  // The same cylinder with shared and with per-triangle vertices renders the same.
  mesh::Mesh shared = mesh::make_cylinder({0, 0, 0}, 5, 10, 48);
  mesh::Mesh split;
  for (const auto& t : shared.triangles) {
    uint32_t base = uint32_t(split.positions.size());
    for (uint32_t i : t) split.positions.push_back(shared.positions[i]);
    split.triangles.push_back({base, base + 1, base + 2});
  }
  auto a = render_rig(shared, default_rig(), {});
  auto b = render_rig(split, default_rig(), {});
  for (int i = 0; i < 8; ++i) EXPECT_EQ(a[i].rgb.pixels, b[i].rgb.pixels) << i;
}

}  // namespace
}  // namespace cadscribe::render
