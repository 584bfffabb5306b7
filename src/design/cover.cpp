#include "design/cover.hpp"

#include <algorithm>
#include <string>

#include "core/unicode_text.hpp"
#include "design/page_master.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

// The band's air is shared: two thirds above the name, one third below the last line.
constexpr double kAirAboveNameShare = 2.0 / 3;
// Between the band and the facts, as much as the facts' row is from the columns.
constexpr double kBandToFactsPt = 2 * theme::kLinePt;
constexpr int kFactCount = 4;
// A key fact's value steps down through these when it does not fit its cell on one line
// (the type scale's heading and subheading sizes), and wraps at the smallest.
constexpr TextStyle kFactValueSteps[] = {theme::kFactValue,
                                         {FontFace::bold, 15, 1.5 * theme::kLinePt, theme::kNavy, true},
                                         {FontFace::bold, 11, theme::kLinePt, theme::kNavy, true}};
// The tallest band: a little under half the page.
constexpr double kMostBandShare = 0.45;
// The cover name steps down through these sizes (the type scale's display sizes) until it
// takes at most two lines: a forty-letter name must not fill the page.
constexpr double kCoverNameSizesPt[] = {60, 44, 32, 24};
constexpr int kMostCoverNameLines = 2;

// The cover name's style for `name`: the largest size that sets it in two lines.
TextStyle cover_name_style(const BrochureContext& context, std::string_view name) {
    TextStyle style = theme::kCoverName;
    for (const double size_pt : kCoverNameSizesPt) {
        style.size_pt = size_pt;
        style.leading_pt = size_pt * theme::kCoverName.leading_pt / theme::kCoverName.size_pt;
        const auto lines = break_lines(name, style.face, size_pt, context.content_width_pt(), context.metrics,
                                       context.ragged());
        if (static_cast<int>(lines.size()) <= kMostCoverNameLines) break;
    }
    return style;
}

std::string join(const std::vector<Text>& texts, std::string_view separator) {
    std::string joined;
    for (const Text& text : texts) joined += (joined.empty() ? "" : std::string(separator)) + text.value;
    return joined;
}

// The band's content from its top edge; returns its height without air.
double band_content(const BrochureContext& context, double air_above_pt, std::vector<Item>& items) {
    const Profile& profile = context.profile;
    const FontMetrics& metrics = context.metrics;
    const double left_pt = context.content_left_pt();
    const double width_pt = context.content_width_pt();
    TextStyle overline = theme::kOverline;
    overline.color = theme::kAmber;
    double cursor_pt = theme::kMarginPt;
    cursor_pt += place_text_block(left_pt, cursor_pt, width_pt, join(profile.company_types, "  ·  "), overline, metrics,
                                  items, context.ragged());
    cursor_pt += air_above_pt;
    cursor_pt += place_text_block(left_pt, cursor_pt, width_pt, profile.name.value,
                                  cover_name_style(context, profile.name.value), metrics, items, context.ragged());
    if (profile.full_name) {
        TextStyle full_name = theme::kCoverFullName;
        full_name.color = theme::kOnNavy;
        cursor_pt += place_text_block(left_pt, cursor_pt, width_pt, profile.full_name->value, full_name, metrics, items,
                                      context.ragged());
    }
    cursor_pt += 2 * theme::kUnitPt;
    items.push_back(FilledRect{{left_pt, cursor_pt, 48, 3}, theme::kAmber});
    cursor_pt += 3 * theme::kUnitPt;
    cursor_pt += place_text_block(left_pt, cursor_pt, width_pt * 0.8, profile.tagline.value, theme::kCoverTagline,
                                  metrics, items, context.ragged());
    if (!profile.sectors.empty()) {
        TextStyle sectors = theme::kCaption;
        sectors.color = theme::kOnNavy;
        cursor_pt += theme::kLinePt;
        const std::string line = context.labels.sectors + std::string(colon_for(profile.lang.value)) + "  " +
                                 join(profile.sectors, "  ·  ");
        cursor_pt += place_text_block(left_pt, cursor_pt, width_pt, line, sectors, metrics, items, context.ragged());
    }
    return cursor_pt - air_above_pt;
}

// Four key facts in a row of equal cells; returns the row's height.
double key_facts(const BrochureContext& context, double top_pt, std::vector<Item>& items) {
    const Profile& profile = context.profile;
    const Labels& labels = context.labels;
    const std::string_view lang = profile.lang.value;
    const std::string facts[kFactCount][2] = {
        {std::to_string(profile.founded.value), labels.founded},
        {format_count(profile.countries.value, lang), labels.countries},
        {(profile.staff.total_is_approximate ? "~" : "") + format_count(profile.staff.total.value, lang), labels.people},
        {profile.headquarters.city.value, labels.headquarters},
    };
    const double cell_width_pt = context.content_width_pt() / kFactCount;
    const double text_width_pt = cell_width_pt - 3 * theme::kUnitPt;
    // One size for every value, so the row reads as one: the largest at which every value
    // fits its cell on one line, else the smallest.
    TextStyle value_style = kFactValueSteps[0];
    for (const TextStyle& step : kFactValueSteps) {
        value_style = step;
        bool all_fit = true;
        for (const auto& fact : facts)
            all_fit = all_fit && context.metrics.text_width_pt(step.face, step.size_pt, fact[0]) <= text_width_pt;
        if (all_fit) break;
    }

    double row_height_pt = 0;
    std::vector<double> cell_left_pt;
    for (int i = 0; i < kFactCount; ++i) {
        const double left_pt = context.content_left_pt() + i * cell_width_pt;
        const double text_left_pt = left_pt + (i == 0 ? 0 : 3 * theme::kUnitPt);
        double cursor_pt = top_pt;
        cursor_pt += place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i][0], value_style, context.metrics,
                                      items, context.ragged());
        cursor_pt += place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i][1], theme::kCaption,
                                      context.metrics, items, context.ragged());
        row_height_pt = std::max(row_height_pt, cursor_pt - top_pt);
        cell_left_pt.push_back(left_pt);
    }
    for (int i = 1; i < kFactCount; ++i)
        items.push_back(LineSegment{cell_left_pt[static_cast<std::size_t>(i)], top_pt,
                                    cell_left_pt[static_cast<std::size_t>(i)], top_pt + row_height_pt, 0.5, theme::kSteel});
    return row_height_pt;
}

}  // namespace

CoverAir cover_air(const BrochureContext& context) {
    std::vector<Item> scratch;
    const double content_pt = band_content(context, 0, scratch);
    const double most_pt = std::max(0.0, kMostBandShare * context.page.height_pt - content_pt);
    const double natural_pt = std::min(6 * theme::kLinePt, most_pt);
    return CoverAir{std::min(2 * theme::kLinePt, natural_pt), natural_pt, most_pt};
}

Cover layout_cover(const BrochureContext& context, double air_pt) {
    Cover cover;
    std::vector<Item> band_items;
    const double band_bottom_pt = band_content(context, air_pt * kAirAboveNameShare, band_items) + air_pt;
    const Rect band{0, 0, context.page.width_pt, band_bottom_pt};
    cover.items.push_back(FilledRect{extended_into_bleed(band, context.page), theme::kNavy});
    cover.items.insert(cover.items.end(), band_items.begin(), band_items.end());
    const double facts_top_pt = band_bottom_pt + kBandToFactsPt;
    cover.bottom_pt = facts_top_pt + key_facts(context, facts_top_pt, cover.items);
    return cover;
}

}  // namespace brochure
