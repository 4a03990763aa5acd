#include "math/vec.h"

namespace cadscribe::math {

Transform Transform::translation(const Vec3& t) {
  Transform r;
  r.m[3] = t.x; r.m[7] = t.y; r.m[11] = t.z;
  return r;
}

Transform Transform::rotation(const Vec3& origin, const Vec3& axis, double angle) {
  Vec3 a = axis.normalized();
  double c = std::cos(angle), s = std::sin(angle), t = 1 - c;
  Transform r;
  r.m = {t * a.x * a.x + c,       t * a.x * a.y - s * a.z, t * a.x * a.z + s * a.y, 0,
         t * a.x * a.y + s * a.z, t * a.y * a.y + c,       t * a.y * a.z - s * a.x, 0,
         t * a.x * a.z - s * a.y, t * a.y * a.z + s * a.x, t * a.z * a.z + c,       0};
  // p' = R (p - o) + o
  Vec3 ro = r.apply_vector(origin);
  r.m[3] = origin.x - ro.x; r.m[7] = origin.y - ro.y; r.m[11] = origin.z - ro.z;
  return r;
}

Transform Transform::scaling(double s, const Vec3& origin) {
  Transform r;
  r.m = {s, 0, 0, origin.x * (1 - s), 0, s, 0, origin.y * (1 - s), 0, 0, s, origin.z * (1 - s)};
  return r;
}

Transform Transform::mirror(const Vec3& origin, const Vec3& normal) {
  Vec3 n = normal.normalized();
  Transform r;
  r.m = {1 - 2 * n.x * n.x, -2 * n.x * n.y, -2 * n.x * n.z, 0,
         -2 * n.y * n.x, 1 - 2 * n.y * n.y, -2 * n.y * n.z, 0,
         -2 * n.z * n.x, -2 * n.z * n.y, 1 - 2 * n.z * n.z, 0};
  Vec3 ro = r.apply_vector(origin);
  r.m[3] = origin.x - ro.x; r.m[7] = origin.y - ro.y; r.m[11] = origin.z - ro.z;
  return r;
}

Vec3 Transform::apply(const Vec3& p) const {
  return {m[0] * p.x + m[1] * p.y + m[2] * p.z + m[3], m[4] * p.x + m[5] * p.y + m[6] * p.z + m[7],
          m[8] * p.x + m[9] * p.y + m[10] * p.z + m[11]};
}

Vec3 Transform::apply_vector(const Vec3& v) const {
  return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[4] * v.x + m[5] * v.y + m[6] * v.z,
          m[8] * v.x + m[9] * v.y + m[10] * v.z};
}

Transform Transform::operator*(const Transform& o) const {
  Transform r;
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 4; ++j) {
      double v = m[i * 4 + 0] * o.m[0 * 4 + j] + m[i * 4 + 1] * o.m[1 * 4 + j] +
                 m[i * 4 + 2] * o.m[2 * 4 + j];
      if (j == 3) v += m[i * 4 + 3];
      r.m[i * 4 + j] = v;
    }
  }
  return r;
}

Transform Transform::inverse() const {
  // Inverse of the 3x3 block by cofactors, then t' = -R^-1 t.
  const auto& a = m;
  double c00 = a[5] * a[10] - a[6] * a[9], c01 = a[6] * a[8] - a[4] * a[10], c02 = a[4] * a[9] - a[5] * a[8];
  double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
  double id = 1.0 / det;
  Transform r;
  r.m[0] = c00 * id;
  r.m[1] = (a[2] * a[9] - a[1] * a[10]) * id;
  r.m[2] = (a[1] * a[6] - a[2] * a[5]) * id;
  r.m[4] = c01 * id;
  r.m[5] = (a[0] * a[10] - a[2] * a[8]) * id;
  r.m[6] = (a[2] * a[4] - a[0] * a[6]) * id;
  r.m[8] = c02 * id;
  r.m[9] = (a[1] * a[8] - a[0] * a[9]) * id;
  r.m[10] = (a[0] * a[5] - a[1] * a[4]) * id;
  Vec3 t{a[3], a[7], a[11]};
  Vec3 it = r.apply_vector(t);
  r.m[3] = -it.x; r.m[7] = -it.y; r.m[11] = -it.z;
  return r;
}

Transform Frame::to_world_transform() const {
  Vec3 y = y_dir();
  Transform r;
  r.m = {x_dir.x, y.x, z_dir.x, origin.x, x_dir.y, y.y, z_dir.y, origin.y, x_dir.z, y.z, z_dir.z, origin.z};
  return r;
}

}  // namespace cadscribe::math
