// math/vec.h — 3D vectors, affine transforms and coordinate frames (double precision, mm).
// Angles inside math are radians. Depends only on base.
#pragma once

#include <array>
#include <cmath>

namespace cadscribe::math {

struct Vec3 {
  double x = 0, y = 0, z = 0;

  constexpr Vec3() = default;
  constexpr Vec3(double x_, double y_, double z_) : x(x_), y(y_), z(z_) {}

  constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  constexpr Vec3 operator-() const { return {-x, -y, -z}; }
  constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
  constexpr Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
  Vec3& operator+=(const Vec3& o) { x += o.x; y += o.y; z += o.z; return *this; }
  Vec3& operator-=(const Vec3& o) { x -= o.x; y -= o.y; z -= o.z; return *this; }
  constexpr bool operator==(const Vec3& o) const { return x == o.x && y == o.y && z == o.z; }

  [[nodiscard]] constexpr double dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
  [[nodiscard]] constexpr Vec3 cross(const Vec3& o) const {
    return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
  }
  [[nodiscard]] double norm() const { return std::sqrt(dot(*this)); }
  // Unit vector; the zero vector stays zero (callers validate user input before normalising).
  [[nodiscard]] Vec3 normalized() const {
    double n = norm();
    return n > 0 ? *this / n : *this;
  }
  [[nodiscard]] double operator[](int i) const { return i == 0 ? x : i == 1 ? y : z; }
};

inline constexpr Vec3 operator*(double s, const Vec3& v) { return v * s; }

// Row-major 3x4 affine transform: p' = R p + t.
struct Transform {
  std::array<double, 12> m{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};

  [[nodiscard]] static Transform identity() { return {}; }
  [[nodiscard]] static Transform translation(const Vec3& t);
  // Rotation by `angle` radians about the axis through `origin` with direction `axis`.
  [[nodiscard]] static Transform rotation(const Vec3& origin, const Vec3& axis, double angle);
  [[nodiscard]] static Transform scaling(double s, const Vec3& origin = {});
  // Reflection in the plane through `origin` with normal `normal`.
  [[nodiscard]] static Transform mirror(const Vec3& origin, const Vec3& normal);

  [[nodiscard]] Vec3 apply(const Vec3& p) const;          // point
  [[nodiscard]] Vec3 apply_vector(const Vec3& v) const;   // direction (no translation)
  [[nodiscard]] Transform operator*(const Transform& o) const;  // (this * o)(p) = this(o(p))
  [[nodiscard]] Transform inverse() const;                // affine inverse (non-singular only)
};

// A right-handed orthonormal frame: origin, x axis and z axis (normal); y = z × x.
// CadQuery's Plane maps onto it one to one.
struct Frame {
  Vec3 origin{0, 0, 0};
  Vec3 x_dir{1, 0, 0};
  Vec3 z_dir{0, 0, 1};

  [[nodiscard]] Vec3 y_dir() const { return z_dir.cross(x_dir); }
  [[nodiscard]] Vec3 to_world(const Vec3& local) const {
    return origin + x_dir * local.x + y_dir() * local.y + z_dir * local.z;
  }
  [[nodiscard]] Vec3 to_local(const Vec3& world) const {
    Vec3 d = world - origin;
    return {d.dot(x_dir), d.dot(y_dir()), d.dot(z_dir)};
  }
  // The transform local -> world.
  [[nodiscard]] Transform to_world_transform() const;
};

}  // namespace cadscribe::math
