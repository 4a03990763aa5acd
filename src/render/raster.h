// render/raster.h — the sample-level rasteriser behind render.h: triangles with depth test and
// interpolated attributes, and depth-tested feature lines, into supersampled buffers.
// Triangles are snapped to 1/16 sample and scanned with incremental 64-bit edge functions and a
// tie rule that gives each sample on a shared edge to exactly one triangle, so closed meshes
// have neither cracks nor double hits and results are bit-exact. Depth keys: smaller = nearer;
// they must be affine in screen space (orthographic depth, or −1/z for perspective).
// Internal to render; depends on nothing else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cadscribe::render {

struct ScreenVertex {
  float x, y;  // in samples, y down; sample (i, j) has its centre at (i + 0.5, j + 0.5)
  float z;     // depth key
};

struct SampleBuffers {
  int size = 0;                // samples per side (square)
  std::vector<float> depth;    // +inf where empty
  std::vector<uint8_t> shade;  // grey level; 255 where empty
  std::vector<float> normal;   // 3 per sample, only when requested (else empty)

  void reset(int samples_per_side, bool with_normals);
  [[nodiscard]] bool covered(size_t i) const { return depth[i] != kEmpty; }
  static constexpr float kEmpty = __builtin_inff();
};

// `shade` per corner (grey levels, float); `normals` 9 floats (three corner normals) or null.
// The winding does not matter: culling is the caller's decision.
void raster_triangle(SampleBuffers& b, const ScreenVertex v[3], const float shade[3],
                     const float* normals);

// A line `width` samples thick (measured across its minor axis). A stamp is drawn where the
// line's key is ≤ the farthest depth under the stamp + `bias`: the line shows next to the
// surfaces it bounds and vanishes behind nearer geometry.
void draw_line(SampleBuffers& b, ScreenVertex a, ScreenVertex c, int width, float bias, uint8_t grey);

}  // namespace cadscribe::render
