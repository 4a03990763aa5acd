#include "cad/scad_calc.h"

#include <cmath>

namespace cadscribe::cad::scad {

double fragments_from_r(double r, double fn, double fs, double fa) {
  if (r < kGridFine) return 3;
  if (std::isinf(fn) || std::isnan(fn)) return 3;
  if (fn > 0.0) return fn >= 3 ? std::floor(fn) : 3;
  return std::ceil(std::fmax(std::fmin(360.0 / fa, r * 2 * M_PI / fs), 5));
}

namespace {
// Reduces to [0, 360) as openscad does (positive tests because of Inf/NaN).
double reduce_degrees(double x) {
  if (x < 360.0 && x >= 0.0) return x;
  if (x < 360.0 && x >= -360.0) return x + 360.0;
  x = std::fmod(x, 360.0);
  if (x < 0.0) x += 360.0;
  return x;
}
}  // namespace

double sin_degrees(double x) {
  x = reduce_degrees(x);
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) x = 180.0 - x;
  if (x < 45.0) {
    x = x == 30.0 ? 0.5 : std::sin(M_PI * x / 180.0);
  } else if (x == 45.0) {
    x = M_SQRT1_2;
  } else if (x == 60.0) {
    x = std::sqrt(3.0) / 2.0;
  } else {
    x = std::cos(M_PI * (90.0 - x) / 180.0);
  }
  return oppose ? -x : x;
}

double cos_degrees(double x) {
  x = reduce_degrees(x);
  bool oppose = x >= 180.0;
  if (oppose) x -= 180.0;
  if (x > 90.0) {
    x = 180.0 - x;
    oppose = !oppose;
  }
  if (x > 45.0) {
    x = x == 60.0 ? 0.5 : std::sin(M_PI * (90.0 - x) / 180.0);
  } else if (x == 45.0) {
    x = M_SQRT1_2;
  } else if (x == 30.0) {
    x = std::sqrt(3.0) / 2.0;
  } else {
    x = std::cos(M_PI * x / 180.0);
  }
  return oppose ? -x : x;
}

std::vector<csg::Point2> circle_points(double r, int fragments) {
  std::vector<csg::Point2> pts;
  pts.reserve(size_t(fragments));
  for (int i = 0; i < fragments; ++i) {
    // openscad 2021.01's generate_circle works in radians: phi = 2π·i/fragments.
    double phi = (M_PI * 2 * i) / fragments;
    pts.push_back({r * std::cos(phi), r * std::sin(phi)});
  }
  return pts;
}

}  // namespace cadscribe::cad::scad
