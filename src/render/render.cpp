#include "render/render.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "base/check.h"
#include "render/prepared_mesh.h"
#include "render/raster.h"

namespace cadscribe::render {
namespace {

using math::Vec3;

// Where a view puts the mesh: an orthonormal camera basis and the map world → samples.
struct ViewFrame {
  bool perspective = false;
  Vec3 right, down, forward;  // forward = −direction (from the eye into the scene)
  Vec3 center, eye;
  double scale = 1;           // orthographic: samples per mm; perspective: focal length in samples
  double half = 0;            // half the image in samples
  double near = 0, far = 0;   // depth range of the bounding sphere (view distance)
};

ViewFrame frame_view(const PreparedMesh& pm, const Camera& cam, const Rig& rig, int samples) {
  ViewFrame f;
  f.perspective = cam.projection == Camera::Projection::perspective;
  f.forward = -cam.direction.normalized();
  f.right = f.forward.cross(cam.up).normalized();
  f.down = f.forward.cross(f.right);  // = −(projected up)
  f.center = pm.center;
  f.half = samples / 2.0;
  double fill = 1 - 2 * rig.margin;  // fraction of the image the bounding sphere spans
  double r = pm.radius;
  if (!f.perspective) {
    f.scale = f.half * fill / r;
    f.near = -r;
    f.far = r;
  } else {
    double tan_half = std::tan(cam.fov_degrees * std::numbers::pi / 360);
    double d = r / std::sin(std::atan(fill * tan_half));
    f.eye = f.center - f.forward * d;
    f.scale = f.half / tan_half;
    f.near = d - r;
    f.far = d + r;
  }
  return f;
}

ScreenVertex project(const ViewFrame& f, const std::array<float, 3>& p) {
  Vec3 q{p[0], p[1], p[2]};
  if (!f.perspective) {
    Vec3 d = q - f.center;
    return {float(f.half + f.scale * d.dot(f.right)), float(f.half + f.scale * d.dot(f.down)),
            float(d.dot(f.forward))};
  }
  Vec3 d = q - f.eye;
  double z = d.dot(f.forward);  // > 0: the eye is outside the bounding sphere
  return {float(f.half + f.scale * d.dot(f.right) / z), float(f.half + f.scale * d.dot(f.down) / z),
          float(-1.0 / z)};
}

// Depth key back to the distance along the view direction (relative to the centre for ortho).
double key_to_distance(const ViewFrame& f, float key) { return f.perspective ? -1.0 / key : key; }

struct Renderer {
  const PreparedMesh& pm;
  const Rig& rig;
  const RenderOptions& opt;
  SampleBuffers buf;
  std::vector<ScreenVertex> screen;
  std::vector<uint8_t> front;

