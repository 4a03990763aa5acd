// cad/scad_eval_surface.cpp — surface(file, center, invert): a height field from a text matrix
// (.dat) or a PNG's brightness, as a closed solid, with openscad 2021.01's construction:
// row i of the data at y = i, column j at x = j, each grid cell split into four triangles around
// its centre (at the mean of its corners), vertical sides and a flat bottom at
// min(0, lowest value read − 1) (meshed as a grid, see below). A PNG row 0 is the image's bottom row; its heights are
// 100/255 × luminance (Rec. 709 weights, 0..255), or 100/255 × (1 − luminance) with invert=true.
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "cad/scad_args.h"
#include "cad/scad_eval.h"
#include "lang/scad/interpreter.h"
#include "lang/scad/sandbox.h"
#include "render/png.h"

namespace cadscribe::cad::scad {

using base::Result;
using lang::scad::Node;

namespace {

// Heights by (row, column); missing entries of ragged rows are 0, as openscad's map default.
struct HeightField {
  int rows = 0, columns = 0;
  std::vector<std::vector<double>> values;  // values[row], possibly shorter than `columns`
  [[nodiscard]] double at(int r, int c) const {
    const auto& row = values[size_t(r)];
    return size_t(c) < row.size() ? row[size_t(c)] : 0.0;
  }
};

// openscad's .dat reader: blank and '#' lines skipped, numbers separated by spaces or tabs; a
// token that is not a number ends the data (with a warning).
HeightField parse_dat(const std::string& text, std::string& bad_token) {
  HeightField f;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    size_t a = line.find_first_not_of(" \t\r");
    if (a == std::string::npos || line[a] == '#') continue;
    std::vector<double> row;
    std::istringstream tokens(line);
    std::string tok;
    while (tokens >> tok) {
      char* end = nullptr;
      double v = std::strtod(tok.c_str(), &end);
      if (end == tok.c_str() || *end != '\0') {
        bad_token = tok;
        if (!row.empty()) f.values.push_back(std::move(row));
        f.rows = int(f.values.size());
        return f;
      }
      row.push_back(v);
    }
    f.columns = std::max(f.columns, int(row.size()));
    f.values.push_back(std::move(row));
  }
  f.rows = int(f.values.size());
  return f;
}

HeightField from_image(const render::Image& img, bool invert) {
  HeightField f;
  f.rows = img.height;
  f.columns = img.width;
  f.values.assign(size_t(img.height), std::vector<double>(size_t(img.width), 0.0));
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      const uint8_t* p = &img.pixels[(size_t(y) * size_t(img.width) + size_t(x)) * size_t(img.channels)];
      double lum = img.channels >= 3 ? 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2] : double(p[0]);
      // openscad 2021.01 inverts as 100/255 · (1 − lum), not (255 − lum): heights from −99.6 to
      // 0.39 (its surface-png-image3 test).
      f.values[size_t(img.height - 1 - y)][size_t(x)] = 100.0 / 255.0 * (invert ? 1.0 - lum : lum);
    }
  }
  return f;
}

