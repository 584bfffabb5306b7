#include "layout/text_lines.hpp"

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
