#pragma once
// Breaking a paragraph into lines that fit a width, on measured font widths.

#include <string>
#include <string_view>
#include <vector>

#include "layout/font_metrics.hpp"

namespace brochure {

/// One line of a broken paragraph.
struct BrokenLine {
    std::string text;     ///< UTF-8, no leading or trailing space
    double width_pt = 0;  ///< measured width of `text`
};

/// Breaks `paragraph` into lines no wider than `max_width_pt` when set in `face` at
/// `size_pt`. Runs of whitespace count as one space. Lines are filled greedily at spaces;
/// a word wider than the whole line is split after a '/', '.' or '-' where possible,
/// else between characters, so nothing ever overflows. An empty paragraph gives no lines.
std::vector<BrokenLine> break_lines(std::string_view paragraph, FontFace face, double size_pt,
                                    double max_width_pt, const FontMetrics& metrics);

}  // namespace brochure