csg::Solid height_field_solid(const HeightField& f, bool center) {
  csg::Solid s;
  const int R = f.rows, C = f.columns;
  // The floor comes from the values present only: the 0s that stand in for a ragged row's missing
  // entries do not lower it (openscad's min_val is updated as values are read; issue1223).
  double floor = 0;
  for (const auto& row : f.values)
    for (double v : row) floor = std::min(floor, v - 1);
  const double ox = center ? -(C - 1) / 2.0 : 0.0, oy = center ? -(R - 1) / 2.0 : 0.0;
  auto add = [&](double x, double y, double z) {
    s.vertices.push_back({ox + x, oy + y, z});
    return uint32_t(s.vertices.size() - 1);
  };
  std::vector<uint32_t> top(size_t(R) * size_t(C));
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) top[size_t(r) * size_t(C) + size_t(c)] = add(c, r, f.at(r, c));
  auto T = [&](int r, int c) { return top[size_t(r) * size_t(C) + size_t(c)]; };
  for (int r = 1; r < R; ++r) {
    for (int c = 1; c < C; ++c) {
      double mid = (f.at(r - 1, c - 1) + f.at(r - 1, c) + f.at(r, c - 1) + f.at(r, c)) / 4;
      uint32_t m = add(c - 0.5, r - 0.5, mid);
      s.triangles.push_back({T(r - 1, c - 1), T(r - 1, c), m});
      s.triangles.push_back({T(r - 1, c), T(r, c), m});
      s.triangles.push_back({T(r, c), T(r, c - 1), m});
      s.triangles.push_back({T(r, c - 1), T(r - 1, c - 1), m});
    }
  }
  // The floor is a grid of the same cells as the top, two triangles each, rather than one
  // polygon: long fan triangles made the corefinement of two overlapping surfaces (openscad's
  // example010: one rotated by 45°) pair every coplanar floor triangle with every other, minutes
  // instead of a second.
  std::vector<uint32_t> floor_grid(size_t(R) * size_t(C));
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) floor_grid[size_t(r) * size_t(C) + size_t(c)] = add(c, r, floor);
  auto B = [&](int r, int c) { return floor_grid[size_t(r) * size_t(C) + size_t(c)]; };
  for (int r = 1; r < R; ++r) {
    for (int c = 1; c < C; ++c) {  // clockwise seen from above: facing down
      s.triangles.push_back({B(r - 1, c - 1), B(r, c - 1), B(r, c)});
      s.triangles.push_back({B(r - 1, c - 1), B(r, c), B(r - 1, c)});
    }
  }
  // The sides: each top edge of the rim joined to the floor edge under it; the rim runs up
  // x = 0, along y = R-1, down x = C-1 and back along y = 0.
  std::vector<std::pair<int, int>> rim;  // (row, column)
  for (int r = 0; r < R - 1; ++r) rim.push_back({r, 0});
  for (int c = 0; c < C - 1; ++c) rim.push_back({R - 1, c});
  for (int r = R - 1; r > 0; --r) rim.push_back({r, C - 1});
  for (int c = C - 1; c > 0; --c) rim.push_back({0, c});
  for (size_t k = 0; k < rim.size(); ++k) {
    const auto [r0, c0] = rim[k];
    const auto [r1, c1] = rim[(k + 1) % rim.size()];
    s.triangles.push_back({T(r0, c0), T(r1, c1), B(r1, c1)});
    s.triangles.push_back({T(r0, c0), B(r1, c1), B(r0, c0)});
  }
  if (s.volume() < 0)
    for (auto& t : s.triangles) std::swap(t[1], t[2]);
  return s;
}

}  // namespace

Result<Geom> TreeEvaluator::eval_surface(const Node& n) {
  ArgReader a(n, {"file", "center", "invert", "convexity"}, diags_);
  auto file = a.string("file");
  if (!file) {
    a.warn_node("runtime.bad_argument", "surface() needs a file name");
    return Geom{};
  }
  TRY(std::optional<std::string> path, input_file(n, "surface", *file));
  if (!path) return Geom{};
  const bool center = a.has("center") && a.boolean("center").value_or(false);
  const bool invert = a.has("invert") && a.boolean("invert").value_or(false);
  HeightField field;
  std::string lower = *path;
  for (char& ch : lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  auto bytes = lang::scad::read_confined_file(*path);
  if (!bytes) {
    base::Diag d = bytes.error();
    if (!d.span.known()) d.span = n.span;
    return d;
  }
  if (lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".png") == 0) {
    auto img = render::decode_png(*bytes, *file);
    if (!img) {
      base::Diag d = img.error();
      d.severity = base::Severity::kWarning;
      if (!d.span.known()) d.span = n.span;
      diags_.push_back(std::move(d));
      return Geom{};
    }
    field = from_image(*img, invert);
  } else {
    std::string bad;
    field = parse_dat(*bytes, bad);
    if (!bad.empty()) a.warn_node("runtime.bad_argument", "Illegal value in '" + *file + "': " + bad);
  }
  if (field.rows < 2 || field.columns < 2) return Geom::empty_of(3);
  const int64_t cells = int64_t(field.rows) * int64_t(field.columns);
  if (4 * cells > options_.max_triangles)
    return base::make_diag("limit.geometry", "surface(\"" + *file + "\"): " + std::to_string(field.rows) + "x" +
                                                 std::to_string(field.columns) + " heights exceed the geometry budget",
                           n.span);
  return Geom::of(height_field_solid(field, center));
}

}  // namespace cadscribe::cad::scad
