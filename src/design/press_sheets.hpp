#pragma once
// How a leaflet's panels and a booklet's pages go onto press sheets, printed on both
// sides, with the marks that tell the finisher where to cut and fold.
//
// The leaflet (roll fold), from the paper in landscape, panels left to right:
//   outside: flap (fold-in panel, read second) · back cover · front cover
//   inside:  first · second · third (fold-in) inside panel
// The booklet (saddle stitch), half-size pages two to a side: the outermost sheet holds
// the last page and the first, then on its back the second and the last but one; each
// sheet inside it holds the next pages in from both ends.

#include <vector>

#include "design/brochure_format.hpp"
#include "layout/document.hpp"
#include "layout/imposition.hpp"

namespace brochure {

/// The sides of the press sheets for `page_count` pages of `format` on `paper` (with its
/// bleed), front then back of each sheet in turn. None for the sheet format, whose pages
/// are printed as they are.
std::vector<SheetSide> press_sheet_sides(BrochureFormat format, const PageSpec& paper, std::size_t page_count);

/// Where the sides of `format`'s sheets are folded, from the trim's left edge, side by side.
std::vector<double> fold_lines_pt(BrochureFormat format, const PageSpec& paper, std::size_t side_index);

/// `reader_pages` (laid out for `format` on `paper`, in reading order) imposed on press
/// sheets, with crop marks at each sheet's corners and fold marks at its folds.
Document imposed_for_press(Document reader_pages, BrochureFormat format, const PageSpec& paper);

}  // namespace brochure
