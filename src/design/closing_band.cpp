#include "design/closing_band.hpp"

#include "design/page_master.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

constexpr double kPaddingPt = 6 * theme::kUnitPt;

// The band's text from `top_pt`; returns its height.
double band_text(const BrochureContext& context, double top_pt, std::vector<Item>& items) {
    const Profile& profile = context.profile;
    const Headquarters& hq = profile.headquarters;
    const double left_pt = context.content_left_pt();
    const double width_pt = context.content_width_pt();
    const Palette& palette = context.palette;
    TextStyle name = theme::kHeading;
    name.color = palette.on_primary;
    TextStyle full_name = theme::kBody;
    full_name.color = palette.on_primary_quiet;
    TextStyle address = theme::kCaption;
    address.color = palette.on_primary_quiet;
    double cursor_pt = top_pt;
    const auto add = [&](std::string_view text, const TextStyle& style) {
        cursor_pt += place_text_block(left_pt, cursor_pt, width_pt, text, style, context.metrics, items, context.ragged());
    };
    add(profile.name.value, name);
    if (profile.full_name) add(profile.full_name->value, full_name);
    cursor_pt += theme::kUnitPt;
    items.push_back(FilledRect{{left_pt, cursor_pt, theme::kAccentBarWidthPt, theme::kAccentBarHeightPt}, context.palette.accent});
    cursor_pt += 2 * theme::kUnitPt;
    add(hq.address.value, address);
    add(hq.city.value + ", " + hq.country.value, address);
    return cursor_pt - top_pt;
}

// The band from `top_pt` to `band_bottom_pt`, its text at the foot of the flow's area.
std::vector<Item> band_between(const BrochureContext& context, double top_pt, double band_bottom_pt) {
    std::vector<Item> items;
    const double bottom_pt = context.content_bottom_pt();
    items.push_back(FilledRect{
        extended_into_bleed({0, top_pt, context.page.width_pt, band_bottom_pt - top_pt}, context.page),
        context.palette.primary});
    // The text sits at the band's foot, as the cover's sits at its head.
    std::vector<Item> text;
    const double height_pt = band_text(context, 0, text);
    for (Item& item : text) {
        translate(item, 0, bottom_pt - kPaddingPt - height_pt);
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace

double closing_band_least_height_pt(const BrochureContext& context) {
    std::vector<Item> scratch;
    return band_text(context, 0, scratch) + 2 * kPaddingPt;
}

std::vector<Item> closing_band(const BrochureContext& context, double top_pt) {
    return band_between(context, top_pt, context.content_bottom_pt());
}

std::vector<Item> back_cover(const BrochureContext& context) {
    return band_between(context, 0, context.page.height_pt);
}

}  // namespace brochure
