// lang/scad/dxf.cpp — DXF group pairs → line segments → chained paths (see dxf.h).
#include "lang/scad/dxf.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unordered_map>

#include "lang/scad/builtins.h"

namespace cadscribe::lang::scad {
namespace {

// openscad's GRID_FINE: end points closer than this are the same point.
constexpr double kGrid = 0.00000095367431640625;

struct Segment {
  DxfPoint a, b;
};

struct Pair {
  int code = 0;
  std::string value;
  int line = 0;  // of the code
};

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

base::Result<std::vector<Pair>> pairs_of(const std::string& text, const std::string& file) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  while (!lines.empty() && trimmed(lines.back()).empty()) lines.pop_back();
  std::vector<Pair> out;
  for (size_t i = 0; i + 1 < lines.size() + 1; i += 2) {
    const std::string code = trimmed(lines[i]);
    char* end = nullptr;
    const long c = std::strtol(code.c_str(), &end, 10);
    if (code.empty() || *end != '\0')
      return base::make_diag("io.dxf_parse", file + ":" + std::to_string(i + 1) + ": expected a group code (an integer), got '" + code + "'");
    if (i + 1 >= lines.size())
      return base::make_diag("io.dxf_parse", file + ":" + std::to_string(i + 1) + ": group code " + code + " has no value");
    out.push_back({int(c), trimmed(lines[i + 1]), int(i + 1)});
  }
  return out;
}

double number(const std::string& s) {
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  return (end != s.c_str() && std::isfinite(v)) ? v : 0.0;
}

// One entity's groups, as read.
struct Entity {
  std::string type, layer, block;
  std::vector<double> xs, ys;  // every group 10 / 20, in order (LWPOLYLINE vertices)
  std::map<int, double> num;   // last value of each other numeric group
  std::string text;            // group 1
  [[nodiscard]] double get(int code, double fallback = 0) const {
    auto it = num.find(code);
    return it == num.end() ? fallback : it->second;
  }
};

class Reader {
 public:
  Reader(const DxfOptions& o) : o_(o) {}

  void feed(const Entity& e, bool in_block, const std::string& block_name) {
    if (e.type == "SECTION" || e.type == "ENDSEC" || e.type == "EOF" || e.type == "BLOCK" || e.type == "ENDBLK" ||
        e.type == "TABLE" || e.type == "ENDTAB")
      return;
    if (!in_entities_ && !in_block) return;  // HEADER, TABLES, OBJECTS: nothing drawn
    std::vector<Segment>* sink = in_block ? &blocks_[block_name] : &segments_;
    const bool wanted = in_block || o_.layer.empty() || e.layer == o_.layer;
    if (e.type == "LINE") {
      if (wanted) add(sink, {e.get(10, first(e.xs)), e.get(20, first(e.ys))}, {e.get(11), e.get(21)}, in_block);
    } else if (e.type == "CIRCLE" || e.type == "ARC") {
      if (wanted) arc(sink, e, in_block);
    } else if (e.type == "LWPOLYLINE") {
      if (!wanted) return;
      const size_t n = std::min(e.xs.size(), e.ys.size());
      for (size_t i = 0; i + 1 < n; ++i) add(sink, {e.xs[i], e.ys[i]}, {e.xs[i + 1], e.ys[i + 1]}, in_block);
      if ((int(e.get(70)) & 1) && n > 2) add(sink, {e.xs[n - 1], e.ys[n - 1]}, {e.xs[0], e.ys[0]}, in_block);
    } else if (e.type == "INSERT") {
      if (wanted && !in_block) insert(e);
    } else if (e.type == "DIMENSION") {
      if (in_block || !wanted) return;
      DxfDimension d;
      d.name = e.text;
      d.type = int(e.get(70));
      d.angle = e.get(50);
      for (int k = 0; k < 7; ++k) {
        d.coords[k][0] = k == 0 ? e.get(10, first(e.xs)) : e.get(10 + k);
        d.coords[k][1] = k == 0 ? e.get(20, first(e.ys)) : e.get(20 + k);
      }
      drawing_.dimensions.push_back(d);
    } else if (std::find(drawing_.unsupported.begin(), drawing_.unsupported.end(), e.type) ==
               drawing_.unsupported.end()) {
      drawing_.unsupported.push_back(e.type);
    }
  }

  void section(const std::string& name) { in_entities_ = name == "ENTITIES"; }