  ViewImages render(const View& view);
  void draw_triangles(const ViewFrame& f, const Vec3& light);
  void draw_edges(const ViewFrame& f);
  ViewImages resolve(const ViewFrame& f) const;
};

ViewImages Renderer::render(const View& view) {
  const int ss = opt.supersample;
  ViewFrame f = frame_view(pm, view.camera, rig, rig.size * ss);
  buf.reset(rig.size * ss, opt.normals);
  screen.resize(pm.positions.size());
  for (size_t i = 0; i < pm.positions.size(); ++i) screen[i] = project(f, pm.positions[i]);
  // Facing from the face normal: towards the eye (ortho: along −forward) means front.
  front.resize(pm.triangles.size());
  for (size_t t = 0; t < pm.triangles.size(); ++t) {
    const auto& n = pm.face_normals[t];
    Vec3 to_eye = -f.forward;
    if (f.perspective) {
      const auto& p = pm.positions[pm.triangles[t][0]];
      to_eye = f.eye - Vec3{p[0], p[1], p[2]};
    }
    front[t] = n[0] * to_eye.x + n[1] * to_eye.y + n[2] * to_eye.z > 0;
  }
  draw_triangles(f, head_light(view.camera));
  if (opt.edges) draw_edges(f);
  return resolve(f);
}

}  // namespace

Vec3 head_light(const Camera& camera) {
  const Vec3 to_eye = camera.direction.normalized();
  const Vec3 right = (-to_eye).cross(camera.up).normalized();  // as frame_view's image x axis
  const Vec3 up = right.cross(-to_eye);                         // image up (= −frame_view's down)
  return (to_eye + up * kLightUp - right * kLightLeft).normalized();
}

namespace {

void Renderer::draw_triangles(const ViewFrame& f, const Vec3& light) {
  const float lx = float(light.x), ly = float(light.y), lz = float(light.z);
  for (size_t t = 0; t < pm.triangles.size(); ++t) {
    if (pm.closed && !front[t]) continue;
    const auto& tri = pm.triangles[t];
    const float* cn = pm.corner_normals[t].data();
    ScreenVertex v[3] = {screen[tri[0]], screen[tri[1]], screen[tri[2]]};
    float flip = front[t] ? 1.0f : -1.0f;  // back faces of open meshes show their other side
    float shade[3], normals[9];
    for (int k = 0; k < 3; ++k) {
      float d = flip * (cn[3 * k] * lx + cn[3 * k + 1] * ly + cn[3 * k + 2] * lz);
      shade[k] = float(255.0 * (kAmbient + kDiffuse * std::max(0.0f, d)));
      for (int c = 0; c < 3; ++c) normals[3 * k + c] = flip * cn[3 * k + c];
    }
    raster_triangle(buf, v, shade, opt.normals ? normals : nullptr);
  }
}

void Renderer::draw_edges(const ViewFrame& f) {
  const int width = opt.supersample;  // one output pixel
  // Tolerance of the line depth test: two samples' worth of depth at 45° slopes (ortho), the
  // same distance mapped through −1/z at the centre's depth (perspective).
  double center_z = (f.near + f.far) / 2;
  double sample_mm = f.perspective ? center_z / f.scale : 1 / f.scale;
  float bias = float(f.perspective ? 2 * sample_mm / (center_z * center_z) : 2 * sample_mm);
  for (const FeatureEdge& e : pm.edges) {
    bool f0 = front[e.t0], f1 = front[e.t1];
    bool draw = false;
    switch (e.kind) {
      case FeatureEdge::kBoundary: draw = true; break;
      case FeatureEdge::kCrease: draw = f0 || f1 || !pm.closed; break;
      case FeatureEdge::kSmooth: draw = f0 != f1; break;
    }
    if (draw) draw_line(buf, screen[e.a], screen[e.b], width, bias, uint8_t(kEdgeGrey));
  }
}

ViewImages Renderer::resolve(const ViewFrame& f) const {
  const int n = rig.size, ss = opt.supersample, N = buf.size;
  const int count = ss * ss;
  ViewImages out;
  out.rgb = make_image(n, n, 3);
  if (opt.mask) out.mask = make_image(n, n, 1, 0);
  if (opt.normals) out.normals = make_image(n, n, 3, 0);
  if (opt.depth) {
    out.depth.width = out.depth.height = n;
    out.depth.pixels.assign(size_t(n) * n, 0);
  }
  const bool extras = opt.mask || opt.normals || opt.depth;
  for (int y = 0; y < n; ++y) {
    for (int x = 0; x < n; ++x) {
      int sum = 0, covered = 0;
      size_t nearest = 0;
      float nearest_key = SampleBuffers::kEmpty;
      for (int sy = 0; sy < ss; ++sy) {
        size_t row = size_t(y * ss + sy) * N + size_t(x * ss);
        for (int sx = 0; sx < ss; ++sx) {
          sum += buf.shade[row + sx];
          if (extras && buf.covered(row + sx)) {
            ++covered;
            if (buf.depth[row + sx] < nearest_key) {
              nearest_key = buf.depth[row + sx];
              nearest = row + sx;
            }
          }
        }
      }
      uint8_t grey = uint8_t((sum + count / 2) / count);
      uint8_t* p = out.rgb.at(x, y);
      p[0] = p[1] = p[2] = grey;
      if (!extras || covered == 0) continue;
      if (opt.mask) *out.mask.at(x, y) = uint8_t((covered * 255 + count / 2) / count);
      if (opt.depth) {
        double t = (f.far - key_to_distance(f, nearest_key)) / (f.far - f.near);
        out.depth.pixels[size_t(y) * n + x] = uint16_t(1 + std::lround(std::clamp(t, 0.0, 1.0) * 65534));
      }
      if (opt.normals) {
        Vec3 v{buf.normal[nearest * 3], buf.normal[nearest * 3 + 1], buf.normal[nearest * 3 + 2]};
        v = v.normalized();
        uint8_t* q = out.normals.at(x, y);
        for (int c = 0; c < 3; ++c) q[c] = uint8_t(std::lround((std::clamp(v[c], -1.0, 1.0) + 1) * 127.5));
      }
    }
  }
  return out;
}

}  // namespace

std::vector<ViewImages> render_rig(const mesh::Mesh& mesh, const Rig& rig, const RenderOptions& options) {
  CHECK(options.supersample >= 1 && options.supersample <= 4);
  PreparedMesh pm = prepare_mesh(mesh, options.crease_degrees);
  Renderer r{pm, rig, options, {}, {}, {}};
  std::vector<ViewImages> out;
  out.reserve(rig.views.size());
  for (const View& v : rig.views) out.push_back(r.render(v));
  return out;
}

ViewImages render_view(const mesh::Mesh& mesh, const View& view, const Rig& rig,
                       const RenderOptions& options) {
  CHECK(options.supersample >= 1 && options.supersample <= 4);
  PreparedMesh pm = prepare_mesh(mesh, options.crease_degrees);
  Renderer r{pm, rig, options, {}, {}, {}};
  return r.render(view);
}

}  // namespace cadscribe::render
