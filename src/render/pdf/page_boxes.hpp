#pragma once
// The boxes of a PDF page: the media box holds the trim area, the bleed and the mark area;
// the trim box is the finished page and the bleed box the trim box plus the bleed.

#include <hpdf.h>

#include <string>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"

namespace brochure {

/// Sizes `haru_page` to hold `page` with its bleed and mark area, and, when the page has
/// either, adds /TrimBox and /BleedBox. Empty on success, else a one-line reason.
std::string set_page_boxes(const HaruDocument& document, HPDF_Page haru_page, const Page& page);

}  // namespace brochure
