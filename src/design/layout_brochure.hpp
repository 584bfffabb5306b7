#pragma once
// Turning a Profile into the brochure's Document: its blocks flowed through the page
// masters' regions, on as many pages as the content needs. Pure: no files, no clock, no
// libharu.

#include <vector>

#include "core/diagnostic.hpp"
#include "design/brochure_format.hpp"
#include "design/brochure_images.hpp"
#include "layout/document.hpp"
#include "layout/font_metrics.hpp"
#include "layout/hyphenation.hpp"
#include "layout/page_spec.hpp"
#include "model/profile.hpp"

namespace brochure {

struct LayoutResult {
    Document document;
    std::vector<Diagnostic> diagnostics;  ///< content that does not fit, missing glyphs, over-long QR payloads
};

/// Lays out the brochure for `profile` in `format` on the paper `page`, measuring text
/// with `metrics`, on `page_count` pages (one of the format's counts: 1, 2 or 4 flat
/// pages, a leaflet's 6 panels, 4, 8 or 12 booklet pages), or with 0 on the fewest of
/// them that hold the content with no page left more than a fifth blank (or, when none
/// manages that, the count that leaves the least blank). The pages are in reading order;
/// design/press_sheets imposes them for the press. Body text is justified and, given a
/// `hyphenator` for the profile's language, hyphenated. Content that does not fit is an
/// error at the first field that did not fit. The profile's `images` (decoded by the
/// caller) are placed by their sizes; the brand's colours replace the theme's, and are
/// warned about when text would not read on them.
LayoutResult layout_brochure(const Profile& profile, const FontMetrics& metrics, const PageSpec& page,
                             const Hyphenator* hyphenator = nullptr, int page_count = 0,
                             const BrochureImages& images = {}, BrochureFormat format = BrochureFormat::sheet);

}  // namespace brochure