  DxfDrawing finish() {
    chain();
    return std::move(drawing_);
  }

 private:
  static double first(const std::vector<double>& v) { return v.empty() ? 0.0 : v[0]; }

  // Block segments stay in block coordinates; drawn ones get origin and scale.
  DxfPoint placed(DxfPoint p, bool in_block) const {
    if (in_block) return p;
    return {(p.x - o_.origin_x) * o_.scale, (p.y - o_.origin_y) * o_.scale};
  }

  void add(std::vector<Segment>* sink, DxfPoint a, DxfPoint b, bool in_block) {
    if (sink) sink->push_back({placed(a, in_block), placed(b, in_block)});
  }

  // openscad: a circle in fragments(r) segments; an arc from its start to its stop angle
  // (counter-clockwise, stop raised by 360 until it is not below start) in
  // ceil(fragments(r) · sweep / 360) segments.
  void arc(std::vector<Segment>* sink, const Entity& e, bool in_block) {
    const double cx = e.get(10, first(e.xs)), cy = e.get(20, first(e.ys)), r = e.get(40);
    // The fragment rule sees the radius as drawn, after `scale` (as openscad reads group 40).
    const int full = o_.fragments ? std::max(o_.fragments(r * o_.scale), 3) : 36;
    auto at = [&](double deg) { return DxfPoint{cx + r * cos_degrees(deg), cy + r * sin_degrees(deg)}; };
    if (e.type == "CIRCLE") {
      for (int i = 0; i < full; ++i) add(sink, at(360.0 * i / full), at(360.0 * (i + 1) / full), in_block);
      return;
    }
    const double start = e.get(50);
    double stop = e.get(51);
    while (start > stop) stop += 360.0;
    const int n = int(std::ceil(full * (stop - start) / 360.0));
    for (int i = 0; i < n; ++i)
      add(sink, at(start + (stop - start) * i / n), at(start + (stop - start) * (i + 1) / n), in_block);
  }

  // A block's segments scaled (41/42), turned (50) and moved to the insertion point (10/20).
  void insert(const Entity& e) {
    auto it = blocks_.find(e.block);
    if (it == blocks_.end()) return;
    const double sx = e.get(41, 1), sy = e.get(42, 1), a = e.get(50);
    const double c = cos_degrees(a), s = sin_degrees(a);
    const DxfPoint at{e.get(10, first(e.xs)), e.get(20, first(e.ys))};
    auto place = [&](DxfPoint p) {
      const double x = p.x * sx, y = p.y * sy;
      return DxfPoint{c * x - s * y + at.x, s * x + c * y + at.y};
    };
    for (const Segment& seg : it->second) add(&segments_, place(seg.a), place(seg.b), false);
  }

  // Segments → paths through shared end points: open paths first (from points of degree one),
  // then closed loops. Zero-length segments are dropped.
  void chain() {
    std::map<std::pair<long long, long long>, int> index;
    std::vector<DxfPoint> points;
    auto id = [&](DxfPoint p) {
      const std::pair<long long, long long> key{std::llround(p.x / kGrid), std::llround(p.y / kGrid)};
      auto [it, fresh] = index.emplace(key, int(points.size()));
      if (fresh) points.push_back(p);
      return it->second;
    };
    std::vector<std::pair<int, int>> edges;
    for (const Segment& s : segments_) {
      const int a = id(s.a), b = id(s.b);
      if (a != b) edges.push_back({a, b});
    }
    std::vector<std::vector<int>> at(points.size());
    for (size_t k = 0; k < edges.size(); ++k) {
      at[size_t(edges[k].first)].push_back(int(k));
      at[size_t(edges[k].second)].push_back(int(k));
    }
    std::vector<bool> used(edges.size(), false);
    auto degree = [&](int p) {
      int d = 0;
      for (int k : at[size_t(p)]) d += used[size_t(k)] ? 0 : 1;
      return d;
    };
    auto walk = [&](int from, bool closed) {
      DxfPath path;
      path.closed = closed;
      int p = from;
      path.points.push_back(points[size_t(p)]);
      while (true) {
        int next_edge = -1;
        for (int k : at[size_t(p)])
          if (!used[size_t(k)]) {
            next_edge = k;
            break;
          }
        if (next_edge < 0) break;
        used[size_t(next_edge)] = true;
        const auto& e = edges[size_t(next_edge)];
        p = e.first == p ? e.second : e.first;
        if (closed && p == from) break;
        path.points.push_back(points[size_t(p)]);
      }
      drawing_.paths.push_back(std::move(path));
    };
    for (size_t p = 0; p < points.size(); ++p)
      while (degree(int(p)) == 1) walk(int(p), false);
    for (size_t p = 0; p < points.size(); ++p)
      while (degree(int(p)) > 0) walk(int(p), true);
  }

