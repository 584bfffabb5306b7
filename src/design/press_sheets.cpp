#include "design/press_sheets.hpp"

#include "design/page_master.hpp"

namespace brochure {

namespace {

// The reader pages of a leaflet, in reading order.
enum TrifoldPanel : std::size_t { front_cover, flap, first_inside, second_inside, third_inside, back_cover };

struct Slot {
    std::size_t page;
    double width_pt;
};

// Pages of `page_width_pt` put into slots side by side across a side of `height_pt`,
// each centred in its slot, cut to it at the slots' shared edges and reaching into the
// bleed at the side's own.
SheetSide side_of_slots(const std::vector<Slot>& slots, double page_width_pt, double height_pt, double bleed_pt) {
    SheetSide side{0, height_pt, {}};
    for (const Slot& slot : slots) side.width_pt += slot.width_pt;
    double slot_left_pt = 0;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const double margin_pt = (slots[i].width_pt - page_width_pt) / 2;
        const double left_bleed_pt = i == 0 ? bleed_pt : 0;
        const double right_bleed_pt = i + 1 == slots.size() ? bleed_pt : 0;
        side.pages.push_back(PagePlacement{
            slots[i].page, slot_left_pt + margin_pt,
            Rect{-margin_pt - left_bleed_pt, -bleed_pt, slots[i].width_pt + left_bleed_pt + right_bleed_pt,
                 height_pt + 2 * bleed_pt}});
        slot_left_pt += slots[i].width_pt;
    }
    return side;
}

}  // namespace

std::vector<SheetSide> press_sheet_sides(BrochureFormat format, const PageSpec& paper, std::size_t page_count) {
    const FormatPlan plan = format_plan(format, paper);
    const double page_width_pt = plan.page.width_pt, height_pt = plan.page.height_pt, bleed_pt = paper.bleed_pt;
    std::vector<SheetSide> sides;
    if (format == BrochureFormat::trifold) {
        const double panel_pt = trifold_panel_width_pt(paper), fold_in_pt = trifold_fold_in_width_pt(paper);
        sides.push_back(side_of_slots({{flap, fold_in_pt}, {back_cover, panel_pt}, {front_cover, panel_pt}},
                                      page_width_pt, height_pt, bleed_pt));
        sides.push_back(side_of_slots(
            {{first_inside, panel_pt}, {second_inside, panel_pt}, {third_inside, fold_in_pt}}, page_width_pt,
            height_pt, bleed_pt));
    } else if (format == BrochureFormat::booklet) {
        const std::size_t last = page_count - 1;
        for (std::size_t sheet = 0; sheet < page_count / 4; ++sheet) {
            const std::size_t outward = 2 * sheet;  // pages counted in from either end
            sides.push_back(side_of_slots({{last - outward, page_width_pt}, {outward, page_width_pt}}, page_width_pt,
                                          height_pt, bleed_pt));
            sides.push_back(side_of_slots({{outward + 1, page_width_pt}, {last - outward - 1, page_width_pt}},
                                          page_width_pt, height_pt, bleed_pt));
        }
    }
    return sides;
}

std::vector<double> fold_lines_pt(BrochureFormat format, const PageSpec& paper, std::size_t side_index) {
    if (format == BrochureFormat::trifold) {
        const double panel_pt = trifold_panel_width_pt(paper), fold_in_pt = trifold_fold_in_width_pt(paper);
        if (side_index % 2 == 0) return {fold_in_pt, fold_in_pt + panel_pt};  // outside: the flap on the left
        return {panel_pt, 2 * panel_pt};
    }
    if (format == BrochureFormat::booklet) return {format_plan(format, paper).page.width_pt};  // the spine
    return {};
}

Document imposed_for_press(Document reader_pages, BrochureFormat format, const PageSpec& paper) {
    const std::vector<SheetSide> sides = press_sheet_sides(format, paper, reader_pages.pages.size());
    if (sides.empty()) return reader_pages;
    Document sheets = impose(std::move(reader_pages), sides, paper.bleed_pt, paper.mark_area_pt);
    for (std::size_t i = 0; i < sheets.pages.size(); ++i) {
        add_crop_marks(sheets.pages[i]);
        add_fold_marks(sheets.pages[i], fold_lines_pt(format, paper, i));
    }
    sheets.facing_pages = false;  // press sheets are read one at a time
    return sheets;
}

}  // namespace brochure
