#pragma once
// Cutting an item to a rectangle, as a guillotine cuts a sheet: what lies outside is
// gone. Used when pages are put side by side on a press sheet, so that the bleed of one
// page does not paint over the page next to it.

#include <optional>

#include "core/geometry.hpp"
#include "layout/document.hpp"

namespace brochure {

/// The part of `item` inside `keep`, or nothing when no part of it is. Rectangles, links
/// and images are cut to the overlap (an image keeps its scale: its crop shrinks with its
/// frame); lines are cut to the part inside. Text is never cut: a run that reaches into
/// `keep` is kept whole, one that does not is dropped.
std::optional<Item> clipped_to(const Item& item, const Rect& keep);

}  // namespace brochure
