#include "render/rig.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "render/png.h"

namespace cadscribe::render {
namespace {

using nlohmann::json;
using math::Vec3;

// Thrown inside this file only, turned into a Diag at the API boundary.
struct RigError {
  std::string field, message;
};

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw RigError{field, message};
}

void check_keys(const json& obj, const std::string& where, std::initializer_list<const char*> known) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (const char* k : known) ok = ok || it.key() == k;
    if (!ok) fail(where + (where.empty() ? "" : ".") + it.key(), "unknown key");
  }
}

Vec3 read_vec3(const json& v, const std::string& field) {
  if (!v.is_array() || v.size() != 3) fail(field, "must be an array of 3 numbers");
  double c[3];
  for (int i = 0; i < 3; ++i) {
    if (!v[i].is_number()) fail(field, "must be an array of 3 numbers");
    c[i] = v[i].get<double>();
    if (!std::isfinite(c[i])) fail(field, "must be finite");
  }
  return {c[0], c[1], c[2]};
}

// Unit vector; already-unit input is kept bit for bit so that JSON round trips are exact.
Vec3 unit(const Vec3& v) {
  double n = v.norm();
  return std::abs(n - 1) < 1e-14 ? v : v / n;
}

View read_view(const json& j, int index) {
  std::string at = "views[" + std::to_string(index) + "]";
  if (!j.is_object()) fail(at, "must be an object");
  check_keys(j, at, {"name", "projection", "direction", "up", "fov_degrees"});
  View view;
  view.name = "view" + std::to_string(index);
  if (j.contains("name")) {
    if (!j["name"].is_string()) fail(at + ".name", "must be a string");
    view.name = j["name"].get<std::string>();
  }
  if (j.contains("projection")) {
    const json& p = j["projection"];
    if (p == "orthographic") view.camera.projection = Camera::Projection::orthographic;
    else if (p == "perspective") view.camera.projection = Camera::Projection::perspective;
    else fail(at + ".projection", "must be \"orthographic\" or \"perspective\"");
  }
  if (!j.contains("direction")) fail(at + ".direction", "is required");
  Vec3 dir = read_vec3(j["direction"], at + ".direction");
  if (dir.norm() < 1e-12) fail(at + ".direction", "must not be the zero vector");
  view.camera.direction = unit(dir);
  if (j.contains("up")) {
    Vec3 up = read_vec3(j["up"], at + ".up");
    if (up.norm() < 1e-12) fail(at + ".up", "must not be the zero vector");
    view.camera.up = unit(up);
  }
  if (view.camera.direction.cross(view.camera.up).norm() < 1e-6)
    fail(at + ".up", "must not be parallel to the direction");
  if (j.contains("fov_degrees")) {
    const json& f = j["fov_degrees"];
    if (!f.is_number() || !(f.get<double>() >= 1 && f.get<double>() <= 170))
      fail(at + ".fov_degrees", "must be a number in [1, 170]");
    view.camera.fov_degrees = f.get<double>();
  }
  return view;
}

Rig read_rig(const json& j) {
  if (!j.is_object()) fail("(top level)", "must be an object");
  check_keys(j, "", {"name", "size", "margin", "views"});
  Rig rig;
  if (j.contains("name")) {
    if (!j["name"].is_string()) fail("name", "must be a string");
    rig.name = j["name"].get<std::string>();
  }
  if (j.contains("size")) {
    const json& s = j["size"];
    if (!s.is_number_integer() || s.get<int64_t>() < 16 || s.get<int64_t>() > 4096)
      fail("size", "must be an integer in [16, 4096]");
    rig.size = int(s.get<int64_t>());
  }
  if (j.contains("margin")) {
    const json& m = j["margin"];
    if (!m.is_number() || !(m.get<double>() >= 0 && m.get<double>() < 0.5))
      fail("margin", "must be a number in [0, 0.5)");
    rig.margin = m.get<double>();
  }
  if (!j.contains("views")) fail("views", "is required");
  const json& views = j["views"];
  if (!views.is_array()) fail("views", "must be an array");
  if (views.empty()) fail("views", "must not be empty");
  if (views.size() > 64) fail("views", "has " + std::to_string(views.size()) + " entries (at most 64)");
  for (size_t i = 0; i < views.size(); ++i) rig.views.push_back(read_view(views[i], int(i)));
  return rig;
}

// 1-based line and column of byte offset `pos` (0-based) in `text`.
base::SourceSpan span_at(std::string_view text, size_t pos, const std::string& name) {
  base::SourceSpan span{name, 1, 1};
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++span.line;
      span.col = 1;
    } else {
      ++span.col;
    }
  }
  return span;
}

}  // namespace

Rig default_rig() {
  static const struct {
    const char* name;
    double x, y, z;
  } kViews[] = {{"front-left-top", -1, -1, 1},   {"front-right-top", 1, -1, 1},
                {"front-right-bottom", 1, -1, -1}, {"front-left-bottom", -1, -1, -1},
                {"rear-right-top", 1, 1, 1},       {"rear-left-top", -1, 1, 1},
                {"rear-left-bottom", -1, 1, -1},   {"rear-right-bottom", 1, 1, -1}};
  Rig rig;
  rig.name = "default";
  for (const auto& v : kViews) {
    View view;
    view.name = v.name;
    view.camera.direction = Vec3{v.x, v.y, v.z}.normalized();
    rig.views.push_back(view);
  }
  return rig;
}

base::Result<Rig> parse_rig(std::string_view text, const std::string& name) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    size_t pos = e.byte > 0 ? e.byte - 1 : 0;
    return base::make_diag("render.bad_rig", std::string("invalid JSON: ") + e.what(),
                           span_at(text, pos, name));
  }
  try {
    return read_rig(j);
  } catch (const RigError& e) {
    return base::make_diag("render.bad_rig", e.field + ": " + e.message, {name});
  }
}

base::Result<Rig> load_rig(const std::string& path) {
  TRY(std::string text, read_file(path));
  return parse_rig(text, path);
}

std::string rig_to_json(const Rig& rig) {
  nlohmann::ordered_json views = nlohmann::ordered_json::array();
  for (const View& v : rig.views) {
    const Camera& c = v.camera;
    nlohmann::ordered_json jv = {{"name", v.name},
               {"projection", c.projection == Camera::Projection::perspective ? "perspective"
                                                                              : "orthographic"},
               {"direction", {c.direction.x, c.direction.y, c.direction.z}},
               {"up", {c.up.x, c.up.y, c.up.z}},
               {"fov_degrees", c.fov_degrees}};
    views.push_back(jv);
  }
  nlohmann::ordered_json j = {{"name", rig.name}, {"size", rig.size}, {"margin", rig.margin}, {"views", views}};
  return j.dump(2) + "\n";
}

}  // namespace cadscribe::render
