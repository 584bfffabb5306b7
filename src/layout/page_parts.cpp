#include "layout/page_parts.hpp"

#include <cmath>

#include <fmt/format.h>

#include "layout/theme.hpp"

namespace brochure {

ParagraphSettings BrochureContext::justified() const {
    return ParagraphSettings{Alignment::justified, profile.lang.value, hyphenator};
}

ParagraphSettings BrochureContext::ragged() const {
    return ParagraphSettings{Alignment::ragged, profile.lang.value, nullptr};
}

double BrochureContext::content_left_pt() const { return theme::kMarginPt; }
double BrochureContext::content_width_pt() const { return page_spec.width_pt - 2 * theme::kMarginPt; }
double BrochureContext::column_width_pt() const { return (content_width_pt() - theme::kGutterPt) / 2; }
double BrochureContext::right_column_left_pt() const {
    return content_left_pt() + column_width_pt() + theme::kGutterPt;
}
double BrochureContext::content_bottom_pt() const {
    return page_spec.height_pt - theme::kMarginPt - theme::kFooterHeightPt;
}

void BrochureContext::report_overflow(const Text& field, std::string_view field_name, int lines_not_fitted,
                                      double leading_pt) {
    diagnostics.push_back(Diagnostic{
        Severity::error, profile.source_path, field.position,
        fmt::format("{}: the text does not fit the space the brochure gives it: {} line{} ({:.0f} pt) too long",
                    field_name, lines_not_fitted, lines_not_fitted == 1 ? "" : "s", lines_not_fitted * leading_pt),
        {"shorten this text, or shorten the texts before it in the same column"}});
}

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
    constexpr double kGapPt = pt_from_mm(1);
    constexpr double kLengthPt = pt_from_mm(5);
    constexpr double kHairlinePt = 0.25;
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

void flow_section_heading(BrochureContext& context, Column& column, std::string_view title, int page_index,
                          std::vector<Item>& out) {
    context.bookmarks.push_back(Bookmark{std::string(title), page_index, column.cursor_pt()});
    // A short accent rule above the heading marks every section the same way.
    out.push_back(FilledRect{{column.area().left_pt, column.cursor_pt(), 20, 2.5}, theme::kAmber});
    column.flow_paragraph(title, theme::kHeading, context.metrics, out, context.ragged());
}

void flow_field(BrochureContext& context, Column& column, const Text& field, std::string_view field_name,
                const TextStyle& style, const ParagraphSettings& settings, std::vector<Item>& out) {
    const int not_fitted = column.flow_paragraph(field.value, style, context.metrics, out, settings);
    if (not_fitted > 0) context.report_overflow(field, field_name, not_fitted, style.leading_pt);
}

void add_footer(const BrochureContext& context, int page_index, int page_count, Page& page) {
    // The rule sits one line and two units above the bottom margin, so the footer's text
    // (one unit below the rule) ends inside the margin.
    const double rule_y_pt = context.page_spec.height_pt - theme::kMarginPt - theme::kLinePt - 2 * theme::kUnitPt;
    const double left_pt = context.content_left_pt();
    const double right_pt = left_pt + context.content_width_pt();
    page.items.push_back(LineSegment{left_pt, rule_y_pt, right_pt, rule_y_pt, 0.5, theme::kSteel});

    const double baseline_pt = baseline_in_line_box(rule_y_pt + theme::kUnitPt, theme::kFooter, context.metrics);
    const Profile& profile = context.profile;
    const std::string name =
        profile.full_name ? profile.name.value + " · " + profile.full_name->value : profile.name.value;
    page.items.push_back(text_run(left_pt, baseline_pt, name, theme::kFooter, context.metrics));

    const std::string folio = fmt::format("{} {} {} {}", context.labels.page, page_index + 1, context.labels.of, page_count);
    const double folio_width_pt = context.metrics.text_width_pt(theme::kFooter.face, theme::kFooter.size_pt, folio);
    page.items.push_back(text_run(right_pt - folio_width_pt, baseline_pt, folio, theme::kFooter, context.metrics));
}

}  // namespace brochure
