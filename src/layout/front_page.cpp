#include "layout/front_page.hpp"

#include <algorithm>
#include <string>

#include "layout/theme.hpp"

namespace brochure {

namespace {

constexpr int kPageIndex = 0;

/// The cover's air, in baseline-grid lines: generous on A4 and taller paper; on shorter
/// paper (Letter is 50 pt shorter) the front page, the fullest, sets a compact cover that
/// gives back six lines (the paper takes four), room for longer translations.
struct CoverAir {
    int above_name_lines = 4;
    int below_band_text_lines = 2;  ///< inside the band, below its last line
    int below_band_lines = 2;       ///< between the band and the key facts
    int above_columns_lines = 2;    ///< between the key facts and the columns
};

CoverAir cover_air(const PageSpec& spec) {
    if (spec.height_pt >= kA4Paper.height_pt - 1) return CoverAir{};
    return CoverAir{1, 1, 1, 1};
}

std::string join(const std::vector<Text>& texts, std::string_view separator) {
    std::string joined;
    for (const Text& text : texts) {
        if (!joined.empty()) joined += separator;
        joined += text.value;
    }
    return joined;
}

/// The navy band across the top: organisation types, name, full name, accent rule,
/// tagline and sectors. Returns the band's bottom edge.
double add_cover_band(BrochureContext& context, Page& page) {
    const FontMetrics& metrics = context.metrics;
    const Profile& profile = context.profile;
    const double left_pt = context.content_left_pt();
    std::vector<Item> items;

    TextStyle overline = theme::kOverline;
    overline.color = theme::kAmber;
    double cursor_pt = theme::kMarginPt;
    cursor_pt += place_text_block(left_pt, cursor_pt, context.content_width_pt(), join(profile.company_types, "  ·  "),
                                  overline, metrics, items, context.ragged());

    const CoverAir air = cover_air(context.page_spec);
    cursor_pt += air.above_name_lines * theme::kLinePt;
    cursor_pt += place_text_block(left_pt, cursor_pt, context.content_width_pt(), profile.name.value,
                                  theme::kCoverName, metrics, items, context.ragged());
    if (profile.full_name) {
        TextStyle full_name = theme::kCoverFullName;
        full_name.color = theme::kOnNavy;
        cursor_pt += place_text_block(left_pt, cursor_pt, context.content_width_pt(), profile.full_name->value,
                                      full_name, metrics, items, context.ragged());
    }
    cursor_pt += theme::kUnitPt * 2;
    items.push_back(FilledRect{{left_pt, cursor_pt, 48, 3}, theme::kAmber});
    cursor_pt += theme::kUnitPt * 3;
    cursor_pt += place_text_block(left_pt, cursor_pt, context.content_width_pt() * 0.8, profile.tagline.value,
                                  theme::kCoverTagline, metrics, items, context.ragged());
    if (!profile.sectors.empty()) {
        TextStyle sectors = theme::kCaption;
        sectors.color = theme::kOnNavy;
        cursor_pt += theme::kLinePt;
        cursor_pt += place_text_block(left_pt, cursor_pt, context.content_width_pt(),
                                      context.labels.sectors + context.labels.colon + "  " + join(profile.sectors, "  ·  "), sectors, metrics,
                                      items, context.ragged());
    }
    const double band_bottom_pt = cursor_pt + air.below_band_text_lines * theme::kLinePt;

    const Rect band{0, 0, context.page_spec.width_pt, band_bottom_pt};
    page.items.push_back(FilledRect{extended_into_bleed(band, context.page_spec), theme::kNavy});
    page.items.insert(page.items.end(), items.begin(), items.end());
    return band_bottom_pt;
}

/// Four key facts in a row of equal cells. Returns the row's bottom edge.
double add_key_facts(BrochureContext& context, double top_pt, Page& page) {
    const Profile& profile = context.profile;
    const Labels& labels = context.labels;
    const std::string_view lang = profile.lang.value;
    const struct {
        std::string value;
        std::string label;
    } facts[] = {
        {std::to_string(profile.founded.value), labels.founded},
        {std::to_string(profile.countries.value), labels.countries},
        {(profile.staff.total_is_approximate ? "~" : "") + format_count(profile.staff.total.value, lang),
         labels.people_at_headquarters},
        {profile.headquarters.city.value, labels.headquarters},
    };
    const double cell_width_pt = context.content_width_pt() / 4;
    const double cell_height_pt = 4 * theme::kLinePt;
    for (int i = 0; i < 4; ++i) {
        const double left_pt = context.content_left_pt() + i * cell_width_pt;
        const double text_left_pt = left_pt + (i == 0 ? 0 : theme::kUnitPt * 3);
        const double text_width_pt = cell_width_pt - theme::kUnitPt * 3;
        if (i > 0) page.items.push_back(LineSegment{left_pt, top_pt, left_pt, top_pt + cell_height_pt, 0.5, theme::kSteel});
        double cursor_pt = top_pt;
        cursor_pt += place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i].value, theme::kFactValue,
                                      context.metrics, page.items, context.ragged());
        place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i].label, theme::kCaption, context.metrics,
                         page.items, context.ragged());
    }
    return top_pt + cell_height_pt;
}

