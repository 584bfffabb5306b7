#include "design/cover.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "core/unicode_text.hpp"
#include "design/page_master.hpp"
#include "layout/image_fit.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

// The band's air is shared: two thirds above the name, one third below the last line.
constexpr double kAirAboveNameShare = 2.0 / 3;
// Between the band and the facts, as much as the facts' row is from the columns.
constexpr double kBandToFactsPt = 2 * theme::kLinePt;
// A key fact's value steps down through these when it does not fit its cell on one line
// (the type scale's heading and subheading sizes), and wraps at the smallest.
constexpr TextStyle kFactValueSteps[] = {theme::kFactValue,
                                         {FontFace::bold, 15, 1.5 * theme::kLinePt, theme::kNavy, true},
                                         {FontFace::bold, 11, theme::kLinePt, theme::kNavy, true}};
// A key fact's cell is at least this wide: four to a row on a page, two on a narrow panel.
constexpr double kLeastFactCellPt = 80;
// Between the rows of key facts, when they take two.
constexpr double kFactRowGapPt = theme::kLinePt;
// The logo sits on a paper plate in the band's top corner, so that a logo drawn for paper
// reads on any brand colour: three lines tall, at most a third of the width.
constexpr double kLogoHeightPt = 3 * theme::kLinePt;
constexpr double kLogoMostWidthShare = 1.0 / 3;
constexpr double kLogoPlatePaddingPt = 2 * theme::kUnitPt;
// The cover photo: a strip across the page under the band, a fifth of the page tall as
// designed; like the band's air it gives room back to a full page and takes up what a
// short one leaves, between these shares of the page's height.
constexpr double kLeastPhotoShare = 0.08;
constexpr double kNaturalPhotoShare = 0.2;
constexpr double kMostPhotoShare = 0.28;
// The tallest band: a little under half the page.
constexpr double kMostBandShare = 0.45;
// The cover name steps down through these sizes (the type scale's display sizes) until it
// takes at most two lines: a forty-letter name must not fill the page.
constexpr double kCoverNameSizesPt[] = {60, 44, 32, 24};
constexpr int kMostCoverNameLines = 2;

// Whether `lines` break `text` only between its words: a word too wide for the line is
// cut, and a name must rather step down a size than lose its last letter to a line.
bool breaks_between_words(const std::vector<BrokenLine>& lines, std::string_view text) {
    std::string joined, words;
    for (const BrokenLine& line : lines) joined += (joined.empty() ? "" : " ") + line.text;
    std::istringstream split{std::string(text)};
    for (std::string word; split >> word;) words += (words.empty() ? "" : " ") + word;
    return joined == words;
}

// The cover name's style for `name` set `width_pt` wide: the largest size that sets it in
// two lines, none of its words cut; nothing when even the smallest cannot.
std::optional<TextStyle> cover_name_style(const BrochureContext& context, std::string_view name, double width_pt) {
    TextStyle style = theme::kCoverName;
    style.color = context.palette.on_primary;
    for (const double size_pt : kCoverNameSizesPt) {
        style.size_pt = size_pt;
        style.leading_pt = size_pt * theme::kCoverName.leading_pt / theme::kCoverName.size_pt;
        const auto lines = break_lines(name, style.face, size_pt, width_pt, context.metrics, context.ragged());
        if (static_cast<int>(lines.size()) <= kMostCoverNameLines && breaks_between_words(lines, name)) return style;
    }
    return std::nullopt;
}

std::string join(const std::vector<Text>& texts, std::string_view separator) {
    std::string joined;
    for (const Text& text : texts) joined += (joined.empty() ? "" : std::string(separator)) + text.value;
    return joined;
}

