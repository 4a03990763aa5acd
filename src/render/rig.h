// render/rig.h — the multi-view rig (DESIGN.md §5 "8-view rig"): named cameras plus framing.
//
// Framing, the same for every view of a rig so that the views are consistent:
//   centre = the centre of the mesh's axis-aligned bounding box, radius R = half its diagonal
//   (the bounding box's circumscribed sphere; a mesh of one point gets R = 1 mm).
//   Orthographic: that sphere fills the image with `margin` (a fraction of the image size) on
//   each side, i.e. the sphere's diameter spans (1 − 2·margin)·size pixels, so the scale is
//   size·(1 − 2·margin) / (2R) pixels per mm. The image centre is the sphere's centre.
//   Perspective: the eye looks at the centre from distance d = R / sin(atan((1 − 2·margin)·
//   tan(fov/2))), where the sphere's outline touches the same (1 − 2·margin) square.
// Image axes: x to the right = normalise(−direction × up), y downwards = −(the projected up).
//
// JSON schema (parse_rig / rig_to_json):
//   {"name": "default",            optional, default "rig"
//    "size": 256,                  optional integer pixels, 16..4096, default 256 (square images)
//    "margin": 0.05,               optional, 0 <= margin < 0.5, default 0.05
//    "views": [                    required, 1..64 entries, rendered in this order
//      {"name": "front-left-top",  optional, default "view<i>"
//       "projection": "orthographic" | "perspective",   optional, default orthographic
//       "direction": [x, y, z],    required, non-zero, from the target towards the eye
//       "up": [0, 0, 1],           optional, default +Z, not parallel to direction
//       "fov_degrees": 30}]}       optional, 1..170, default 30 (perspective only)
// Unknown keys are errors (they are usually typos). Every error has code `render.bad_rig` and
// names the field, e.g. "views[2].direction: must not be the zero vector".
// Depends on base, math and nlohmann_json only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "render/camera.h"

namespace cadscribe::render {

struct View {
  std::string name;
  Camera camera;
};

struct Rig {
  std::string name = "rig";
  int size = 256;        // output images are size × size pixels
  double margin = 0.05;  // fraction of the image left free on each side
  std::vector<View> views;
};

// DESIGN.md §5 exactly: 8 orthographic views on the cube-corner directions (normalised), front
// four (y = −1) (−1,−1,1) (1,−1,1) (1,−1,−1) (−1,−1,−1), then rear four (y = +1) (1,1,1)
// (−1,1,1) (−1,1,−1) (1,1,−1); up = +Z, 256 px, margin 0.05.
[[nodiscard]] Rig default_rig();

// `name` is used in diagnostics (a path or "<string>"). Directions and ups are normalised.
[[nodiscard]] base::Result<Rig> parse_rig(std::string_view json, const std::string& name);
[[nodiscard]] base::Result<Rig> load_rig(const std::string& path);
// Pretty-printed JSON that parse_rig reads back to an equal Rig.
[[nodiscard]] std::string rig_to_json(const Rig& rig);

}  // namespace cadscribe::render
