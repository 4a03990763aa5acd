#include "cad/scad_transform.h"

#include <cmath>

#include "cad/scad_calc.h"

namespace cadscribe::cad::scad {

csg::Matrix4 identity4() { return {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}; }

csg::Matrix4 multiply(const csg::Matrix4& a, const csg::Matrix4& b) {
  csg::Matrix4 r{};
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) {
      double s = 0;
      for (int k = 0; k < 4; ++k) s += a[size_t(i * 4 + k)] * b[size_t(k * 4 + j)];
      r[size_t(i * 4 + j)] = s;
    }
  return r;
}

csg::Matrix4 translation(double x, double y, double z) {
  return {1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z, 0, 0, 0, 1};
}

csg::Matrix4 scaling(double x, double y, double z) {
  return {x, 0, 0, 0, 0, y, 0, 0, 0, 0, z, 0, 0, 0, 0, 1};
}

csg::Matrix4 rotation_xyz(double ax, double ay, double az) {
  // openscad reduces each angle with fmod(a, 360) before taking sines.
  double sx = sin_degrees(std::fmod(ax, 360)), cx = cos_degrees(std::fmod(ax, 360));
  double sy = sin_degrees(std::fmod(ay, 360)), cy = cos_degrees(std::fmod(ay, 360));
  double sz = sin_degrees(std::fmod(az, 360)), cz = cos_degrees(std::fmod(az, 360));
  return {cy * cz, cz * sx * sy - cx * sz, cx * cz * sy + sx * sz, 0,
          cy * sz, cx * cz + sx * sy * sz, -cz * sx + cx * sy * sz, 0,
          -sy,     cy * sx,                cx * cy,                 0,
          0,       0,                      0,                       1};
}

csg::Matrix4 rotation_axis(double a, double vx, double vy, double vz) {
  csg::Matrix4 m = identity4();
  const double s = sin_degrees(a), c = cos_degrees(a);
  const double n2 = vx * vx + vy * vy + vz * vz;
  if (!(n2 > 0) || !std::isfinite(n2)) return m;
  const double v[3] = {vx, vy, vz};
  const double cu[3] = {vx * ((1 - c) / n2), vy * ((1 - c) / n2), vz * ((1 - c) / n2)};
  const double su[3] = {vx * (s / std::sqrt(n2)), vy * (s / std::sqrt(n2)), vz * (s / std::sqrt(n2))};
  m[0] = cu[0] * v[0] + c, m[1] = cu[1] * v[0] - su[2], m[2] = cu[2] * v[0] + su[1];
  m[4] = cu[0] * v[1] + su[2], m[5] = cu[1] * v[1] + c, m[6] = cu[2] * v[1] - su[0];
  m[8] = cu[0] * v[2] - su[1], m[9] = cu[1] * v[2] + su[0], m[10] = cu[2] * v[2] + c;
  return m;
}

csg::Matrix4 mirroring(double x, double y, double z) {
  csg::Matrix4 m = identity4();
  const double n2 = x * x + y * y + z * z;
  if (!(n2 > 0) || !std::isfinite(n2)) return m;
  const double l = std::sqrt(n2);
  x /= l, y /= l, z /= l;
  m[0] = 1 - 2 * x * x, m[1] = -2 * y * x, m[2] = -2 * z * x;
  m[4] = -2 * x * y, m[5] = 1 - 2 * y * y, m[6] = -2 * z * y;
  m[8] = -2 * x * z, m[9] = -2 * y * z, m[10] = 1 - 2 * z * z;
  return m;
}

double determinant3(const csg::Matrix4& m) {
  return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8]) +
         m[2] * (m[4] * m[9] - m[5] * m[8]);
}

bool is_finite(const csg::Matrix4& m) {
  for (double d : m)
    if (!std::isfinite(d)) return false;
  return true;
}

ResizeFactors resize_factors(const std::array<double, 3>& size, const std::array<double, 3>& newsize,
                             const std::array<bool, 3>& autosize, int dims) {
  ResizeFactors f;
  int max_index = 0;
  for (int i = 0; i < dims; ++i) {
    if (newsize[size_t(i)] != 0) {
      if (size[size_t(i)] == 0)
        f.no_effect[size_t(i)] = true;
      else
        f.scale[size_t(i)] = newsize[size_t(i)] / size[size_t(i)];
      if (newsize[size_t(i)] > newsize[size_t(max_index)]) max_index = i;
    }
  }
  double autoscale = 1;
  if (newsize[size_t(max_index)] != 0 && size[size_t(max_index)] != 0)
    autoscale = newsize[size_t(max_index)] / size[size_t(max_index)];
  for (int i = 0; i < dims; ++i)
    if (autosize[size_t(i)] && newsize[size_t(i)] == 0) f.scale[size_t(i)] = autoscale;
  return f;
}

}  // namespace cadscribe::cad::scad
