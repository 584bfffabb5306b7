#include "layout/region_flow.hpp"

#include <algorithm>

#include "layout/column_break.hpp"

namespace brochure {

namespace {

// The first box of `rest`, a stretch of a run's list.
const VBox* first_box_of(VSpan rest) {
    for (const VItem& item : rest)
        if (const auto* box = std::get_if<VBox>(&item)) return box;
    return nullptr;
}

}  // namespace

FlowLayout flow_runs(const std::vector<FlowRun>& runs, const std::function<Region(std::size_t)>& region_of,
                     std::size_t max_pages, const VGlue& gap, double fill_fraction) {
    FlowLayout flow;
    flow.pages.emplace_back();
    double used_pt = 0;  // height taken on the current page
    // A piece too tall for the region it meets is forced in only where no later page's
    // region is taller: otherwise it waits for one.
    double tallest_pt = 0;
    for (std::size_t page = 0; page < std::min<std::size_t>(max_pages, 2); ++page)
        tallest_pt = std::max(tallest_pt, region_of(page).area.height_pt);
    const auto new_page = [&] {
        flow.pages.emplace_back();
        used_pt = 0;
    };
    for (const FlowRun& run : runs) {
        VSpan rest = run.list;
        while (!rest.empty()) {
            if (flow.pages.size() > max_pages) {
                flow.fits = false;
                flow.pages.pop_back();
                flow.first_unplaced = first_box_of(rest);
                return flow;
            }
            const Region region = region_of(flow.pages.size() - 1);
            const bool page_empty = flow.pages.back().parts.empty();
            const double available_pt =
                region.area.height_pt * fill_fraction - used_pt - (page_empty ? 0 : gap.natural_pt);
            const int columns = run.full_width ? 1 : region.columns;
            const bool force = page_empty && region.area.height_pt >= tallest_pt;
            ColumnFill fill = balance_columns(rest, columns, std::max(0.0, available_pt), force);
            const bool placed_nothing = fill.columns.empty() || measure(fill.columns.front()).natural_pt == 0;
            if (placed_nothing) {
                if (page_empty && !force && flow.pages.size() == max_pages) {
                    // The first page cannot hold the piece, and no page comes after it.
                    flow.fits = false;
                    flow.first_unplaced = first_box_of(rest);
                    return flow;
                }
                new_page();
                continue;
            }
            flow.overfull = flow.overfull || fill.overfull;
            used_pt += (page_empty ? 0 : gap.natural_pt) + fill.height_pt;
            flow.pages.back().parts.push_back(FlowPart{run.full_width, std::move(fill.columns), fill.height_pt});
            rest = fill.rest;
            if (!rest.empty()) new_page();
        }
    }
    if (flow.pages.back().parts.empty() && flow.pages.size() > 1) flow.pages.pop_back();
    if (flow.pages.size() > max_pages) flow.fits = false;
    return flow;
}

PlacedFlow place_page_flow(const PageFlow& page, const Region& region, const VGlue& gap, double max_stretch_ratio) {
    // How much each part could grow: its most stretchable column's glue.
    double natural_pt = 0, stretch_pt = 0;
    std::vector<double> part_stretch_pt;
    for (std::size_t i = 0; i < page.parts.size(); ++i) {
        double most = 0;
        for (const VSpan column : page.parts[i].columns) most = std::max(most, measure(column).stretch_pt);
        part_stretch_pt.push_back(most);
        natural_pt += page.parts[i].height_pt + (i > 0 ? gap.natural_pt : 0);
        stretch_pt += most + (i > 0 ? gap.stretch_pt : 0);
    }
    const double slack_pt = region.area.height_pt - natural_pt;
    const double ratio = slack_pt > 0 && stretch_pt > 0 ? std::min(slack_pt / stretch_pt, max_stretch_ratio) : 0;

    PlacedFlow placed;
    double top_pt = region.area.top_pt;
    const double column_width_pt = region.column_width_pt();
    for (std::size_t i = 0; i < page.parts.size(); ++i) {
        const FlowPart& part = page.parts[i];
        if (i > 0) top_pt += gap.natural_pt + ratio * gap.stretch_pt;
        const double height_pt = part.height_pt + ratio * part_stretch_pt[i];
        double tallest_pt = 0;
        for (std::size_t c = 0; c < part.columns.size(); ++c) {
            const double left_pt = region.area.left_pt + static_cast<double>(c) * (column_width_pt + region.gutter_pt);
            PlacedColumn column = place_column(part.columns[c], left_pt, top_pt, height_pt, max_stretch_ratio);
            tallest_pt = std::max(tallest_pt, column.height_pt);
            placed.items.insert(placed.items.end(), column.items.begin(), column.items.end());
            placed.bookmarks.insert(placed.bookmarks.end(), column.bookmarks.begin(), column.bookmarks.end());
            placed.boxes.insert(placed.boxes.end(), column.boxes.begin(), column.boxes.end());
        }
        top_pt += tallest_pt;
    }
    placed.bottom_pt = top_pt;
    return placed;
}

}  // namespace brochure
