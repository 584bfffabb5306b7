#include "design/video_cards.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "design/qr_code.hpp"
#include "layout/image_fit.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

constexpr double kCardPaddingPt = 3 * theme::kUnitPt;
constexpr int kMostCardsPerRow = 3;
constexpr int kLeastCardsAcross = 2;
constexpr double kPreviewGapPt = 2 * theme::kUnitPt;  // between the QR code and the video's preview
// A card is at least wide enough for a preview half as wide as the code beside it: a
// narrower card gives its row's room to fewer, wider cards.
constexpr double kLeastPreviewShare = 0.5;

/// One card's content, laid out from its top-left corner.
struct VideoCard {
    std::vector<Item> items;
    double height_pt = 0;  ///< padding included
};

// A card's elements, under a division of its own: the QR code (a figure inside a link),
// the preview, the call to action, the title (a heading), the caption, and the address
// (a link: the words under the code open the video too). The words go under the code
// and its preview, or with `text_beside` (a card alone in a narrow row) beside the code,
// without the preview, so that the card takes half the height.
VideoCard layout_video_card(const BrochureContext& context, const Video& video, std::size_t index, double width_pt,
                            bool text_beside, StructureId parent) {
    const FontMetrics& metrics = context.metrics;
    const double text_left_pt = text_beside ? kCardPaddingPt + kQrWidthPt + kPreviewGapPt : kCardPaddingPt;
    const double inner_width_pt = width_pt - kCardPaddingPt - text_left_pt;
    VideoCard card;
    const auto modules = encode_qr(video.url.value);
    if (!modules) {
        context.error(Rule::qr_too_long, fmt::format("videos[{}].url", index), video.url,
                      fmt::format("too long for a QR code of version {} at error correction M", kMaxQrVersion),
                      {"use a shorter address, e.g. from a link shortener you control"});
        return card;
    }
    const StructureId division = context.element(parent, StructureRole::division);
    const StructureId qr_link = context.element(division, StructureRole::link);
    const StructureId qr_figure =
        context.element(qr_link, StructureRole::figure,
                        context.labels.qr_code + std::string(colon_for(context.profile.lang.value)) + " " + video.url.value);
    double cursor_pt = kCardPaddingPt;
    const QrPlacement qr =
        place_qr(*modules, kCardPaddingPt, cursor_pt, kQrWidthPt, video.url.value, theme::kInk, theme::kWhite);
    card.items = qr.items;
    for (Item& item : card.items)
        std::visit([&](auto& part) { part.tag = std::holds_alternative<Link>(item) ? qr_link : qr_figure; }, item);
    // The preview fills the rest of the QR code's row, cropped to it.
    if (const auto preview = context.images.video(index); preview && !text_beside) {
        const double left_pt = kCardPaddingPt + kQrWidthPt + kPreviewGapPt;
        const Rect frame{left_pt, cursor_pt, width_pt - kCardPaddingPt - left_pt, kQrWidthPt};
        if (frame.width_pt > 0) {
            PlacedImage placed = cover_frame(*preview, frame, theme::kMist);
            placed.tag = context.element(division, StructureRole::figure, video.title.value);
            card.items.push_back(std::move(placed));
        }
    }
    const double qr_bottom_pt = cursor_pt + kQrWidthPt;
    if (!text_beside) cursor_pt = qr_bottom_pt + 2 * theme::kUnitPt;

    const double text_top_pt = cursor_pt;
    const auto add = [&](std::string_view text, const TextStyle& style, StructureId element) {
        const std::size_t first = card.items.size();
        cursor_pt += place_text_block(text_left_pt, cursor_pt, inner_width_pt, text, style, metrics, card.items,
                                      context.ragged());
        tag_from(card.items, first, element);
    };
    add(context.labels.scan_to_watch, context.palette.on_paper(theme::kOverline),
        context.element(division, StructureRole::paragraph));
    add(video.title.value, theme::kBodyStrong, context.element(division, StructureRole::heading_3));
    if (video.caption) add(video.caption->value, theme::kCaption, context.element(division, StructureRole::paragraph));
    TextStyle address = theme::kCaption;
    address.color = context.palette.primary_on_paper;
    const StructureId address_link = context.element(division, StructureRole::link);
    add(short_url(video.url.value), address, address_link);
    // The words under the code open the video too.
    card.items.push_back(Link{{text_left_pt, text_top_pt, inner_width_pt, cursor_pt - text_top_pt}, video.url.value,
                              address_link});
    card.height_pt = std::max(cursor_pt, qr_bottom_pt) + kCardPaddingPt;
    return card;
}

}  // namespace

double least_card_width_pt() { return kQrWidthPt + 2 * kCardPaddingPt + kPreviewGapPt + kLeastPreviewShare * kQrWidthPt; }

int cards_across(double width_pt) {
    const auto fit = static_cast<int>((width_pt + theme::kGutterPt) / (least_card_width_pt() + theme::kGutterPt));
    return std::max(1, fit);
}

int cards_per_row(std::size_t videos, double width_pt) {
    const auto count = static_cast<int>(videos);
    const int most = std::min(kMostCardsPerRow, cards_across(width_pt));
    const int rows = (count + most - 1) / most;
    return rows == 0 ? 0 : (count + rows - 1) / rows;
}

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

VList video_rows(const BrochureContext& context, double width_pt, StructureId parent) {
    const auto& videos = context.profile.videos;
    const int per_row = cards_per_row(videos.size(), width_pt);
    VList rows;
    if (per_row == 0) return rows;
    // Every card has the width of a full row's, so that a short last row lines up with
    // the others, and never more than half the width where two fit (one video is a card,
    // not a banner) nor less than a QR code's and its padding.
    const int widths = std::min(std::max(per_row, kLeastCardsAcross), cards_across(width_pt));
    const bool text_beside = widths == 1;
    const double card_width_pt =
        std::max((width_pt - (widths - 1) * theme::kGutterPt) / widths, least_card_width_pt());
    for (std::size_t first = 0; first < videos.size(); first += static_cast<std::size_t>(per_row)) {
        const std::size_t last = std::min(videos.size(), first + static_cast<std::size_t>(per_row));
        std::vector<VideoCard> cards;
        double height_pt = 0;
        for (std::size_t i = first; i < last; ++i) {
            cards.push_back(layout_video_card(context, videos[i], i, card_width_pt, text_beside, parent));
            height_pt = std::max(height_pt, cards.back().height_pt);
        }
        VBox row;
        row.width_pt = width_pt;
        row.height_pt = height_pt;
        row.field = "videos[" + std::to_string(first) + "]";
        row.position = videos[first].title.position;
        // Cards in a row share one height, so their panels line up.
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const double left_pt = static_cast<double>(i) * (card_width_pt + theme::kGutterPt);
            row.items.push_back(FilledRect{{left_pt, 0, card_width_pt, height_pt}, theme::kMist});
            for (Item item : cards[i].items) {
                translate(item, left_pt, 0);
                row.items.push_back(std::move(item));
            }
        }
        if (!rows.empty()) rows.emplace_back(VGlue{theme::kGutterPt, theme::kGutterPt, 0});
        rows.emplace_back(std::move(row));
    }
    return rows;
}

}  // namespace brochure
