#pragma once
// The paper a document is laid out on, and for print the bleed and mark area around it.

#include "core/geometry.hpp"

namespace brochure {

/// Paper size in points, and for print the bleed and the mark area around it.
struct PageSpec {
    double width_pt = 595.2756;   ///< A4: 210 mm
    double height_pt = 841.8898;  ///< A4: 297 mm
    double bleed_pt = 0;          ///< see Page::bleed_pt
    double mark_area_pt = 0;      ///< see Page::mark_area_pt; crop marks need at least 7 mm
};

/// ISO A4, 210 × 297 mm.
inline constexpr PageSpec kA4Paper{595.2756, 841.8898};
/// US Letter, 8.5 × 11 in.
inline constexpr PageSpec kLetterPaper{612, 792};
/// The bleed a printer asks for: 3 mm.
inline constexpr double kPrintBleedPt = pt_from_mm(3);
/// Room for crop marks beyond the bleed: a 1 mm gap, 5 mm marks, 2 mm to the sheet's edge.
inline constexpr double kPrintMarkAreaPt = pt_from_mm(8);

/// `paper` with the bleed and mark area of a print-ready file.
constexpr PageSpec print_page_spec(PageSpec paper) {
    paper.bleed_pt = kPrintBleedPt;
    paper.mark_area_pt = kPrintMarkAreaPt;
    return paper;
}

}  // namespace brochure
