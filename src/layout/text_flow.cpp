#include "layout/text_flow.hpp"

#include <algorithm>
#include <string>

#include "layout/line_break.hpp"

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

void Column::skip(double gap_pt) { cursor_pt_ = std::min(cursor_pt_ + gap_pt, area_.bottom_pt()); }

int Column::flow_paragraph(std::string_view text, const TextStyle& style, const FontMetrics& metrics,
                           std::vector<Item>& out) {
    const auto lines = break_lines(text, style.face, style.size_pt, area_.width_pt, metrics);
    int not_fitted = 0;
    for (const BrokenLine& line : lines) {
        // A tiny tolerance keeps rounding from rejecting a line that lands on the bottom edge.
        if (cursor_pt_ + style.leading_pt > area_.bottom_pt() + 1e-6) {
            ++not_fitted;
            continue;
        }
        out.push_back(TextRun{area_.left_pt, baseline_in_line_box(cursor_pt_, style, metrics), style.face,
                              style.size_pt, style.color, line.text, line.width_pt});
        cursor_pt_ += style.leading_pt;
    }
    return not_fitted;
}

double Column::paragraph_height_pt(std::string_view text, const TextStyle& style,
                                   const FontMetrics& metrics) const {
    return static_cast<double>(break_lines(text, style.face, style.size_pt, area_.width_pt, metrics).size()) *
           style.leading_pt;
}

double place_text_block(double left_pt, double top_pt, double width_pt, std::string_view text,
                        const TextStyle& style, const FontMetrics& metrics, std::vector<Item>& out) {
    const auto lines = break_lines(text, style.face, style.size_pt, width_pt, metrics);
    double line_top_pt = top_pt;
    for (const BrokenLine& line : lines) {
        out.push_back(TextRun{left_pt, baseline_in_line_box(line_top_pt, style, metrics), style.face,
                              style.size_pt, style.color, line.text, line.width_pt});
        line_top_pt += style.leading_pt;
    }
    return line_top_pt - top_pt;
}

}  // namespace brochure