// The logo on its plate at the band's top right; returns the plate's foot (the band's
// top margin when there is no logo).
double place_logo(const BrochureContext& context, std::vector<Item>& items, double& plate_width_pt,
                  StructureId element) {
    plate_width_pt = 0;
    if (!context.images.logo) return theme::kMarginPt;
    const double right_pt = context.content_left_pt() + context.content_width_pt();
    const Rect most{right_pt - kLogoMostWidthShare * context.content_width_pt() + kLogoPlatePaddingPt,
                    theme::kMarginPt + kLogoPlatePaddingPt,
                    kLogoMostWidthShare * context.content_width_pt() - 2 * kLogoPlatePaddingPt, kLogoHeightPt};
    PlacedImage logo = contain_in_frame(*context.images.logo, most, theme::kWhite, ImageAlignment::end);
    logo.tag = element;
    const Rect plate{logo.frame.left_pt - kLogoPlatePaddingPt, theme::kMarginPt,
                     logo.frame.width_pt + 2 * kLogoPlatePaddingPt, kLogoHeightPt + 2 * kLogoPlatePaddingPt};
    items.push_back(FilledRect{plate, theme::kWhite});
    items.push_back(logo);
    plate_width_pt = plate.width_pt;
    return plate.bottom_pt();
}

// The band's content from its top edge; returns its height without air.
double band_content(const BrochureContext& context, double air_above_pt, const CoverStructure& structure,
                    std::vector<Item>& items) {
    const Profile& profile = context.profile;
    const FontMetrics& metrics = context.metrics;
    const double left_pt = context.content_left_pt();
    const double width_pt = context.content_width_pt();
    const Palette& palette = context.palette;
    TextStyle overline = theme::kOverline;
    overline.color = palette.accent_on_primary;
    double plate_width_pt = 0;
    const double plate_bottom_pt = place_logo(context, items, plate_width_pt, structure.logo);
    // Text blocks in their elements.
    const auto place = [&](double left, double top, double width, std::string_view text, const TextStyle& style,
                           StructureId element) {
        const std::size_t first = items.size();
        const double height_pt = place_text_block(left, top, width, text, style, metrics, items, context.ragged());
        tag_from(items, first, element);
        return height_pt;
    };
    double cursor_pt = theme::kMarginPt;
    // The organisation's types run beside the logo, and so does the name when two lines
    // of it fit there; a longer name starts below the logo, at the full width.
    const double beside_logo_pt = width_pt - plate_width_pt - theme::kGutterPt;
    cursor_pt += place(left_pt, cursor_pt, beside_logo_pt, join(profile.company_types, "  ·  "), overline,
                       structure.types);
    cursor_pt += air_above_pt;
    double name_width_pt = beside_logo_pt;
    std::optional<TextStyle> name_style = cover_name_style(context, profile.name.value, beside_logo_pt);
    if (!name_style) {
        name_width_pt = width_pt;
        name_style = cover_name_style(context, profile.name.value, width_pt);
        cursor_pt = std::max(cursor_pt, plate_bottom_pt + theme::kUnitPt);
    }
    // A name too long for two lines at the smallest size takes more at that size.
    if (!name_style) {
        name_style = theme::kCoverName;
        name_style->color = palette.on_primary;
        name_style->size_pt = kCoverNameSizesPt[std::size(kCoverNameSizesPt) - 1];
        name_style->leading_pt = name_style->size_pt * theme::kCoverName.leading_pt / theme::kCoverName.size_pt;
    }
    cursor_pt += place(left_pt, cursor_pt, name_width_pt, profile.name.value, *name_style, structure.name);
    if (profile.full_name) {
        TextStyle full_name = theme::kCoverFullName;
        full_name.color = palette.on_primary_quiet;
        cursor_pt += place(left_pt, cursor_pt, width_pt, profile.full_name->value, full_name, structure.full_name);
    }
    cursor_pt += 2 * theme::kUnitPt;
    items.push_back(FilledRect{{left_pt, cursor_pt, theme::kAccentBarWidthPt, theme::kAccentBarHeightPt}, palette.accent});
    cursor_pt += 3 * theme::kUnitPt;
    TextStyle tagline = theme::kCoverTagline;
    tagline.color = palette.on_primary;
    cursor_pt += place(left_pt, cursor_pt, width_pt * 0.8, profile.tagline.value, tagline, structure.tagline);
    if (!profile.sectors.empty()) {
        TextStyle sectors = theme::kCaption;
        sectors.color = palette.on_primary_quiet;
        cursor_pt += theme::kLinePt;
        const std::string line = context.labels.sectors + std::string(colon_for(profile.lang.value)) + "  " +
                                 join(profile.sectors, "  ·  ");
        cursor_pt += place(left_pt, cursor_pt, width_pt, line, sectors, structure.sectors);
    }
    return cursor_pt - air_above_pt;
}

