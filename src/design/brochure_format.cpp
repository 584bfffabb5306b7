#include "design/brochure_format.hpp"

namespace brochure {

double trifold_panel_width_pt(const PageSpec& paper) { return (paper.height_pt + kFoldInAllowancePt) / 3; }

double trifold_fold_in_width_pt(const PageSpec& paper) {
    return paper.height_pt - 2 * trifold_panel_width_pt(paper);
}

FormatPlan format_plan(BrochureFormat format, const PageSpec& paper) {
    FormatPlan plan;
    switch (format) {
        case BrochureFormat::sheet:
            plan.page = paper;
            plan.page_counts = {1, 2, 4};
            break;
        case BrochureFormat::trifold:
            // Every panel is laid out as wide as the narrowest, so that one flow fills
            // them all; a wider panel centres it, its backgrounds reaching the panel's
            // edges from the bleed.
            plan.page = PageSpec{trifold_fold_in_width_pt(paper), paper.width_pt, paper.bleed_pt, paper.mark_area_pt};
            plan.page_counts = {6};
            plan.columns = 1;
            plan.side_margin_pt = theme::kPanelSideMarginPt;
            plan.cover_alone = true;
            plan.flap_teaser = true;
            plan.folios = Folios::none;
            plan.header_logo = false;  // three panels side by side would show it three times
            break;
        case BrochureFormat::booklet:
            plan.page = PageSpec{paper.height_pt / 2, paper.width_pt, paper.bleed_pt, paper.mark_area_pt};
            plan.page_counts = {4, 8, 12};
            plan.columns = 1;
            plan.cover_alone = true;
            plan.back_cover = true;
            plan.folios = Folios::inside_pages;
            plan.facing_pages = true;
            break;
    }
    return plan;
}

const char* format_name(BrochureFormat format) {
    switch (format) {
        case BrochureFormat::sheet: return "sheet";
        case BrochureFormat::trifold: return "trifold";
        case BrochureFormat::booklet: return "booklet";
    }
    return "sheet";
}

}  // namespace brochure
