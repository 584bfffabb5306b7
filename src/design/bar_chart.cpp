#include "design/bar_chart.hpp"

#include <algorithm>

#include "core/unicode_text.hpp"
#include "design/theme.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {
constexpr double kLabelGapPt = 2;         // between a bar's name and the bar
constexpr double kValueGapPt = 5;         // between a bar's end and its value
constexpr double kRowGapPt = theme::kUnitPt * 2;  // between rows

std::string value_label(const Bar& bar, long total, std::string_view lang) {
    return format_count(bar.value, lang) + "  ·  " + format_percent(100.0 * bar.value / total, lang);
}
}  // namespace

BarChart layout_bar_chart(const std::vector<Bar>& bars, long total, double left_pt, double top_pt,
                          double width_pt, std::string_view lang, const FontMetrics& metrics, const BarColors& colors) {
    BarChart chart;
    const TextStyle& name_style = theme::kCaption;
    TextStyle value_style = theme::kCaptionStrong;

    long max_value = 0;
    double widest_value_pt = 0;
    for (const Bar& bar : bars) {
        max_value = std::max(max_value, bar.value);
        widest_value_pt = std::max(
            widest_value_pt, metrics.text_width_pt(value_style.face, value_style.size_pt, value_label(bar, total, lang)));
    }
    const double track_pt = std::max(0.0, width_pt - widest_value_pt - kValueGapPt);

    double row_top_pt = top_pt;
    for (const Bar& bar : bars) {
        TextStyle bar_name_style = name_style;
        bar_name_style.color = theme::kInk;
        row_top_pt += place_text_block(left_pt, row_top_pt, width_pt, bar.label, bar_name_style, metrics, chart.items);
        row_top_pt += kLabelGapPt;

        const double length_pt = max_value > 0 ? track_pt * static_cast<double>(bar.value) / max_value : 0;
        const Rect bar_rect{left_pt, row_top_pt, length_pt, kBarThicknessPt};
        chart.bar_rects.push_back(bar_rect);
        if (length_pt > 0) chart.items.push_back(FilledRect{bar_rect, bar.muted ? theme::kSteel : colors.bar});

        const double value_baseline_pt =
            row_top_pt + (kBarThicknessPt + metrics.cap_height_em() * value_style.size_pt) / 2;
        value_style.color = bar.muted ? theme::kMuted : colors.value;
        chart.items.push_back(
            text_run(left_pt + length_pt + kValueGapPt, value_baseline_pt, value_label(bar, total, lang), value_style, metrics));
        row_top_pt += kBarThicknessPt + kRowGapPt;
    }
    chart.height_pt = bars.empty() ? 0 : row_top_pt - kRowGapPt - top_pt;
    return chart;
}

}  // namespace brochure