// The key facts in rows of equal cells, four to a row or as many as are at least
// kLeastFactCellPt wide; returns the rows' height.
double key_facts(const BrochureContext& context, double top_pt, const CoverStructure& structure,
                 std::vector<Item>& items) {
    const Profile& profile = context.profile;
    const Labels& labels = context.labels;
    const std::string_view lang = profile.lang.value;
    const std::string facts[kKeyFactCount][2] = {
        {std::to_string(profile.founded.value), labels.founded},
        {format_count(profile.countries.value, lang), labels.countries},
        {(profile.staff.total_is_approximate ? "~" : "") + format_count(profile.staff.total.value, lang), labels.people},
        {profile.headquarters.city.value, labels.headquarters},
    };
    std::size_t per_row = kKeyFactCount;
    while (per_row > 1 && context.content_width_pt() / static_cast<double>(per_row) < kLeastFactCellPt) per_row /= 2;
    const double cell_width_pt = context.content_width_pt() / static_cast<double>(per_row);
    const double text_width_pt = cell_width_pt - 3 * theme::kUnitPt;
    // One size for every value, so the facts read as one: the largest at which every
    // value fits its cell on one line, else the smallest.
    TextStyle value_style = context.palette.on_paper(kFactValueSteps[0]);
    for (const TextStyle& step : kFactValueSteps) {
        value_style = context.palette.on_paper(step);
        bool all_fit = true;
        for (const auto& fact : facts)
            all_fit = all_fit && context.metrics.text_width_pt(step.face, step.size_pt, fact[0]) <= text_width_pt;
        if (all_fit) break;
    }

    double row_top_pt = top_pt;
    for (std::size_t first = 0; first < kKeyFactCount; first += per_row) {
        if (first > 0) row_top_pt += kFactRowGapPt;
        double row_height_pt = 0;
        for (std::size_t i = first; i < first + per_row; ++i) {
            const double left_pt = context.content_left_pt() + static_cast<double>(i - first) * cell_width_pt;
            const double text_left_pt = left_pt + (i == first ? 0 : 3 * theme::kUnitPt);
            double cursor_pt = row_top_pt;
            std::size_t first_item = items.size();
            cursor_pt += place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i][0], value_style,
                                          context.metrics, items, context.ragged());
            tag_from(items, first_item, structure.fact_values[i]);
            first_item = items.size();
            cursor_pt += place_text_block(text_left_pt, cursor_pt, text_width_pt, facts[i][1], theme::kCaption,
                                          context.metrics, items, context.ragged());
            tag_from(items, first_item, structure.fact_labels[i]);
            row_height_pt = std::max(row_height_pt, cursor_pt - row_top_pt);
        }
        // Hairlines between the cells of a row.
        for (std::size_t i = 1; i < per_row; ++i) {
            const double x_pt = context.content_left_pt() + static_cast<double>(i) * cell_width_pt;
            items.push_back(LineSegment{x_pt, row_top_pt, x_pt, row_top_pt + row_height_pt, 0.5, theme::kSteel});
        }
        row_top_pt += row_height_pt;
    }
    return row_top_pt - top_pt;
}

}  // namespace

