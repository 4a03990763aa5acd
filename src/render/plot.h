// render/plot.h — small charts for reports (histograms of IoU, training curves), drawn with the
// built-in 5×7 font (font.h) into RGB images; deterministic, no fonts or plotting libraries.
// Layout of both charts (pixels): image kChartWidth × kChartHeight, plot area from
// x = kPlotLeft to kChartWidth − kPlotRight and y = kPlotTop to kChartHeight − kPlotBottom,
// title centred above it, x label below, y axis labels at the left. Axes snap to "nice" ticks
// (1, 2, 5 × 10^k). Depends on image.h and font.h.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "render/image.h"

namespace cadscribe::render {

inline constexpr int kChartWidth = 640, kChartHeight = 400;
inline constexpr int kPlotLeft = 70, kPlotRight = 20, kPlotTop = 40, kPlotBottom = 50;
inline constexpr uint8_t kBarColor[3] = {70, 110, 170};

// Histogram of `values` in `bins` equal bins over [lo, hi] (hi itself falls in the last bin;
// values outside the range or not finite are not counted). Bars start at the x axis and their
// heights are proportional to the counts, which are printed above the bars (up to 40 bins).
// The y axis runs from 0 to a nice number ≥ the largest count.
[[nodiscard]] Image histogram_chart(const std::vector<double>& values, double lo, double hi, int bins,
                                    const std::string& title, const std::string& x_label);

// Line chart of named series of (x, y) points (drawn in the given order, joined by 2-pixel
// lines in distinct colours), with a legend in the top-right corner of the plot area.
using Series = std::pair<std::string, std::vector<std::pair<double, double>>>;
[[nodiscard]] Image line_chart(const std::vector<Series>& series, const std::string& title,
                               const std::string& x_label, const std::string& y_label);

}  // namespace cadscribe::render