  const DxfOptions& o_;
  DxfDrawing drawing_;
  std::vector<Segment> segments_;
  std::unordered_map<std::string, std::vector<Segment>> blocks_;
  bool in_entities_ = false;
};

}  // namespace

base::Result<DxfDrawing> read_dxf(const std::string& text, const std::string& file, const DxfOptions& options) {
  TRY(std::vector<Pair> pairs, pairs_of(text, file));
  Reader reader(options);
  Entity cur;
  bool in_block = false, have = false, want_section_name = false;
  std::string block_name;
  for (const Pair& p : pairs) {
    if (p.code == 0) {
      if (have) reader.feed(cur, in_block && cur.type != "BLOCK", block_name);
      if (have && cur.type == "BLOCK") {
        in_block = true;
        block_name = cur.block;
      }
      if (p.value == "ENDBLK") in_block = false;
      want_section_name = p.value == "SECTION";
      cur = Entity{};
      cur.type = p.value;
      have = true;
      continue;
    }
    if (want_section_name && p.code == 2) {
      reader.section(p.value);
      want_section_name = false;
    }
    switch (p.code) {
      case 8: cur.layer = p.value; break;
      case 2: cur.block = p.value; break;
      case 1: cur.text = p.value; break;
      case 10: cur.xs.push_back(number(p.value)); break;
      case 20: cur.ys.push_back(number(p.value)); break;
      default:
        if ((p.code >= 10 && p.code < 60) || (p.code >= 70 && p.code < 80)) cur.num[p.code] = number(p.value);
    }
  }
  if (have) reader.feed(cur, in_block, block_name);
  return reader.finish();
}

std::optional<double> dxf_dimension_value(const DxfDrawing& d, const std::string& name) {
  for (const DxfDimension& dim : d.dimensions) {
    if (dim.name != name) continue;
    const auto& c = dim.coords;
    switch (dim.type & 7) {
      case 0: {  // linear (rotated): the measured points' distance along the dimension's angle
        const double x = c[4][0] - c[3][0], y = c[4][1] - c[3][1];
        return std::fabs(x * cos_degrees(dim.angle) + y * sin_degrees(dim.angle));
      }
      case 1: {  // aligned
        const double x = c[4][0] - c[3][0], y = c[4][1] - c[3][1];
        return std::sqrt(x * x + y * y);
      }
      case 2: {  // angular: between the two lines (5→0 and 3→4)
        const double a1 = std::atan2(c[0][0] - c[5][0], c[0][1] - c[5][1]) * 180 / M_PI;
        const double a2 = std::atan2(c[4][0] - c[3][0], c[4][1] - c[3][1]) * 180 / M_PI;
        return std::fabs(a1 - a2);
      }
      case 3:
      case 4: {  // diameter, radius
        const double x = c[5][0] - c[0][0], y = c[5][1] - c[0][1];
        return std::sqrt(x * x + y * y);
      }
      case 6:  // ordinate
        return (dim.type & 64) ? c[3][0] : c[3][1];
      default:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<DxfPoint> dxf_cross_point(const DxfDrawing& d) {
  std::vector<DxfPoint> ends;
  for (const DxfPath& p : d.paths) {
    if (p.closed || p.points.size() != 2) continue;
    ends.push_back(p.points[0]);
    ends.push_back(p.points[1]);
    if (ends.size() == 4) break;
  }
  if (ends.size() < 4) return std::nullopt;
  const double x1 = ends[0].x, y1 = ends[0].y, x2 = ends[1].x, y2 = ends[1].y;
  const double x3 = ends[2].x, y3 = ends[2].y, x4 = ends[3].x, y4 = ends[3].y;
  const double dem = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
  if (dem == 0) return std::nullopt;
  const double ua = ((x4 - x3) * (y1 - y3) - (y4 - y3) * (x1 - x3)) / dem;
  return DxfPoint{x1 + ua * (x2 - x1), y1 + ua * (y2 - y1)};
}

}  // namespace cadscribe::lang::scad
