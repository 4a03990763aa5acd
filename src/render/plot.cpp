#include "render/plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/check.h"
#include "render/font.h"

namespace cadscribe::render {
namespace {

constexpr uint8_t kBlack[3] = {0, 0, 0};
constexpr uint8_t kWhite[3] = {255, 255, 255};
constexpr uint8_t kGrid[3] = {225, 225, 225};
constexpr uint8_t kText[3] = {40, 40, 40};
// Distinct, colour-blind-friendly series colours (Okabe–Ito order).
constexpr uint8_t kPalette[][3] = {{0, 114, 178},  {213, 94, 0},   {0, 158, 115}, {204, 121, 167},
                                   {230, 159, 0},  {86, 180, 233}, {120, 120, 120}, {240, 228, 66}};

struct Area {
  int x0 = kPlotLeft, x1 = kChartWidth - kPlotRight;   // inclusive pixel columns
  int y0 = kPlotTop, y1 = kChartHeight - kPlotBottom;  // y1 is the x axis row
};

void put(Image& im, int x, int y, const uint8_t* c) {
  if (x < 0 || y < 0 || x >= im.width || y >= im.height) return;
  uint8_t* p = im.at(x, y);
  p[0] = c[0];
  p[1] = c[1];
  p[2] = c[2];
}

void fill_rect(Image& im, int x0, int y0, int x1, int y1, const uint8_t* c) {
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) put(im, x, y, c);
}

// Bresenham with a 2×2 pen.
void line(Image& im, int x0, int y0, int x1, int y1, const uint8_t* c) {
  int dx = std::abs(x1 - x0), dy = -std::abs(y1 - y0);
  int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, err = dx + dy;
  for (;;) {
    fill_rect(im, x0, y0, x0 + 1, y0 + 1, c);
    if (x0 == x1 && y0 == y1) break;
    int e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
  }
}

double nice_step(double range, int target) {
  double raw = range / target;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  double m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

std::string format_tick(double v, double step) {
  int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
  if (std::abs(v) < step * 1e-6) v = 0;  // no "-0"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::min(decimals, 6), v);
  return buf;
}

std::vector<double> ticks(double lo, double hi, double step) {
  std::vector<double> out;
  for (double k = std::ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k += 1) out.push_back(k * step);
  return out;
}

Image frame(const std::string& title, const std::string& x_label, const std::string& y_label) {
  Image im = make_image(kChartWidth, kChartHeight, 3);
  Area a;
  draw_text(im, (kChartWidth - text_width(title, 2)) / 2, 12, title, kText, 2);
  draw_text(im, (a.x0 + a.x1 - text_width(x_label)) / 2, kChartHeight - 16, x_label, kText);
  if (!y_label.empty())
    draw_text(im, 8, (a.y0 + a.y1 + text_width(y_label)) / 2, y_label, kText, 1, true);
  return im;
}

void axes(Image& im, double xlo, double xhi, double ylo, double yhi, bool grid) {
  Area a;
  double xs = nice_step(xhi - xlo, 8), ys = nice_step(yhi - ylo, 5);
  for (double v : ticks(ylo, yhi, ys)) {
    int y = a.y1 - int(std::lround((v - ylo) / (yhi - ylo) * (a.y1 - a.y0)));
    if (grid && y != a.y1) fill_rect(im, a.x0 + 1, y, a.x1, y, kGrid);
    fill_rect(im, a.x0 - 4, y, a.x0 - 1, y, kBlack);
    std::string s = format_tick(v, ys);
    draw_text(im, a.x0 - 7 - text_width(s), y - 3, s, kText);
  }
  for (double v : ticks(xlo, xhi, xs)) {
    int x = a.x0 + int(std::lround((v - xlo) / (xhi - xlo) * (a.x1 - a.x0)));
    if (grid && x != a.x0) fill_rect(im, x, a.y0, x, a.y1 - 1, kGrid);
    fill_rect(im, x, a.y1 + 1, x, a.y1 + 4, kBlack);
    std::string s = format_tick(v, xs);
    draw_text(im, x - text_width(s) / 2, a.y1 + 8, s, kText);
  }
  fill_rect(im, a.x0, a.y0, a.x0, a.y1, kBlack);
  fill_rect(im, a.x0, a.y1, a.x1, a.y1, kBlack);
}

}  // namespace

Image histogram_chart(const std::vector<double>& values, double lo, double hi, int bins,
                      const std::string& title, const std::string& x_label) {
  CHECK(bins > 0 && hi > lo);
  std::vector<int> counts(size_t(bins), 0);
  for (double v : values) {
    if (!std::isfinite(v) || v < lo || v > hi) continue;
    int b = std::min(bins - 1, int((v - lo) / (hi - lo) * bins));
    ++counts[size_t(b)];
  }
  int most = *std::max_element(counts.begin(), counts.end());
  double step = nice_step(std::max(most, 1), 5);
  double top = std::max(1.0, std::ceil(std::max(most, 1) / step) * step);
  Image im = frame(title, x_label, "COUNT");
  axes(im, lo, hi, 0, top, true);
  Area a;
  int width = a.x1 - a.x0;
  for (int b = 0; b < bins; ++b) {
    int x0 = a.x0 + 1 + b * width / bins, x1 = a.x0 + (b + 1) * width / bins - 1;
    int h = int(std::lround(counts[size_t(b)] / top * (a.y1 - a.y0)));
    if (h > 0) fill_rect(im, x0, a.y1 - h, std::max(x0, x1), a.y1 - 1, kBarColor);
    if (bins <= 40 && counts[size_t(b)] > 0) {
      std::string s = std::to_string(counts[size_t(b)]);
      draw_text(im, (x0 + x1 + 1 - text_width(s)) / 2, a.y1 - h - 10, s, kText);
    }
  }
  return im;
}

Image line_chart(const std::vector<Series>& series, const std::string& title, const std::string& x_label,
                 const std::string& y_label) {
  double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
  for (const auto& s : series)
    for (auto [x, y] : s.second) {
      if (!std::isfinite(x) || !std::isfinite(y)) continue;
      xlo = std::min(xlo, x), xhi = std::max(xhi, x), ylo = std::min(ylo, y), yhi = std::max(yhi, y);
    }
  if (!(xlo <= xhi)) xlo = 0, xhi = 1, ylo = 0, yhi = 1;  // no finite point
  if (xhi - xlo <= 0) xlo -= 0.5, xhi += 0.5;
  if (yhi - ylo <= 0) ylo -= 0.5, yhi += 0.5;
  double pad = (yhi - ylo) * 0.05;
  ylo -= pad, yhi += pad;
  Image im = frame(title, x_label, y_label);
  axes(im, xlo, xhi, ylo, yhi, true);
  Area a;
  auto px = [&](double x) { return a.x0 + int(std::lround((x - xlo) / (xhi - xlo) * (a.x1 - a.x0 - 1))); };
  auto py = [&](double y) { return a.y1 - 1 - int(std::lround((y - ylo) / (yhi - ylo) * (a.y1 - a.y0 - 1))); };
  int legend_w = 0;
  for (const auto& s : series) legend_w = std::max(legend_w, text_width(s.first));
  for (size_t i = 0; i < series.size(); ++i) {
    const uint8_t* c = kPalette[i % std::size(kPalette)];
    bool have = false;
    int lx = 0, ly = 0;
    for (auto [x, y] : series[i].second) {
      if (!std::isfinite(x) || !std::isfinite(y)) continue;
      int X = px(x), Y = py(y);
      if (have) line(im, lx, ly, X, Y, c);
      else fill_rect(im, X, Y, X + 1, Y + 1, c);
      have = true, lx = X, ly = Y;
    }
  }
  // Legend over a white box in the plot's top-right corner, drawn last so lines never hide it.
  if (!series.empty()) {
    int ex = a.x1 - 8 - legend_w - 22, ey = a.y0 + 6;
    fill_rect(im, ex - 4, ey - 4, a.x1 - 4, ey + int(series.size()) * 12, kWhite);
    for (size_t i = 0; i < series.size(); ++i) {
      const uint8_t* c = kPalette[i % std::size(kPalette)];
      fill_rect(im, ex, ey + 2 + int(i) * 12, ex + 14, ey + 4 + int(i) * 12, c);
      draw_text(im, ex + 20, ey + int(i) * 12, series[i].first, kText);
    }
  }
  return im;
}

}  // namespace cadscribe::render
