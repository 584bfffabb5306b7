#include "design/page_master.hpp"

#include "layout/image_fit.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {
// Printer's marks: hairlines 5 mm long that start 1 mm beyond the bleed; fold marks are
// dashed, 1 mm on and 1 mm off.
constexpr double kGapPt = pt_from_mm(1);
constexpr double kLengthPt = pt_from_mm(5);
constexpr double kHairlinePt = 0.25;
constexpr double kDashPt = pt_from_mm(1);
constexpr double kHeaderBandPt = 2 * theme::kUnitPt;
// The small logo under the header band, right-aligned in the top margin: a line and a
// half tall, at most a quarter of the width.
constexpr double kHeaderLogoGapPt = 2 * theme::kUnitPt;
constexpr double kHeaderLogoHeightPt = 1.5 * theme::kLinePt;
constexpr double kHeaderLogoMostWidthShare = 0.25;
static_assert(kHeaderBandPt + kHeaderLogoGapPt + kHeaderLogoHeightPt < theme::kMarginPt,
              "the header's logo stays in the top margin, above the flow");
}  // namespace

Page blank_page(const PageSpec& spec) {
    return Page{spec.width_pt, spec.height_pt, {}, spec.bleed_pt, spec.mark_area_pt, {}};
}

Rect extended_into_bleed(const Rect& rect, const PageSpec& spec) {
    constexpr double kOnEdgePt = 0.01;
    double left_pt = rect.left_pt, top_pt = rect.top_pt;
    double right_pt = rect.right_pt(), bottom_pt = rect.bottom_pt();
    if (left_pt <= kOnEdgePt) left_pt -= spec.bleed_pt;
    if (top_pt <= kOnEdgePt) top_pt -= spec.bleed_pt;
    if (right_pt >= spec.width_pt - kOnEdgePt) right_pt += spec.bleed_pt;
    if (bottom_pt >= spec.height_pt - kOnEdgePt) bottom_pt += spec.bleed_pt;
    return Rect{left_pt, top_pt, right_pt - left_pt, bottom_pt - top_pt};
}

void add_crop_marks(Page& page) {
    if (page.mark_area_pt < kGapPt + kLengthPt) return;
    const double near_pt = page.bleed_pt + kGapPt;  // distance of a mark's inner end from the trim
    const double far_pt = near_pt + kLengthPt;
    for (const double x_pt : {0.0, page.width_pt}) {
        const double outward = x_pt == 0 ? -1 : 1;
        for (const double y_pt : {0.0, page.height_pt}) {
            const double downward = y_pt == 0 ? -1 : 1;
            // One mark continues the vertical trim edge, one the horizontal.
            page.marks.push_back(LineSegment{x_pt, y_pt + downward * near_pt, x_pt, y_pt + downward * far_pt,
                                             kHairlinePt, theme::kRegistration});
            page.marks.push_back(LineSegment{x_pt + outward * near_pt, y_pt, x_pt + outward * far_pt, y_pt,
                                             kHairlinePt, theme::kRegistration});
        }
    }
}

void add_fold_marks(Page& page, const std::vector<double>& folds_pt) {
    if (page.mark_area_pt < kGapPt + kLengthPt) return;
    const double near_pt = page.bleed_pt + kGapPt;
    for (const double x_pt : folds_pt)
        for (double along_pt = 0; along_pt + kDashPt <= kLengthPt + 1e-6; along_pt += 2 * kDashPt) {
            const double from_pt = near_pt + along_pt, to_pt = from_pt + kDashPt;
            page.marks.push_back(LineSegment{x_pt, -from_pt, x_pt, -to_pt, kHairlinePt, theme::kRegistration});
            page.marks.push_back(LineSegment{x_pt, page.height_pt + from_pt, x_pt, page.height_pt + to_pt,
                                             kHairlinePt, theme::kRegistration});
        }
}

void add_header_band(const BrochureContext& context, Page& page, bool with_logo) {
    const Rect band{0, 0, context.page.width_pt, kHeaderBandPt};
    page.items.push_back(FilledRect{extended_into_bleed(band, context.page), context.palette.primary});
    if (!with_logo || !context.images.logo) return;
    const double width_pt = kHeaderLogoMostWidthShare * context.content_width_pt();
    const Rect frame{context.content_left_pt() + context.content_width_pt() - width_pt, kHeaderBandPt + kHeaderLogoGapPt,
                     width_pt, kHeaderLogoHeightPt};
    page.items.push_back(contain_in_frame(*context.images.logo, frame, theme::kWhite, ImageAlignment::end));
}

void add_footer(const BrochureContext& context, int page_index, int page_count, Page& page) {
    // The rule sits one line and two units above the bottom margin, so the footer's text
    // (one unit below the rule) ends inside the margin.
    const double rule_y_pt = context.page.height_pt - theme::kMarginPt - theme::kLinePt - 2 * theme::kUnitPt;
    const double left_pt = context.content_left_pt();
    const double right_pt = left_pt + context.content_width_pt();
    page.items.push_back(LineSegment{left_pt, rule_y_pt, right_pt, rule_y_pt, 0.5, theme::kSteel});

    const double baseline_pt = baseline_in_line_box(rule_y_pt + theme::kUnitPt, theme::kFooter, context.metrics);
    const auto width_of = [&](const std::string& text) {
        return context.metrics.text_width_pt(theme::kFooter.face, theme::kFooter.size_pt, text);
    };
    const std::string folio = fill_placeholders(
        context.labels.page_number, {{"page", std::to_string(page_index + 1)}, {"pages", std::to_string(page_count)}});
    const double folio_width_pt = width_of(folio);
    page.items.push_back(text_run(right_pt - folio_width_pt, baseline_pt, folio, theme::kFooter, context.metrics));

    // The name and the full name, or the name alone when both would run into the folio.
    const Profile& profile = context.profile;
    std::string name = profile.full_name ? profile.name.value + " · " + profile.full_name->value : profile.name.value;
    if (width_of(name) > context.content_width_pt() - folio_width_pt - theme::kGutterPt) name = profile.name.value;
    page.items.push_back(text_run(left_pt, baseline_pt, name, theme::kFooter, context.metrics));
}

Region flow_region(const BrochureContext& context, double top_pt) {
    return Region{Rect{context.content_left_pt(), top_pt, context.content_width_pt(),
                       std::max(0.0, context.content_bottom_pt() - top_pt)},
                  context.columns, theme::kGutterPt};
}

double later_page_top_pt() { return theme::kMarginPt; }

}  // namespace brochure
