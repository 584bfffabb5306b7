#include "layout/back_page.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "layout/bar_chart.hpp"
#include "layout/qr_block.hpp"
#include "layout/theme.hpp"

namespace brochure {

namespace {

constexpr int kPageIndex = 1;
constexpr double kQrWidthPt = pt_from_mm(28);  // symbol and quiet zone together

/// The short form of a URL a person could type: no scheme, no "www.", no trailing slash.
std::string short_url(std::string_view url) {
    const auto starts_with_ignoring_case = [&](std::string_view prefix) {
        return url.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), url.begin(), [](char a, char b) {
                   return a == std::tolower(static_cast<unsigned char>(b));
               });
    };
    for (std::string_view prefix : {"https://", "http://"})
        if (starts_with_ignoring_case(prefix)) url.remove_prefix(prefix.size());
    if (starts_with_ignoring_case("www.")) url.remove_prefix(4);
    if (!url.empty() && url.back() == '/') url.remove_suffix(1);
    return std::string(url);
}

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
    const std::string& total_note = staff.total_is_approximate ? labels.chart_note_approximate_total : labels.chart_note_total;
    std::string note = fmt::format(fmt::runtime(total_note), fmt::arg("total", format_count(staff.total.value, lang)));
    if (itemised < staff.total.value)
        note += fmt::format(fmt::runtime(labels.chart_note_not_itemised), fmt::arg("itemised", format_count(itemised, lang)),
                            fmt::arg("rest", format_count(staff.total.value - itemised, lang)));
    return note;
}

void flow_people_left(BrochureContext& context, Column& column, Page& page) {
    const Profile& profile = context.profile;
    flow_field(context, column, profile.staff.description, "staff.description", theme::kBody, context.justified(),
               page.items);
    if (!profile.international_staff_role) return;
    column.skip(2 * theme::kLinePt);
    column.flow_paragraph(context.labels.international_staff, theme::kSubheading, context.metrics, page.items,
                          context.ragged());
    flow_field(context, column, *profile.international_staff_role, "international_staff_role", theme::kBody,
               context.justified(), page.items);
}

void flow_people_right(BrochureContext& context, Column& column, Page& page) {
    const Staff& staff = context.profile.staff;
    const std::string_view lang = context.profile.lang.value;
    // Without categories a chart would be one bar of everyone: the paragraph says it all.
    if (staff.breakdown.empty()) return;
    column.flow_paragraph(context.labels.staff_chart_title, theme::kCaptionStrong, context.metrics, page.items,
                          context.ragged());
    column.skip(theme::kUnitPt);
    const BarChart chart = layout_bar_chart(staff_bars(staff, context.labels), staff.total.value, column.area().left_pt,
                                            column.cursor_pt(), column.area().width_pt, lang, context.metrics);
    if (chart.height_pt > column.remaining_pt()) {
        context.report_overflow(staff.description, "staff.breakdown",
                                static_cast<int>((chart.height_pt - column.remaining_pt()) / theme::kLinePt) + 1,
                                theme::kLinePt);
        return;
    }
    page.items.insert(page.items.end(), chart.items.begin(), chart.items.end());
    column.skip(chart.height_pt + theme::kUnitPt * 3);
    const Text note{staff_chart_note(staff, context.labels, lang), staff.breakdown_position};
    flow_field(context, column, note, "staff.breakdown", theme::kCaption, context.ragged(), page.items);
}

/// The content of one video card.
struct VideoCard {
    std::vector<Item> items;
    double height_pt = 0;  ///< padding included
};

/// One video: the QR code, a call to action, title, caption and short address, laid out
/// in a card whose top-left corner and width `card` gives; the QR code and the text are
/// both links. Empty when the URL does not fit a QR code (reported).
VideoCard layout_video_card(BrochureContext& context, const Video& video, std::size_t index, const Rect& card) {
    const FontMetrics& metrics = context.metrics;
    const double padding_pt = theme::kUnitPt * 3;
    const double inner_left_pt = card.left_pt + padding_pt;
    const double inner_width_pt = card.width_pt - 2 * padding_pt;
    VideoCard result;
    std::vector<Item>& items = result.items;

    const auto modules = encode_qr(video.url.value);
    if (!modules) {
        context.diagnostics.push_back(Diagnostic{
            Severity::error, context.profile.source_path, video.url.position,
            fmt::format("videos[{}].url: too long for a QR code of version {} at error correction M", index,
                        kMaxQrVersion),
            {"use a shorter address, e.g. from a link shortener you control"}});
        return result;
    }
    double cursor_pt = card.top_pt + padding_pt;
    QrPlacement qr = place_qr(*modules, inner_left_pt, cursor_pt, kQrWidthPt, video.url.value, theme::kInk, theme::kWhite);
    items.insert(items.end(), qr.items.begin(), qr.items.end());
    cursor_pt += kQrWidthPt + theme::kUnitPt * 2;

    const double text_top_pt = cursor_pt;
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, context.labels.scan_to_watch,
                                  theme::kOverline, metrics, items, context.ragged());
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, video.title.value, theme::kBodyStrong,
                                  metrics, items, context.ragged());
    if (video.caption)
        cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, video.caption->value, theme::kCaption,
                                      metrics, items, context.ragged());
    TextStyle address_style = theme::kCaption;
    address_style.color = theme::kNavy;
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, short_url(video.url.value), address_style,
                                  metrics, items, context.ragged());
    items.push_back(Link{{inner_left_pt, text_top_pt, inner_width_pt, cursor_pt - text_top_pt}, video.url.value});

    result.height_pt = cursor_pt + padding_pt - card.top_pt;
    return result;
}

