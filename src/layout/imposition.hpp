#pragma once
// Imposition: putting finished pages side by side on the sides of press sheets, in the
// order the sheets are folded in, not the order they are read in.

#include <cstddef>
#include <vector>

#include "core/geometry.hpp"
#include "layout/document.hpp"

namespace brochure {

/// Where one page goes on a sheet's side: moved right by `left_pt`, and cut to `keep` (in
/// the page's own coordinates) so that its bleed reaches over the sheet's edges but not
/// over the page beside it.
struct PagePlacement {
    std::size_t page = 0;
    double left_pt = 0;
    Rect keep;
};

/// One side of a press sheet: its trim size and the pages on it.
struct SheetSide {
    double width_pt = 0;
    double height_pt = 0;
    std::vector<PagePlacement> pages;
};

/// `document` with its pages put onto `sides`, in their order: each side a page of the
/// sheet's size with `bleed_pt` and `mark_area_pt` around it, and no marks yet (the
/// pages' own marks belong to their single trims, and are dropped). The structure is kept
/// as it is, in reading order; bookmarks follow their pages.
Document impose(Document document, const std::vector<SheetSide>& sides, double bleed_pt, double mark_area_pt);

}  // namespace brochure