namespace {

// The band's own air, without the photo.
CoverAir band_air(const BrochureContext& context) {
    std::vector<Item> scratch;
    const double content_pt = band_content(context, 0, CoverStructure{}, scratch);
    const double most_pt = std::max(0.0, kMostBandShare * context.page.height_pt - content_pt);
    const double natural_pt = std::min(6 * theme::kLinePt, most_pt);
    return CoverAir{std::min(2 * theme::kLinePt, natural_pt), natural_pt, most_pt};
}

// The cover photo's heights, all 0 without one.
CoverAir photo_heights(const BrochureContext& context) {
    if (!context.images.cover) return {};
    const double page_pt = context.page.height_pt;
    return CoverAir{kLeastPhotoShare * page_pt, kNaturalPhotoShare * page_pt, kMostPhotoShare * page_pt};
}

// Where `air_pt` lies on the cover's scale, as the same point on `part`'s: the band's air
// and the photo grow and shrink together. Air beyond the most goes to the band.
double share_of(const CoverAir& whole, const CoverAir& part, double air_pt) {
    const auto between = [](double from, double to, double share) { return from + (to - from) * share; };
    if (air_pt <= whole.least_pt) return part.least_pt;
    if (air_pt <= whole.natural_pt)
        return between(part.least_pt, part.natural_pt, (air_pt - whole.least_pt) / (whole.natural_pt - whole.least_pt));
    if (air_pt <= whole.most_pt)
        return between(part.natural_pt, part.most_pt, (air_pt - whole.natural_pt) / (whole.most_pt - whole.natural_pt));
    return part.most_pt;
}

}  // namespace

CoverAir cover_air(const BrochureContext& context) {
    const CoverAir band = band_air(context);
    const CoverAir photo = photo_heights(context);
    return CoverAir{band.least_pt + photo.least_pt, band.natural_pt + photo.natural_pt, band.most_pt + photo.most_pt};
}

CoverStructure cover_structure(const BrochureContext& context) {
    const Profile& profile = context.profile;
    const StructureId root = StructureTree::root();
    CoverStructure structure;
    if (!profile.company_types.empty()) structure.types = context.element(root, StructureRole::paragraph);
    if (context.images.logo)
        structure.logo = context.element(
            root, StructureRole::figure, context.labels.logo + std::string(colon_for(profile.lang.value)) + " " + profile.name.value);
    structure.name = context.element(root, StructureRole::heading_1);
    if (profile.full_name) structure.full_name = context.element(root, StructureRole::paragraph);
    structure.tagline = context.element(root, StructureRole::paragraph);
    if (!profile.sectors.empty()) structure.sectors = context.element(root, StructureRole::paragraph);
    // A photo nobody described is decoration: a screen reader had better say nothing than "image".
    if (context.images.cover && profile.cover_image_description)
        structure.photo = context.element(root, StructureRole::figure, profile.cover_image_description->value);
    const StructureId facts = context.element(root, StructureRole::list);
    for (std::size_t i = 0; i < kKeyFactCount; ++i) {
        const StructureId item = context.element(facts, StructureRole::list_item);
        structure.fact_labels[i] = context.element(item, StructureRole::label);
        structure.fact_values[i] = context.element(item, StructureRole::list_body);
    }
    return structure;
}

Cover layout_cover(const BrochureContext& context, const CoverAir& whole, double air_pt,
                   const CoverStructure& structure) {
    Cover cover;
    const double photo_pt = share_of(whole, photo_heights(context), air_pt);
    const double band_air_pt = air_pt - photo_pt;
    std::vector<Item> band_items;
    const double band_bottom_pt =
        band_content(context, band_air_pt * kAirAboveNameShare, structure, band_items) + band_air_pt;
    const Rect band{0, 0, context.page.width_pt, band_bottom_pt};
    cover.items.push_back(FilledRect{extended_into_bleed(band, context.page), context.palette.primary});
    cover.items.insert(cover.items.end(), band_items.begin(), band_items.end());
    const double photo_bottom_pt = band_bottom_pt + photo_pt;
    if (context.images.cover) {
        const Rect strip{0, band_bottom_pt, context.page.width_pt, photo_bottom_pt - band_bottom_pt};
        PlacedImage photo = cover_frame(*context.images.cover, extended_into_bleed(strip, context.page), theme::kWhite);
        photo.tag = structure.photo;
        cover.items.push_back(std::move(photo));
    }
    const double facts_top_pt = photo_bottom_pt + kBandToFactsPt;
    cover.bottom_pt = facts_top_pt + key_facts(context, facts_top_pt, structure, cover.items);
    return cover;
}

}  // namespace brochure
