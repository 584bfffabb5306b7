#include "layout/font_metrics.hpp"

#include "core/utf8.hpp"

namespace brochure {

double FixedAdvanceMetrics::text_width_pt(FontFace, double size_pt, std::string_view utf8) const {
    return static_cast<double>(code_point_count(utf8)) * advance_em_ * size_pt;
}

std::vector<double> FixedAdvanceMetrics::kerning_pt(FontFace, double size_pt, std::string_view utf8) const {
    std::vector<double> kerning;
    std::size_t index = 0;
    char32_t previous = 0;
    while (index < utf8.size()) {
        const char32_t current = next_code_point(utf8, index);
        if (!kerning.empty()) {
            const auto pair = kerning_em_.find({previous, current});
            if (pair != kerning_em_.end()) kerning.back() = pair->second * size_pt;
        }
        kerning.push_back(0);
        previous = current;
    }
    return kerning;
}

}  // namespace brochure
