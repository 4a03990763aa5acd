// render/camera.h — a camera of the rig: projection and orientation only.
// Where the eye is and how large the image is are decided by the rig's framing (rig.h), so one
// Camera frames any mesh. `direction` points from the target towards the eye and is unit;
// `up` must not be parallel to it (rig parsing rejects that). Angles in degrees (user-facing).
#pragma once

#include "math/vec.h"

namespace cadscribe::render {

struct Camera {
  enum class Projection { orthographic, perspective };
  Projection projection = Projection::orthographic;
  math::Vec3 direction{0, -1, 0};  // from the target towards the eye, unit
  math::Vec3 up{0, 0, 1};          // projected onto the image plane; image rows run against it
  double fov_degrees = 30;         // perspective only: full angle across the image width/height
};

}  // namespace cadscribe::render
