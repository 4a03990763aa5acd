#include "render/raster.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cadscribe::render {
namespace {

constexpr int kSubBits = 4;
constexpr int64_t kOne = 1 << kSubBits;
constexpr int64_t kHalf = kOne / 2;
constexpr int64_t kSolveSpan = 16;  // row width (samples) from which spans are solved, not scanned

// Round to nearest (halves away from zero) without a libm call.
int64_t snap(float v) {
  double d = double(v) * kOne;
  return d >= 0 ? int64_t(d + 0.5) : -int64_t(-d + 0.5);
}

int64_t floor_div(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

template <bool kNormals>
void raster(SampleBuffers& b, const ScreenVertex* v[3], const float s[3], const float* n[3]) {
  int64_t x[3], y[3];
  for (int k = 0; k < 3; ++k) {
    x[k] = snap(v[k]->x);
    y[k] = snap(v[k]->y);
  }
  int64_t area = (x[1] - x[0]) * (y[2] - y[0]) - (y[1] - y[0]) * (x[2] - x[0]);
  if (area == 0) return;
  int i1 = 1, i2 = 2;  // make the interior positive
  if (area < 0) {
    std::swap(i1, i2);
    area = -area;
  }
  const int idx[3] = {0, i1, i2};
  int64_t X[3], Y[3];
  float Z[3], S[3];
  for (int k = 0; k < 3; ++k) {
    X[k] = x[idx[k]];
    Y[k] = y[idx[k]];
    Z[k] = v[idx[k]]->z;
    S[k] = s[idx[k]];
  }
  const int N = b.size;
  int64_t lo_x = std::min({X[0], X[1], X[2]}), hi_x = std::max({X[0], X[1], X[2]});
  int64_t lo_y = std::min({Y[0], Y[1], Y[2]}), hi_y = std::max({Y[0], Y[1], Y[2]});
  int64_t ix0 = std::max<int64_t>(0, floor_div(lo_x - kHalf + kOne - 1, kOne));
  int64_t ix1 = std::min<int64_t>(N - 1, floor_div(hi_x - kHalf, kOne));
  int64_t iy0 = std::max<int64_t>(0, floor_div(lo_y - kHalf + kOne - 1, kOne));
  int64_t iy1 = std::min<int64_t>(N - 1, floor_div(hi_y - kHalf, kOne));
  if (ix0 > ix1 || iy0 > iy1) return;

  // Edge k is opposite vertex k: w_k(p) = orient(V[k+1], V[k+2], p).
  int64_t A[3], B[3], w_row[3], bias[3];
  int64_t px = ix0 * kOne + kHalf, py = iy0 * kOne + kHalf;
  for (int k = 0; k < 3; ++k) {
    int a = (k + 1) % 3, c = (k + 2) % 3;
    A[k] = Y[a] - Y[c];
    B[k] = X[c] - X[a];
    w_row[k] = B[k] * (py - Y[a]) + A[k] * (px - X[a]);
    bias[k] = (A[k] > 0 || (A[k] == 0 && B[k] > 0)) ? 0 : -1;
  }
  // Attribute planes: value at the first sample of a row and step per sample along x.
  const double inv_area = 1.0 / double(area);
  auto plane_dx = [&](const float* a) {
    return float(double(A[0] * kOne) * a[0] * inv_area + double(A[1] * kOne) * a[1] * inv_area +
                 double(A[2] * kOne) * a[2] * inv_area);
  };
  auto at_row = [&](const float* a, const int64_t* w) {
    return float((double(w[0]) * a[0] + double(w[1]) * a[1] + double(w[2]) * a[2]) * inv_area);
  };
  const float dz = plane_dx(Z), ds = plane_dx(S);
  float NC[3][3], dn[3] = {0, 0, 0};
  if constexpr (kNormals) {
    for (int c = 0; c < 3; ++c) {
      for (int k = 0; k < 3; ++k) NC[c][k] = n[idx[k]][c];
      dn[c] = plane_dx(NC[c]);
    }
  }
  const int64_t step_x[3] = {A[0] * kOne, A[1] * kOne, A[2] * kOne};
  const int64_t span = ix1 - ix0;
  for (int64_t iy = iy0; iy <= iy1; ++iy) {
    // Wide rows: solve the covered columns from the edge functions (exact, but three 64-bit
    // divisions), so slivers and fan triangles with large boxes cost only what they cover.
    // Narrow rows: scanning with the sign test is cheaper.
    int64_t j0 = 0, j1 = span;
    if (span >= kSolveSpan) {
      for (int k = 0; k < 3; ++k) {
        int64_t w = w_row[k] + bias[k];  // covered where w + step_x[k]·j >= 0
        if (step_x[k] > 0) j0 = std::max(j0, floor_div(-w + step_x[k] - 1, step_x[k]));
        else if (step_x[k] < 0) j1 = std::min(j1, floor_div(w, -step_x[k]));
        else if (w < 0) j1 = -1;
      }
    }
    if (j0 <= j1) {
      int64_t w0 = w_row[0] + bias[0] + step_x[0] * j0, w1 = w_row[1] + bias[1] + step_x[1] * j0,
              w2 = w_row[2] + bias[2] + step_x[2] * j0;
      float z = at_row(Z, w_row) + dz * float(j0), sh = at_row(S, w_row) + ds * float(j0);
      float nx = 0, ny = 0, nz = 0;
      if constexpr (kNormals) {
        nx = at_row(NC[0], w_row) + dn[0] * float(j0);
        ny = at_row(NC[1], w_row) + dn[1] * float(j0);
        nz = at_row(NC[2], w_row) + dn[2] * float(j0);
      }
      float* depth = b.depth.data() + size_t(iy) * N + size_t(ix0);
      uint8_t* shade = b.shade.data() + size_t(iy) * N + size_t(ix0);
      for (int64_t j = j0; j <= j1; ++j) {
        if ((w0 | w1 | w2) >= 0 && z < depth[j]) {
          depth[j] = z;
          shade[j] = uint8_t(std::clamp(sh, 0.0f, 255.0f) + 0.5f);
          if constexpr (kNormals) {
            float* n3 = b.normal.data() + (size_t(iy) * N + size_t(ix0 + j)) * 3;
            n3[0] = nx;
            n3[1] = ny;
            n3[2] = nz;
          }
        }
        w0 += step_x[0];
        w1 += step_x[1];
        w2 += step_x[2];
        z += dz;
        sh += ds;
        if constexpr (kNormals) {
          nx += dn[0];
          ny += dn[1];
          nz += dn[2];
        }
      }
    }
    for (int k = 0; k < 3; ++k) w_row[k] += B[k] * kOne;
  }
}

}  // namespace

void SampleBuffers::reset(int samples_per_side, bool with_normals) {
  size = samples_per_side;
  size_t n = size_t(size) * size;
  depth.assign(n, kEmpty);
  shade.assign(n, 255);
  if (with_normals) normal.assign(n * 3, 0.0f);
  else normal.clear();
}

void raster_triangle(SampleBuffers& b, const ScreenVertex v[3], const float shade[3],
                     const float* normals) {
  const ScreenVertex* pv[3] = {&v[0], &v[1], &v[2]};
  if (normals) {
    const float* pn[3] = {normals, normals + 3, normals + 6};
    raster<true>(b, pv, shade, pn);
  } else {
    const float* pn[3] = {nullptr, nullptr, nullptr};
    raster<false>(b, pv, shade, pn);
  }
}

void draw_line(SampleBuffers& b, ScreenVertex a, ScreenVertex c, int width, float bias, uint8_t grey) {
  const int N = b.size;
  float dx = c.x - a.x, dy = c.y - a.y;
  bool x_major = std::abs(dx) >= std::abs(dy);
  int steps = std::max(1, int(std::ceil(std::max(std::abs(dx), std::abs(dy)))));
  float half = width * 0.5f - 0.5f;
  for (int s = 0; s <= steps; ++s) {
    float t = float(s) / float(steps);
    float px = a.x + dx * t, py = a.y + dy * t, key = a.z + (c.z - a.z) * t;
    int major = int(std::floor(x_major ? px : py));
    int minor0 = int(std::floor((x_major ? py : px) - half));
    if (major < 0 || major >= N) continue;
    int m0 = std::max(0, minor0), m1 = std::min(N - 1, minor0 + width - 1);
    if (m0 > m1) continue;
    auto index = [&](int m) {
      return x_major ? size_t(m) * N + size_t(major) : size_t(major) * N + size_t(m);
    };
    float farthest = -SampleBuffers::kEmpty;
    for (int m = m0; m <= m1; ++m) farthest = std::max(farthest, b.depth[index(m)]);
    if (key > farthest + bias) continue;
    for (int m = m0; m <= m1; ++m) b.shade[index(m)] = grey;
  }
}

}  // namespace cadscribe::render
