#pragma once
// A horizontal bar chart, labelled directly: each bar has its name above it and its value
// and share of the total at its end, so no axis or legend is needed. The scale starts at zero.

#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"

namespace brochure {

/// One category of the chart.
struct Bar {
    std::string label;
    long value = 0;      ///< >= 0
    bool muted = false;  ///< drawn in a neutral colour (e.g. the "not itemised" remainder)
};

/// A laid-out chart.
struct BarChart {
    std::vector<Item> items;
    std::vector<Rect> bar_rects;  ///< one per bar, in input order (width 0 for a zero value)
    double height_pt = 0;
};

/// Height of one bar.
inline constexpr double kBarThicknessPt = 9;

/// The colour of the bars that are not muted, and of their values.
struct BarColors {
    Color bar;
    Color value;
};

/// Lays out `bars` in a box `width_pt` wide whose top-left corner is (left_pt, top_pt).
/// The longest bar spans the width left after the widest value label; every other bar's
/// length is proportional to its value. Shares are of `total` (> 0).
BarChart layout_bar_chart(const std::vector<Bar>& bars, long total, double left_pt, double top_pt,
                          double width_pt, std::string_view lang, const FontMetrics& metrics, const BarColors& colors);

}  // namespace brochure
