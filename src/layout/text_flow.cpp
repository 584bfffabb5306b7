#include "layout/text_flow.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "layout/kerning.hpp"

namespace brochure {

double baseline_in_line_box(double line_top_pt, const TextStyle& style, const FontMetrics& metrics) {
    const double cap_pt = metrics.cap_height_em() * style.size_pt;
    return line_top_pt + (style.leading_pt + cap_pt) / 2;
}

TextRun text_run(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                 const FontMetrics& metrics) {
    return TextRun{left_pt, baseline_pt, style.face, style.size_pt, style.color, std::string(text),
                   metrics.text_width_pt(style.face, style.size_pt, text)};
}

void place_single_line(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                       const FontMetrics& metrics, std::vector<Item>& out) {
    if (!style.kerned) {
        out.push_back(text_run(left_pt, baseline_pt, text, style, metrics));
        return;
    }
    for (TextRun& run : kerned_runs(left_pt, baseline_pt, text, style, metrics)) out.push_back(std::move(run));
}

void place_line(double left_pt, double line_top_pt, const BrokenLine& line, const TextStyle& style,
                const FontMetrics& metrics, std::vector<Item>& out) {
    const double baseline_pt = baseline_in_line_box(line_top_pt, style, metrics);
    if (!line.justified) {
        place_single_line(left_pt, baseline_pt, line.text, style, metrics, out);
        return;
    }
    // The renderer has no word spacing for UTF-8 fonts: each word is placed on its own.
    for (const PlacedWord& word : line.words)
        out.push_back(TextRun{left_pt + word.offset_pt, baseline_pt, style.face, style.size_pt, style.color, word.text,
                              word.width_pt});
}

void Column::skip(double gap_pt) { cursor_pt_ = std::min(cursor_pt_ + gap_pt, area_.bottom_pt()); }

bool Column::fits(double height_pt) const {
    // A tiny tolerance keeps rounding from rejecting a line that lands on the bottom edge.
    return cursor_pt_ + height_pt <= area_.bottom_pt() + 1e-6;
}

std::size_t Column::place_lines(const std::vector<BrokenLine>& lines, std::size_t first, const TextStyle& style,
                                const FontMetrics& metrics, std::vector<Item>& out) {
    const std::size_t remaining = lines.size() - std::min(first, lines.size());
    std::size_t count = 0;
    while (count < remaining && fits(static_cast<double>(count + 1) * style.leading_pt)) ++count;
    if (count < remaining) {
        const auto min_lines = static_cast<std::size_t>(kMinLinesAtBreak);
        // Leave enough for the next column, then refuse to leave too few here.
        if (remaining - count < min_lines) count = remaining > min_lines ? remaining - min_lines : 0;
        if (count < min_lines) count = 0;
    }
    for (std::size_t i = first; i < first + count; ++i) {
        place_line(area_.left_pt, cursor_pt_, lines[i], style, metrics, out);
        cursor_pt_ += style.leading_pt;
    }
    return first + count;
}

int Column::flow_paragraph(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                           std::vector<Item>& out, const ParagraphSettings& settings) {
    const auto lines = break_lines(text, style.face, style.size_pt, area_.width_pt, metrics, settings);
    return static_cast<int>(lines.size() - place_lines(lines, 0, style, metrics, out));
}

bool Column::flow_heading(std::string_view title, const TextStyle& style, std::string_view next_text,
                          const TextStyle& next_style, const FontMetrics& metrics, std::vector<Item>& out,
                          const ParagraphSettings& next_settings) {
    ParagraphSettings heading_settings;
    heading_settings.lang = next_settings.lang;
    const auto heading = break_lines(title, style.face, style.size_pt, area_.width_pt, metrics, heading_settings);
    const auto next_lines =
        break_lines(next_text, next_style.face, next_style.size_pt, area_.width_pt, metrics, next_settings);
    const auto kept = std::min(next_lines.size(), static_cast<std::size_t>(kMinLinesAtBreak));
    const double needed_pt = static_cast<double>(heading.size()) * style.leading_pt +
                             static_cast<double>(kept) * next_style.leading_pt;
    if (!fits(needed_pt)) return false;
    for (const BrokenLine& line : heading) {
        place_line(area_.left_pt, cursor_pt_, line, style, metrics, out);
        cursor_pt_ += style.leading_pt;
    }
    return true;
}

double Column::paragraph_height_pt(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                                   const ParagraphSettings& settings) const {
    return static_cast<double>(break_lines(text, style.face, style.size_pt, area_.width_pt, metrics, settings).size()) *
           style.leading_pt;
}

double place_text_block(double left_pt, double top_pt, double width_pt, std::string_view text,
                        const TextStyle& style, const FontMetrics& metrics, std::vector<Item>& out,
                        const ParagraphSettings& settings) {
    const auto lines = break_lines(text, style.face, style.size_pt, width_pt, metrics, settings);
    double line_top_pt = top_pt;
    for (const BrokenLine& line : lines) {
        place_line(left_pt, line_top_pt, line, style, metrics, out);
        line_top_pt += style.leading_pt;
    }
    return line_top_pt - top_pt;
}

}  // namespace brochure
