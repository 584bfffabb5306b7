#pragma once
// Filling a column top to bottom with headings and paragraphs, and reporting what did
// not fit instead of dropping it.

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/line_break.hpp"
#include "layout/theme.hpp"

namespace brochure {

/// Where the baseline of a line goes inside its line box of height `style.leading_pt`
/// whose top is `line_top_pt`: capitals are centred vertically in the box.
double baseline_in_line_box(double line_top_pt, const TextStyle& style, const FontMetrics& metrics);

/// Fewest lines of a paragraph left alone at the bottom of a column (orphans) or carried
/// to the top of the next (widows), and the lines of text a heading keeps with it.
inline constexpr int kMinLinesAtBreak = 2;

/// A rectangular region filled from the top. `cursor_pt` is the top of the next line box.
class Column {
public:
    explicit Column(Rect area) : area_(area), cursor_pt_(area.top_pt) {}

    const Rect& area() const { return area_; }
    double cursor_pt() const { return cursor_pt_; }
    double remaining_pt() const { return area_.bottom_pt() - cursor_pt_; }

    /// Moves the cursor down by `gap_pt` (never past the bottom).
    void skip(double gap_pt);

    /// Sets `text` as a paragraph wrapped to the column width (ragged unless `settings` say
    /// otherwise) and appends its lines to `out`: one TextRun per ragged line, one per word
    /// of a justified line. Lines are placed as place_lines does; returns how many were not.
    int flow_paragraph(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                       std::vector<Item>& out, const ParagraphSettings& settings = {});

    /// Places lines[first...] from the cursor down, as many as fit, but never a single
    /// line at the bottom of the column nor a single one left for the next: a paragraph
    /// that does not fit whole is split with at least kMinLinesAtBreak lines on each side,
    /// or not started here. Returns the index of the first line not placed (lines.size()
    /// when all were), from which the caller continues in the next column.
    std::size_t place_lines(const std::vector<BrokenLine>& lines, std::size_t first, const TextStyle& style,
                            const FontMetrics& metrics, std::vector<Item>& out);

    /// Sets the heading `title` (ragged, never hyphenated) only if it fits together with the
    /// first kMinLinesAtBreak lines (or all, when fewer) of the paragraph `next_text` that
    /// follows it in `next_style` and `next_settings`; returns false and places nothing
    /// otherwise, so the caller can move the heading to the next column.
    bool flow_heading(std::string_view title, const TextStyle& style, std::string_view next_text,
                      const TextStyle& next_style, const FontMetrics& metrics, std::vector<Item>& out,
                      const ParagraphSettings& next_settings = {});

    /// Height, in points, that flow_paragraph would use for `text` in `style` if it all fit.
    double paragraph_height_pt(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                               const ParagraphSettings& settings = {}) const;

private:
    bool fits(double height_pt) const;

    Rect area_;
    double cursor_pt_;
};

/// Appends the runs of one broken line whose line box's top is `line_top_pt`: for a ragged
/// line, one TextRun, or one per kerned stretch when `style.kerned` (see place_single_line);
/// for a justified one, one per word at its offset, unkerned.
void place_line(double left_pt, double line_top_pt, const BrokenLine& line, const TextStyle& style,
                const FontMetrics& metrics, std::vector<Item>& out);

/// Appends the lines of `text` wrapped to `width_pt`, the first line box's top at `top_pt`;
/// returns the height used (lines × leading).
double place_text_block(double left_pt, double top_pt, double width_pt, std::string_view text,
                        const TextStyle& style, const FontMetrics& metrics, std::vector<Item>& out,
                        const ParagraphSettings& settings = {});

/// Appends a single unwrapped line of text with its baseline at `baseline_pt`: one TextRun,
/// or the kerned_runs of the line when `style.kerned`.
void place_single_line(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                       const FontMetrics& metrics, std::vector<Item>& out);

/// A single unwrapped line of text with its baseline at `baseline_pt`, never kerned.
TextRun text_run(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                 const FontMetrics& metrics);

}  // namespace brochure
