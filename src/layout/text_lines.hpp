#pragma once
// Setting broken lines of text as positioned runs: where a line's baseline goes in its
// line box, justified lines word by word, kerned display type in pieces.

#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/line_break.hpp"
#include "layout/text_style.hpp"

namespace brochure {

/// Where the baseline of a line goes inside its line box of height `style.leading_pt`
/// whose top is `line_top_pt`: capitals are centred vertically in the box.
double baseline_in_line_box(double line_top_pt, const TextStyle& style, const FontMetrics& metrics);

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
