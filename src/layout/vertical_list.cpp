#include "layout/vertical_list.hpp"

#include <algorithm>

#include "layout/text_lines.hpp"

namespace brochure {

namespace {

bool is_legal_break(const VList& list, std::size_t i) {
    if (const auto* penalty = std::get_if<VPenalty>(&list[i])) return penalty->cost < kNeverBreak;
    return std::holds_alternative<VGlue>(list[i]) && i > 0 && std::holds_alternative<VBox>(list[i - 1]);
}

}  // namespace

void append(VList& list, const VList& tail) { list.insert(list.end(), tail.begin(), tail.end()); }

VList paragraph_lines(std::string_view text, const TextStyle& style, double width_pt,
                      const ParagraphSettings& settings, const FontMetrics& metrics) {
    const std::vector<BrokenLine> lines = break_lines(text, style.face, style.size_pt, width_pt, metrics, settings);
    VList list;
    const auto count = static_cast<int>(lines.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            // Breaking after line i leaves i lines here and count - i for the next column.
            const bool too_few = i < kMinLinesAtBreak || count - i < kMinLinesAtBreak;
            list.emplace_back(VPenalty{too_few ? kNeverBreak : kBreakInsideParagraphCost});
        }
        VBox line;
        line.height_pt = style.leading_pt;
        line.width_pt = lines[static_cast<std::size_t>(i)].width_pt;
        place_line(0, 0, lines[static_cast<std::size_t>(i)], style, metrics, line.items);
        list.emplace_back(std::move(line));
    }
    return list;
}

VList from_field(VList list, std::string_view field, SourcePosition position) {
    for (VItem& item : list)
        if (auto* box = std::get_if<VBox>(&item)) {
            box->field = std::string(field);
            box->position = position;
        }
    return list;
}

VList tagged(VList list, StructureId tag) {
    for (VItem& item : list)
        if (auto* box = std::get_if<VBox>(&item)) tag_from(box->items, 0, tag);
    return list;
}

VList& keep_first_breaks(VList& list, int breaks) {
    for (std::size_t i = 0; i < list.size() && breaks > 0; ++i) {
        if (!is_legal_break(list, i)) continue;
        if (auto* penalty = std::get_if<VPenalty>(&list[i])) {
            penalty->cost = kNeverBreak;
        } else {
            // A glue break: a penalty before it takes the break away (a break at glue
            // needs a box right before it).
            list.insert(list.begin() + static_cast<std::ptrdiff_t>(i), VPenalty{kNeverBreak});
            ++i;
        }
        --breaks;
    }
    return list;
}

VMeasure measure(VSpan list) {
    VMeasure sums;
    for (const VItem& item : list) {
        if (const auto* box = std::get_if<VBox>(&item)) {
            sums.natural_pt += box->height_pt;
            sums.tallest_box_pt = std::max(sums.tallest_box_pt, box->height_pt);
        } else if (const auto* glue = std::get_if<VGlue>(&item)) {
            sums.natural_pt += glue->natural_pt;
            sums.stretch_pt += glue->stretch_pt;
            sums.shrink_pt += glue->shrink_pt;
        }
    }
    return sums;
}

PlacedColumn place_column(VSpan list, double left_pt, double top_pt, double height_pt,
                          double max_stretch_ratio) {
    // A column starts at its first box: glue and penalties before it vanish, as after a break.
    std::size_t first = 0;
    while (first < list.size() && !std::holds_alternative<VBox>(list[first])) ++first;
    std::size_t last = list.size();
    while (last > first && !std::holds_alternative<VBox>(list[last - 1])) --last;
    const VSpan body = list.subspan(first, last - first);

    const VMeasure sums = measure(body);
    const double slack_pt = height_pt - sums.natural_pt;
    double ratio = 0;
    if (slack_pt > 0 && sums.stretch_pt > 0) ratio = std::min(slack_pt / sums.stretch_pt, max_stretch_ratio);
    if (slack_pt < 0 && sums.shrink_pt > 0) ratio = std::max(slack_pt / sums.shrink_pt, -1.0);

    PlacedColumn placed;
    double cursor_pt = top_pt;
    for (const VItem& item : body) {
        if (const auto* glue = std::get_if<VGlue>(&item)) {
            cursor_pt += glue->natural_pt + ratio * (ratio > 0 ? glue->stretch_pt : glue->shrink_pt);
        } else if (const auto* box = std::get_if<VBox>(&item)) {
            for (const std::string& title : box->bookmarks) placed.bookmarks.push_back(Bookmark{title, 0, cursor_pt});
            for (Item moved : box->items) {
                translate(moved, left_pt, cursor_pt);
                placed.items.push_back(std::move(moved));
            }
            placed.boxes.push_back(Rect{left_pt, cursor_pt, box->width_pt, box->height_pt});
            cursor_pt += box->height_pt;
        }
    }
    placed.height_pt = cursor_pt - top_pt;
    return placed;
}

}  // namespace brochure
