#pragma once
// Page 2: the people (paragraphs and the staff chart), the videos with their QR codes,
// and the internship call-out.

#include "layout/page_parts.hpp"

namespace brochure {

/// Lays out the back page; page index 1.
Page layout_back_page(BrochureContext& context);

}  // namespace brochure
