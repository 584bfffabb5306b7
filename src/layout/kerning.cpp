#include "layout/kerning.hpp"

#include <string>

#include "core/utf8.hpp"

namespace brochure {

std::vector<TextRun> kerned_runs(double left_pt, double baseline_pt, std::string_view text, const TextStyle& style,
                                 const FontMetrics& metrics) {
    const std::vector<double> kerning_pt = metrics.kerning_pt(style.face, style.size_pt, text);
    std::vector<TextRun> runs;
    auto add_run = [&](std::string_view piece) {
        runs.push_back(TextRun{left_pt, baseline_pt, style.face, style.size_pt, style.color, std::string(piece),
                               metrics.text_width_pt(style.face, style.size_pt, piece)});
        left_pt += runs.back().width_pt;
    };
    std::size_t piece_start = 0;
    std::size_t index = 0;
    for (std::size_t code_point = 0; index < text.size(); ++code_point) {
        next_code_point(text, index);
        // The last code point's kerning is 0 by contract; a line never ends in a cut.
        if (code_point >= kerning_pt.size() || kerning_pt[code_point] == 0 || index == text.size()) continue;
        add_run(text.substr(piece_start, index - piece_start));
        left_pt += kerning_pt[code_point];
        piece_start = index;
    }
    add_run(text.substr(piece_start));
    return runs;
}

}  // namespace brochure