void flow_left_column(BrochureContext& context, Column& column, Page& page) {
    const Profile& profile = context.profile;
    flow_section_heading(context, column, context.labels.about, kPageIndex, page.items);
    flow_field(context, column, profile.about, "about", theme::kBody, context.justified(), page.items);

    if (profile.roles.empty()) return;
    column.skip(2 * theme::kLinePt);
    flow_section_heading(context, column, context.labels.roles, kPageIndex, page.items);
    for (std::size_t i = 0; i < profile.roles.size(); ++i) {
        const Role& role = profile.roles[i];
        if (i > 0) column.skip(theme::kUnitPt * 2);
        const std::string field = "roles[" + std::to_string(i) + "]";
        flow_field(context, column, role.name, field + ".name", theme::kSubheading, context.ragged(), page.items);
        flow_field(context, column, role.text, field + ".text", theme::kBody, context.justified(), page.items);
    }
}

/// The values as a tinted panel: a 2-column grid of names, each with an accent marker.
void flow_values_panel(BrochureContext& context, Column& column, Page& page) {
    const auto& values = context.profile.values;
    if (values.empty()) return;
    flow_section_heading(context, column, context.labels.values, kPageIndex, page.items);

    const double padding_pt = theme::kUnitPt * 3;
    const int rows = static_cast<int>((values.size() + 1) / 2);
    const double panel_height_pt = 2 * padding_pt + rows * theme::kLinePt * 2 - theme::kLinePt;
    const Rect panel{column.area().left_pt, column.cursor_pt(), column.area().width_pt, panel_height_pt};
    if (column.remaining_pt() < panel_height_pt) {
        context.report_overflow(values.front(), "values", static_cast<int>(values.size()), theme::kLinePt);
        return;
    }
    page.items.push_back(FilledRect{panel, theme::kMist});
    const double cell_width_pt = (panel.width_pt - 2 * padding_pt) / 2;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double cell_left_pt = panel.left_pt + padding_pt + (i % 2) * cell_width_pt;
        const double line_top_pt = panel.top_pt + padding_pt + (i / 2) * 2 * theme::kLinePt;
        const double baseline_pt = baseline_in_line_box(line_top_pt, theme::kSubheading, context.metrics);
        const double marker_pt = 5;
        page.items.push_back(FilledRect{
            {cell_left_pt, baseline_pt - marker_pt - 1, marker_pt, marker_pt}, theme::kAmber});
        place_single_line(cell_left_pt + marker_pt * 2.2, baseline_pt, values[i].value, theme::kSubheading,
                          context.metrics, page.items);
    }
    column.skip(panel_height_pt);
}

void flow_right_column(BrochureContext& context, Column& column, Page& page) {
    const Headquarters& hq = context.profile.headquarters;
    flow_section_heading(context, column, context.labels.headquarters, kPageIndex, page.items);
    flow_field(context, column, hq.description, "headquarters.description", theme::kBody, context.justified(),
               page.items);
    column.skip(theme::kUnitPt * 2);
    column.flow_paragraph(context.labels.address, theme::kCaptionStrong, context.metrics, page.items, context.ragged());
    flow_field(context, column, hq.address, "headquarters.address", theme::kBody, context.ragged(), page.items);
    flow_field(context, column, Text{hq.city.value + ", " + hq.country.value, hq.city.position}, "headquarters.city",
               theme::kBody, context.ragged(), page.items);

    column.skip(2 * theme::kLinePt);
    flow_values_panel(context, column, page);
}

}  // namespace

Page layout_front_page(BrochureContext& context) {
    Page page = blank_page(context.page_spec);
    const double band_bottom_pt = add_cover_band(context, page);
    const CoverAir air = cover_air(context.page_spec);
    const double facts_bottom_pt = add_key_facts(context, band_bottom_pt + air.below_band_lines * theme::kLinePt, page);

    const double columns_top_pt = facts_bottom_pt + air.above_columns_lines * theme::kLinePt;
    const double columns_height_pt = std::max(0.0, context.content_bottom_pt() - columns_top_pt);
    Column left({context.content_left_pt(), columns_top_pt, context.column_width_pt(), columns_height_pt});
    Column right({context.right_column_left_pt(), columns_top_pt, context.column_width_pt(), columns_height_pt});
    flow_left_column(context, left, page);
    flow_right_column(context, right, page);
    return page;
}

}  // namespace brochure
