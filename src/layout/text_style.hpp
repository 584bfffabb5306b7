#pragma once
// How a run of text is set: face, size, leading, colour, kerning.

#include "core/color.hpp"
#include "layout/font_metrics.hpp"

namespace brochure {

struct TextStyle {
    FontFace face = FontFace::regular;
    double size_pt = 9.5;
    double leading_pt = 13.5;  ///< distance between baselines
    Color color;
    /// Set with the font's kerning (display type). Body text is not: the line breaker
    /// measures without kerning, and a justified line is spread from those widths.
    bool kerned = false;
};

}  // namespace brochure
