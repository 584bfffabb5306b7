#pragma once
// Kerned text for a renderer that places every glyph at its nominal advance: a line is cut
// after each kerning pair, and each piece starts where the kerning puts it.

#include <string_view>
#include <vector>

#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/text_style.hpp"

namespace brochure {

/// `text` (one line, UTF-8) set in `style` with the font's kerning, its first glyph's origin
/// at `left_pt` and its baseline at `baseline_pt`: one TextRun when nothing kerns, else one
/// per stretch between kerning pairs, each starting at the previous one's end plus the
/// kerning between them. The last run's right edge is the kerned line's right edge. Empty
/// text gives one empty run.
std::vector<TextRun> kerned_runs(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                                 const FontMetrics& metrics);

}  // namespace brochure
