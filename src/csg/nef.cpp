#include "csg/nef.h"

#include <CGAL/Polygon_mesh_processing/measure.h>
#include <CGAL/Polygon_mesh_processing/orientation.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cadscribe::csg::detail {

namespace PMP = CGAL::Polygon_mesh_processing;

Nef nef_of_components(const std::vector<EMesh>& components) {
  std::vector<double> volume(components.size());
  for (size_t i = 0; i < components.size(); ++i) volume[i] = CGAL::to_double(PMP::volume(components[i]));
  std::vector<size_t> order(components.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return std::fabs(volume[a]) > std::fabs(volume[b]); });
  Nef sum;
  for (size_t i : order) {
    if (volume[i] >= 0) {
      sum += Nef(components[i]);
    } else {
      EMesh outward = components[i];
      PMP::reverse_face_orientations(outward);
      sum -= Nef(outward);
    }
  }
  return sum;
}

}  // namespace cadscribe::csg::detail
