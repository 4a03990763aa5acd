#include "render/rig.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cadscribe::render {
namespace {

TEST(Rig, DefaultRigIsDesignSection5) {
  Rig rig = default_rig();
  ASSERT_EQ(rig.views.size(), 8u);
  EXPECT_EQ(rig.size, 256);
  const double e[8][3] = {{-1, -1, 1}, {1, -1, 1}, {1, -1, -1}, {-1, -1, -1},
                          {1, 1, 1},   {-1, 1, 1}, {-1, 1, -1}, {1, 1, -1}};
  const double k = 1 / std::sqrt(3.0);
  for (int i = 0; i < 8; ++i) {
    const Camera& c = rig.views[i].camera;
    EXPECT_EQ(c.projection, Camera::Projection::orthographic);
    EXPECT_NEAR(c.direction.x, e[i][0] * k, 1e-15) << i;
    EXPECT_NEAR(c.direction.y, e[i][1] * k, 1e-15) << i;
    EXPECT_NEAR(c.direction.z, e[i][2] * k, 1e-15) << i;
    EXPECT_EQ(c.up, (math::Vec3{0, 0, 1}));
    EXPECT_EQ(c.direction.y < 0, i < 4) << "front four first";
  }
}

TEST(Rig, JsonRoundTrip) {
  Rig rig = default_rig();
  rig.views[2].camera.projection = Camera::Projection::perspective;
  rig.views[2].camera.fov_degrees = 45;
  std::string text = rig_to_json(rig);
  auto back = parse_rig(text, "<string>");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->name, rig.name);
  EXPECT_EQ(back->size, rig.size);
  EXPECT_EQ(back->margin, rig.margin);
  ASSERT_EQ(back->views.size(), rig.views.size());
  for (size_t i = 0; i < rig.views.size(); ++i) {
    EXPECT_EQ(back->views[i].name, rig.views[i].name);
    EXPECT_EQ(back->views[i].camera.projection, rig.views[i].camera.projection);
    EXPECT_EQ(back->views[i].camera.direction, rig.views[i].camera.direction);
    EXPECT_EQ(back->views[i].camera.up, rig.views[i].camera.up);
    EXPECT_EQ(back->views[i].camera.fov_degrees, rig.views[i].camera.fov_degrees);
  }
  EXPECT_EQ(rig_to_json(*back), text);
}

TEST(Rig, DefaultsAndNormalisation) {
  auto rig = parse_rig(R"({"views": [{"direction": [0, -2, 0]}]})", "<string>");
  ASSERT_TRUE(rig.ok()) << rig.error().to_string();
  EXPECT_EQ(rig->size, 256);
  EXPECT_EQ(rig->margin, 0.05);
  EXPECT_EQ(rig->views[0].name, "view0");
  EXPECT_EQ(rig->views[0].camera.direction, (math::Vec3{0, -1, 0}));
  EXPECT_EQ(rig->views[0].camera.up, (math::Vec3{0, 0, 1}));
  EXPECT_EQ(rig->views[0].camera.fov_degrees, 30);
}

void expect_bad(const std::string& json, const std::string& field) {
  auto r = parse_rig(json, "rig.json");
  ASSERT_FALSE(r.ok()) << json;
  EXPECT_EQ(r.error().code, "render.bad_rig");
  EXPECT_EQ(r.error().message.rfind(field + ":", 0), 0u) << r.error().message;
}

TEST(Rig, BadRigsNameTheField) {
  const std::string ok_view = R"({"direction": [1, 1, 1]})";
  expect_bad(R"({"views": [{"direction": [1,1,1]}, {"direction": [0, 0, 0]}]})", "views[1].direction");
  expect_bad(R"({"views": [{"direction": [0, 0, 3], "up": [0, 0, -1]}]})", "views[0].up");
  expect_bad(R"({"views": [{"direction": [1, 0]}]})", "views[0].direction");
  expect_bad(R"({"views": [{"up": [0, 0, 1]}]})", "views[0].direction");
  expect_bad(R"({"views": [{"direction": [1,0,0], "projection": "fisheye"}]})", "views[0].projection");
  expect_bad(R"({"views": [{"direction": [1,0,0], "fov_degrees": 0}]})", "views[0].fov_degrees");
  expect_bad(R"({"views": [{"direction": [1,0,0], "colour": 1}]})", "views[0].colour");
  expect_bad(R"({"size": 8, "views": [)" + ok_view + "]}", "size");
  expect_bad(R"({"size": 5000, "views": [)" + ok_view + "]}", "size");
  expect_bad(R"({"size": 64.5, "views": [)" + ok_view + "]}", "size");
  expect_bad(R"({"margin": 0.5, "views": [)" + ok_view + "]}", "margin");
  expect_bad(R"({"views": []})", "views");
  expect_bad(R"({"name": "x"})", "views");
  std::string many = R"({"views": [)";
  for (int i = 0; i < 65; ++i) many += (i ? "," : "") + ok_view;
  expect_bad(many + "]}", "views");
}

TEST(Rig, SyntaxErrorHasLineAndColumn) {
  auto r = parse_rig("{\n  \"views\": [\n    {\"direction\": [1, 1 1]}\n]}", "rig.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "render.bad_rig");
  EXPECT_EQ(r.error().span.file, "rig.json");
  EXPECT_EQ(r.error().span.line, 3);
  EXPECT_GT(r.error().span.col, 20);
}

TEST(Rig, LoadMissingFile) {
  auto r = load_rig("/nonexistent/rig.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "io.open_failed");
}

}  // namespace
}  // namespace cadscribe::render
