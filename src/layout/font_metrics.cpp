#include "layout/font_metrics.hpp"

#include "core/utf8.hpp"

namespace brochure {

double FixedAdvanceMetrics::text_width_pt(FontFace, double size_pt, std::string_view utf8) const {
    return static_cast<double>(code_point_count(utf8)) * advance_em_ * size_pt;
}

}  // namespace brochure
