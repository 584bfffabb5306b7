#include "design/panels.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "layout/text_lines.hpp"

namespace brochure {

namespace {

constexpr double kPanelPaddingPt = 3 * theme::kUnitPt;
constexpr double kCalloutPaddingPt = 4 * theme::kUnitPt;
constexpr double kMarkerPt = 5;             // side of a value's accent square
constexpr double kMarkerGapPt = 1.2 * kMarkerPt;  // from the marker to the value's text
constexpr std::size_t kMostValuesPerRow = 2;

// The words of `text`, split at spaces.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Each value's text width with `per_row` values to a row of `width_pt`.
double value_text_width_pt(double width_pt, std::size_t per_row) {
    const double cell_width_pt = (width_pt - 2 * kPanelPaddingPt) / static_cast<double>(per_row);
    return cell_width_pt - kMarkerPt - kMarkerGapPt - theme::kUnitPt;
}

// Two values to a row, or one where a word of a value would not fit half the row.
std::size_t values_per_row(const BrochureContext& context, const TextStyle& style, double width_pt) {
    const double text_width_pt = value_text_width_pt(width_pt, kMostValuesPerRow);
    for (const Text& value : context.profile.values)
        for (const std::string_view word : words_of(value.value))
            if (context.metrics.text_width_pt(style.face, style.size_pt, word) > text_width_pt) return 1;
    return kMostValuesPerRow;
}

}  // namespace

VList values_panel(const BrochureContext& context, double width_pt, StructureId parent) {
    const auto& values = context.profile.values;
    const TextStyle style = context.palette.on_paper(theme::kSubheading);
    const std::size_t per_row = values_per_row(context, style, width_pt);
    const double cell_width_pt = (width_pt - 2 * kPanelPaddingPt) / static_cast<double>(per_row);
    const double text_width_pt = value_text_width_pt(width_pt, per_row);

    VBox panel;
    panel.width_pt = width_pt;
    panel.field = "values";
    panel.position = values.front().position;
    std::vector<Item> cells;
    const StructureId list = context.element(parent, StructureRole::list);
    double row_top_pt = kPanelPaddingPt;
    for (std::size_t row = 0; row * per_row < values.size(); ++row) {
        std::size_t row_lines = 1;
        for (std::size_t i = row * per_row; i < std::min(values.size(), (row + 1) * per_row); ++i) {
            const double left_pt = kPanelPaddingPt + static_cast<double>(i % per_row) * cell_width_pt;
            const auto lines =
                break_lines(values[i].value, style.face, style.size_pt, text_width_pt, context.metrics, context.ragged());
            const double baseline_pt = baseline_in_line_box(row_top_pt, style, context.metrics);
            cells.push_back(FilledRect{{left_pt, baseline_pt - kMarkerPt - 1, kMarkerPt, kMarkerPt}, context.palette.accent});
            // The marker is decoration: the list says that these are items.
            const std::size_t first_line = cells.size();
            for (std::size_t l = 0; l < lines.size(); ++l)
                place_line(left_pt + kMarkerPt + kMarkerGapPt, row_top_pt + static_cast<double>(l) * style.leading_pt,
                           lines[l], style, context.metrics, cells);
            const StructureId item = context.element(list, StructureRole::list_item);
            tag_from(cells, first_line, context.element(item, StructureRole::list_body));
            row_lines = std::max(row_lines, lines.size());
        }
        row_top_pt += static_cast<double>(row_lines) * style.leading_pt + theme::kLinePt;
    }
    panel.height_pt = row_top_pt - theme::kLinePt + kPanelPaddingPt;
    panel.items.push_back(FilledRect{{0, 0, width_pt, panel.height_pt}, theme::kMist});
    panel.items.insert(panel.items.end(), cells.begin(), cells.end());
    return VList{std::move(panel)};
}

VList internship_callout(const BrochureContext& context, double width_pt) {
    const StructureId element = context.element(StructureTree::root(), StructureRole::section);
    const Internship& internship = *context.profile.internship;
    const double inner_width_pt = width_pt - 2 * kCalloutPaddingPt;
    const Palette& palette = context.palette;
    TextStyle overline = theme::kOverline;
    overline.color = palette.accent_on_primary;
    TextStyle title = theme::kHeading;
    title.color = palette.on_primary;
    TextStyle body = theme::kBody;
    body.color = palette.on_primary;

    VBox callout;
    callout.width_pt = width_pt;
    callout.bookmarks.push_back(context.labels.internship);
    callout.field = "internship";
    callout.position = internship.title.position;
    std::vector<Item> text;
    double cursor_pt = kCalloutPaddingPt;
    const auto add = [&](std::string_view words, const TextStyle& style, StructureRole role) {
        const std::size_t first = text.size();
        cursor_pt += place_text_block(kCalloutPaddingPt, cursor_pt, inner_width_pt, words, style, context.metrics, text,
                                      context.ragged());
        tag_from(text, first, context.element(element, role));
    };
    // The overline names the section, as the other sections' headings do; the title is
    // the internship's own.
    add(context.labels.internship, overline, StructureRole::heading_2);
    add(internship.title.value, title, StructureRole::heading_3);
    add(internship.text.value, body, StructureRole::paragraph);
    callout.height_pt = cursor_pt + kCalloutPaddingPt;
    callout.items.push_back(FilledRect{{0, 0, width_pt, callout.height_pt}, palette.primary});
    callout.items.insert(callout.items.end(), text.begin(), text.end());
    return VList{std::move(callout)};
}

}  // namespace brochure
