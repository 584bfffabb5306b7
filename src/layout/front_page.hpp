#pragma once
// Page 1: the cover band (name, full name, tagline), the key facts, and the sections that
// introduce the organisation (about, roles, headquarters, values, at a glance).

#include "layout/page_parts.hpp"

namespace brochure {

/// Lays out the front page; page index 0.
Page layout_front_page(BrochureContext& context);

}  // namespace brochure
