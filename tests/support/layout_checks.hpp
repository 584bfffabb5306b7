#pragma once
// Checks of a laid-out document as geometry: what overlaps, and what leaves the live area.

#include <string>
#include <vector>

#include "layout/document.hpp"
#include "layout/font_metrics.hpp"

namespace brochure::test {

/// One sentence for each problem of `document`: two lines of text overlapping, a text line
/// over a QR code, or text, a QR code or a link outside the live area (the page less its
/// `margin_pt` on every side, give or take a hundredth of a point). Empty when there is none.
std::vector<std::string> layout_problems(const Document& document, const FontMetrics& metrics, double margin_pt);

}  // namespace brochure::test
