#include "design/staff_chart.hpp"

#include "core/unicode_text.hpp"
#include "design/bar_chart.hpp"
#include "design/blocks.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

std::vector<Bar> staff_bars(const Staff& staff, const Labels& labels) {
    std::vector<Bar> bars;
    long itemised = 0;
    for (const StaffCategory& category : staff.breakdown) {
        bars.push_back({category.label.value, category.count.value, false});
        itemised += category.count.value;
    }
    if (itemised < staff.total.value) bars.push_back({labels.not_itemised, staff.total.value - itemised, true});
    return bars;
}

/// The note under the chart: what the figures are, and that the parts do not add up.
std::string staff_chart_note(const Staff& staff, const Labels& labels, std::string_view lang) {
    long itemised = 0;
    for (const StaffCategory& category : staff.breakdown) itemised += category.count.value;
    const std::string& total_note = staff.total_is_approximate ? labels.chart_note_approximate : labels.chart_note;
    std::string note = fill_placeholders(total_note, {{"total", format_count(staff.total.value, lang)}});
    if (itemised < staff.total.value)
        note += " " + fill_placeholders(labels.chart_note_not_itemised,
                                        {{"itemised", format_count(itemised, lang)},
                                         {"rest", format_count(staff.total.value - itemised, lang)}});
    return note;
}

/// The chart in words, for those who cannot see it: its title, then each bar's name, count
/// and share, as the bars show them.
std::string chart_description(const std::vector<Bar>& bars, long total, const Labels& labels, std::string_view lang) {
    std::string description = labels.staff_chart + std::string(colon_for(lang));
    for (std::size_t i = 0; i < bars.size(); ++i)
        description += (i == 0 ? " " : ", ") + bars[i].label + " " + format_count(bars[i].value, lang) + " (" +
                       format_percent(100.0 * static_cast<double>(bars[i].value) / static_cast<double>(total), lang) +
                       ")";
    return description;
}

}  // namespace

VList staff_section_body(const BrochureContext& context, double width_pt, StructureId parent) {
    const Staff& staff = context.profile.staff;
    const std::string_view lang = context.profile.lang.value;
    VList body = field_paragraph(context, staff.description, "staff.description", theme::kBody, context.justified(),
                                 width_pt, parent);
    // Without groups a chart would be one bar of everyone: the paragraph says it all.
    if (staff.breakdown.empty()) return body;

    body.emplace_back(VGlue{theme::kSectionGapPt, theme::kParagraphGapPt, 0});
    VList chart = tagged(paragraph_lines(context.labels.staff_chart, theme::kCaptionStrong, width_pt, context.ragged(),
                                         context.metrics),
                         context.element(parent, StructureRole::paragraph));
    const std::vector<Bar> bar_list = staff_bars(staff, context.labels);
    const BarChart bars = layout_bar_chart(bar_list, staff.total.value, 0, theme::kUnitPt, width_pt, lang,
                                           context.metrics, {context.palette.primary, context.palette.primary_on_paper});
    VBox box;
    box.width_pt = width_pt;
    box.height_pt = bars.height_pt + theme::kUnitPt;
    box.items = bars.items;
    tag_from(box.items, 0,
             context.element(parent, StructureRole::figure,
                             chart_description(bar_list, staff.total.value, context.labels, lang)));
    box.field = "staff.breakdown";
    box.position = staff.breakdown_position;
    for (VItem& item : chart)
        if (auto* penalty = std::get_if<VPenalty>(&item)) penalty->cost = kNeverBreak;
    chart.emplace_back(VPenalty{kNeverBreak});
    chart.emplace_back(std::move(box));
    // The note says what the bars are: it stays with them, never broken.
    const Text note{staff_chart_note(staff, context.labels, lang), staff.breakdown_position};
    VList note_lines =
        field_paragraph(context, note, "staff.breakdown", theme::kCaption, context.ragged(), width_pt, parent);
    for (VItem& item : note_lines)
        if (auto* penalty = std::get_if<VPenalty>(&item)) penalty->cost = kNeverBreak;
    chart.emplace_back(VPenalty{kNeverBreak});
    chart.emplace_back(VGlue{3 * theme::kUnitPt, 0, 0});
    append(chart, note_lines);
    append(body, chart);
    return body;
}

}  // namespace brochure
