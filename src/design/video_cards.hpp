#pragma once
// The videos as rows of cards across the page: each card a QR code with its quiet zone,
// a call to action, the title, the caption and a short address a person could type.

#include "design/brochure_context.hpp"
#include "layout/vertical_list.hpp"

namespace brochure {

/// Side of a printed QR code, symbol and quiet zone together: 28 mm.
inline constexpr double kQrWidthPt = pt_from_mm(28);

/// How many cards share a row for `videos` videos: three at most, rows as even as can be.
int cards_per_row(std::size_t videos);

/// The short form of a URL a person could type: no scheme, no "www.", no trailing slash
/// (scheme and "www." in any case).
std::string short_url(std::string_view url);

/// The videos' cards in rows `width_pt` wide, each row one box; a card is never narrower
/// than its QR code and padding, its elements a division under `parent`. An address too
/// long for a QR code is reported.
VList video_rows(const BrochureContext& context, double width_pt, StructureId parent);

}  // namespace brochure
