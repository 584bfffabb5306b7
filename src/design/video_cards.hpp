#pragma once
// The videos as rows of cards across the page: each card a QR code with its quiet zone,
// a call to action, the title, the caption and a short address a person could type.

#include "design/brochure_context.hpp"
#include "layout/vertical_list.hpp"

namespace brochure {

/// Side of a printed QR code, symbol and quiet zone together: 28 mm.
inline constexpr double kQrWidthPt = pt_from_mm(28);

/// The narrowest a card may be: its QR code, the padding around it, and room beside the
/// code for a preview half as wide.
double least_card_width_pt();

/// How many cards share a row `width_pt` wide for `videos` videos: three at most, and no
/// more than fit at their least width, rows as even as can be.
int cards_per_row(std::size_t videos, double width_pt);

/// How many cards fit across `width_pt` at their least width (at least one).
int cards_across(double width_pt);

/// The short form of a URL a person could type: no scheme, no "www.", no trailing slash
/// (scheme and "www." in any case).
std::string short_url(std::string_view url);

/// The videos' cards in rows `width_pt` wide, each row one box; a card is never narrower
/// than its QR code and padding, its elements a division under `parent`. An address too
/// long for a QR code is reported.
VList video_rows(const BrochureContext& context, double width_pt, StructureId parent);

}  // namespace brochure
