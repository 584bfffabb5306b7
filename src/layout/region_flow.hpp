#pragma once
// Flowing vertical material through the regions of successive pages: runs set in the
// region's columns (filled to the region's foot where they go on to the next page,
// balanced where they end) or across its whole width, one after the other, each page's
// share then spread to the page's height.

#include <cstddef>
#include <functional>
#include <vector>

#include "core/geometry.hpp"
#include "layout/vertical_list.hpp"

namespace brochure {

/// One run of the flow.
struct FlowRun {
    bool full_width = false;  ///< across the region's width, else in its columns
    VList list;               ///< set at the width it will be placed at
};

/// Where the flow goes on one page.
struct Region {
    Rect area;
    int columns = 2;
    double gutter_pt = 0;

    double column_width_pt() const { return (area.width_pt - (columns - 1) * gutter_pt) / columns; }
};

/// One run's share of one page.
struct FlowPart {
    bool full_width = false;
    std::vector<VSpan> columns;  ///< one for a full-width part; stretches of a run's list
    double height_pt = 0;        ///< natural height: the tallest column's
};

/// What the flow put on one page, in order.
struct PageFlow {
    std::vector<FlowPart> parts;
};

/// How the flow was laid out.
struct FlowLayout {
    std::vector<PageFlow> pages;
    bool fits = true;      ///< false: it needs more than the pages allowed
    bool overfull = false;  ///< a piece taller than a whole region was placed anyway
    const VBox* first_unplaced = nullptr;  ///< when it does not fit: the first box left out (in `runs`)
};

/// Flows `runs` through at most `max_pages` pages, page i's region being `region_of(i)`
/// with only `fill_fraction` (0 to 1] of its height used, so that content can be spread
/// evenly over more pages. Parts on one page are `gap` apart (natural size while flowing).
/// A run that does not fit the rest of a page goes on on the next; a piece that does not
/// fit even an empty page is placed there anyway (overfull), unless a later page's region
/// is taller (regions after the first are assumed to be alike). The layout's parts are
/// stretches of the runs' lists: `runs` must outlive it.
FlowLayout flow_runs(const std::vector<FlowRun>& runs, const std::function<Region(std::size_t)>& region_of,
                     std::size_t max_pages, const VGlue& gap, double fill_fraction = 1);

/// One page's parts placed in its region, top down, `gap` apart: each part's columns at
/// the region's column positions (a full-width part across it). The space the parts leave
/// is shared out among the gaps and the columns' glue, each stretched by at most
/// `max_stretch_ratio` times its stretch; what is still left stays at the foot.
struct PlacedFlow {
    std::vector<Item> items;
    std::vector<Bookmark> bookmarks;  ///< page_index left 0
    std::vector<Rect> boxes;          ///< every box's rectangle
    double bottom_pt = 0;             ///< the lowest part's foot
};
PlacedFlow place_page_flow(const PageFlow& page, const Region& region, const VGlue& gap, double max_stretch_ratio);

}  // namespace brochure