/// The videos as a row of cards. Returns the bottom of the row.
double add_videos(BrochureContext& context, double top_pt, Page& page) {
    const auto& videos = context.profile.videos;
    if (videos.empty()) return top_pt;
    Column heading_column({context.content_left_pt(), top_pt, context.content_width_pt(), 2 * theme::kLinePt});
    flow_section_heading(context, heading_column, context.labels.videos, kPageIndex, page.items);
    const double cards_top_pt = heading_column.cursor_pt();

    const double count = static_cast<double>(videos.size());
    const double card_width_pt = (context.content_width_pt() - (count - 1) * theme::kGutterPt) / count;
    std::vector<VideoCard> cards;
    double height_pt = 0;
    for (std::size_t i = 0; i < videos.size(); ++i) {
        const Rect card{context.content_left_pt() + static_cast<double>(i) * (card_width_pt + theme::kGutterPt),
                        cards_top_pt, card_width_pt, 0};
        cards.push_back(layout_video_card(context, videos[i], i, card));
        height_pt = std::max(height_pt, cards.back().height_pt);
    }
    // Cards in a row share one height, so their panels line up.
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const double left_pt = context.content_left_pt() + static_cast<double>(i) * (card_width_pt + theme::kGutterPt);
        page.items.push_back(FilledRect{{left_pt, cards_top_pt, card_width_pt, height_pt}, theme::kMist});
        page.items.insert(page.items.end(), cards[i].items.begin(), cards[i].items.end());
    }
    const double bottom_pt = cards_top_pt + height_pt;
    if (bottom_pt > context.content_bottom_pt())
        context.report_overflow(videos.front().title, "videos",
                                static_cast<int>((bottom_pt - context.content_bottom_pt()) / theme::kLinePt) + 1,
                                theme::kLinePt);
    return bottom_pt;
}

/// The internship as a navy call-out across the content width. Returns its bottom.
double add_internship(BrochureContext& context, double top_pt, Page& page) {
    const auto& internship = context.profile.internship;
    if (!internship) return top_pt;
    context.bookmarks.push_back(Bookmark{context.labels.internship, kPageIndex, top_pt});
    const double padding_pt = theme::kUnitPt * 4;
    const double inner_left_pt = context.content_left_pt() + padding_pt;
    const double inner_width_pt = context.content_width_pt() - 2 * padding_pt;
    std::vector<Item> items;
    TextStyle overline = theme::kOverline;
    overline.color = theme::kAmber;
    TextStyle title = theme::kHeading;
    title.color = theme::kWhite;
    TextStyle body = theme::kBody;
    body.color = theme::kWhite;
    double cursor_pt = top_pt + padding_pt;
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, context.labels.internship, overline,
                                  context.metrics, items, context.ragged());
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, internship->title.value, title,
                                  context.metrics, items, context.ragged());
    cursor_pt += place_text_block(inner_left_pt, cursor_pt, inner_width_pt, internship->text.value, body,
                                  context.metrics, items, context.ragged());
    const double bottom_pt = cursor_pt + padding_pt;
    if (bottom_pt > context.content_bottom_pt()) {
        context.report_overflow(internship->text, "internship",
                                static_cast<int>((bottom_pt - context.content_bottom_pt()) / theme::kLinePt) + 1,
                                theme::kLinePt);
        return top_pt;
    }
    page.items.push_back(
        FilledRect{{context.content_left_pt(), top_pt, context.content_width_pt(), bottom_pt - top_pt}, theme::kNavy});
    page.items.insert(page.items.end(), items.begin(), items.end());
    return bottom_pt;
}

}  // namespace

Page layout_back_page(BrochureContext& context) {
    Page page = blank_page(context.page_spec);
    // A slim band at the top edge ties the back page to the cover.
    const Rect band{0, 0, context.page_spec.width_pt, theme::kUnitPt * 2};
    page.items.push_back(FilledRect{extended_into_bleed(band, context.page_spec), theme::kNavy});

    Column heading({context.content_left_pt(), theme::kMarginPt, context.content_width_pt(), 2 * theme::kLinePt});
    flow_section_heading(context, heading, context.labels.people, kPageIndex, page.items);

    // The people section may use the page down to the space the videos and internship need.
    const double people_top_pt = heading.cursor_pt();
    const double people_height_pt = std::max(0.0, context.content_bottom_pt() - people_top_pt);
    Column left({context.content_left_pt(), people_top_pt, context.column_width_pt(), people_height_pt});
    Column right({context.right_column_left_pt(), people_top_pt, context.column_width_pt(), people_height_pt});
    flow_people_left(context, left, page);
    flow_people_right(context, right, page);

    const double people_bottom_pt = std::max(left.cursor_pt(), right.cursor_pt());
    const double videos_bottom_pt = add_videos(context, people_bottom_pt + 2 * theme::kLinePt, page);
    add_internship(context, videos_bottom_pt + 2 * theme::kLinePt, page);
    return page;
}

}  // namespace brochure
