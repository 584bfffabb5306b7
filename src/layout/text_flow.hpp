#pragma once
// Filling a column top to bottom with headings and paragraphs, and reporting what did
// not fit instead of dropping it.

#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/theme.hpp"

namespace brochure {

/// Where the baseline of a line goes inside its line box of height `style.leading_pt`
/// whose top is `line_top_pt`: capitals are centred vertically in the box.
double baseline_in_line_box(double line_top_pt, const TextStyle& style, const FontMetrics& metrics);

/// A rectangular region filled from the top. `cursor_pt` is the top of the next line box.
class Column {
public:
    explicit Column(Rect area) : area_(area), cursor_pt_(area.top_pt) {}

    const Rect& area() const { return area_; }
    double cursor_pt() const { return cursor_pt_; }
    double remaining_pt() const { return area_.bottom_pt() - cursor_pt_; }

    /// Moves the cursor down by `gap_pt` (never past the bottom).
    void skip(double gap_pt);

    /// Sets `text` as a paragraph (wrapped to the column width) and appends one TextRun per
    /// line to `out`. Lines that do not fit are not placed; returns how many did not fit.
    int flow_paragraph(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                       std::vector<Item>& out);

    /// Height, in points, that flow_paragraph would use for `text` in `style`.
    double paragraph_height_pt(std::string_view text, const TextStyle& style,
                               const FontMetrics& metrics) const;

private:
    Rect area_;
    double cursor_pt_;
};

/// Appends one TextRun per line of `text` wrapped to `width_pt`, the first line box's top at
/// `top_pt`; returns the height used (lines × leading).
double place_text_block(double left_pt, double top_pt, double width_pt, std::string_view text,
                        const TextStyle& style, const FontMetrics& metrics, std::vector<Item>& out);

/// A single unwrapped line of text with its baseline at `baseline_pt`.
TextRun text_run(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                 const FontMetrics& metrics);

}  // namespace brochure
