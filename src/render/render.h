// render/render.h — the software renderer: a mesh seen by the cameras of a rig.
//
// Look (DESIGN.md §5): white background (255), light-grey Lambertian material lit by a head
// light (a directional light fixed to the camera) plus ambient:
//   grey = 255 · (kAmbient + kDiffuse · max(0, n · light)),   light = head_light(camera).
// The head light comes from slightly above and left of the eye, not from the eye itself: with a
// light exactly along a cube-diagonal view, the three faces of an axis-aligned box all meet it
// at the same angle and render the same grey, so only the edge lines would tell them apart.
// with n the shading normal (smooth across edges whose dihedral angle is below
// `crease_degrees`, flat across creases; see prepared_mesh.h). Feature edges — silhouettes
// (edges between a front- and a back-facing triangle), creases (dihedral ≥ crease_degrees),
// boundary and non-manifold edges — are drawn as depth-tested lines kEdgeGrey, 1 output pixel
// wide. Back faces are culled when the mesh is closed, drawn (with flipped normals) otherwise.
// Anti-aliasing: every pixel holds supersample² samples that are box-filtered down.
// Renders are deterministic bit for bit (integer-snapped rasterisation, no threads).
//
// Extra outputs, at the rig's size, empty when not requested:
//   depth   16-bit gray: 0 = background; covered pixels 1..65535 map the bounding sphere's depth
//           range linearly, nearest (65535) at the sphere's front, farthest (1) at its back
//           (distance along the view direction; for perspective the eye-space z in
//           [d − R, d + R]). A pixel takes its nearest sample.
//   normals RGB world-space unit shading normal of the nearest sample, (n + 1) / 2 · 255
//           rounded; background (0, 0, 0), which encodes no unit vector.
//   mask    gray coverage 0..255: the fraction of the pixel's samples covered by the surface
//           (feature lines do not count).
// An empty mesh renders white images (and empty-background extras); no error.
// Depends on mesh, math, base.
#pragma once

#include <vector>

#include "mesh/mesh.h"
#include "math/vec.h"
#include "render/camera.h"
#include "render/image.h"
#include "render/rig.h"

namespace cadscribe::render {

inline constexpr double kAmbient = 0.30;
inline constexpr double kDiffuse = 0.60;
inline constexpr int kEdgeGrey = 56;
// The head light's offset from the view direction, in units of the image's up and right axes.
inline constexpr double kLightUp = 0.4;
inline constexpr double kLightLeft = 0.2;

// The unit vector towards the head light of `camera`:
// normalise(direction + kLightUp · screen_up − kLightLeft · screen_right).
[[nodiscard]] math::Vec3 head_light(const Camera& camera);

struct RenderOptions {
  // Measured (bench/render_bench.cpp, 8 views of 20k triangles): 1 → 11–17 ms with visible
  // stair-steps, 2 → 15–18 ms, 3 → 21–31 ms (over the 20 ms budget) for little visible gain.
  int supersample = 2;          // 1..4
  bool edges = true;            // draw feature edges
  double crease_degrees = 30;   // dihedral angle from which an edge is a crease
  bool depth = false, normals = false, mask = false;  // extra outputs
};

struct ViewImages {
  Image rgb;      // RGB, size × size
  Image16 depth;  // see above
  Image normals;  // RGB
  Image mask;     // gray
};

// One ViewImages per view of the rig, in the rig's order. Per-mesh work is done once.
[[nodiscard]] std::vector<ViewImages> render_rig(const mesh::Mesh& mesh, const Rig& rig,
                                                 const RenderOptions& options);
// One view framed as the whole rig frames it (framing depends only on the mesh and the rig).
[[nodiscard]] ViewImages render_view(const mesh::Mesh& mesh, const View& view, const Rig& rig,
                                     const RenderOptions& options);

}  // namespace cadscribe::render
