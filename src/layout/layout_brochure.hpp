#pragma once
// Turning a Profile into a two-page A4 Document. Pure: no files, no clock, no libharu.

#include <vector>

#include "core/diagnostic.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "model/profile.hpp"

namespace brochure {

/// Paper size in points.
struct PageSpec {
    double width_pt = 595.2756;   ///< A4: 210 mm
    double height_pt = 841.8898;  ///< A4: 297 mm
};

struct LayoutResult {
    Document document;
    std::vector<Diagnostic> diagnostics;  ///< overflow, missing glyphs, over-long QR payloads
};

/// Lays out the brochure for `profile` on `page`, measuring text with `metrics`.
LayoutResult layout_brochure(const Profile& profile, const FontMetrics& metrics, const PageSpec& page);

}  // namespace brochure
