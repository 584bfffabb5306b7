#pragma once
// The back of the brochure: when the last page has room to spare under the flow, a navy
// band at its foot, the cover's counterpart, with the organisation's name and where to
// find it. It takes up the room, however much, so the last page never ends in a void.

#include <vector>

#include "design/brochure_context.hpp"
#include "layout/document.hpp"

namespace brochure {

/// The least room worth a closing band: what its name and address need, with padding.
double closing_band_least_height_pt(const BrochureContext& context);

/// The band from `top_pt` down to the footer, across the page into the bleed.
std::vector<Item> closing_band(const BrochureContext& context, double top_pt);

/// A booklet's back cover: the band over the whole page, its text where the closing
/// band's would be.
std::vector<Item> back_cover(const BrochureContext& context);

}  // namespace brochure
